/**
 * Ratings from a CSV in the matrix format Turbine exports (matrix-csv.ts): one row per
 * cell and view with person, capability, level, wants_to_grow and source (area, role and
 * the rest are read when useful, else left out). People and capabilities are matched by
 * name, ignoring case and spacing. Pure: it plans the import as a preview (what is new, what
 * changes, what is already so, and every name it could not match, by line) and writes
 * nothing; the page records `entries` in one transaction (recordAssessments).
 *
 * Which view a row is: `source` "self" is the person's self-assessment and is recorded as
 * such, so it never counts as the manager's view; any other source (manager, check-in,
 * interview, import) or none is the manager's view, recorded with source "import" so the
 * history says where it came from.
 */
import type { CellIndex, CellView } from '../domain/matrix-cells.ts';
import { cellOf } from '../domain/matrix-cells.ts';
import { scaleLookup } from '../domain/matrix-view.ts';
import type { RecordOf } from '../schemas/records.ts';
import { nameKey, readRows, type ListProblem } from './people-list.ts';

export interface RatingsImportInput {
  people: readonly RecordOf<'people'>[];
  capabilityAreas: readonly RecordOf<'capabilityAreas'>[];
  capabilities: readonly RecordOf<'capabilities'>[];
  levelScales: readonly RecordOf<'levelScales'>[];
  /** The current cells of each view, to tell new and changed ratings from those already so. */
  cells: Record<CellView, CellIndex>;
}

/** A rating the import records: the fields of a new assessment. */
export interface RatingEntry {
  personId: string;
  capabilityId: string;
  level: number | null;
  interested: boolean;
  source: 'import' | 'self';
}

export interface RatingRow extends RatingEntry {
  line: number;
  person: string;
  capability: string;
  view: CellView;
  change: 'new' | 'changed' | 'same';
}

/** A name in the file that matches nobody (or no capability), with every line it is on. */
export interface Unmatched {
  name: string;
  lines: number[];
}

export interface RatingsPreview {
  /** Every matched row, in file order. */
  rows: RatingRow[];
  /** What the import records: the new and changed rows. */
  entries: RatingEntry[];
  unmatchedPeople: Unmatched[];
  unmatchedCapabilities: Unmatched[];
  /** Values that cannot be read, by line: while there is one, nothing is recorded. */
  problems: ListProblem[];
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);
const MANAGER_SOURCES = new Set(['', 'manager', 'import', 'check-in', 'checkin', 'interview']);

export function planRatingsImport(text: string, input: RatingsImportInput): RatingsPreview {
  const { rows, problems } = readRows(text);
  const preview: RatingsPreview = { rows: [], entries: [], unmatchedPeople: [], unmatchedCapabilities: [], problems };
  const header = rows.shift();
  const columns = (header?.cells ?? []).map((cell) => cell.toLowerCase().replace(/[^a-z]/g, ''));
  const at = (name: string) => columns.indexOf(name);
  const col = { person: at('person'), capability: at('capability'), area: at('area'), level: at('level'), grow: at('wantstogrow'), source: at('source') };
  const missing = (['person', 'capability', 'level'] as const).filter((name) => col[name] < 0);
  if (!header || missing.length > 0) {
    problems.push({
      line: header?.line ?? 1,
      message: `the first line must name the columns, as Turbine’s “Export matrix as CSV” writes them; ${missing.length ? `no ${missing.join(', ')} column` : 'the file is empty'}`,
    });
    return preview;
  }

  // Current people only: someone who moved on is not in the matrix.
  const people = new Map<string, RecordOf<'people'>[]>();
  for (const p of input.people) if (p.status !== 'moved-on') people.set(nameKey(p.name), [...(people.get(nameKey(p.name)) ?? []), p]);
  const capabilities = new Map<string, RecordOf<'capabilities'>[]>();
  for (const c of input.capabilities) capabilities.set(nameKey(c.name), [...(capabilities.get(nameKey(c.name)) ?? []), c]);
  const areaName = new Map(input.capabilityAreas.map((a) => [a.id, nameKey(a.name)]));
  const scaleOf = scaleLookup([...input.levelScales]);
  const unmatchedPeople = new Map<string, Unmatched>();
  const unmatchedCapabilities = new Map<string, Unmatched>();
  const note = (into: Map<string, Unmatched>, name: string, line: number) => {
    const entry = into.get(nameKey(name)) ?? { name, lines: [] };
    entry.lines.push(line);
    into.set(nameKey(name), entry);
  };
  const seen = new Map<string, number>();

  for (const { line, cells } of rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const personName = cell(col.person);
    const capabilityName = cell(col.capability);
    if (!personName || !capabilityName) {
      problems.push({ line, message: `${personName ? 'no capability' : 'no person'} named` });
      continue;
    }
    const source = cell(col.source).toLowerCase();
    const view: CellView | undefined = source === 'self' ? 'self' : MANAGER_SOURCES.has(source) ? 'manager' : undefined;
    if (!view) {
      problems.push({ line, message: `source “${cell(col.source)}” is neither manager nor self` });
      continue;
    }

    const personMatches = people.get(nameKey(personName)) ?? [];
    let capabilityMatches = capabilities.get(nameKey(capabilityName)) ?? [];
    if (capabilityMatches.length > 1 && cell(col.area)) capabilityMatches = capabilityMatches.filter((c) => areaName.get(c.areaId) === nameKey(cell(col.area)));
    if (personMatches.length === 0) note(unmatchedPeople, personName, line);
    if (capabilityMatches.length === 0) note(unmatchedCapabilities, capabilityName, line);
    if (personMatches.length === 0 || capabilityMatches.length === 0) continue;
    if (personMatches.length > 1) {
      problems.push({ line, message: `${personMatches.length} people on the team are called ${personName}; rename one to tell them apart` });
      continue;
    }
    if (capabilityMatches.length > 1) {
      problems.push({ line, message: `${capabilityName} is in ${capabilityMatches.length} areas; add an area column to say which` });
      continue;
    }
    const person = personMatches[0]!;
    const capability = capabilityMatches[0]!;

    const current = cellOf(input.cells[view], person.id, capability.id);
    const levelText = cell(col.level);
    const scale = scaleOf(capability.scaleId);
    let level: number | null = null;
    if (levelText !== '') {
      // A number on the capability's scale, or the name of one of its levels (“Learning”), as a spreadsheet may hold.
      const named = scale.levels.filter((l) => nameKey(l.name) === nameKey(levelText));
      level = /^\d+$/.test(levelText) ? Number(levelText) : named.length === 1 ? named[0]!.value : NaN;
      if (!scale.levels.some((l) => l.value === level)) {
        problems.push({ line, message: `level “${levelText}” of ${person.name} in ${capability.name} is not on its scale (${scale.levels.map((l) => l.value).join(', ')})` });
        continue;
      }
    }
    // An empty “wants to grow” (or none in the file) leaves the flag as it is.
    const growText = cell(col.grow).toLowerCase();
    if (growText !== '' && !YES.has(growText) && !NO.has(growText)) {
      problems.push({ line, message: `wants to grow “${cell(col.grow)}” is neither yes nor no` });
      continue;
    }
    const interested = growText === '' ? (current?.interested ?? false) : YES.has(growText);

    const key = `${person.id}|${capability.id}|${view}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line, message: `${person.name} in ${capability.name}${view === 'self' ? ' (self-assessment)' : ''} is rated twice (also on line ${earlier})` });
      continue;
    }
    seen.set(key, line);

    const same = current ? current.level === level && current.interested === interested : level === null && !interested;
    const entry: RatingEntry = { personId: person.id, capabilityId: capability.id, level, interested, source: view === 'self' ? 'self' : 'import' };
    preview.rows.push({ ...entry, line, person: person.name, capability: capability.name, view, change: same ? 'same' : current ? 'changed' : 'new' });
    if (!same) preview.entries.push(entry);
  }
  preview.unmatchedPeople = [...unmatchedPeople.values()];
  preview.unmatchedCapabilities = [...unmatchedCapabilities.values()];
  problems.sort((a, b) => a.line - b.line);
  return preview;
}

/** "lines 3, 7 and 9" */
export function linesText(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}
