import { describe, expect, it } from 'vitest';
import { counts, EARLY_ONE_ON_ONE_DAYS, progressByPhase, taskStates, thisWeek, withMatrixTicks, type PlanEvidence, type TaskState } from './ticks.ts';
import { addDays } from '../dates.ts';
import { formatDay } from '../day-format.ts';
import { latestCells } from '../matrix-cells.ts';
import type { Assessment } from '../../schemas/assessment.ts';
import type { InterviewLoop } from '../../schemas/hiring.ts';
import type { PlanTask, PlanTick } from '../../schemas/plan.ts';
import { inTimeZone } from '../../test/time-zone.ts';
import { planEvidence } from '../../test/plan-evidence.ts';

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

const START = '2026-10-19';
/** Day 10 of the plan, in week 2. */
const TODAY = '2026-10-28';

type PersonLike = PlanEvidence['people'][number];
const ana: PersonLike = { id: uuid('a000', 1), name: 'Ana', status: 'member', startDate: '2023-02-01' };
const bo: PersonLike = { id: uuid('a000', 2), name: 'Bo', status: 'member' };
const cy: PersonLike = { id: uuid('a000', 3), name: 'Cy', status: 'moved-on', startDate: '2022-01-01' };
/** Joins on 9 Nov 2026, after TODAY. */
const di: PersonLike = { id: uuid('a000', 4), name: 'Di', status: 'new-hire', startDate: '2026-11-09' };

const capA = { id: uuid('c000', 1), name: 'Go' };
const capB = { id: uuid('c000', 2), name: 'Incident response' };

let taskNumber = 0;
function task(ticks: PlanTick | undefined, more: Partial<PlanTask> = {}): PlanTask {
  return { id: uuid('9000', ++taskNumber), week: 1, phase: 'design', title: `Task ${taskNumber}`, done: false, ...(ticks ? { ticks } : {}), ...more };
}

function evidence(more: Partial<PlanEvidence> = {}): PlanEvidence {
  return planEvidence(TODAY, [ana, bo, cy, di], more);
}

/** The state of one task, in a plan that holds only it. */
function stateOf(t: PlanTask, e: PlanEvidence, startDate = START): TaskState {
  const state = taskStates({ startDate, tasks: [t] }, e).get(t.id);
  if (!state) throw new Error('no state for the task');
  return state;
}

describe('first-one-on-one', () => {
  const mine = () => task('first-one-on-one', { personId: ana.id, title: 'Getting-to-know-you 1:1 with Ana' });
  const gtky = (date: string, personId = ana.id) => ({ personId, date, kind: 'getting-to-know-you' as const });

  it('is ticked by a getting-to-know-you 1:1 logged with the task’s person, named in the why', () => {
    const state = stateOf(mine(), evidence({ oneOnOnes: [gtky('2026-10-21')] }));
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: `Ticked by the getting-to-know-you 1:1 logged for ${formatDay('2026-10-21')}`,
      place: { page: 'design/one-on-ones', person: ana.id },
      stays: true,
    });
  });

  it('names the earliest of several', () => {
    const state = stateOf(mine(), evidence({ oneOnOnes: [gtky('2026-10-26'), gtky('2026-10-20'), gtky('2026-10-23')] }));
    expect(state.why).toBe(`Ticked by the getting-to-know-you 1:1 logged for ${formatDay('2026-10-20')}`);
  });

  it('is not ticked by a regular 1:1, and says what would tick it', () => {
    const state = stateOf(mine(), evidence({ oneOnOnes: [{ personId: ana.id, date: '2026-10-21', kind: 'regular' }] }));
    expect(state).toEqual({ done: false, why: 'Ticks itself when you log a getting-to-know-you 1:1', place: { page: 'design/one-on-ones', person: ana.id }, stays: true });
  });

  it('is not ticked by someone else’s 1:1', () => {
    expect(stateOf(mine(), evidence({ oneOnOnes: [gtky('2026-10-21', bo.id)] })).done).toBe(false);
  });

  it('is not ticked by a 1:1 dated after today (planned, not held), but is by one today', () => {
    expect(stateOf(mine(), evidence({ oneOnOnes: [gtky(addDays(TODAY, 1))] })).done).toBe(false);
    expect(stateOf(mine(), evidence({ oneOnOnes: [gtky(TODAY)] })).done).toBe(true);
  });

  it(`counts a 1:1 up to ${EARLY_ONE_ON_ONE_DAYS} days before the plan starts, not one day earlier`, () => {
    expect(EARLY_ONE_ON_ONE_DAYS).toBe(90);
    // 19 Oct 2026 − 90 days = 21 Jul 2026.
    const ninety = stateOf(mine(), evidence({ oneOnOnes: [gtky('2026-07-21')] }));
    expect(ninety.done).toBe(true);
    expect(ninety.why).toBe(`Ticked by the getting-to-know-you 1:1 logged for ${formatDay('2026-07-21')}`);
    expect(stateOf(mine(), evidence({ oneOnOnes: [gtky('2026-07-20')] })).done).toBe(false);
  });

  it('is ticked by a 1:1 held before the plan starts, while today is before it too', () => {
    expect(stateOf(mine(), evidence({ today: '2026-10-10', oneOnOnes: [gtky('2026-10-05')] })).done).toBe(true);
  });

  it('is never ticked on a task for nobody in particular', () => {
    const shared = task('first-one-on-one');
    const state = stateOf(shared, evidence({ oneOnOnes: [gtky('2026-10-21')] }));
    expect(state.done).toBe(false);
    expect(state.place).toEqual({ page: 'design/one-on-ones' });
  });
});

describe('check-in', () => {
  const mine = () => task('check-in', { personId: ana.id, week: 11, phase: 'grow' });
  const checkIn = (date: string, held = true, personId = ana.id) => ({ personId, date, held });

  it('is ticked by a check-in held with the task’s person on or after the start day', () => {
    const state = stateOf(mine(), evidence({ checkIns: [checkIn(START)] }));
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: `Ticked by the check-in held on ${formatDay(START)}`,
      place: { page: 'grow/check-in', person: ana.id },
      stays: true,
    });
  });

  it('names the earliest held check-in', () => {
    expect(stateOf(mine(), evidence({ checkIns: [checkIn('2026-10-27'), checkIn('2026-10-22')] })).why).toBe(`Ticked by the check-in held on ${formatDay('2026-10-22')}`);
  });

  it('is not ticked by a check-in that is only planned', () => {
    const state = stateOf(mine(), evidence({ checkIns: [checkIn('2026-10-22', false)] }));
    expect(state).toEqual({ done: false, why: 'Ticks itself when the check-in is marked held', place: { page: 'grow/check-in', person: ana.id }, stays: true });
  });

  it('is not ticked by a check-in held before the plan started', () => {
    expect(stateOf(mine(), evidence({ checkIns: [checkIn(addDays(START, -1))] })).done).toBe(false);
  });

  it('is not ticked by a check-in dated after today', () => {
    expect(stateOf(mine(), evidence({ checkIns: [checkIn(addDays(TODAY, 1))] })).done).toBe(false);
    expect(stateOf(mine(), evidence({ checkIns: [checkIn(TODAY)] })).done).toBe(true);
  });

  it('is not ticked by someone else’s check-in', () => {
    expect(stateOf(mine(), evidence({ checkIns: [checkIn('2026-10-22', true, bo.id)] })).done).toBe(false);
  });
});

describe('charter', () => {
  const team = { name: 'Payments', mission: 'Money moves safely.', updatedAt: '2026-10-20T09:00:00.000Z' };

  it('is ticked by a charter with a mission, saying when it was saved', () => {
    const state = stateOf(task('charter'), evidence({ team }));
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: `Ticked by the charter of Payments, saved on ${formatDay('2026-10-20T09:00:00.000Z')}`,
      place: { page: 'design/charter' },
      stays: true,
    });
  });

  it('leaves out when it was saved if that is not known', () => {
    expect(stateOf(task('charter'), evidence({ team: { name: 'Payments', mission: 'Money moves safely.' } })).why).toBe('Ticked by the charter of Payments');
  });

  it('is not ticked without a team or with a blank mission', () => {
    const missing = { done: false, why: 'Ticks itself when the charter has a mission', place: { page: 'design/charter' }, stays: true };
    expect(stateOf(task('charter'), evidence())).toEqual(missing);
    expect(stateOf(task('charter'), evidence({ team: { ...team, mission: '' } }))).toEqual(missing);
    expect(stateOf(task('charter'), evidence({ team: { ...team, mission: '  \n\t ' } }))).toEqual(missing);
  });

  it('ticks every task it ticks', () => {
    const a = task('charter');
    const b = task('charter', { week: 5 });
    const states = taskStates({ startDate: START, tasks: [a, b] }, evidence({ team }));
    expect(states.get(a.id)?.done).toBe(true);
    expect(states.get(b.id)?.done).toBe(true);
    expect(states.get(b.id)?.why).toBe(states.get(a.id)?.why);
  });
});

describe('matrix-rated', () => {
  let n = 0;
  const rate = (personId: string, capabilityId: string, level: number | null, source: Assessment['source'] = 'manager', at = '2026-10-20T10:00:00.000Z'): Assessment => ({
    id: uuid('b000', ++n),
    personId,
    capabilityId,
    level,
    interested: false,
    at,
    source,
  });
  const capabilities = [capA, capB];
  /** Ana and Bo (the people counting today) rated in both capabilities by the manager. */
  const full = [rate(ana.id, capA.id, 3), rate(ana.id, capB.id, 2), rate(bo.id, capA.id, 1), rate(bo.id, capB.id, 4)];
  const withCells = (assessments: Assessment[], more: Partial<PlanEvidence> = {}) => evidence({ capabilities, managerCells: latestCells(assessments), ...more });

  it('is ticked when every current person has your level in every capability', () => {
    const state = stateOf(task('matrix-rated'), withCells(full));
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: 'Ticked by the matrix: all 2 people have your level in all 2 capabilities',
      place: { page: 'design/matrix' },
      stays: true,
    });
  });

  it('names the one person and the one capability instead of counting them', () => {
    const one = evidence({ people: [ana], capabilities: [capA], managerCells: latestCells([rate(ana.id, capA.id, 3)]) });
    expect(stateOf(task('matrix-rated'), one).why).toBe(`Ticked by the matrix: ${ana.name} has your level in the one capability, ${capA.name}`);
    const unrated = evidence({ people: [ana], capabilities: [capA], managerCells: latestCells([]) });
    expect(stateOf(task('matrix-rated'), unrated).why).toBe(`${ana.name} does not have your level in the one capability, ${capA.name}`);
  });

  it('does not wait for people who moved on or have not started', () => {
    // Cy (moved on) and Di (starts on 9 Nov) are unrated: only Ana and Bo count today.
    expect(stateOf(task('matrix-rated'), withCells(full)).done).toBe(true);
    // Once Di has started, Di counts.
    const state = stateOf(task('matrix-rated'), withCells(full, { today: '2026-11-09' }));
    expect(state.done).toBe(false);
    expect(state.why).toBe('2 of 3 people have your level in all 2 capabilities');
  });

  it('counts level 0 as a level', () => {
    expect(stateOf(task('matrix-rated'), withCells([...full, rate(bo.id, capB.id, 0, 'manager', '2026-10-21T10:00:00.000Z')])).done).toBe(true);
  });

  it('counts the manager’s view from a check-in, an interview or an import', () => {
    const others = [rate(ana.id, capA.id, 3, 'check-in'), rate(ana.id, capB.id, 2, 'interview'), rate(bo.id, capA.id, 1, 'import'), rate(bo.id, capB.id, 4)];
    expect(stateOf(task('matrix-rated'), withCells(others)).done).toBe(true);
  });

  it('is not ticked while a cell is missing, saying how many people are rated', () => {
    const state = stateOf(task('matrix-rated'), withCells(full.slice(0, 3)));
    expect(state).toEqual({ done: false, why: '1 of 2 people have your level in all 2 capabilities', place: { page: 'design/matrix' }, stays: true });
  });

  it('does not count a self-assessment', () => {
    const state = stateOf(task('matrix-rated'), withCells([...full.slice(0, 3), rate(bo.id, capB.id, 4, 'self')]));
    expect(state.done).toBe(false);
    expect(state.why).toBe('1 of 2 people have your level in all 2 capabilities');
  });

  it('does not count a cell cleared since (level null)', () => {
    const cleared = rate(bo.id, capB.id, null, 'manager', '2026-10-22T10:00:00.000Z');
    expect(stateOf(task('matrix-rated'), withCells([...full, cleared])).done).toBe(false);
    // Rated again after the clear: ticked again.
    expect(stateOf(task('matrix-rated'), withCells([...full, cleared, rate(bo.id, capB.id, 2, 'manager', '2026-10-23T10:00:00.000Z')])).done).toBe(true);
  });

  it('is not ticked with no capabilities or nobody on the team', () => {
    const empty = 'Ticks itself once your people and capabilities are in and rated';
    expect(stateOf(task('matrix-rated'), withCells(full, { capabilities: [] })).why).toBe(empty);
    expect(stateOf(task('matrix-rated'), withCells(full, { capabilities: [] })).done).toBe(false);
    const nobody = stateOf(task('matrix-rated'), withCells(full, { people: [cy, di] }));
    expect(nobody).toEqual({ done: false, why: empty, place: { page: 'design/matrix' }, stays: true });
  });

  it('needs every capability, not most of them', () => {
    const capC = { id: uuid('c000', 3), name: 'Kafka' };
    const state = stateOf(task('matrix-rated'), withCells([...full, rate(ana.id, capC.id, 2)], { capabilities: [capA, capB, capC] }));
    expect(state.done).toBe(false);
    expect(state.why).toBe('1 of 2 people have your level in all 3 capabilities');
  });
});

describe('loop-owned', () => {
  const openingId = uuid('d000', 1);
  const loopId = uuid('e000', 1);
  const stage = (n: number, kind: InterviewLoop['stages'][number]['kind'], capabilityIds: string[]): InterviewLoop['stages'][number] => ({
    id: uuid('f000', n),
    name: `Stage ${n}`,
    kind,
    capabilityIds,
    // No interviewers: only a warning, which does not stop the tick.
    interviewers: [],
    questionIds: [],
    rubric: [],
  });
  const loop = (stages: InterviewLoop['stages'], id = loopId, name = 'Backend loop'): InterviewLoop => ({ id, name, description: '', stages });
  const opening = (more: Partial<PlanEvidence['openings'][number]> = {}): PlanEvidence['openings'][number] => ({
    id: openingId,
    title: 'Backend engineer',
    status: 'open',
    loopId,
    mustHave: [capA.id],
    ...more,
  });
  const withLoops = (openings: PlanEvidence['openings'], loops: InterviewLoop[]) => evidence({ capabilities: [capA, capB], openings, loops });

  it('is not ticked by a loop where a must-have is assessed in only one stage', () => {
    const state = stateOf(task('loop-owned'), withLoops([opening()], [loop([stage(1, 'screen', [capA.id]), stage(2, 'interview', [capB.id])])]));
    expect(state).toEqual({ done: false, why: 'The loop of “Backend engineer” still has a problem to fix', place: { page: 'hire/loops', loop: loopId }, stays: true });
  });

  it('is ticked once every must-have is assessed in two stages', () => {
    const state = stateOf(task('loop-owned'), withLoops([opening()], [loop([stage(1, 'screen', [capA.id]), stage(2, 'interview', [capA.id, capB.id])])]));
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: 'Ticked by the loop “Backend loop” of “Backend engineer”: its checks find no problem',
      place: { page: 'hire/loops', loop: loopId },
      stays: true,
    });
  });

  it('does not count a debrief as a stage that assesses', () => {
    expect(stateOf(task('loop-owned'), withLoops([opening()], [loop([stage(1, 'screen', [capA.id]), stage(2, 'debrief', [capA.id])])])).done).toBe(false);
  });

  it('is not ticked by a loop with no stages', () => {
    expect(stateOf(task('loop-owned'), withLoops([opening({ mustHave: [] })], [loop([])])).done).toBe(false);
  });

  it('is not ticked by a take-home with no time box', () => {
    const stages = [stage(1, 'take-home', [capA.id]), stage(2, 'interview', [capA.id])];
    expect(stateOf(task('loop-owned'), withLoops([opening()], [loop(stages)])).done).toBe(false);
    expect(stateOf(task('loop-owned'), withLoops([opening()], [loop([{ ...stages[0]!, timeBoxHours: 3 }, stages[1]!])])).done).toBe(true);
  });

  it('is not ticked by a closed opening’s loop', () => {
    const good = loop([stage(1, 'screen', [capA.id]), stage(2, 'interview', [capA.id])]);
    const state = stateOf(task('loop-owned'), withLoops([opening({ status: 'closed' })], [good]));
    expect(state).toEqual({ done: false, why: 'Ticks itself when an opening has a loop whose checks find no problem', place: { page: 'hire/loops' }, stays: true });
  });

  it.each(['draft', 'open', 'paused', 'filled'] as const)('counts a %s opening', (status) => {
    const good = loop([stage(1, 'screen', [capA.id]), stage(2, 'interview', [capA.id])]);
    expect(stateOf(task('loop-owned'), withLoops([opening({ status })], [good])).done).toBe(true);
  });

  it('is not ticked by an opening without a loop, or whose loop is gone', () => {
    const { loopId: _none, ...noLoop } = opening();
    expect(stateOf(task('loop-owned'), withLoops([noLoop], [])).why).toBe('Ticks itself when an opening has a loop whose checks find no problem');
    expect(stateOf(task('loop-owned'), withLoops([opening()], [])).done).toBe(false);
    // A good loop no opening uses does not count either.
    expect(stateOf(task('loop-owned'), withLoops([], [loop([stage(1, 'screen', [capA.id]), stage(2, 'interview', [capA.id])])])).done).toBe(false);
  });

  it('is ticked by any opening whose loop has no problem, naming that one', () => {
    const badLoop = loop([stage(1, 'screen', [capA.id])]);
    const goodId = uuid('e000', 2);
    const goodLoop = loop([stage(3, 'screen', [capB.id]), stage(4, 'interview', [capB.id])], goodId, 'SRE loop');
    const sre = opening({ id: uuid('d000', 2), title: 'SRE', loopId: goodId, mustHave: [capB.id] });
    const state = stateOf(task('loop-owned'), withLoops([opening(), sre], [badLoop, goodLoop]));
    expect(state.done).toBe(true);
    expect(state.why).toBe('Ticked by the loop “SRE loop” of “SRE”: its checks find no problem');
    expect(state.place).toEqual({ page: 'hire/loops', loop: goodId });
  });
});

describe('bus-factor-plan', () => {
  const ledger = { systemId: uuid('5000', 1), name: 'Ledger', knownBy: { personId: ana.id, name: 'Ana' } };
  const billing = { systemId: uuid('5000', 2), name: 'Billing', knownBy: undefined };
  const search = { systemId: uuid('5000', 3), name: 'Search', knownBy: undefined };

  it('is not ticked before any system is mapped', () => {
    const state = stateOf(task('bus-factor-plan'), evidence({ systems: 0, knownSystems: 0 }));
    expect(state).toEqual({
      done: false,
      why: 'Map the systems your team owns first: then Turbine can tell which one person knows',
      place: { page: 'learn/systems' },
      stays: true,
    });
  });

  it('is not ticked while no mapped system is linked to the capabilities it needs', () => {
    // Nothing unplanned, but only because Turbine cannot tell who knows any system yet.
    const state = stateOf(task('bus-factor-plan'), evidence({ systems: 3, knownSystems: 0, unplanned: [] }));
    expect(state).toEqual({
      done: false,
      why: 'Link your systems to the capabilities they need: then Turbine can tell who knows them',
      place: { page: 'learn/systems' },
      stays: true,
    });
  });

  it('is not ticked while a system one person knows has no Learn plan', () => {
    const state = stateOf(task('bus-factor-plan'), evidence({ systems: 4, knownSystems: 3, unplanned: [ledger] }));
    expect(state).toEqual({ done: false, why: 'Ledger (only Ana knows it): no Learn plan spreads it yet', place: { page: 'learn', system: ledger.systemId }, stays: true });
  });

  it('names the first system left and counts the others', () => {
    expect(stateOf(task('bus-factor-plan'), evidence({ systems: 4, knownSystems: 3, unplanned: [billing, ledger] })).why).toBe('Billing (nobody knows it) and 1 other system: no Learn plan spreads them yet');
    expect(stateOf(task('bus-factor-plan'), evidence({ systems: 4, knownSystems: 3, unplanned: [ledger, billing, search] })).why).toBe('Ledger (only Ana knows it) and 2 other systems: no Learn plan spreads them yet');
  });

  it('is ticked when no system is left without a plan', () => {
    const state = stateOf(task('bus-factor-plan'), evidence({ systems: 4, knownSystems: 3, unplanned: [] }));
    expect(stateOf(task('bus-factor-plan'), evidence({ systems: 4, knownSystems: 1, unplanned: [] })).done).toBe(true);
    expect(state).toEqual({
      done: true,
      by: 'workspace',
      why: 'Ticked by the surface map: every system one person (or nobody) knows has a Learn plan',
      place: { page: 'learn/systems' },
      stays: true,
    });
  });
});

describe('learning-margin', () => {
  it('is not ticked while the margin is unset', () => {
    expect(stateOf(task('learning-margin'), evidence())).toEqual({ done: false, why: 'Ticks itself when you set the learning margin on the Learn page', place: { page: 'learn' }, stays: true });
  });

  it('is ticked once it is set, 0% included', () => {
    expect(stateOf(task('learning-margin'), evidence({ learningMarginTarget: 20 }))).toEqual({ done: true, by: 'workspace', why: 'Ticked by the learning margin, set at 20%', place: { page: 'learn' }, stays: true });
    expect(stateOf(task('learning-margin'), evidence({ learningMarginTarget: 0 })).why).toBe('Ticked by the learning margin, set at 0%');
  });
});

describe('ticks by hand', () => {
  it('says the day a task was ticked by hand, and links where its work is done', () => {
    const t = task(undefined, { done: true, doneOn: '2026-10-22', where: 'design/decisions' });
    expect(stateOf(t, evidence())).toEqual({ done: true, by: 'hand', why: `Ticked by hand on ${formatDay('2026-10-22')}`, place: { page: 'design/decisions' }, stays: true });
  });

  it('says only that it was ticked by hand when the day is not known', () => {
    expect(stateOf(task(undefined, { done: true }), evidence())).toEqual({ done: true, by: 'hand', why: 'Ticked by hand', stays: true });
  });

  it('leaves an undone task without a rule with nothing to say', () => {
    expect(stateOf(task(undefined), evidence())).toEqual({ done: false, why: '', stays: true });
    expect(stateOf(task(undefined, { where: 'hire' }), evidence())).toEqual({ done: false, why: '', place: { page: 'hire' }, stays: true });
  });

  it('links a person’s 1:1 page to them', () => {
    expect(stateOf(task(undefined, { personId: ana.id, where: 'design/one-on-ones' }), evidence()).place).toEqual({ page: 'design/one-on-ones', person: ana.id });
    expect(stateOf(task(undefined, { where: 'design/one-on-ones' }), evidence()).place).toEqual({ page: 'design/one-on-ones' });
  });

  it('ticks a task whose rule is not met yet, keeping the rule’s place', () => {
    const t = task('charter', { done: true, doneOn: '2026-10-22' });
    expect(stateOf(t, evidence())).toEqual({ done: true, by: 'hand', why: `Ticked by hand on ${formatDay('2026-10-22')}`, place: { page: 'design/charter' }, stays: true });
  });

  it('gives way to the workspace when both tick a task', () => {
    const t = task('learning-margin', { done: true, doneOn: '2026-10-22' });
    const state = stateOf(t, evidence({ learningMarginTarget: 15 }));
    expect(state.by).toBe('workspace');
    expect(state.why).toBe('Ticked by the learning margin, set at 15%');
  });

  it('cannot untick what the workspace ticks', () => {
    const t = task('learning-margin', { done: false });
    expect(stateOf(t, evidence({ learningMarginTarget: 15 })).done).toBe(true);
  });
});

describe('tasks of people who moved on', () => {
  const cyOneOnOne = task('first-one-on-one', { personId: cy.id, week: 1 });
  const cyCheckIn = task('check-in', { personId: cy.id, week: 1, phase: 'grow' });
  const cyCareer = task(undefined, { personId: cy.id, week: 1, done: true, doneOn: '2026-10-20' });
  const gone = task(undefined, { personId: uuid('a000', 99), week: 1 });
  const shared = task(undefined, { week: 1 });
  const anaOneOnOne = task('first-one-on-one', { personId: ana.id, week: 1 });
  const plan = { startDate: START, tasks: [cyOneOnOne, cyCheckIn, cyCareer, gone, shared, anaOneOnOne] };
  // Cy's 1:1 was held (so it is done), the check-in was not.
  const states = taskStates(plan, evidence({ oneOnOnes: [{ personId: cy.id, date: '2026-10-20', kind: 'getting-to-know-you' }] }));

  it('marks them as no longer concerning the team', () => {
    expect(states.get(cyCheckIn.id)).toMatchObject({ done: false, stays: false });
    expect(states.get(cyOneOnOne.id)).toMatchObject({ done: true, by: 'workspace', stays: false });
    expect(states.get(cyCareer.id)).toMatchObject({ done: true, by: 'hand', stays: false });
    // Someone removed from the workspace: the same.
    expect(states.get(gone.id)).toMatchObject({ done: false, stays: false });
    expect(states.get(shared.id)?.stays).toBe(true);
    expect(states.get(anaOneOnOne.id)?.stays).toBe(true);
  });

  it('counts only their done tasks', () => {
    expect(counts(states.get(cyCheckIn.id))).toBe(false);
    expect(counts(states.get(gone.id))).toBe(false);
    expect(counts(states.get(cyOneOnOne.id))).toBe(true);
    expect(counts(states.get(cyCareer.id))).toBe(true);
    expect(counts(states.get(shared.id))).toBe(true);
    expect(counts(undefined)).toBe(false);
  });

  it('leaves their undone tasks out of the progress, keeping the done ones', () => {
    expect(progressByPhase(plan.tasks, states)).toEqual([
      // Cy's 1:1 and career task (done), the shared task and Ana's 1:1 (not done).
      { phase: 'design', done: 2, total: 4 },
      { phase: 'hire', done: 0, total: 0 },
      { phase: 'learn', done: 0, total: 0 },
      // Cy's check-in is left out.
      { phase: 'grow', done: 0, total: 0 },
    ]);
  });

  it('leaves their undone tasks out of this week', () => {
    expect(thisWeek(plan, states, TODAY)).toEqual({ week: 2, due: [], late: [shared, anaOneOnOne] });
  });
});

describe('progressByPhase', () => {
  it('counts done and total per phase, in the order of the phases', () => {
    const tasks = [
      task(undefined, { phase: 'grow', done: true }),
      task(undefined, { phase: 'hire' }),
      task('learning-margin', { phase: 'learn' }),
      task(undefined, { phase: 'hire', done: true }),
      task('charter', { phase: 'design' }),
    ];
    const states = taskStates({ startDate: START, tasks }, evidence({ learningMarginTarget: 10 }));
    expect(progressByPhase(tasks, states)).toEqual([
      { phase: 'design', done: 0, total: 1 },
      { phase: 'hire', done: 1, total: 2 },
      { phase: 'learn', done: 1, total: 1 },
      { phase: 'grow', done: 1, total: 1 },
    ]);
  });

  it('leaves out a task it has no state for', () => {
    const t = task(undefined, { done: true });
    expect(progressByPhase([t], new Map())[0]).toEqual({ phase: 'design', done: 0, total: 0 });
  });
});

describe('thisWeek', () => {
  const w1 = task(undefined, { week: 1 });
  const w1done = task(undefined, { week: 1, done: true });
  const w2 = task(undefined, { week: 2 });
  const w3a = task(undefined, { week: 3 });
  const w3b = task('charter', { week: 3 });
  const w5 = task(undefined, { week: 5 });
  const w13 = task(undefined, { week: 13 });
  // Not in week order, as a plan edited by hand might be: late tasks still come oldest first.
  const plan = { startDate: START, tasks: [w2, w3a, w5, w1, w13, w1done, w3b] };
  const states = taskStates(plan, evidence());

  it('asks for week 1 before the plan starts, with nothing late', () => {
    expect(thisWeek(plan, states, '2026-10-01')).toEqual({ week: 0, due: [w1], late: [] });
  });

  it('asks for this week’s open tasks, in plan order, and the earlier ones as late, oldest first', () => {
    // 4 Nov 2026 is day 16: week 3.
    expect(thisWeek(plan, states, '2026-11-04')).toEqual({ week: 3, due: [w3a, w3b], late: [w1, w2] });
  });

  it('leaves out what is done, by hand or by the workspace', () => {
    const ticked = taskStates(plan, evidence({ today: '2026-11-04', team: { name: 'Payments', mission: 'Money moves.' } }));
    expect(thisWeek(plan, ticked, '2026-11-04')).toEqual({ week: 3, due: [w3a], late: [w1, w2] });
  });

  it('asks for week 13 on the last day, and nothing is due once the plan is over', () => {
    expect(thisWeek(plan, states, '2027-01-17')).toEqual({ week: 13, due: [w13], late: [w1, w2, w3a, w3b, w5] });
    expect(thisWeek(plan, states, '2027-01-18')).toEqual({ week: 14, due: [], late: [w1, w2, w3a, w3b, w5, w13] });
  });
});

describe('the time zone', () => {
  it('changes no tick and no why of a task dated by days', () => {
    const tasks = [
      task('first-one-on-one', { personId: ana.id }),
      task('check-in', { personId: ana.id, week: 11 }),
      task(undefined, { done: true, doneOn: '2026-12-31' }),
    ];
    const e = evidence({
      today: '2027-01-04',
      oneOnOnes: [{ personId: ana.id, date: '2026-10-19', kind: 'getting-to-know-you' }],
      checkIns: [{ personId: ana.id, date: '2027-01-01', held: true }],
    });
    const inUtc = inTimeZone('UTC', () => [...taskStates({ startDate: START, tasks }, e).values()]);
    expect(inUtc.map((s) => s.done)).toEqual([true, true, true]);
    for (const zone of ['America/Los_Angeles', 'Pacific/Auckland']) {
      expect(inTimeZone(zone, () => [...taskStates({ startDate: START, tasks }, e).values()])).toEqual(inUtc);
    }
  });
});

describe('a quick reading without the matrix', () => {
  it('says the matrix ticks are being checked, and takes them from a whole reading once there', () => {
    const rated = task('matrix-rated');
    const plan = { startDate: '2026-11-23', tasks: [rated, task('charter')] };
    const quick = taskStates(plan, evidence({ managerCells: false }));
    expect(quick.get(rated.id)).toMatchObject({ done: false, why: 'Checking the matrix…', checking: true });
    const whole = new Map(quick);
    whole.set(rated.id, { done: true, by: 'workspace', why: 'Ticked by the matrix', stays: true });
    const merged = withMatrixTicks(quick, whole);
    expect(merged.get(rated.id)?.done).toBe(true);
    // Everything else comes from the quick reading, which is the fresher one.
    expect(merged.get(plan.tasks[1]!.id)).toBe(quick.get(plan.tasks[1]!.id));
    expect(withMatrixTicks(quick, undefined)).toEqual(quick);
  });

  it('lets the matrix say why a task ticked by hand is done, once it is read', () => {
    const rated = task('matrix-rated', { done: true, doneOn: '2026-11-24' });
    const plan = { startDate: '2026-11-23', tasks: [rated] };
    const quick = taskStates(plan, evidence({ managerCells: false }));
    expect(quick.get(rated.id)).toMatchObject({ done: true, by: 'hand', checking: true });
    const whole = new Map([[rated.id, { done: true, by: 'workspace' as const, why: 'Ticked by the matrix', stays: true }]]);
    expect(withMatrixTicks(quick, whole).get(rated.id)).toMatchObject({ by: 'workspace' });
  });
});
