import { describe, expect, it } from 'vitest';
import { Candidate, InterviewLoop } from '../../schemas/hiring.ts';
import { candidatePacing, closedAt, sortedMoves, takeHomeFacts } from './pacing.ts';

const S = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const SCREEN = S(1);
const TAKE_HOME = S(2);
const ONSITE = S(3);
const loop = InterviewLoop.parse({
  id: S(0),
  name: 'Backend loop',
  stages: [
    { id: SCREEN, name: 'Screen', kind: 'screen' },
    { id: TAKE_HOME, name: 'Take-home', kind: 'take-home', timeBoxHours: 4 },
    { id: ONSITE, name: 'Onsite', kind: 'interview' },
  ],
});
const opening = { targetDaysToDecision: 21 };
const at = (day: string) => `2026-11-${day}T10:00:00.000Z`;
const candidate = (fields: Partial<Candidate> = {}) =>
  Candidate.parse({ id: '40000000-0000-4000-8000-000000000001', openingId: S(9), name: 'Sam Lee', ...fields });

describe('sortedMoves', () => {
  it('orders moves by time, whatever order they were stored in', () => {
    const moves = [
      { stageId: ONSITE, at: at('10') },
      { stageId: SCREEN, at: at('01') },
      { stageId: TAKE_HOME, at: '2026-11-03T09:00:00+01:00' },
    ];
    expect(sortedMoves({ moves }).map((m) => m.stageId)).toEqual([SCREEN, TAKE_HOME, ONSITE]);
    expect(moves[0]!.stageId).toBe(ONSITE);
  });
});

describe('candidatePacing', () => {
  it('knows nothing about stages for a candidate with no moves', () => {
    const pacing = candidatePacing(candidate(), opening, loop, '2026-11-20');
    expect(pacing).toMatchObject({
      moves: [],
      currentStageId: undefined,
      daysInStage: undefined,
      daysInProcess: undefined,
      waiting: true,
      overTarget: false,
      stageOverLimit: false,
    });
  });

  it('takes the current stage from the latest move, even when stored out of order', () => {
    const c = candidate({ moves: [{ stageId: TAKE_HOME, at: at('05') }, { stageId: SCREEN, at: at('01') }] });
    const pacing = candidatePacing(c, opening, loop, '2026-11-09');
    expect(pacing.moves.map((m) => m.at)).toEqual([at('01'), at('05')]);
    expect(pacing).toMatchObject({ currentStageId: TAKE_HOME, enteredStageAt: at('05'), daysInStage: 4, daysInProcess: 8 });
  });

  it('flags a stage wait over a third of the target, but not one exactly at it', () => {
    const c = candidate({ moves: [{ stageId: SCREEN, at: at('01') }] });
    expect(candidatePacing(c, opening, loop, '2026-11-08')).toMatchObject({ daysInStage: 7, stageLimitDays: 7, stageOverLimit: false });
    expect(candidatePacing(c, opening, loop, '2026-11-09')).toMatchObject({ daysInStage: 8, stageOverLimit: true, overTarget: false });
  });

  it('keeps the stage limit at least a day for very short targets', () => {
    const c = candidate({ moves: [{ stageId: SCREEN, at: at('01') }] });
    expect(candidatePacing(c, { targetDaysToDecision: 2 }, loop, '2026-11-02')).toMatchObject({ stageLimitDays: 1, stageOverLimit: false });
  });

  it('flags a process longer than the target, counted from the first move', () => {
    const c = candidate({ moves: [{ stageId: SCREEN, at: at('01') }, { stageId: ONSITE, at: at('20') }] });
    expect(candidatePacing(c, opening, loop, '2026-11-22')).toMatchObject({ daysInProcess: 21, overTarget: false, stageOverLimit: false });
    expect(candidatePacing(c, opening, loop, '2026-11-23')).toMatchObject({ daysInProcess: 22, overTarget: true });
  });

  it('stops the clock at the decision', () => {
    const c = candidate({
      status: 'rejected',
      moves: [{ stageId: SCREEN, at: at('01') }, { stageId: ONSITE, at: at('03') }],
      decision: { outcome: 'no-hire', at: at('06'), rationale: '', decidedBy: 'Ada', early: false },
    });
    const pacing = candidatePacing(c, opening, loop, '2027-03-01');
    expect(pacing).toMatchObject({ waiting: false, daysInStage: 3, daysInProcess: 5, overTarget: false, stageOverLimit: false });
  });

  it('stops the clock at the last move for a candidate who withdrew without a decision', () => {
    const c = candidate({ status: 'withdrawn', moves: [{ stageId: SCREEN, at: at('01') }, { stageId: TAKE_HOME, at: at('04') }] });
    expect(candidatePacing(c, opening, loop, '2027-03-01')).toMatchObject({ waiting: false, daysInStage: 0, daysInProcess: 3, stageOverLimit: false });
  });

  it('reports take-home facts against the stage time box', () => {
    const c = candidate({
      moves: [{ stageId: TAKE_HOME, at: at('02') }],
      takeHomes: [{ stageId: TAKE_HOME, sentAt: at('02'), returnedAt: at('06'), reportedHours: 4.5 }],
    });
    expect(candidatePacing(c, opening, loop, '2026-11-07').takeHomes).toEqual([
      { stageId: TAKE_HOME, sentAt: at('02'), returnedAt: at('06'), daysTaken: 4, reportedHours: 4.5, timeBoxHours: 4, overTimeBox: true },
    ]);
  });
});

describe('takeHomeFacts', () => {
  it('allows exactly the time box, and leaves what is not known undefined', () => {
    const c = candidate({
      takeHomes: [
        { stageId: TAKE_HOME, sentAt: at('02'), returnedAt: at('03'), reportedHours: 4 },
        { stageId: TAKE_HOME, sentAt: at('02') },
        { stageId: S(8), reportedHours: 9 },
      ],
    });
    expect(takeHomeFacts(c, loop)).toEqual([
      { stageId: TAKE_HOME, sentAt: at('02'), returnedAt: at('03'), daysTaken: 1, reportedHours: 4, timeBoxHours: 4, overTimeBox: false },
      { stageId: TAKE_HOME, sentAt: at('02'), returnedAt: undefined, daysTaken: undefined, reportedHours: undefined, timeBoxHours: 4, overTimeBox: false },
      { stageId: S(8), sentAt: undefined, returnedAt: undefined, daysTaken: undefined, reportedHours: 9, timeBoxHours: undefined, overTimeBox: false },
    ]);
  });
});

describe('closedAt', () => {
  it('is the later of the last move and the decision, and undefined while active', () => {
    const moves = [{ stageId: ONSITE, at: at('09') }, { stageId: SCREEN, at: at('01') }];
    const decision = { outcome: 'no-hire' as const, at: at('05'), rationale: '', decidedBy: '', early: false };
    expect(closedAt(candidate({ status: 'rejected', moves, decision }))).toBe(at('09'));
    expect(closedAt(candidate({ status: 'rejected', moves, decision: { ...decision, at: at('12') } }))).toBe(at('12'));
    expect(closedAt(candidate({ status: 'withdrawn' }))).toBeUndefined();
    expect(closedAt(candidate({ status: 'active', moves }))).toBeUndefined();
  });
});
