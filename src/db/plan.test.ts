/** The 90-day plan's commands and reads against a real (fake-indexeddb) database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { movePlanStart, readPlanAndLearnToday, readPlanCalendar, readPlanPage, removeNinetyDayPlan, setTaskDone, startPlan } from './plan.ts';
import { addPeople, bringPersonBack, movePersonOn, savePerson } from './design.ts';
import { addOneOnOne } from './one-on-ones.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { localToday } from '../domain/dates.ts';
import { tinyWorkspace, ids } from '../test/workspaces.ts';
import type { PlanTemplate } from '../domain/plan/plan.ts';

const template = parse(readFileSync(new URL('../../content/plans/first-90-days.yaml', import.meta.url), 'utf8')) as PlanTemplate;
const today = localToday();

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  db = new TurbineDB(`plan-test-${n++}`);
  useDatabase(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the 90-day plan in the database', () => {
  it('has nothing to say in an empty workspace, and offers to make a plan for nobody yet', async () => {
    const page = await readPlanPage(today);
    expect(page.plan).toBeUndefined();
    expect(page.people.size).toBe(0);
    const both = await readPlanAndLearnToday(today);
    expect(both.plan.plan).toBeUndefined();
    expect(both.learn.unplanned).toEqual([]);
    expect(await readPlanCalendar(today)).toBeUndefined();
  });

  it('makes a plan for the people on the team, once, and ticks what the workspace already holds', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const plan = await startPlan(template, today);
    await expect(startPlan(template, today)).rejects.toThrow('this workspace has a 90-day plan already');
    const page = await readPlanPage(today);
    expect(page.plan?.id).toBe(plan.id);
    const oneOnOnes = plan.tasks.filter((t) => t.ticks === 'first-one-on-one');
    expect(oneOnOnes.map((t) => t.title).sort()).toEqual(['Getting-to-know-you 1:1 with Ada', 'Getting-to-know-you 1:1 with Grace']);
    expect(page.thisWeek?.week).toBe(1);
    expect(page.thisWeek?.due.map((t) => t.title)).toContain('Getting-to-know-you 1:1 with Ada');
  });

  it('ticks a person’s 1:1 task once a getting-to-know-you 1:1 is logged', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const plan = await startPlan(template, today);
    const task = plan.tasks.find((t) => t.ticks === 'first-one-on-one' && t.personId === ids.person)!;
    expect((await readPlanPage(today)).states.get(task.id)?.done).toBe(false);
    await addOneOnOne(ids.person, { date: today, kind: 'getting-to-know-you', notes: '', actionItems: [] });
    const state = (await readPlanPage(today)).states.get(task.id);
    expect(state).toMatchObject({ done: true, by: 'workspace' });
  });

  it('gives a person who joins, or comes back, the tasks every person gets, and none twice', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    await startPlan(template, today);
    const [noor] = await addPeople([{ name: 'Noor', role: 'Engineer', level: '' }]);
    const nia = await savePerson({ name: 'Nia', role: 'Engineer', level: '', status: 'member', fit: '' });
    const tasksOf = async (personId: string) => (await readPlanPage(today)).plan!.tasks.filter((t) => t.personId === personId).map((t) => t.ticks);
    expect(await tasksOf(noor!.id)).toEqual(['first-one-on-one', 'check-in']);
    expect(await tasksOf(nia.id)).toEqual(['first-one-on-one', 'check-in']);
    // An edit adds nothing.
    await savePerson({ ...nia, role: 'Senior engineer' });
    expect(await tasksOf(nia.id)).toHaveLength(2);
    await movePersonOn(nia.id, today);
    await bringPersonBack(nia.id);
    expect(await tasksOf(nia.id)).toHaveLength(2);
  });

  it('moves every task with the start day, keeps hand ticks apart, and refuses a stale move', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const plan = await startPlan(template, today);
    const talk = plan.tasks.find((t) => !t.ticks && !t.personId)!;
    const ticked = await setTaskDone(plan.id, talk.id, true, today);
    expect((await readPlanPage(today)).states.get(talk.id)).toMatchObject({ done: true, by: 'hand' });
    await expect(movePlanStart(plan, '2027-01-04')).rejects.toThrow();
    const moved = await movePlanStart(ticked, '2027-01-04');
    expect(moved.startDate).toBe('2027-01-04');
    expect(moved.tasks).toEqual(ticked.tasks);
    await setTaskDone(plan.id, talk.id, false, today);
    expect((await readPlanPage(today)).states.get(talk.id)?.done).toBe(false);
    await removeNinetyDayPlan(await readPlanPage(today).then((p) => p.plan!));
    expect((await readPlanPage(today)).plan).toBeUndefined();
  });

  it('reads the sample team’s plan and Learn’s lines from one read, ticking the sample’s own work', async () => {
    await commitImport(sampleWorkspace(today), 'replace');
    const { plan, learn } = await readPlanAndLearnToday(today);
    const alone = await readPlanPage(today);
    expect([...plan.states]).toEqual([...alone.states]);
    expect(learn.unplanned.length).toBeGreaterThan(0);
    const byTitle = (title: string) => plan.states.get(plan.plan!.tasks.find((t) => t.title === title)!.id);
    expect(byTitle('Getting-to-know-you 1:1 with Amara')).toMatchObject({ done: true, by: 'workspace' });
    expect(byTitle('Draft the team charter with the team')).toMatchObject({ done: true, by: 'workspace' });
    const calendar = await readPlanCalendar(today);
    expect(new Set(calendar!.entries.map((e) => e.uid)).size).toBe(calendar!.entries.length);
  });
});
