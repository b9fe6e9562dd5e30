import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { readConversationsSummary, readSummary } from './summary.ts';
import { readLearnTodayWithMatrix } from './learn.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  db = new TurbineDB(`summary-test-${n++}`);
  useDatabase(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('readConversationsSummary', () => {
  it('lists who is due a 1:1 and the open action items', async () => {
    const data = tinyWorkspace();
    data.oneOnOnes.push({
      id: '77777777-7777-4777-8777-777777777777',
      personId: ids.person,
      date: '2026-11-01',
      kind: 'regular',
      notes: '',
      actionItems: [
        { id: '88888888-8888-4888-8888-888888888881', text: 'Open one', owner: 'Ada', done: false },
        { id: '88888888-8888-4888-8888-888888888882', text: 'Done one', owner: '', done: true },
      ],
      nextDate: '2026-11-15',
    });
    await commitImport(data, 'replace');
    const summary = await readConversationsSummary('2026-11-23');
    expect(summary.overdue.map((o) => [o.name, o.cadence.state])).toEqual([
      ['Grace', 'never'],
      ['Ada', 'overdue'],
    ]);
    expect(summary.openItems.map((i) => [i.text, i.personName])).toEqual([['Open one', 'Ada']]);
  });

  it('is empty for an empty workspace', async () => {
    expect(await readConversationsSummary('2026-11-23')).toEqual({ overdue: [], openItems: [] });
  });
});

describe('readSummary', () => {
  it('counts current people only, rated ones included: someone who moved on is neither a person nor a rated one', async () => {
    const data = tinyWorkspace();
    data.people.push({ id: '66666666-6666-4666-8666-666666666666', name: 'Linus', role: 'Engineer', level: 'Senior', status: 'moved-on', movedOnDate: '2026-10-01', fit: '' });
    data.assessments.push({ id: '66666666-6666-4666-8666-666666666667', personId: '66666666-6666-4666-8666-666666666666', capabilityId: ids.capability, level: 1, interested: false, at: '2026-09-01T10:00:00.000Z', source: 'manager' });
    await commitImport(data, 'replace');
    const { design } = await readSummary('2026-Q4', '2026-11-23');
    expect(design).toMatchObject({ people: 2, movedOn: 1, peopleRated: 1 });
  });

  it('counts plans in progress and items overdue by the local day', async () => {
    const data = tinyWorkspace();
    const item = (n: number, offset: number, status: 'todo' | 'done') => ({ id: `77777777-7777-4777-8777-77777777777${n}`, title: `Item ${n}`, period: 'week-1' as const, offset, type: 'read' as const, owner: 'learner' as const, section: '', check: '', steps: [], notes: '', status });
    data.onboardingPlans.push(
      // Started Friday 20 November: offset 1 is Monday 23 (today, not overdue), offset 0 is Friday 20 (overdue).
      { id: '88888888-8888-4888-8888-888888888881', personId: ids.person, title: 'Ada', kind: 'new-hire', startDate: '2026-11-20', items: [item(1, 0, 'todo'), item(2, 1, 'todo'), item(3, 0, 'done')] },
      // Starts next week: not in progress, nothing overdue.
      { id: '88888888-8888-4888-8888-888888888882', personId: ids.person2, title: 'Grace', kind: 'rotation', startDate: '2026-11-30', items: [item(4, 0, 'todo')] },
    );
    await commitImport(data, 'replace');
    const { learn } = await readSummary('2026-Q4', '2026-11-23');
    expect(learn).toEqual({ plans: 2, inProgress: 1, openItems: 3, doneItems: 1, overdueItems: 1, systems: 0 });

    // Home's Learn lines read the same plans: both in (or about to start) their first week, the one overdue item named.
    const today = (await readLearnTodayWithMatrix('2026-11-23')).learn;
    expect(today.weekOne.map((p) => p.title)).toEqual(['Ada', 'Grace']);
    expect(today.overdue).toEqual([{ planId: '88888888-8888-4888-8888-888888888881', personName: expect.any(String), title: 'Item 1', due: '2026-11-20' }]);
    expect(today.unplanned).toEqual([]);
  });
});
