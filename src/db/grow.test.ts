import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { confirmLevels, readCheckInPage, saveCheckIn, type CheckInDraft } from './grow.ts';
import { readAssessments } from './design.ts';
import { latestCellsByView, cellOf } from '../domain/matrix-cells.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';
import { StaleRecordError } from './fresh.ts';

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`grow-test-${n++}`);
  useDatabase(db);
  await commitImport(tinyWorkspace(), 'replace');
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T10:00:00') });
  onTestFinished(() => void vi.useRealTimers());
});
afterEach(async () => {
  await db.delete();
});

const draft = (over: Partial<CheckInDraft> = {}): CheckInDraft => ({
  date: '2026-12-07',
  held: false,
  strengths: [{ text: 'Calm in incidents', howUsed: 'Led the Black Friday call' }, { text: '  ', howUsed: '' }],
  wins: ['Shipped refunds v2', ''],
  areasToGrow: 'Writing things down',
  stretch: [{ text: 'Run the on-call review', capabilityId: ids.capability }],
  goals: [{ text: 'Write three runbooks', status: 'not-started', capabilityIds: [] }],
  feedbackAsked: '',
  feedbackGiven: '',
  engagement: { belonging: 4, choice: 2, note: '' },
  growthInTheirWords: '',
  evidence: [],
  levels: [{ capabilityId: ids.capability, self: 1, manager: 0 }],
  managerNotes: { readyForMoreScope: true, atRisk: false, whatWouldKeepThem: 'A bigger project', notes: '' },
  ...over,
});

describe('a check-in', () => {
  it('is saved as a draft with its new goal, leaving out empty strengths and wins, and reopens as saved', async () => {
    const saved = await saveCheckIn(ids.person, '2026-Q4', draft(), {});
    expect(saved.checkIn.strengths).toEqual([{ text: 'Calm in incidents', howUsed: 'Led the Black Friday call' }]);
    expect(saved.checkIn.wins).toEqual(['Shipped refunds v2']);
    expect(saved.goals).toMatchObject([{ text: 'Write three runbooks', setIn: '2026-Q4', history: [{ status: 'not-started', on: '2026-12-07' }] }]);
    const page = await readCheckInPage(ids.person, '2026-Q4');
    expect(page?.checkIn).toEqual(saved.checkIn);
    expect(page?.checkIn?.held).toBe(false);
    expect(page?.setThisQuarter).toEqual([saved.goals[0]!.id]);
  });

  it('records a goal’s status change with its day, and carries an open goal into the next quarter', async () => {
    const first = await saveCheckIn(ids.person, '2026-Q4', draft(), {});
    const goal = first.goals[0]!;
    vi.setSystemTime(new Date('2026-12-20T10:00:00'));
    const second = await saveCheckIn(ids.person, '2026-Q4', draft({ goals: [{ id: goal.id, text: goal.text, status: 'at-risk', capabilityIds: [] }] }), first.checkIn);
    expect(second.goals[0]!.history).toEqual([
      { status: 'not-started', on: '2026-12-07' },
      { status: 'at-risk', on: '2026-12-20' },
    ]);
    const next = await readCheckInPage(ids.person, '2027-Q1');
    expect(next?.carried).toEqual([goal.id]);
    expect(next?.previous?.id).toBe(first.checkIn.id);
    expect(next?.checkIn).toBeUndefined();
  });

  it('refuses a save over a version another tab saved since, and a second check-in for the same quarter', async () => {
    const first = await saveCheckIn(ids.person, '2026-Q4', draft(), {});
    await saveCheckIn(ids.person, '2026-Q4', draft({ areasToGrow: 'Other tab' }), first.checkIn);
    await expect(saveCheckIn(ids.person, '2026-Q4', draft({ areasToGrow: 'This tab' }), first.checkIn)).rejects.toBeInstanceOf(StaleRecordError);
    await expect(saveCheckIn(ids.person, '2026-Q4', draft(), {})).rejects.toThrow(/another tab/);
    expect((await db.checkIns.toArray()).map((c) => c.areasToGrow)).toEqual(['Other tab']);
  });

  it('confirms levels into the matrix: self as "self", the manager’s as "check-in", once, keeping “wants to grow”', async () => {
    const { checkIn } = await saveCheckIn(ids.person, '2026-Q4', draft(), {});
    const confirmed = await confirmLevels(checkIn.id, checkIn.updatedAt);
    expect(confirmed.levels[0]!.confirmedAt).toBeDefined();
    const cells = latestCellsByView(await readAssessments());
    expect(cellOf(cells.manager, ids.person, ids.capability)).toMatchObject({ level: 0, source: 'check-in', interested: true });
    expect(cellOf(cells.self, ids.person, ids.capability)).toMatchObject({ level: 1, source: 'self' });
    const count = (await readAssessments()).length;
    await confirmLevels(confirmed.id, confirmed.updatedAt);
    expect((await readAssessments()).length).toBe(count);
  });

  it('prefills from what Turbine holds: suggested capabilities include what the person wants to grow in', async () => {
    const page = await readCheckInPage(ids.person, '2026-Q4');
    expect(page?.suggestedCapabilities).toContain(ids.capability);
    expect(page?.levels).toEqual([{ capabilityId: ids.capability, manager: 1, self: undefined, interested: true }]);
    expect(await readCheckInPage('99999999-9999-4999-8999-999999999999', '2026-Q4')).toBeUndefined();
  });
});
