/**
 * Turbine's capability CSV: long format, one row per criterion or example, so it can be
 * written by hand in a spreadsheet and read back without losing anything Turbine wrote.
 *
 * A row describes what it names: area → capability → level. A row with an area but no
 * capability declares the area; a row with a scale and level but no area declares that level
 * of the scale; a capability row with a level but no descriptor or example declares the level
 * without describing it. Rows without a scale use TURBINE_SCALE.
 *
 * A row whose `detailed` column says yes holds a criterion that keeps its own examples,
 * proficiency and links (as imported from Monzo's exampleCriteria or an FT competency): its
 * example, proficiency and link belong to its descriptor, and rows repeating the descriptor
 * add more of them. Without that column a row's example describes the level as a whole.
 *
 * Excel's "CSV (Comma delimited)" writes a first line `sep=;` (or `sep=,`) naming the
 * delimiter; it is honoured and skipped.
 */
import Papa from 'papaparse';
import { defaultScale } from '../../domain/default-scale.ts';
import type { DraftCapability, DraftScale, FrameworkDraft, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { nameKey, type CapabilityLibrary } from '../../domain/library-merge.ts';
import { cleanName, finishDraft, normaliseText, refuse, titleFor } from './common.ts';
import type { DetailedCriterion } from '../../schemas/capability.ts';
import { libraryToDraft } from './turbine-library.ts';

/** Every column, in the order writeCapabilityCsv writes them. */
export const CSV_COLUMNS = [
  'area',
  'area_description',
  'capability',
  'kind',
  'description',
  'scale',
  'level',
  'level_name',
  'level_description',
  'descriptor',
  'example',
  'target_people',
  'target_level',
  'detailed',
  'proficiency',
  'link_label',
  'link_url',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['area', 'capability', 'level', 'descriptor'];

/** The scale rows use when their scale column is empty: the shared default 0–4, so a CSV merges onto it. */
export const TURBINE_SCALE: DraftScale = { name: defaultScale().name, levels: defaultScale().levels };

const KINDS = new Map<string, DraftCapability['kind']>([
  ['technical', 'technical'],
  ['non-technical', 'non-technical'],
  ['nontechnical', 'non-technical'],
  ['domain', 'domain'],
]);

interface Row {
  line: number;
  cells: string[];
  quoteError: boolean;
}

interface ScaleEntry {
  name: string;
  /** Some row left the scale column empty, so Turbine's 0–4 levels are part of it. */
  isDefault: boolean;
  levels: Map<number, { name: string; description: string }>;
}

export function readCapabilityCsv(fileName: string, text: string): FrameworkReadResult {
  const body = normaliseText(text);
  // Excel's `sep=;` line names the delimiter; it is replaced by an empty line so line numbers stay the file's.
  const sep = /^sep=(.)[ \t]*(?:\n|$)/i.exec(body);
  const rows = sep ? parseRows(`\n${body.slice(sep[0].length)}`, sep[1]!) : parseRows(body, detectDelimiter(body));
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  const header = rows[headerAt];
  if (!header) return refuse(fileName, 'it is empty', [{ where: 'line 1', message: 'there is no header line. The first line must name the columns, e.g. area,capability,level,descriptor.' }]);

  const columns = new Map<Column, number>();
  const headerProblems: FrameworkProblem[] = [];
  const where = `line ${header.line} (the header)`;
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (name === '') return;
    const column = CSV_COLUMNS.find((c) => c === name);
    if (!column) headerProblems.push({ where, message: `has a column "${cell.trim()}" that Turbine does not read. Rename it to one of ${CSV_COLUMNS.join(', ')}, or remove it.` });
    else if (columns.has(column)) headerProblems.push({ where, message: `names the column "${column}" twice. Keep one.` });
    else columns.set(column, i);
  });
  if (columns.size === 0)
    return refuse(fileName, 'its first line is not a header', [
      { where, message: `names none of the columns Turbine reads. The first line must name them, e.g. ${REQUIRED.join(',')}, so each row's values can be placed.` },
    ]);
  const missing = REQUIRED.filter((c) => !columns.has(c));
  for (const column of missing)
    headerProblems.push({ where, message: `has no "${column}" column. A capability CSV needs the columns ${REQUIRED.join(', ')}; it may also have ${CSV_COLUMNS.filter((c) => !REQUIRED.includes(c)).join(', ')}.` });
  if (headerProblems.length > 0)
    return refuse(fileName, missing.length > 0 ? `its header has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length === 1 ? '' : 's'}` : 'its header has columns Turbine does not read', headerProblems);

  const problems: FrameworkProblem[] = [];
  const scales = new Map<string, ScaleEntry>();
  const areas = new Map<string, FrameworkDraft['areas'][number]>();
  const capabilities = new Map<string, DraftCapability>();
  const capabilityLines = new Map<DraftCapability, number>();
  const kindGiven = new Set<DraftCapability>();
  const named = new Set(columns.values());

  for (const row of rows.slice(headerAt + 1)) {
    const at = `line ${row.line}`;
    if (row.quoteError) {
      problems.push({ where: at, message: 'has a quoted field that is never closed. Check the double quotes on this line: a quote inside text is written as two quotes ("").' });
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    const stray = row.cells.findIndex((c, i) => c.trim() !== '' && !named.has(i));
    if (stray !== -1) {
      problems.push({
        where: at,
        message:
          stray >= header.cells.length
            ? 'has more values than the header has columns. Put text that contains the delimiter in double quotes.'
            : `has a value in column ${stray + 1}, which has no name in the header. Name the column or move the value.`,
      });
      continue;
    }
    const get = (column: Column) => {
      const i = columns.get(column);
      return i === undefined ? '' : unescapeFormula(row.cells[i] ?? '').trim();
    };
    const fail = (message: string) => problems.push({ where: at, message });

    const levelText = get('level');
    const level = levelText === '' ? undefined : /^\d+$/.test(levelText) && Number(levelText) <= 20 ? Number(levelText) : NaN;
    if (Number.isNaN(level)) {
      fail(`has the level "${levelText}", which is not a whole number from 0 to 20. Put the level's number in the level column.`);
      continue;
    }
    const scaleText = cleanName(get('scale'));
    const scale = () => scaleEntry(scales, scaleText || TURBINE_SCALE.name, scaleText === '');
    if (level !== undefined) {
      const levels = scale().levels;
      const entry = levels.get(level) ?? { name: '', description: '' };
      if (entry.name === '') entry.name = cleanName(get('level_name'));
      if (entry.description === '') entry.description = get('level_description');
      levels.set(level, entry);
    } else if (get('level_name') !== '' || get('level_description') !== '') {
      fail('has a level name or description but no level. Add the level number.');
      continue;
    }

    const describes = (['capability', 'kind', 'description', 'descriptor', 'example', 'target_people', 'target_level'] as const).filter((c) => get(c) !== '');
    const areaName = cleanName(get('area'));
    if (areaName === '') {
      if (describes.length > 0 || get('area_description') !== '') fail(`has ${withArticle(describes[0] ?? 'area_description')} but no area. Every capability belongs to an area: fill the area column.`);
      continue;
    }
    let area = areas.get(nameKey(areaName));
    if (!area) {
      area = { name: areaName, description: '', capabilities: [] };
      areas.set(nameKey(areaName), area);
    }
    if (area.description === '') area.description = get('area_description');

    const capabilityName = cleanName(get('capability'));
    if (capabilityName === '') {
      if (describes.length > 0) fail(`has ${withArticle(describes[0] ?? '')} but no capability. Fill the capability column.`);
      continue;
    }
    const scaleName = scale().name;
    const key = `${nameKey(areaName)}\u0000${nameKey(capabilityName)}`;
    let capability = capabilities.get(key);
    if (!capability) {
      capability = { name: capabilityName, kind: 'technical', description: '', scaleName, descriptors: [] };
      capabilities.set(key, capability);
      area.capabilities.push(capability);
      capabilityLines.set(capability, row.line);
    } else if (nameKey(capability.scaleName) !== nameKey(scaleName)) {
      fail(`puts "${capabilityName}" on the scale "${scaleName}", but line ${capabilityLines.get(capability)} put it on "${capability.scaleName}". A capability uses one scale.`);
      continue;
    }

    const kindText = get('kind');
    if (kindText !== '') {
      const kind = KINDS.get(kindText.toLowerCase().replace(/[\s_]+/g, '-'));
      if (!kind) fail(`has the kind "${kindText}". Use technical, non-technical or domain.`);
      else if (!kindGiven.has(capability)) {
        capability.kind = kind;
        kindGiven.add(capability);
      }
    }
    if (capability.description === '') capability.description = get('description');

    const people = get('target_people');
    const targetLevel = get('target_level');
    if (people !== '' || targetLevel !== '') {
      if (!/^\d+$/.test(people) || !/^\d+$/.test(targetLevel) || Number(people) > 10_000 || Number(targetLevel) > 20)
        fail('has a target that is not two whole numbers. Give target_people (how many people, up to 10000) and target_level (0 to 20) together.');
      else capability.target ??= { people: Number(people), level: Number(targetLevel) };
    }

    const descriptor = get('descriptor');
    const example = get('example');
    const detailedText = get('detailed').toLowerCase();
    const proficiency = get('proficiency');
    const linkUrl = get('link_url');
    const linkLabel = get('link_label');
    if (detailedText !== '' && !YES.has(detailedText) && !NO.has(detailedText)) {
      fail(`has "${get('detailed')}" in the detailed column. Write yes when the row's example, proficiency and link belong to its descriptor, or leave it empty.`);
      continue;
    }
    const detailed = YES.has(detailedText);
    if (!detailed && (proficiency !== '' || linkUrl !== '' || linkLabel !== '')) {
      fail('has a proficiency or link but the detailed column is not yes. They belong to a descriptor: write yes in the detailed column.');
      continue;
    }
    if (detailed && descriptor === '') {
      fail('says detailed but has no descriptor. Put the criterion its example, proficiency or link belongs to in the descriptor column.');
      continue;
    }
    if (linkUrl !== '' && !/^https?:\/\/\S+$/i.test(linkUrl)) {
      fail(`has the link "${linkUrl.slice(0, 80)}", which is not an http:// or https:// address. Turbine keeps web links only.`);
      continue;
    }
    if (linkLabel !== '' && linkUrl === '') {
      fail('has a link label but no link_url. Add the address or remove the label.');
      continue;
    }
    if (descriptor === '' && example === '') continue;
    if (level === undefined) {
      fail(`has ${descriptor === '' ? 'an example' : 'a descriptor'} but no level. Add the level it describes.`);
      continue;
    }
    if (detailed) {
      const item: DetailedCriterion = {
        criterion: descriptor,
        ...(example !== '' ? { examples: [example] } : {}),
        ...(proficiency !== '' ? { proficiency } : {}),
        ...(linkUrl !== '' ? { links: [{ label: linkLabel || linkUrl, url: linkUrl }] } : {}),
      };
      capability.descriptors.push({ level, criteria: [], examples: [], detailed: [item] });
    } else capability.descriptors.push({ level, criteria: descriptor === '' ? [] : [descriptor], examples: example === '' ? [] : [example] });
  }
  if (problems.length > 0) return refuse(fileName, `${problems.length === 1 ? 'a row is' : 'some rows are'} not what Turbine expects`, problems);

  const draftAreas = [...areas.values()];
  return finishDraft(
    { fileName, format: 'turbine-csv', title: titleFor(fileName, draftAreas.map((a) => a.name)), scales: [...scales.values()].map(scaleOf), areas: draftAreas },
    { where: `line ${header.line + 1}`, message: 'no capabilities found: no row names a capability. Each row needs an area, a capability, a level and a descriptor.' },
  );
}

/**
 * The library as CSV with every column, one row per criterion/example pair, so
 * readCapabilityCsv gives back the same library. Cells that a spreadsheet would run as a
 * formula (starting with = + - @) are written with a leading ' and read back without it.
 */
export function writeCapabilityCsv(library: CapabilityLibrary): string {
  const draft = libraryToDraft(library, 'library.csv');
  const rows: Record<Column, string>[] = [];
  const row = (values: Partial<Record<Column, string | number>>) =>
    rows.push(Object.fromEntries(CSV_COLUMNS.map((c) => [c, String(values[c] ?? '')])) as Record<Column, string>);
  const scalesByName = new Map(draft.scales.map((s) => [s.name, s]));
  const usedScales = new Set<string>();

  for (const area of draft.areas) {
    const areaCells = { area: area.name, area_description: area.description };
    if (area.capabilities.length === 0) row(areaCells);
    for (const cap of area.capabilities) {
      usedScales.add(cap.scaleName);
      const scale = scalesByName.get(cap.scaleName);
      const levels = new Map((scale?.levels ?? []).map((l) => [l.value, l]));
      const values = [...new Set([...levels.keys(), ...cap.descriptors.map((d) => d.level)])].sort((a, b) => a - b);
      const capCells = {
        ...areaCells,
        capability: cap.name,
        kind: cap.kind,
        description: cap.description,
        scale: cap.scaleName,
        target_people: cap.target?.people,
        target_level: cap.target?.level,
      };
      for (const value of values) {
        const levelCells = { ...capCells, level: value, level_name: levels.get(value)?.name, level_description: levels.get(value)?.description };
        const d = cap.descriptors.find((x) => x.level === value);
        const count = Math.max(d?.criteria.length ?? 0, d?.examples.length ?? 0, d?.detailed?.length ? 0 : 1);
        for (let i = 0; i < count; i++) row({ ...levelCells, descriptor: d?.criteria[i], example: d?.examples[i] });
        for (const x of d?.detailed ?? []) {
          const examples = x.examples ?? [];
          const links = x.links ?? [];
          const n = Math.max(examples.length, links.length, 1);
          for (let i = 0; i < n; i++)
            row({ ...levelCells, descriptor: x.criterion, example: examples[i], detailed: 'yes', proficiency: x.proficiency, link_label: links[i]?.label, link_url: links[i]?.url });
        }
      }
    }
  }
  for (const scale of draft.scales)
    if (!usedScales.has(scale.name)) for (const l of scale.levels) row({ scale: scale.name, level: l.value, level_name: l.name, level_description: l.description });

  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { escapeFormulae: true, newline: '\r\n' });
}

function parseRows(body: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    step: (result) => {
      rows.push({ line, cells: result.data, quoteError: result.errors.some((e) => e.type === 'Quotes') });
      // A quoted cell may span lines; the next row starts after all of them.
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (body.charCodeAt(i) === 10) line++;
      consumed = cursor;
    },
  });
  return rows;
}

/** Comma, semicolon (spreadsheets in many locales) or tab: whichever splits the header into the required columns. */
function detectDelimiter(body: string): string {
  const first = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const score = (d: string) => first.split(d).filter((c) => REQUIRED.includes(c.trim().replace(/^"|"$/g, '').trim().toLowerCase() as Column)).length;
  return [',', ';', '\t'].reduce((best, d) => (score(d) > score(best) ? d : best), ',');
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

function withArticle(column: string): string {
  return `${/^[aeiou]/.test(column) ? 'an' : 'a'} ${column}`;
}

function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function scaleEntry(scales: Map<string, ScaleEntry>, name: string, isDefault: boolean): ScaleEntry {
  let entry = scales.get(nameKey(name));
  if (!entry) {
    entry = { name, isDefault: false, levels: new Map() };
    scales.set(nameKey(name), entry);
  }
  entry.isDefault ||= isDefault;
  return entry;
}

function scaleOf(entry: ScaleEntry): DraftScale {
  const defaults = new Map(entry.isDefault ? TURBINE_SCALE.levels.map((l) => [l.value, l]) : []);
  const values = [...new Set([...defaults.keys(), ...entry.levels.keys()])].sort((a, b) => a - b);
  return {
    name: entry.name,
    levels: values.map((value) => {
      const given = entry.levels.get(value);
      return {
        value,
        name: given?.name || defaults.get(value)?.name || `Level ${value}`,
        description: given?.description || defaults.get(value)?.description || '',
      };
    }),
  };
}
