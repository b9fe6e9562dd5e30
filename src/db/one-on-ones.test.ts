import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport, readWorkspace } from './workspace.ts';
import {
  addActionItem,
  addOneOnOne,
  deleteOneOnOne,
  editActionItem,
  readOneOnOnesOverview,
  removeActionItem,
  setActionItemDone,
  updateOneOnOne,
  type OneOnOneDraft,
} from './one-on-ones.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';
import { describeError } from '../domain/errors.ts';
import { logNewestFirst } from '../domain/one-on-ones.ts';
import { formatDay } from '../domain/day-format.ts';

const readPersonLog = async (personId: string) => logNewestFirst((await readOneOnOnesOverview()).oneOnOnes, personId);

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`one-on-ones-test-${n++}`);
  useDatabase(db);
  await commitImport(tinyWorkspace(), 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const draft = (over: Partial<OneOnOneDraft> = {}): OneOnOneDraft => ({
  date: '2026-11-23',
  kind: 'getting-to-know-you',
  notes: '1. How do you like feedback?\nIn writing, soon after.',
  actionItems: [{ text: '  Pair on the ledger  ', owner: ' Ada ', done: false }],
  nextDate: '2026-12-07',
  ...over,
});

describe('adding and reading 1:1s', () => {
  it('stores a valid record with fresh ids and tidied action items', async () => {
    const id = await addOneOnOne(ids.person, draft());
    const [stored] = await readPersonLog(ids.person);
    expect(stored).toEqual({
      id,
      personId: ids.person,
      date: '2026-11-23',
      kind: 'getting-to-know-you',
      notes: '1. How do you like feedback?\nIn writing, soon after.',
      actionItems: [{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Pair on the ledger', owner: 'Ada', done: false }],
      nextDate: '2026-12-07',
      updatedAt: expect.any(String),
    });
    expect((await readWorkspace()).oneOnOnes).toHaveLength(1);
  });

  it('drops empty action item rows and leaves out an unset next date', async () => {
    await addOneOnOne(ids.person, draft({ actionItems: [{ text: ' ', owner: '', done: false }], nextDate: '' }));
    const [stored] = await readPersonLog(ids.person);
    expect(stored!.actionItems).toEqual([]);
    expect(stored).not.toHaveProperty('nextDate');
  });

  it('refuses bad input with a message naming what is wrong, and writes nothing', async () => {
    await expect(addOneOnOne(ids.person, draft({ date: '23/11/2026' }))).rejects.toSatisfy((e) =>
      describeError(e, 'save the 1:1') === 'Could not save the 1:1: date: must be a date like 2026-11-23',
    );
    await expect(addOneOnOne(ids.person, draft({ nextDate: '2026-11-20' }))).rejects.toThrow(`the next 1:1 (${formatDay('2026-11-20')}) must come after this one (${formatDay('2026-11-23')})`);
    await expect(addOneOnOne(ids.person, draft({ actionItems: [{ text: '', owner: 'Ada', done: false }] }))).rejects.toThrow('action item 1 has an owner but nothing to do');
    await expect(addOneOnOne('12345678-1234-4234-8234-000000000000', draft())).rejects.toThrow('that person is no longer in the workspace');
    expect(await db.oneOnOnes.count()).toBe(0);
  });

  it('reads everyone by name and every 1:1, which make one person’s log newest first', async () => {
    await addOneOnOne(ids.person, draft({ date: '2026-10-01', nextDate: '' }));
    await addOneOnOne(ids.person, draft({ date: '2026-11-01', nextDate: '' }));
    await addOneOnOne(ids.person2, draft({ date: '2026-11-10', nextDate: '' }));
    expect((await readPersonLog(ids.person)).map((o) => o.date)).toEqual(['2026-11-01', '2026-10-01']);
    const overview = await readOneOnOnesOverview();
    expect(overview.people.map((p) => p.name)).toEqual(['Ada', 'Grace']);
    expect(overview.oneOnOnes).toHaveLength(3);
  });
});

describe('changing 1:1s', () => {
  it('updates everything but the person, keeping action item ids and the sample flag', async () => {
    const id = await addOneOnOne(ids.person, draft());
    await db.oneOnOnes.update(id, { sample: true });
    const [before] = await readPersonLog(ids.person);
    const item = before!.actionItems[0]!;
    await updateOneOnOne(id, draft({ kind: 'regular', notes: 'Changed', actionItems: [{ ...item, done: true }, { text: 'New one', owner: '', done: false }], nextDate: '' }), before!.updatedAt);
    const [after] = await readPersonLog(ids.person);
    expect(after).toMatchObject({ id, personId: ids.person, kind: 'regular', notes: 'Changed', sample: true });
    expect(after).not.toHaveProperty('nextDate');
    expect(after!.actionItems.map((i) => [i.id === item.id, i.text, i.done])).toEqual([
      [true, 'Pair on the ledger', true],
      [false, 'New one', false],
    ]);
  });

  it('adds, ticks, edits and removes action items', async () => {
    const id = await addOneOnOne(ids.person, draft({ actionItems: [] }));
    const itemId = await addActionItem(id, { text: 'Write the runbook', owner: 'Grace' });
    await setActionItemDone(id, itemId, true);
    expect((await db.oneOnOnes.get(id))!.actionItems).toEqual([{ id: itemId, text: 'Write the runbook', owner: 'Grace', done: true }]);
    await setActionItemDone(id, itemId, false);
    await editActionItem(id, itemId, { text: 'Write the runbook with Ada', owner: 'Ada' });
    expect((await db.oneOnOnes.get(id))!.actionItems).toEqual([{ id: itemId, text: 'Write the runbook with Ada', owner: 'Ada', done: false }]);
    await expect(editActionItem(id, itemId, { text: '  ', owner: 'Ada' })).rejects.toThrow('an action item needs something to do');
    await expect(addActionItem(id, { text: '', owner: '' })).rejects.toThrow('an action item needs something to do');
    await removeActionItem(id, itemId);
    expect((await db.oneOnOnes.get(id))!.actionItems).toEqual([]);
    await expect(setActionItemDone(id, itemId, true)).rejects.toThrow('no longer on the 1:1');
  });

  it('refuses to change a 1:1 that is gone, and deletes', async () => {
    const id = await addOneOnOne(ids.person, draft());
    await deleteOneOnOne(id);
    expect(await db.oneOnOnes.count()).toBe(0);
    await expect(updateOneOnOne(id, draft(), undefined)).rejects.toMatchObject({ name: 'GoneRecordError' });
    await expect(addActionItem(id, { text: 'x', owner: '' })).rejects.toThrow('this 1:1 is no longer in the workspace');
  });

  it('refuses an edit over a version another tab saved, or over an action item ticked since the form opened, writing nothing', async () => {
    const id = await addOneOnOne(ids.person, draft());
    const read = (await db.oneOnOnes.get(id))!;
    await updateOneOnOne(id, draft({ notes: 'From the other tab' }), read.updatedAt);
    const otherTab = (await db.oneOnOnes.get(id))!;
    await expect(updateOneOnOne(id, draft({ notes: 'Stale' }), read.updatedAt)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: otherTab });
    expect(await db.oneOnOnes.get(id)).toEqual(otherTab);
    // Ticking an item is a change too: a form opened before it would put the item back as open.
    await setActionItemDone(id, otherTab.actionItems[0]!.id, true);
    const ticked = (await db.oneOnOnes.get(id))!;
    await expect(updateOneOnOne(id, draft({ notes: 'Stale' }), otherTab.updatedAt)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: ticked });
    expect(await db.oneOnOnes.get(id)).toEqual(ticked);
  });

  it('leaves the record as it was when a change fails validation', async () => {
    const id = await addOneOnOne(ids.person, draft());
    const before = await db.oneOnOnes.get(id);
    await expect(updateOneOnOne(id, draft({ notes: 'x'.repeat(20_001) }), before!.updatedAt)).rejects.toThrow();
    await expect(editActionItem(id, before!.actionItems[0]!.id, { text: 'y'.repeat(501), owner: '' })).rejects.toThrow();
    expect(await db.oneOnOnes.get(id)).toEqual(before);
  });
});
