/**
 * Reading and writing records of any kind as plain records, whatever their layout
 * (see layout.ts). This is the one module that knows how a grouped kind is stored:
 * everything else reads and writes a group (one person's assessments, one candidate's
 * scorecards) through readGroup/putGroup, and names its table with groupTable.
 * Workspace-wide commands are built on these; call them inside a transaction over
 * `storageTables()`.
 */
import type { Table } from 'dexie';
import { kinds, type RecordKind } from '../schemas/kinds.ts';
import type { RecordOf } from '../schemas/records.ts';
import type { TurbineDB } from './database.ts';
import { groupedKinds, isGrouped, type GroupedKind } from './layout.ts';

export type PlainRecord = { id: string; sample?: boolean } & Record<string, unknown>;
type GroupRow = Record<string, unknown>;

/** Records are written in slices so progress can be reported and other work can interleave. */
const SLICE = 2000;

export function storageTables(db: TurbineDB): Table[] {
  return [db.settings, ...kinds.map((kind) => tableOf(db, kind))];
}

function tableOf(db: TurbineDB, kind: RecordKind): Table {
  return isGrouped(kind) ? groupTable(db, kind) : db.records(kind);
}

/** The table holding a grouped kind's rows, for a transaction's scope. */
export function groupTable(db: TurbineDB, kind: GroupedKind): Table {
  return db.table(groupedKinds[kind].table);
}

/** One group's records (a person's assessments, a candidate's scorecards); none when the group has no row. */
export async function readGroup<K extends GroupedKind>(db: TurbineDB, kind: K, key: string): Promise<RecordOf<K>[]> {
  return (await readGroupRow(db, kind, key)) as unknown as RecordOf<K>[];
}

/** Several groups' records at once, in one request (a group with no row gives none). */
export async function readGroups<K extends GroupedKind>(db: TurbineDB, kind: K, keys: readonly string[]): Promise<RecordOf<K>[]> {
  const field = groupedKinds[kind].field;
  const rows = (await groupTable(db, kind).bulkGet([...keys])) as (GroupRow | undefined)[];
  return rows.flatMap((row) => (row ? (JSON.parse(row[field] as string) as unknown as RecordOf<K>[]) : []));
}

/**
 * Makes one group hold exactly these records; an empty group loses its row, so the rows
 * of a kind are its non-empty groups. Read the group and put it back inside one rw
 * transaction over groupTable(kind): another tab's write to the same group then waits
 * for this one instead of being overwritten by it.
 */
export async function putGroup<K extends GroupedKind>(db: TurbineDB, kind: K, key: string, records: readonly RecordOf<K>[]): Promise<void> {
  await putGroupRow(db, kind, key, records as unknown as readonly PlainRecord[]);
}

async function readGroupRow(db: TurbineDB, kind: GroupedKind, key: string): Promise<PlainRecord[]> {
  const row = (await groupTable(db, kind).get(key)) as GroupRow | undefined;
  return row ? (JSON.parse(row[groupedKinds[kind].field] as string) as PlainRecord[]) : [];
}

async function putGroupRow(db: TurbineDB, kind: GroupedKind, key: string, records: readonly PlainRecord[]): Promise<void> {
  const { key: keyField, field } = groupedKinds[kind];
  const table = groupTable(db, kind);
  if (records.length === 0) await table.delete(key);
  else await table.put({ [keyField]: key, count: records.length, [field]: JSON.stringify(records) });
}

/** How many groups hold at least one record: for assessments, how many people have been rated. */
export async function countGroups(db: TurbineDB, kind: GroupedKind): Promise<number> {
  return groupTable(db, kind).count();
}

/** The keys of the groups that hold records (for assessments, the ids of everyone rated), without reading the records. */
export async function groupKeys(db: TurbineDB, kind: GroupedKind): Promise<string[]> {
  return (await groupTable(db, kind).toCollection().primaryKeys()) as string[];
}

export async function readKind(db: TurbineDB, kind: RecordKind): Promise<PlainRecord[]> {
  if (!isGrouped(kind)) return (await db.records(kind).toArray()) as PlainRecord[];
  const { field } = groupedKinds[kind];
  const rows = (await groupTable(db, kind).toArray()) as GroupRow[];
  return rows.flatMap((row) => JSON.parse(row[field] as string) as PlainRecord[]);
}

/**
 * One kind's records as JSON text, in pieces that joined make its JSON array: a grouped
 * kind's groups are already JSON text in storage, so tens of megabytes are never copied
 * into one string just to be written out again.
 */
export async function readKindJson(db: TurbineDB, kind: RecordKind): Promise<{ pieces: string[]; count: number }> {
  if (!isGrouped(kind)) {
    const rows = await db.records(kind).toArray();
    return { pieces: [JSON.stringify(rows)], count: rows.length };
  }
  const { field } = groupedKinds[kind];
  return jsonPieces((await groupTable(db, kind).toArray()) as GroupRow[], field);
}

function jsonPieces(rows: GroupRow[], field: string): { pieces: string[]; count: number } {
  const pieces: string[] = ['['];
  for (const row of rows) {
    // Each group is a JSON array: its records are what lies between the brackets.
    const part = (row[field] as string).slice(1, -1);
    if (part.length === 0) continue;
    if (pieces.length > 1) pieces.push(',');
    pieces.push(part);
  }
  pieces.push(']');
  return { pieces, count: rows.reduce((n, row) => n + (row.count as number), 0) };
}

/**
 * One kind's records both as records and as JSON text pieces (see readKindJson), from one
 * read: the import reads the stored workspace for its preview and keeps the same read as
 * its recovery snapshot, instead of reading tens of megabytes twice.
 */
export async function readKindWithJson(db: TurbineDB, kind: RecordKind): Promise<{ records: PlainRecord[]; pieces: string[]; count: number }> {
  if (!isGrouped(kind)) {
    const records = (await db.records(kind).toArray()) as PlainRecord[];
    return { records, pieces: [JSON.stringify(records)], count: records.length };
  }
  const { field } = groupedKinds[kind];
  const rows = (await groupTable(db, kind).toArray()) as GroupRow[];
  return { records: rows.flatMap((row) => JSON.parse(row[field] as string) as PlainRecord[]), ...jsonPieces(rows, field) };
}

export async function countKind(db: TurbineDB, kind: RecordKind): Promise<number> {
  if (!isGrouped(kind)) return db.records(kind).count();
  let n = 0;
  await groupTable(db, kind).each((row: GroupRow) => {
    n += row.count as number;
  });
  return n;
}

/** True when the kind holds no record at all; cheap for every layout. */
export async function isKindEmpty(db: TurbineDB, kind: RecordKind): Promise<boolean> {
  return (await tableOf(db, kind).count()) === 0;
}

/**
 * Writes records of one kind. "replace" makes the kind hold exactly these records;
 * "merge" adds them, replacing records with the same id and keeping the others;
 * "append" adds records known to be new (fresh ids), touching only their groups.
 */
export async function writeKind(
  db: TurbineDB,
  kind: RecordKind,
  records: readonly PlainRecord[],
  mode: 'replace' | 'merge' | 'append',
  onWritten: (count: number) => void = () => {},
): Promise<void> {
  if (mode === 'append' && isGrouped(kind)) {
    await appendToGroups(db, kind, records);
    onWritten(records.length);
    return;
  }
  if (!isGrouped(kind)) {
    const table = db.records(kind);
    if (mode === 'replace') await table.clear();
    for (let i = 0; i < records.length; i += SLICE) {
      const slice = records.slice(i, i + SLICE);
      await table.bulkPut(slice);
      onWritten(slice.length);
    }
    return;
  }
  if (mode === 'replace') {
    await writeGroups(db, kind, records, onWritten);
    return;
  }
  // Merging nothing leaves the kind as it is: no need to rewrite it.
  if (records.length === 0) return;
  // A record may have moved between groups (say, an assessment re-pointed to another person),
  // so merge over the whole kind and rewrite it; merges are rare and this keeps ids unique.
  const incoming = new Set(records.map((r) => r.id));
  const all = [...(await readKind(db, kind)).filter((r) => !incoming.has(r.id)), ...records];
  // The caller counts the records it handed over, not the stored ones rewritten with them:
  // report the share of the rewrite done, in those records, so progress never passes its total.
  let rewritten = 0;
  let reported = 0;
  await writeGroups(db, kind, all, (n) => {
    rewritten += n;
    const share = Math.round((rewritten / all.length) * records.length);
    onWritten(share - reported);
    reported = share;
  });
}

async function writeGroups(db: TurbineDB, kind: GroupedKind, records: readonly PlainRecord[], onWritten: (n: number) => void) {
  const { key, field } = groupedKinds[kind];
  const table = groupTable(db, kind);
  await table.clear();
  const groups = new Map<string, PlainRecord[]>();
  for (const record of records) {
    const k = record[key] as string;
    const group = groups.get(k);
    if (group) group.push(record);
    else groups.set(k, [record]);
  }
  let rows: GroupRow[] = [];
  let inSlice = 0;
  for (const [k, group] of groups) {
    rows.push({ [key]: k, count: group.length, [field]: JSON.stringify(group) });
    inSlice += group.length;
    if (inSlice >= SLICE) {
      await table.bulkPut(rows);
      onWritten(inSlice);
      rows = [];
      inSlice = 0;
    }
  }
  if (rows.length > 0) {
    await table.bulkPut(rows);
    onWritten(inSlice);
  }
}

/** Adds records to their groups, rewriting only the rows they land in (a matrix edit touches one person's row). */
async function appendToGroups(db: TurbineDB, kind: GroupedKind, records: readonly PlainRecord[]) {
  const { key } = groupedKinds[kind];
  const byGroup = new Map<string, PlainRecord[]>();
  for (const record of records) {
    const k = record[key] as string;
    byGroup.set(k, [...(byGroup.get(k) ?? []), record]);
  }
  for (const [k, added] of byGroup) {
    await putGroupRow(db, kind, k, [...(await readGroupRow(db, kind, k)), ...added]);
  }
}

/** Removes the records with these ids from one kind. */
export async function deleteFromKind(db: TurbineDB, kind: RecordKind, ids: ReadonlySet<string>): Promise<void> {
  if (ids.size === 0) return;
  if (!isGrouped(kind)) {
    await db.records(kind).bulkDelete([...ids]);
    return;
  }
  const remaining = (await readKind(db, kind)).filter((r) => !ids.has(r.id));
  await writeGroups(db, kind, remaining, () => {});
}
