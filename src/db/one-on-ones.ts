/**
 * 1:1s: one row per conversation in the `oneOnOnes` table (indexed by personId and
 * date), its action items kept inside the row. Every write builds the whole record,
 * checks it with the OneOnOne schema, stamps `updatedAt`, then puts it, inside one rw
 * transaction when it reads first; errors propagate to the island, which shows them
 * (nothing is caught here). Saving the edit form is refused when another tab changed the
 * 1:1 since the form read it (fresh.ts).
 */
import { OneOnOne } from '../schemas/one-on-one.ts';
import type { Person } from '../schemas/person.ts';
import { database } from './database.ts';
import { formatDay } from '../domain/day-format.ts';
import { checkFresh, stamp } from './fresh.ts';

export type OneOnOneKind = OneOnOne['kind'];

export interface ActionItemDraft {
  /** Present for an item that already exists, so editing keeps its id. */
  id?: string | undefined;
  text: string;
  owner: string;
  done: boolean;
}

/** What the 1:1 form hands over. Empty strings for "not set"; ids are made here. */
export interface OneOnOneDraft {
  date: string;
  kind: OneOnOneKind;
  notes: string;
  actionItems: ActionItemDraft[];
  /** '' or undefined when no next 1:1 is planned. */
  nextDate?: string | undefined;
}

export class OneOnOneNotFound extends Error {
  constructor() {
    super('this 1:1 is no longer in the workspace (it may have been deleted in another tab)');
    this.name = 'OneOnOneNotFound';
  }
}

const newId = () => crypto.randomUUID();

/**
 * Tidies the action items: rows left completely empty are dropped, text and owner are
 * trimmed, and a row with an owner but nothing to do is refused rather than guessed at.
 */
function cleanItems(items: readonly ActionItemDraft[]) {
  const out: OneOnOne['actionItems'] = [];
  items.forEach((item, i) => {
    const text = item.text.trim();
    const owner = item.owner.trim();
    if (text === '' && owner === '') return;
    if (text === '') throw new Error(`action item ${i + 1} has an owner but nothing to do: write what is to be done, or clear the row`);
    out.push({ id: item.id ?? newId(), text, owner, done: item.done });
  });
  return out;
}

function buildRecord(base: { id: string; personId: string; sample?: boolean | undefined; updatedAt?: string | undefined }, draft: OneOnOneDraft): OneOnOne {
  const nextDate = draft.nextDate?.trim() || undefined;
  const record = OneOnOne.parse({
    id: base.id,
    updatedAt: stamp(base.updatedAt),
    personId: base.personId,
    date: draft.date,
    kind: draft.kind,
    notes: draft.notes,
    actionItems: cleanItems(draft.actionItems),
    ...(nextDate !== undefined ? { nextDate } : {}),
    ...(base.sample !== undefined ? { sample: base.sample } : {}),
  });
  // Checked once both are known to be dates.
  if (record.nextDate !== undefined && record.nextDate <= record.date) {
    throw new Error(`the next 1:1 (${formatDay(record.nextDate)}) must come after this one (${formatDay(record.date)})`);
  }
  return record;
}

/** Logs a 1:1 with someone on the team; returns its id. */
export async function addOneOnOne(personId: string, draft: OneOnOneDraft): Promise<string> {
  const db = database();
  return db.transaction('rw', db.people, db.oneOnOnes, async () => {
    if (!(await db.people.get(personId))) throw new Error('that person is no longer in the workspace');
    const record = buildRecord({ id: newId(), personId }, draft);
    await db.oneOnOnes.add(record);
    return record.id;
  });
}

/**
 * Reads a 1:1, changes one action item and writes it back, all in one transaction. Such a
 * change applies to the 1:1 as stored, so it needs no freshness check; its new stamp makes an
 * edit form opened before it refuse to save over it (that form would put the old items back).
 */
async function change(id: string, edit: (current: OneOnOne) => OneOnOne): Promise<void> {
  const db = database();
  await db.transaction('rw', db.oneOnOnes, async () => {
    const current = await db.oneOnOnes.get(id);
    if (!current) throw new OneOnOneNotFound();
    await db.oneOnOnes.put(OneOnOne.parse({ ...edit(current), updatedAt: stamp(current.updatedAt) }));
  });
}

/**
 * Replaces what a 1:1 says (date, kind, notes, action items, next date); the person stays.
 * `readAt` is the `updatedAt` of the 1:1 as the form read it: the save is refused when another
 * tab changed the 1:1 since, or removed it.
 */
export async function updateOneOnOne(id: string, draft: OneOnOneDraft, readAt: string | undefined): Promise<void> {
  const db = database();
  await db.transaction('rw', db.oneOnOnes, async () => {
    const current = await checkFresh(db.oneOnOnes, { id, updatedAt: readAt }, 'This 1:1');
    await db.oneOnOnes.put(buildRecord(current, draft));
  });
}

export async function deleteOneOnOne(id: string): Promise<void> {
  await database().oneOnOnes.delete(id);
}

function findItem(current: OneOnOne, itemId: string) {
  const index = current.actionItems.findIndex((i) => i.id === itemId);
  if (index < 0) throw new Error('this action item is no longer on the 1:1 (it may have been removed in another tab)');
  return index;
}

/** Adds an action item to an existing 1:1; returns its id. */
export async function addActionItem(oneOnOneId: string, item: { text: string; owner: string }): Promise<string> {
  const [clean] = cleanItems([{ ...item, done: false }]);
  if (!clean) throw new Error('an action item needs something to do');
  await change(oneOnOneId, (current) => ({ ...current, actionItems: [...current.actionItems, clean] }));
  return clean.id;
}

/** Ticks an action item done, or opens it again. */
export async function setActionItemDone(oneOnOneId: string, itemId: string, done: boolean): Promise<void> {
  await change(oneOnOneId, (current) => {
    const index = findItem(current, itemId);
    return { ...current, actionItems: current.actionItems.map((item, i) => (i === index ? { ...item, done } : item)) };
  });
}

/** Rewords an action item or gives it another owner. */
export async function editActionItem(oneOnOneId: string, itemId: string, patch: { text: string; owner: string }): Promise<void> {
  await change(oneOnOneId, (current) => {
    const index = findItem(current, itemId);
    const text = patch.text.trim();
    if (text === '') throw new Error('an action item needs something to do');
    return { ...current, actionItems: current.actionItems.map((item, i) => (i === index ? { ...item, text, owner: patch.owner.trim() } : item)) };
  });
}

export async function removeActionItem(oneOnOneId: string, itemId: string): Promise<void> {
  await change(oneOnOneId, (current) => {
    findItem(current, itemId);
    return { ...current, actionItems: current.actionItems.filter((item) => item.id !== itemId) };
  });
}

// ---------------------------------------------------------------- reads

export interface OneOnOnesOverview {
  /** Everyone, moved-on people included (the page decides what to show), by name. */
  people: Person[];
  /** Every 1:1, for each person's last and next date. */
  oneOnOnes: OneOnOne[];
}

export async function readOneOnOnesOverview(): Promise<OneOnOnesOverview> {
  const db = database();
  return db.transaction('r', db.people, db.oneOnOnes, async () => {
    const [people, oneOnOnes] = await Promise.all([db.people.toArray(), db.oneOnOnes.toArray()]);
    people.sort((a, b) => a.name.localeCompare(b.name));
    return { people, oneOnOnes };
  });
}
