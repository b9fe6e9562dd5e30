import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { dueOn, groupEachPerson, lastDayOf, personStays, personTasksFor, personTitle, planFromTemplate, PLAN_WEEKS, weekOn, weekStart, type PlanTemplate } from './plan.ts';
import { NinetyDayPlan, PersonTaskTemplate, PlanTask } from '../../schemas/plan.ts';
import type { Person } from '../../schemas/person.ts';
import { inTimeZone } from '../../test/time-zone.ts';

/** Ids as the schemas want them (UUIDs), numbered so a test can tell the order they were made in. */
function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

type PersonLike = Pick<Person, 'id' | 'name' | 'status' | 'startDate'>;
const person = (n: number, name: string, more: Partial<PersonLike> = {}): PersonLike => ({
  id: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`,
  name,
  status: 'member',
  ...more,
});

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland'] as const;

describe('the zones these tests switch to', () => {
  // Without this, a time-zone switch that silently did nothing would make the zone tests below vacuous.
  it.each([
    ['UTC', '2026-10-20T12:00:00Z', 0, '2026-11-03T12:00:00Z', 0],
    ['America/Los_Angeles', '2026-10-20T12:00:00Z', 420, '2026-11-03T12:00:00Z', 480],
    ['Pacific/Auckland', '2026-09-21T12:00:00Z', -720, '2026-09-28T12:00:00Z', -780],
  ])('%s is in effect, daylight-saving change included', (zone, before, offsetBefore, after, offsetAfter) => {
    inTimeZone(zone, () => {
      expect(new Date(before).getTimezoneOffset()).toBe(offsetBefore);
      expect(new Date(after).getTimezoneOffset()).toBe(offsetAfter);
    });
  });
});

describe.each(ZONES)('plan days in %s', (zone) => {
  const run = (body: () => void) => () => inTimeZone(zone, body);

  it(
    'starts week 1 on the start day and makes each task due on the last day of its week',
    run(() => {
      expect(weekStart('2026-11-23', 1)).toBe('2026-11-23');
      expect(dueOn('2026-11-23', 1)).toBe('2026-11-29');
      expect(weekStart('2026-11-23', 2)).toBe('2026-11-30');
      expect(dueOn('2026-11-23', 2)).toBe('2026-12-06');
      expect(weekStart('2026-11-23', 13)).toBe('2027-02-15');
      expect(dueOn('2026-11-23', 13)).toBe('2027-02-21');
      expect(lastDayOf({ startDate: '2026-11-23' })).toBe('2027-02-21');
    }),
  );

  it(
    'crosses the end of US daylight saving (1 Nov 2026) without losing or gaining a day',
    run(() => {
      // Tuesday 20 October 2026: week 2 holds 1 November.
      expect(dueOn('2026-10-20', 1)).toBe('2026-10-26');
      expect(weekStart('2026-10-20', 2)).toBe('2026-10-27');
      expect(dueOn('2026-10-20', 2)).toBe('2026-11-02');
      expect(weekStart('2026-10-20', 3)).toBe('2026-11-03');
      expect(dueOn('2026-10-20', 3)).toBe('2026-11-09');
      expect(lastDayOf({ startDate: '2026-10-20' })).toBe('2027-01-18');
      expect(weekOn('2026-10-20', '2026-11-01')).toBe(2);
      expect(weekOn('2026-10-20', '2026-11-02')).toBe(2);
      expect(weekOn('2026-10-20', '2026-11-03')).toBe(3);
    }),
  );

  it(
    'crosses the start of EU daylight saving (28 Mar 2027) and of US daylight saving (14 Mar 2027)',
    run(() => {
      expect(dueOn('2027-03-22', 1)).toBe('2027-03-28');
      expect(weekStart('2027-03-22', 2)).toBe('2027-03-29');
      expect(weekOn('2027-03-22', '2027-03-28')).toBe(1);
      expect(weekOn('2027-03-22', '2027-03-29')).toBe(2);
      expect(dueOn('2027-03-08', 1)).toBe('2027-03-14');
      expect(weekStart('2027-03-08', 2)).toBe('2027-03-15');
      expect(weekOn('2027-03-08', '2027-03-14')).toBe(1);
      expect(weekOn('2027-03-08', '2027-03-15')).toBe(2);
    }),
  );

  it(
    'crosses the start of New Zealand daylight saving (27 Sep 2026)',
    run(() => {
      expect(dueOn('2026-09-21', 1)).toBe('2026-09-27');
      expect(weekStart('2026-09-21', 2)).toBe('2026-09-28');
      expect(weekOn('2026-09-21', '2026-09-27')).toBe(1);
      expect(weekOn('2026-09-21', '2026-09-28')).toBe(2);
    }),
  );

  it(
    'crosses the year end and a leap day',
    run(() => {
      expect(dueOn('2026-12-28', 1)).toBe('2027-01-03');
      expect(weekStart('2026-12-28', 2)).toBe('2027-01-04');
      expect(weekOn('2026-12-28', '2026-12-31')).toBe(1);
      expect(weekOn('2026-12-28', '2027-01-01')).toBe(1);
      expect(weekOn('2026-12-28', '2027-01-04')).toBe(2);
      // 90 days on: 3 in December, 31 in January, 28 in February, 28 in March.
      expect(lastDayOf({ startDate: '2026-12-28' })).toBe('2027-03-28');
      // 2028 is a leap year: week 2 of a plan starting 20 Feb 2028 runs 27 Feb to 4 Mar.
      expect(weekStart('2028-02-20', 2)).toBe('2028-02-27');
      expect(dueOn('2028-02-20', 2)).toBe('2028-03-04');
      expect(weekOn('2028-02-20', '2028-02-29')).toBe(2);
    }),
  );

  it(
    'counts 0 before the plan starts and PLAN_WEEKS + 1 once it is over',
    run(() => {
      const start = '2026-10-20';
      expect(weekOn(start, '2026-10-19')).toBe(0);
      expect(weekOn(start, '2025-01-01')).toBe(0);
      expect(weekOn(start, start)).toBe(1);
      expect(weekOn(start, '2026-10-26')).toBe(1);
      expect(weekOn(start, '2026-10-27')).toBe(2);
      expect(weekOn(start, '2027-01-18')).toBe(13);
      expect(weekOn(start, '2027-01-19')).toBe(14);
      expect(weekOn(start, '2030-06-01')).toBe(PLAN_WEEKS + 1);
    }),
  );

  it(
    'puts every week’s first and last day in that week, for starts around the year and each change of clock',
    run(() => {
      for (const start of ['2026-01-01', '2026-03-02', '2026-09-21', '2026-10-20', '2026-12-28', '2027-03-22', '2028-02-20']) {
        for (let week = 1; week <= PLAN_WEEKS; week++) {
          expect(weekOn(start, weekStart(start, week))).toBe(week);
          expect(weekOn(start, dueOn(start, week))).toBe(week);
          if (week > 1) expect(weekStart(start, week) > dueOn(start, week - 1)).toBe(true);
        }
        expect(weekOn(start, lastDayOf({ startDate: start }))).toBe(PLAN_WEEKS);
      }
    }),
  );
});

describe('personTitle', () => {
  it('puts the name where {person} is, every time it appears', () => {
    expect(personTitle({ title: 'Getting-to-know-you 1:1 with {person}' }, 'Ana')).toBe('Getting-to-know-you 1:1 with Ana');
    expect(personTitle({ title: '{person}: ask {person} what helps' }, 'Zoë')).toBe('Zoë: ask Zoë what helps');
    expect(personTitle({ title: 'Ask the team' }, 'Ana')).toBe('Ask the team');
    // A `$` in a name is text, not a replacement pattern.
    expect(personTitle({ title: '1:1 with {person}' }, 'Ke$$ha A$&B O$\'Neil')).toBe('1:1 with Ke$$ha A$&B O$\'Neil');
  });
});

const eachPerson: PersonTaskTemplate[] = [
  { week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with {person}', ticks: 'first-one-on-one' },
  { week: 4, phase: 'grow', title: 'Career conversation with {person}', where: 'design/people' },
  { week: 11, phase: 'grow', title: 'Baseline check-in with {person}', ticks: 'check-in' },
];
const START = '2026-10-19';
const emptyPlan = { startDate: START, eachPerson, tasks: [] as PlanTask[] };

describe('personTasksFor', () => {
  const weeksOf = (tasks: PlanTask[]) => tasks.map((t) => [t.title, t.week]);

  it('gives someone already on the team every task at its template week when the plan has not started', () => {
    const ana = person(1, 'Ana', { startDate: '2024-05-01' });
    const tasks = personTasksFor(emptyPlan, ana, '2026-10-01', counter());
    expect(tasks).toEqual([
      { id: '00000000-0000-4000-8000-000000000001', week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Ana', personId: ana.id, done: false, ticks: 'first-one-on-one' },
      { id: '00000000-0000-4000-8000-000000000002', week: 4, phase: 'grow', title: 'Career conversation with Ana', personId: ana.id, done: false, where: 'design/people' },
      { id: '00000000-0000-4000-8000-000000000003', week: 11, phase: 'grow', title: 'Baseline check-in with Ana', personId: ana.id, done: false, ticks: 'check-in' },
    ]);
    // Each one a valid stored task.
    for (const t of tasks) expect(PlanTask.parse(t)).toEqual(t);
  });

  it('works the same without a start date', () => {
    expect(weeksOf(personTasksFor(emptyPlan, person(1, 'Ana'), START, counter()))).toEqual([
      ['Getting-to-know-you 1:1 with Ana', 1],
      ['Career conversation with Ana', 4],
      ['Baseline check-in with Ana', 11],
    ]);
  });

  it('moves the tasks of someone joining mid-plan to the week they join, never into a past week', () => {
    // Today is 18 Nov 2026, day 31 of the plan: week 5.
    const today = '2026-11-18';
    expect(weekOn(START, today)).toBe(5);
    const bo = person(2, 'Bo', { startDate: today });
    expect(weeksOf(personTasksFor(emptyPlan, bo, today, counter()))).toEqual([
      ['Getting-to-know-you 1:1 with Bo', 5],
      ['Career conversation with Bo', 5],
      ['Baseline check-in with Bo', 11],
    ]);
    // A start date in the past (an import of someone who joined long ago) does not put a task in a past week either.
    const cy = person(3, 'Cy', { startDate: '2020-01-01' });
    expect(weeksOf(personTasksFor(emptyPlan, cy, today, counter()))).toEqual([
      ['Getting-to-know-you 1:1 with Cy', 5],
      ['Career conversation with Cy', 5],
      ['Baseline check-in with Cy', 11],
    ]);
  });

  it('starts the tasks of someone with a future start date in the week they start', () => {
    // Added on 21 Oct (week 1), starting 9 Dec (week 8).
    const di = person(4, 'Di', { status: 'new-hire', startDate: '2026-12-09' });
    expect(weekOn(START, '2026-12-09')).toBe(8);
    expect(weeksOf(personTasksFor(emptyPlan, di, '2026-10-21', counter()))).toEqual([
      ['Getting-to-know-you 1:1 with Di', 8],
      ['Career conversation with Di', 8],
      ['Baseline check-in with Di', 11],
    ]);
    // Starting in week 12: even the check-in moves on, to week 12.
    const ed = person(5, 'Ed', { startDate: '2027-01-05' });
    expect(weeksOf(personTasksFor(emptyPlan, ed, '2026-10-21', counter())).map(([, w]) => w)).toEqual([12, 12, 12]);
  });

  it('puts the tasks of someone joining on the plan’s last day in week 13', () => {
    const last = lastDayOf(emptyPlan);
    expect(last).toBe('2027-01-17');
    const fi = person(6, 'Fi', { startDate: last });
    expect(weeksOf(personTasksFor(emptyPlan, fi, '2026-12-01', counter())).map(([, w]) => w)).toEqual([13, 13, 13]);
    expect(weeksOf(personTasksFor(emptyPlan, person(7, 'Gus'), last, counter())).map(([, w]) => w)).toEqual([13, 13, 13]);
  });

  it('gives none to someone joining after the plan ends, nor to anyone once it is over', () => {
    expect(personTasksFor(emptyPlan, person(8, 'Hal', { startDate: '2027-01-18' }), '2026-11-01', counter())).toEqual([]);
    expect(personTasksFor(emptyPlan, person(9, 'Ivy', { startDate: '2024-01-01' }), '2027-01-18', counter())).toEqual([]);
    expect(personTasksFor(emptyPlan, person(9, 'Ivy'), '2028-01-01', counter())).toEqual([]);
  });

  it('gives none when the plan has no task for every person', () => {
    expect(personTasksFor({ ...emptyPlan, eachPerson: [] }, person(1, 'Ana'), START, counter())).toEqual([]);
  });

  it('adds only the tasks a person lacks: a ticked one matched by what ticks it, another by its title', () => {
    const ana = person(1, 'Ana');
    const plan = {
      ...emptyPlan,
      tasks: [
        // Their 1:1, worded differently (their name was spelled otherwise then): still theirs, by its tick.
        { id: '00000000-0000-4000-9000-000000000001', week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Anna', personId: ana.id, done: true, ticks: 'first-one-on-one' },
        // Their career conversation, by its title.
        { id: '00000000-0000-4000-9000-000000000002', week: 6, phase: 'grow', title: 'Career conversation with Ana', personId: ana.id, done: false },
        // Someone else's check-in is not theirs.
        { id: '00000000-0000-4000-9000-000000000003', week: 11, phase: 'grow', title: 'Baseline check-in with Bo', personId: person(2, 'Bo').id, done: false, ticks: 'check-in' },
        // A shared task with the same title is not theirs either.
        { id: '00000000-0000-4000-9000-000000000004', week: 2, phase: 'grow', title: 'Baseline check-in with Ana', done: false },
      ] satisfies PlanTask[],
    };
    expect(weeksOf(personTasksFor(plan, ana, START, counter()))).toEqual([['Baseline check-in with Ana', 11]]);
  });

  it('matches a task without a tick by the title with the person’s current name', () => {
    const ana = person(1, 'Ana');
    const plan = { ...emptyPlan, tasks: [{ id: '00000000-0000-4000-9000-000000000002', week: 4, phase: 'grow', title: 'Career conversation with Ana', personId: ana.id, done: false }] satisfies PlanTask[] };
    expect(personTasksFor(plan, ana, START, counter()).map((t) => t.title)).not.toContain('Career conversation with Ana');
    // Under another name the title no longer matches, so the task is made again.
    expect(personTasksFor(plan, { ...ana, name: 'Ana María' }, START, counter()).map((t) => t.title)).toContain('Career conversation with Ana María');
  });

  it('adds nothing when the person has every task already', () => {
    const ana = person(1, 'Ana');
    const first = personTasksFor(emptyPlan, ana, START, counter());
    expect(personTasksFor({ ...emptyPlan, tasks: first }, ana, '2026-11-18', counter())).toEqual([]);
  });

  it('takes a new id for every task', () => {
    const newId = counter();
    const a = personTasksFor(emptyPlan, person(1, 'Ana'), START, newId);
    const b = personTasksFor(emptyPlan, person(2, 'Bo'), START, newId);
    const ids = [...a, ...b].map((t) => t.id);
    expect(new Set(ids).size).toBe(6);
  });
});

describe('personStays', () => {
  const people = new Map<string, Pick<Person, 'status'>>([
    [person(1, 'Ana').id, { status: 'member' }],
    [person(2, 'Bo').id, { status: 'new-hire' }],
    [person(3, 'Cy').id, { status: 'moved-on' }],
  ]);

  it('keeps shared tasks and the tasks of people still on the team', () => {
    expect(personStays({}, people)).toBe(true);
    expect(personStays({ personId: person(1, 'Ana').id }, people)).toBe(true);
    expect(personStays({ personId: person(2, 'Bo').id }, people)).toBe(true);
  });

  it('drops the tasks of people who moved on or were removed', () => {
    expect(personStays({ personId: person(3, 'Cy').id }, people)).toBe(false);
    expect(personStays({ personId: person(4, 'Gone').id }, people)).toBe(false);
  });
});

describe('planFromTemplate', () => {
  const template: PlanTemplate = {
    name: 'Small plan',
    summary: 'For tests',
    eachPerson: [
      { week: 1, phase: 'design', title: '1:1 with {person}', ticks: 'first-one-on-one' },
      { week: 3, phase: 'grow', title: 'Check-in with {person}', ticks: 'check-in' },
    ],
    tasks: [
      { week: 3, phase: 'design', title: 'C, week 3 first' },
      { week: 1, phase: 'design', title: 'A, week 1 first', where: 'design/decisions' },
      { week: 3, phase: 'hire', title: 'D, week 3 second', ticks: 'loop-owned' },
      { week: 1, phase: 'design', title: 'B, week 1 second', ticks: 'charter' },
    ],
  };

  it('makes the plan with its own id and the template’s name, people’s tasks after the shared ones in each week', () => {
    const ana = person(1, 'Ana');
    const bo = person(2, 'Bo');
    const plan = planFromTemplate(template, [ana, bo], '2026-10-19', counter());
    expect(plan.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(plan.title).toBe('Small plan');
    expect(plan.startDate).toBe('2026-10-19');
    expect(plan.eachPerson).toEqual(template.eachPerson);
    expect(plan.eachPerson[0]).not.toBe(template.eachPerson[0]);
    expect(plan.tasks.map((t) => [t.week, t.title, t.personId])).toEqual([
      [1, 'A, week 1 first', undefined],
      [1, 'B, week 1 second', undefined],
      [1, '1:1 with Ana', ana.id],
      [1, '1:1 with Bo', bo.id],
      [3, 'C, week 3 first', undefined],
      [3, 'D, week 3 second', undefined],
      [3, 'Check-in with Ana', ana.id],
      [3, 'Check-in with Bo', bo.id],
    ]);
    expect(plan.tasks.every((t) => t.done === false && t.doneOn === undefined)).toBe(true);
    expect(plan.tasks.find((t) => t.title.startsWith('A,'))?.where).toBe('design/decisions');
    expect(plan.tasks.find((t) => t.title.startsWith('D,'))?.ticks).toBe('loop-owned');
  });

  it('makes a plan with no tasks for people when nobody is on the team', () => {
    const plan = planFromTemplate(template, [], '2026-10-19', counter());
    expect(plan.tasks.map((t) => t.title)).toEqual(['A, week 1 first', 'B, week 1 second', 'C, week 3 first', 'D, week 3 second']);
  });
});

describe('planFromTemplate on content/plans/first-90-days.yaml', () => {
  // The shape planTemplateSchema (src/content.config.ts) checks, from the same schemas; that file needs Astro to load.
  const TemplateFile = z.strictObject({
    name: z.string().min(1),
    summary: z.string().min(1),
    eachPerson: z.array(PersonTaskTemplate.strict()),
    tasks: z.array(PlanTask.pick({ week: true, phase: true, title: true, ticks: true, where: true }).strict()),
  });
  const template: PlanTemplate = TemplateFile.parse(parse(readFileSync(new URL('../../../content/plans/first-90-days.yaml', import.meta.url), 'utf8')));

  const start = '2026-10-19';
  const ana = person(1, 'Ana', { startDate: '2023-02-01' });
  const bo = person(2, 'Bo');
  const cy = person(3, 'Cy', { status: 'moved-on', startDate: '2022-01-01' });
  // Starts on 2 Dec 2026, in week 7.
  const di = person(4, 'Di', { status: 'new-hire', startDate: '2026-12-02' });
  // Starts after the plan ends (17 Jan 2027).
  const ed = person(5, 'Ed', { status: 'new-hire', startDate: '2027-02-01' });
  const plan = planFromTemplate(template, [ana, bo, cy, di, ed], start, counter());
  const ofPerson = (p: PersonLike) => plan.tasks.filter((t) => t.personId === p.id);

  it('is a template with tasks for every person and every phase', () => {
    expect(template.eachPerson.length).toBeGreaterThan(0);
    expect(new Set(template.tasks.map((t) => t.phase))).toEqual(new Set(['design', 'hire', 'learn', 'grow']));
  });

  it('makes a plan the stored schema accepts', () => {
    const stored = NinetyDayPlan.parse(plan);
    expect(stored.tasks).toEqual(plan.tasks);
    expect(stored.title).toBe(template.name);
  });

  it('holds every shared task once, undone and for nobody in particular', () => {
    const shared = plan.tasks.filter((t) => t.personId === undefined);
    expect(shared).toHaveLength(template.tasks.length);
    expect(shared.every((t) => !t.done)).toBe(true);
    expect(new Set(shared.map((t) => t.title))).toEqual(new Set(template.tasks.map((t) => t.title)));
  });

  it('gives every person on the team each task every person gets, at its template week', () => {
    for (const p of [ana, bo]) {
      expect(ofPerson(p).map((t) => [t.week, t.phase, t.title, t.ticks])).toEqual(template.eachPerson.map((t) => [t.week, t.phase, personTitle(t, p.name), t.ticks]));
    }
    expect(ofPerson(ana).map((t) => t.title)).toEqual(['Getting-to-know-you 1:1 with Ana', 'Baseline check-in with Ana']);
  });

  it('gives someone starting during the plan their tasks from the week they start', () => {
    expect(ofPerson(di).map((t) => [t.title, t.week])).toEqual([
      ['Getting-to-know-you 1:1 with Di', 7],
      ['Baseline check-in with Di', 11],
    ]);
  });

  it('gives nothing to people who moved on or start after the plan', () => {
    expect(ofPerson(cy)).toEqual([]);
    expect(ofPerson(ed)).toEqual([]);
    expect(plan.tasks.filter((t) => t.personId !== undefined)).toHaveLength(3 * template.eachPerson.length);
  });

  it('puts the tasks in week order', () => {
    const weeks = plan.tasks.map((t) => t.week);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    expect(weeks[0]).toBe(1);
    expect(weeks.at(-1)).toBe(13);
  });

  it('keeps the template’s order within a week', () => {
    for (let week = 1; week <= PLAN_WEEKS; week++) {
      const inPlan = plan.tasks.filter((t) => t.week === week && t.personId === undefined).map((t) => t.title);
      expect(inPlan).toEqual(template.tasks.filter((t) => t.week === week).map((t) => t.title));
    }
    // Week 1: the two conversations with your own manager, in the template's order, before the people's 1:1s.
    const weekOne = plan.tasks.filter((t) => t.week === 1);
    expect(weekOne.map((t) => t.personId ?? 'shared')).toEqual(['shared', 'shared', ana.id, bo.id]);
    expect(weekOne[0]!.title).toMatch(/^Talk with your own manager/);
  });

  it('gives every task and the plan a different id', () => {
    const ids = [plan.id, ...plan.tasks.map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('copies what ticks a task and where its work is done', () => {
    for (const t of template.tasks) {
      const task = plan.tasks.find((p) => p.title === t.title)!;
      expect([task.week, task.phase, task.ticks, task.where]).toEqual([t.week, t.phase, t.ticks, t.where]);
    }
  });
});

describe('groupEachPerson', () => {
  const each = [{ week: 1, phase: 'design' as const, title: 'Getting-to-know-you 1:1 with {person}', ticks: 'first-one-on-one' as const }];
  const task = (i: number, over: Partial<PlanTask> = {}): PlanTask => ({ id: `t${i}`, week: 1, phase: 'design', title: `Task ${i}`, done: false, ...over });
  const oneOnOne = (i: number) => task(i, { personId: `p${i}`, ticks: 'first-one-on-one', title: `Getting-to-know-you 1:1 with P${i}` });

  it('leaves a small team’s tasks one by one', () => {
    const tasks = [task(0), oneOnOne(1), oneOnOne(2)];
    expect(groupEachPerson(tasks, each, 3)).toEqual(tasks.map((t) => ({ task: t })));
  });

  it('folds a large team’s tasks of one kind into one row where the first was, keeping the rest in order', () => {
    const tasks = [task(0), oneOnOne(1), task(2), oneOnOne(3), oneOnOne(4)];
    expect(groupEachPerson(tasks, each, 3)).toEqual([
      { task: tasks[0] },
      { key: '1|first-one-on-one', title: 'Getting-to-know-you 1:1 with each person', tasks: [tasks[1], tasks[3], tasks[4]] },
      { task: tasks[2] },
    ]);
  });

  it('keeps weeks apart, and never folds a task the plan gives nobody in particular', () => {
    const late = { ...oneOnOne(9), week: 2 };
    const tasks = [oneOnOne(1), oneOnOne(2), oneOnOne(3), late, task(5, { ticks: 'charter' })];
    const rows = groupEachPerson(tasks, each, 3);
    expect(rows.map((r) => ('task' in r ? r.task.id : r.key))).toEqual(['1|first-one-on-one', 't9', 't5']);
  });
});
