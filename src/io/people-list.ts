/**
 * A list of people pasted from a spreadsheet or an HR export (or read from a CSV file):
 * name, role, level, start date, one person a line, separated by tabs (what a spreadsheet
 * copies) or commas (CSV), quoted fields allowed, with or without a header row. Pure: it
 * reads the text into a preview (who would be added, who is already on the team, and every
 * problem by line) and writes nothing. People are only added when the list has no problem.
 */
import Papa from 'papaparse';
import { isDay } from '../domain/dates.ts';
import { Person } from '../schemas/person.ts';

/** One person read from the list, with the line they came from (1-based, as an editor counts). */
export interface PersonDraft {
  line: number;
  name: string;
  role: string;
  level: string;
  /** YYYY-MM-DD, or absent when the list gives none. */
  startDate?: string;
}

export interface ListProblem {
  line: number;
  message: string;
}

export interface PeopleListPreview {
  /** People to add, in the list's order. */
  add: PersonDraft[];
  /** People whose name is already on the team: left out, so pasting the same list twice adds nobody twice. */
  existing: PersonDraft[];
  /** What stops the list from being added, by line. Empty when it can be added. */
  problems: ListProblem[];
  /** Whether the first line was read as a header row. */
  header: boolean;
}

type Column = 'name' | 'role' | 'level' | 'startDate';

/** The columns in the order they are read when there is no header row. */
export const PEOPLE_LIST_COLUMNS: readonly Column[] = ['name', 'role', 'level', 'startDate'];

/** Header names (lower case, spaces and punctuation dropped) → the column they mean. */
const HEADER_NAMES: Record<string, Column> = {
  name: 'name',
  fullname: 'name',
  person: 'name',
  employee: 'name',
  employeename: 'name',
  role: 'role',
  title: 'role',
  jobtitle: 'role',
  position: 'role',
  level: 'level',
  grade: 'level',
  band: 'level',
  startdate: 'startDate',
  start: 'startDate',
  started: 'startDate',
  startedon: 'startDate',
  joined: 'startDate',
  joindate: 'startDate',
  hiredate: 'startDate',
  datejoined: 'startDate',
};

const headerKey = (cell: string) => cell.toLowerCase().replace(/[^a-z]/g, '');
const columnLabel: Record<Column, string> = { name: 'name', role: 'role', level: 'level', startDate: 'start date' };
const looksLikeDate = (text: string) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text);

/** Name as people are matched: case and surrounding or repeated spaces do not matter. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The rows of a tab- or comma-separated text, each with the line it starts on. */
export function readRows(text: string): { rows: { line: number; cells: string[] }[]; problems: ListProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  // A spreadsheet copies tabs; a CSV file has commas. A tab anywhere means tabs (names may hold commas).
  const delimiter = body.includes('\t') ? '\t' : ',';
  const rows: { line: number; cells: string[] }[] = [];
  const problems: ListProblem[] = [];
  let start = 0;
  const lineAt = (offset: number) => {
    let line = 1;
    for (let i = 0; i < offset && i < body.length; i++) if (body[i] === '\n') line++;
    return line;
  };
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      // The row starts after the line break that ended the one before.
      let from = start;
      while (from < body.length && (body[from] === '\r' || body[from] === '\n')) from++;
      start = cursor;
      const line = lineAt(from);
      for (const error of result.errors) problems.push({ line, message: error.code === 'MissingQuotes' ? 'a quote is opened and never closed' : error.message });
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      rows.push({ line, cells });
    },
  });
  return { rows, problems };
}

/** Reads a pasted list (or a CSV file's text) against the names already on the team. */
export function readPeopleList(text: string, existingNames: readonly string[]): PeopleListPreview {
  const { rows, problems } = readRows(text);
  const preview: PeopleListPreview = { add: [], existing: [], problems, header: false };
  if (rows.length === 0) {
    if (problems.length === 0) problems.push({ line: 1, message: 'the list is empty: paste one person a line (name, role, level, start date)' });
    return preview;
  }

  // A header row names its columns; then they may come in any order, and others (email…) are left out.
  let columns: (Column | undefined)[] = [...PEOPLE_LIST_COLUMNS];
  const first = rows[0]!;
  const named = first.cells.map((cell) => HEADER_NAMES[headerKey(cell)]);
  if (named.includes('name') && !first.cells.some(looksLikeDate)) {
    preview.header = true;
    columns = named.map((column, i) => (named.indexOf(column) === i ? column : undefined));
    rows.shift();
  }

  const existing = new Set(existingNames.map(nameKey));
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const value: Record<Column, string> = { name: '', role: '', level: '', startDate: '' };
    const lineProblems: string[] = [];
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (column) value[column] = cell;
      else if (!preview.header && cell !== '') lineProblems.push(`${cells.length} columns, but a list without a header row has at most 4: name, role, level, start date`);
    });
    if (value.name === '') lineProblems.push('no name: the name comes first (or add a header row that says which column is Name)');
    if (value.startDate !== '' && !isDay(value.startDate)) {
      lineProblems.push(`start date “${value.startDate}” is not a day; write it as YYYY-MM-DD, e.g. 2025-03-17`);
    }
    if (looksLikeDate(value.level) && value.startDate === '') {
      lineProblems.push(`level “${value.level}” looks like a date: is a column missing? The columns are name, role, level, start date`);
    }
    const checked = Person.pick({ name: true, role: true, level: true }).safeParse(value);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = issue.path[0] as Column;
        if (column === 'name' && value.name === '') continue;
        lineProblems.push(`${columnLabel[column] ?? String(column)} ${issue.code === 'too_big' ? `is too long (at most ${String(issue.maximum)} characters)` : issue.message}`);
      }
    }
    if (lineProblems.length > 0) {
      for (const message of new Set(lineProblems)) problems.push({ line, message: value.name ? `${value.name}: ${message}` : message });
      continue;
    }
    const draft: PersonDraft = { line, name: value.name.replace(/\s+/g, ' '), role: value.role, level: value.level, ...(value.startDate ? { startDate: value.startDate } : {}) };
    const key = nameKey(draft.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line, message: `${draft.name} is listed twice (also on line ${earlier})` });
      continue;
    }
    seen.set(key, line);
    if (existing.has(key)) preview.existing.push(draft);
    else preview.add.push(draft);
  }
  problems.sort((a, b) => a.line - b.line);
  return preview;
}

/** "Line 3: …" */
export function describeProblem(problem: ListProblem): string {
  return `Line ${problem.line}: ${problem.message}.`;
}
