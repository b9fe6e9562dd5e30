import { describe, expect, it } from 'vitest';
import { Candidate, InterviewLoop, Scorecard } from '../../schemas/hiring.ts';
import { auditOpening } from './process-audit.ts';
import { formatDay } from '../day-format.ts';

const S = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const K = (n: number) => `40000000-0000-4000-8000-00000000000${n}`;
const OPENING = { id: '50000000-0000-4000-8000-000000000001' };
const [SCREEN, TAKE_HOME, ONSITE, DEBRIEF] = [S(1), S(2), S(3), S(4)];
const ADA = { personId: '00000000-0000-4000-8000-000000000001' };
const GRACE = { personId: '00000000-0000-4000-8000-000000000002' };
const OUTSIDER = { name: 'Lin Chen' };

const loop = InterviewLoop.parse({
  id: S(0),
  name: 'Backend loop',
  stages: [
    { id: SCREEN, name: 'Screen', kind: 'screen', interviewers: [ADA] },
    { id: TAKE_HOME, name: 'Take-home', kind: 'take-home', timeBoxHours: 4, interviewers: [GRACE] },
    { id: ONSITE, name: 'Onsite', kind: 'interview', interviewers: [ADA, OUTSIDER] },
    { id: DEBRIEF, name: 'Debrief', kind: 'debrief', interviewers: [ADA, GRACE] },
  ],
});

const at = (day: string, hour = 10) => `2026-11-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const moves = (...stages: string[]) => stages.map((stageId, i) => ({ stageId, at: at(String(i + 1).padStart(2, '0')) }));
const candidate = (n: number, fields: Partial<Candidate> = {}) =>
  Candidate.parse({ id: K(n), openingId: OPENING.id, name: `Candidate ${n}`, ...fields });
const card = (n: number, stageId: string, interviewer: object, submittedAt?: string) =>
  Scorecard.parse({ id: `60000000-0000-4000-8000-0000000000${n}${stageId.at(-1)}`, candidateId: K(n), stageId, interviewer, submittedAt });
const decision = (day: string, fields = {}) => ({ outcome: 'no-hire' as const, at: at(day), rationale: '', decidedBy: 'Ada', early: false, ...fields });

describe('auditOpening', () => {
  it('finds nothing for a candidate who went through the whole loop with every scorecard in', () => {
    const c = candidate(1, { status: 'hired', moves: moves(SCREEN, TAKE_HOME, ONSITE, DEBRIEF), decision: decision('05', { outcome: 'hire' }) });
    const cards = [card(1, SCREEN, ADA, at('01', 12)), card(1, TAKE_HOME, GRACE, at('02', 12)), card(1, ONSITE, ADA, at('03', 12)), card(1, ONSITE, { name: ' lin chen ' }, at('04'))];
    expect(auditOpening(OPENING, loop, [c], cards)).toEqual([]);
  });

  it('does not count a withdrawn candidate who stopped mid-loop as skipping', () => {
    const c = candidate(1, { status: 'withdrawn', moves: moves(SCREEN, TAKE_HOME) });
    expect(auditOpening(OPENING, loop, [c], [])).toEqual([]);
  });

  it('finds nothing for a candidate with no moves', () => {
    expect(auditOpening(OPENING, loop, [candidate(1)], [])).toEqual([]);
  });

  it('names a candidate who skipped the take-home', () => {
    const c = candidate(1, { moves: moves(SCREEN, ONSITE) });
    expect(auditOpening(OPENING, loop, [c], [])).toEqual([
      { kind: 'skipped-stages', candidateId: K(1), candidateName: 'Candidate 1', stageIds: [TAKE_HOME], message: 'Candidate 1 skipped Take-home.' },
    ]);
  });

  it('reads moves in time order, not stored order', () => {
    const stored = [{ stageId: ONSITE, at: at('03') }, { stageId: SCREEN, at: at('01') }, { stageId: TAKE_HOME, at: at('02') }];
    expect(auditOpening(OPENING, loop, [candidate(1, { moves: stored })], [])).toEqual([]);
  });

  it('expects a hired candidate to have been through every stage', () => {
    const c = candidate(1, { status: 'hired', moves: moves(SCREEN, ONSITE) });
    expect(auditOpening(OPENING, loop, [c], [])[0]).toMatchObject({ stageIds: [TAKE_HOME, DEBRIEF], message: 'Candidate 1 skipped Take-home and Debrief.' });
  });

  it('names a candidate who went through a stage not in the loop', () => {
    const c = candidate(1, { moves: moves(SCREEN, S(7), TAKE_HOME) });
    expect(auditOpening(OPENING, loop, [c], [])).toEqual([
      { kind: 'added-stages', candidateId: K(1), candidateName: 'Candidate 1', stageIds: [S(7)], message: 'Candidate 1 went through 1 stage that is not in this loop.' },
    ]);
  });

  it('flags a take-home over its time box, but not one exactly at it', () => {
    const over = candidate(1, { moves: moves(SCREEN, TAKE_HOME), takeHomes: [{ stageId: TAKE_HOME, reportedHours: 4.5 }] });
    const exact = candidate(2, { moves: moves(SCREEN, TAKE_HOME), takeHomes: [{ stageId: TAKE_HOME, reportedHours: 4 }] });
    expect(auditOpening(OPENING, loop, [over, exact], [])).toEqual([
      {
        kind: 'take-home-over-time-box',
        candidateId: K(1),
        candidateName: 'Candidate 1',
        stageIds: [TAKE_HOME],
        message: 'Candidate 1 reported 4.5 hours on Take-home, over its 4-hour time box.',
      },
    ]);
  });

  it('finds a decision taken before the last expected scorecard was submitted', () => {
    const c = candidate(1, { status: 'rejected', moves: moves(SCREEN, TAKE_HOME), decision: decision('05') });
    const cards = [card(1, SCREEN, ADA, at('01', 12)), card(1, TAKE_HOME, GRACE, at('06'))];
    expect(auditOpening(OPENING, loop, [c], cards)).toEqual([
      {
        kind: 'early-decision',
        candidateId: K(1),
        candidateName: 'Candidate 1',
        stageIds: [TAKE_HOME],
        message: `Candidate 1 was decided (no hire) on ${formatDay('2026-11-05')} before every scorecard was in: 1 scorecard submitted after the decision; not recorded as an early decision.`,
      },
    ]);
  });

  it('finds expected scorecards missing or unsubmitted, but expects none for a debrief or stages not reached', () => {
    const c = candidate(1, { status: 'rejected', moves: moves(SCREEN, TAKE_HOME, ONSITE, DEBRIEF), decision: decision('05', { early: true }) });
    const cards = [card(1, SCREEN, ADA, at('01', 12)), card(1, TAKE_HOME, GRACE, at('02', 12)), card(1, ONSITE, ADA)];
    expect(auditOpening(OPENING, loop, [c], cards)).toEqual([
      expect.objectContaining({
        kind: 'early-decision',
        stageIds: [ONSITE],
        message: `Candidate 1 was decided (no hire) on ${formatDay('2026-11-05')} before every scorecard was in: 2 of 4 expected scorecards missing; recorded as an explicit early decision.`,
      }),
    ]);
    const atScreen = candidate(2, { status: 'rejected', moves: moves(SCREEN), decision: decision('02') });
    expect(auditOpening(OPENING, loop, [atScreen], [card(2, SCREEN, ADA, at('01', 12))])).toEqual([]);
  });

  it('reports a decision recorded as early even when the data shows nothing missing', () => {
    const c = candidate(1, { status: 'rejected', moves: moves(SCREEN), decision: decision('02', { early: true }) });
    expect(auditOpening(OPENING, loop, [c], [card(1, SCREEN, ADA, at('01', 12))])[0]!.message).toBe(
      `Candidate 1 was decided (no hire) on ${formatDay('2026-11-02')} before every scorecard was in: recorded as an explicit early decision.`,
    );
  });

  it('compares times across offsets, and keeps an interviewer’s first submission', () => {
    const c = candidate(1, { status: 'rejected', moves: moves(SCREEN), decision: decision('02') });
    const sameMoment = card(1, SCREEN, ADA, '2026-11-02T11:00:00+01:00');
    const resubmitted = { ...card(1, SCREEN, ADA, at('03')), id: K(9) };
    expect(auditOpening(OPENING, loop, [c], [resubmitted, sameMoment])).toEqual([]);
  });

  it('ignores candidates of other openings', () => {
    const other = candidate(1, { openingId: '50000000-0000-4000-8000-000000000002', moves: moves(ONSITE) });
    expect(auditOpening(OPENING, loop, [other], [])).toEqual([]);
  });
});
