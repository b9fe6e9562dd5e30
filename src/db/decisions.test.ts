import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { addDecision, deleteDecision, readDecisionsPage, updateDecision, type DecisionDraft } from './decisions.ts';
import { tinyWorkspace } from '../test/workspaces.ts';
import { describeError } from '../domain/errors.ts';

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`decisions-test-${n++}`);
  useDatabase(db);
  const data = tinyWorkspace();
  data.people.push({ id: '11111111-1111-4111-8111-111111111113', name: 'Ann', role: '', level: '', status: 'moved-on', fit: '' });
  await commitImport(data, 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const quick = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  title: '  Refunds move to the worker ',
  date: '2026-11-23',
  decided: 'All refunds go through the refunds worker.',
  why: 'Idempotency and retries are built in.',
  decidedBy: 'Ada',
  context: '',
  input: [],
  status: 'decided',
  ...over,
});

describe('decision commands', () => {
  it('records a three-sentence decision and reads it back with the team’s current names', async () => {
    const id = await addDecision(quick());
    const page = await readDecisionsPage();
    expect(page.decisions).toEqual([
      { id, title: 'Refunds move to the worker', date: '2026-11-23', decided: 'All refunds go through the refunds worker.', why: 'Idempotency and retries are built in.', decidedBy: 'Ada', context: '', input: [], status: 'decided', updatedAt: expect.any(String) },
    ]);
    expect(page.names).toEqual(['Ada', 'Grace']);
  });

  it('records the full form: context, input from whom, status', async () => {
    const id = await addDecision(quick({ context: 'The cron job double-refunded.', input: [' Grace ', '', 'Risk team'], status: 'proposed' }));
    expect(await db.decisions.get(id)).toMatchObject({ context: 'The cron job double-refunded.', input: ['Grace', 'Risk team'], status: 'proposed' });
  });

  it('lists newest first', async () => {
    await addDecision(quick({ title: 'Old', date: '2026-01-01' }));
    await addDecision(quick({ title: 'New', date: '2026-11-01' }));
    await addDecision(quick({ title: 'Middle', date: '2026-06-01' }));
    expect((await readDecisionsPage()).decisions.map((d) => d.title)).toEqual(['New', 'Middle', 'Old']);
  });

  it('refuses a decision without a title or with a bad date, and stores nothing', async () => {
    await expect(addDecision(quick({ title: ' ' }))).rejects.toSatisfy((e) => describeError(e, 'save the decision') === 'Could not save the decision: title: must not be empty');
    await expect(addDecision(quick({ date: '' }))).rejects.toSatisfy((e) => describeError(e, 'save').includes('date: must be a date like 2026-11-23'));
    expect(await db.decisions.count()).toBe(0);
  });

  it('updates a decision, keeping its id and sample flag, and refuses one that is gone', async () => {
    const id = await addDecision(quick());
    await db.decisions.update(id, { sample: true });
    const read = (await db.decisions.get(id))!.updatedAt;
    await updateDecision(id, quick({ status: 'superseded', why: 'Replaced by the queue.' }), read);
    const updated = (await db.decisions.get(id))!;
    expect(updated).toMatchObject({ id, status: 'superseded', why: 'Replaced by the queue.', sample: true });
    await expect(updateDecision(id, quick({ title: '' }), updated.updatedAt)).rejects.toThrow();
    expect(await db.decisions.get(id)).toEqual(updated);
    await deleteDecision(id);
    await expect(updateDecision(id, quick(), updated.updatedAt)).rejects.toMatchObject({ name: 'GoneRecordError' });
    expect(await db.decisions.count()).toBe(0);
  });

  it('refuses an edit over a version another tab saved, writing nothing', async () => {
    const id = await addDecision(quick());
    const read = (await db.decisions.get(id))!.updatedAt;
    await updateDecision(id, quick({ why: 'From the other tab.' }), read);
    const otherTab = (await db.decisions.get(id))!;
    await expect(updateDecision(id, quick({ why: 'Stale.' }), read)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: otherTab });
    expect(await db.decisions.toArray()).toEqual([otherTab]);
  });
});
