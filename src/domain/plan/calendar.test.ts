import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { planCalendar, type PlanCalendarEntry } from './calendar.ts';
import { dueOn } from './plan.ts';
import { taskStates, type PlanEvidence } from './ticks.ts';
import { cadenceOf } from '../one-on-ones.ts';
import { formatDay } from '../day-format.ts';
import { calendarFile } from '../../io/ical.ts';
import type { CheckIn } from '../../schemas/check-in.ts';
import type { PlanTask } from '../../schemas/plan.ts';
import { inTimeZone } from '../../test/time-zone.ts';
import { planEvidence } from '../../test/plan-evidence.ts';

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

const START = '2026-10-19';
/** Day 10 of the plan, in week 2. */
const TODAY = '2026-10-28';
const STAMP = '2026-10-28T08:00:00.000Z';

type PersonLike = PlanEvidence['people'][number];
const ana: PersonLike = { id: uuid('a000', 1), name: 'Ana', status: 'member', startDate: '2023-02-01' };
const bo: PersonLike = { id: uuid('a000', 2), name: 'Bo', status: 'member' };
const cy: PersonLike = { id: uuid('a000', 3), name: 'Cy', status: 'moved-on' };
const di: PersonLike = { id: uuid('a000', 4), name: 'Di', status: 'member' };
const people = [ana, bo, cy, di];
const byId = new Map(people.map((p) => [p.id, p]));

const task = (n: number, more: Omit<PlanTask, 'id' | 'done'> & { done?: boolean }): PlanTask => ({ id: uuid('9000', n), done: false, ...more });

const talk = task(1, { week: 1, phase: 'design', title: 'Talk with your manager: goals, expectations; and "how" we work\nthen write it down \\ share it' });
const charter = task(2, { week: 2, phase: 'design', title: 'Write the team charter', ticks: 'charter' });
const loopTask = task(3, { week: 6, phase: 'hire', title: 'Own one interview loop', ticks: 'loop-owned' });
const anaCheckIn = task(4, { week: 11, phase: 'grow', title: 'Baseline check-in with Ana', personId: ana.id, ticks: 'check-in' });
const cyOneOnOne = task(5, { week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Cy', personId: cy.id, ticks: 'first-one-on-one' });
const cyCareer = task(6, { week: 3, phase: 'grow', title: 'Career talk with Cy', personId: cy.id, done: true, doneOn: '2026-10-21' });
const margin = task(7, { week: 8, phase: 'learn', title: 'Set the learning margin', done: true, doneOn: '2026-10-27' });

const plan = { id: uuid('7000', 1), title: 'First 90 days; Payments, 2026', startDate: START, tasks: [talk, charter, loopTask, anaCheckIn, cyOneOnOne, cyCareer, margin] };

const evidence = planEvidence(TODAY, people, { team: { name: 'Payments', mission: 'Money moves safely.', updatedAt: '2026-10-20T09:00:00.000Z' } });
const states = taskStates(plan, evidence);

const oneOnOnes = [
  // Ana: held on 20 Oct, the next one set for 3 Nov.
  { id: uuid('6000', 1), personId: ana.id, date: '2026-10-20', nextDate: '2026-11-03' },
  // Bo: none held yet, one planned for 30 Oct.
  { id: uuid('6000', 2), personId: bo.id, date: '2026-10-30' },
];
// Di has had none and none is planned: no date to put in the calendar.
const cadences = [ana, bo, di].map((p) => cadenceOf(p, oneOnOnes, TODAY));

type PlannedCheckIn = Pick<CheckIn, 'id' | 'personId' | 'date' | 'quarter' | 'held'>;
const checkIns: PlannedCheckIn[] = [
  { id: uuid('8000', 1), personId: ana.id, date: '2026-12-15', quarter: '2026-Q4', held: false },
  { id: uuid('8000', 2), personId: bo.id, date: '2026-10-22', quarter: '2026-Q4', held: true },
  // Someone the workspace no longer holds.
  { id: uuid('8000', 3), personId: uuid('a000', 99), date: '2026-12-16', quarter: '2026-Q4', held: false },
];

const entries = planCalendar(plan, states, byId, cadences, checkIns);

interface ReadEvent {
  uid: string;
  summary: string;
  description: string | null;
  start: string;
  end: string;
  allDay: boolean;
}

/** The file as a calendar app reads it. */
function readBack(text: string): { name: unknown; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, description: e.description ?? null, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}
const file = readBack(calendarFile(plan.title, entries, STAMP));
const eventOf = (uid: string) => {
  const event = file.events.find((e) => e.uid === `${uid}@turbine`);
  if (!event) throw new Error(`no event ${uid}`);
  return event;
};

describe('planCalendar', () => {
  it('puts every counted task on its due day, once', () => {
    const taskEvents = file.events.filter((e) => e.uid.startsWith('plan-task-'));
    // Cy's undone 1:1 no longer counts (Cy moved on); Cy's done career talk still does.
    expect(taskEvents.map((e) => e.uid).sort()).toEqual([talk, charter, loopTask, anaCheckIn, cyCareer, margin].map((t) => `plan-task-${t.id}@turbine`).sort());
    expect(entries.some((e) => e.uid === `plan-task-${cyOneOnOne.id}`)).toBe(false);
    expect(eventOf(`plan-task-${talk.id}`)).toMatchObject({ start: '2026-10-25', end: '2026-10-26', allDay: true });
    expect(eventOf(`plan-task-${charter.id}`)).toMatchObject({ start: '2026-11-01', end: '2026-11-02', allDay: true });
    expect(eventOf(`plan-task-${loopTask.id}`)).toMatchObject({ start: dueOn(START, 6), allDay: true });
    // Week 11, across the end of US daylight saving: still the Sunday 10 weeks after the first.
    expect(eventOf(`plan-task-${anaCheckIn.id}`)).toMatchObject({ start: '2027-01-03', end: '2027-01-04', allDay: true });
  });

  it('marks done tasks with a tick, by hand or by the workspace', () => {
    expect(eventOf(`plan-task-${charter.id}`).summary).toBe('✓ Write the team charter');
    expect(eventOf(`plan-task-${margin.id}`).summary).toBe('✓ Set the learning margin');
    expect(eventOf(`plan-task-${cyCareer.id}`).summary).toBe('✓ Career talk with Cy');
    expect(eventOf(`plan-task-${loopTask.id}`).summary).toBe('Own one interview loop');
    expect(eventOf(`plan-task-${anaCheckIn.id}`).summary).toBe('Baseline check-in with Ana');
  });

  it('describes a task by its plan, week and phase, then what ticked it or what is missing', () => {
    expect(eventOf(`plan-task-${charter.id}`).description).toBe(`First 90 days; Payments, 2026, week 2 (Design)\nTicked by the charter of Payments, saved on ${formatDay('2026-10-20T09:00:00.000Z')}`);
    expect(eventOf(`plan-task-${margin.id}`).description).toBe(`First 90 days; Payments, 2026, week 8 (Learn)\nTicked by hand on ${formatDay('2026-10-27')}`);
    expect(eventOf(`plan-task-${loopTask.id}`).description).toBe('First 90 days; Payments, 2026, week 6 (Hire)\nTicks itself when an opening has a loop whose checks find no problem');
    // Nothing ticks it and it is not done: just where it belongs.
    expect(eventOf(`plan-task-${talk.id}`).description).toBe('First 90 days; Payments, 2026, week 1 (Design)');
  });

  it('keeps commas, semicolons, quotes, backslashes and line breaks through a real parser', () => {
    // X-WR-CALNAME is a non-standard property, TEXT by default (RFC 5545 §3.8.8.2), so it is escaped;
    // ical.js does not know its type and hands back the raw value, which we unescape as TEXT.
    expect(file.name).toBe('First 90 days\\; Payments\\, 2026');
    expect(String(file.name).replace(/\\([\\;,])/g, '$1')).toBe(plan.title);
    expect(eventOf(`plan-task-${talk.id}`).summary).toBe(talk.title);
    expect(eventOf(`plan-task-${talk.id}`).summary).toContain('\n');
  });

  it('adds each person’s next 1:1, identified by the last one held', () => {
    const oneOnOneEntries = entries.filter((e) => e.uid.startsWith('one-on-one-'));
    expect(oneOnOneEntries).toEqual([
      { uid: `one-on-one-${bo.id}-after-none`, day: '2026-10-30', summary: '1:1 with Bo' },
      { uid: `one-on-one-${ana.id}-after-2026-10-20`, day: '2026-11-03', summary: '1:1 with Ana', description: `The last 1:1 was on ${formatDay('2026-10-20')}.` },
    ]);
    expect(eventOf(`one-on-one-${ana.id}-after-2026-10-20`)).toEqual({
      uid: `one-on-one-${ana.id}-after-2026-10-20@turbine`,
      summary: '1:1 with Ana',
      description: `The last 1:1 was on ${formatDay('2026-10-20')}.`,
      start: '2026-11-03',
      end: '2026-11-04',
      allDay: true,
    });
    expect(eventOf(`one-on-one-${bo.id}-after-none`).description).toBeNull();
  });

  it('keeps a 1:1’s UID when it moves, and gives the next one a new UID once it is held', () => {
    const moved = [{ ...oneOnOnes[0]!, nextDate: '2026-11-05' }];
    const [before] = planCalendar(plan, states, byId, [cadenceOf(ana, oneOnOnes, TODAY)], []).filter((e) => e.uid.startsWith('one-on-one-'));
    const [after] = planCalendar(plan, states, byId, [cadenceOf(ana, moved, TODAY)], []).filter((e) => e.uid.startsWith('one-on-one-'));
    expect(after!.uid).toBe(before!.uid);
    expect([before!.day, after!.day]).toEqual(['2026-11-03', '2026-11-05']);
    // Held on 3 Nov, the next one set for 17 Nov: a new event.
    const held = [...oneOnOnes, { id: uuid('6000', 3), personId: ana.id, date: '2026-11-03', nextDate: '2026-11-17' }];
    const [next] = planCalendar(plan, states, byId, [cadenceOf(ana, held, '2026-11-04')], []).filter((e) => e.uid.startsWith('one-on-one-'));
    expect(next).toMatchObject({ uid: `one-on-one-${ana.id}-after-2026-11-03`, day: '2026-11-17' });
  });

  it('leaves out people with no next 1:1 and cadences of people it does not know', () => {
    expect(entries.some((e) => e.uid.includes(di.id))).toBe(false);
    const stranger = cadenceOf({ id: uuid('a000', 98), name: 'X', status: 'member' }, [{ id: uuid('6000', 9), personId: uuid('a000', 98), date: '2026-11-01' }], TODAY);
    expect(stranger.next).toBe('2026-11-01');
    expect(planCalendar(plan, states, byId, [stranger], []).some((e) => e.uid.startsWith('one-on-one-'))).toBe(false);
  });

  it('adds the check-ins planned but not held, for people it knows', () => {
    expect(entries.filter((e) => e.uid.startsWith('check-in-'))).toEqual([{ uid: `check-in-${checkIns[0]!.id}`, day: '2026-12-15', summary: '2026-Q4 check-in with Ana' }]);
    expect(eventOf(`check-in-${checkIns[0]!.id}`)).toMatchObject({ start: '2026-12-15', end: '2026-12-16', allDay: true, summary: '2026-Q4 check-in with Ana', description: null });
  });

  it('sorts the entries by day', () => {
    const days = entries.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    expect(file.events.map((e) => e.start)).toEqual(days);
    expect(entries.map((e) => e.uid)).toEqual([
      `plan-task-${talk.id}`,
      `one-on-one-${bo.id}-after-none`,
      `plan-task-${charter.id}`,
      `one-on-one-${ana.id}-after-2026-10-20`,
      `plan-task-${cyCareer.id}`,
      `plan-task-${loopTask.id}`,
      `plan-task-${margin.id}`,
      `check-in-${checkIns[0]!.id}`,
      `plan-task-${anaCheckIn.id}`,
    ]);
  });

  it('keeps every task’s UID when the start day moves, and moves its day with it', () => {
    const later = { ...plan, startDate: '2026-11-02' };
    const moved = readBack(calendarFile(later.title, planCalendar(later, taskStates(later, evidence), byId, [], []), STAMP));
    const first = new Map(file.events.filter((e) => e.uid.startsWith('plan-task-')).map((e) => [e.uid, e.start]));
    const second = new Map(moved.events.map((e) => [e.uid, e.start]));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(second.get(`plan-task-${talk.id}@turbine`)).toBe('2026-11-08');
    expect(second.get(`plan-task-${anaCheckIn.id}@turbine`)).toBe('2027-01-17');
    for (const [uid, day] of first) {
      const old = new Date(`${day}T00:00:00Z`).getTime();
      const now = new Date(`${second.get(uid)!}T00:00:00Z`).getTime();
      expect((now - old) / 86_400_000).toBe(14);
    }
  });

  it('puts the same days in the file in any time zone', () => {
    const days = (zone: string) =>
      inTimeZone(zone, () => {
        const list: PlanCalendarEntry[] = planCalendar(plan, taskStates(plan, evidence), byId, [ana, bo].map((p) => cadenceOf(p, oneOnOnes, TODAY)), checkIns);
        return readBack(calendarFile(plan.title, list, STAMP)).events.map((e) => [e.uid, e.start, e.end]);
      });
    const utc = days('UTC');
    expect(days('America/Los_Angeles')).toEqual(utc);
    expect(days('Pacific/Auckland')).toEqual(utc);
  });
});
