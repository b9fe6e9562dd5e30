import { describe, expect, it } from 'vitest';
import { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import { inTimeZone } from '../../test/time-zone.ts';
import { awaitingScorecards, hireToday, type HireTodayInput } from './today.ts';

const OPENING = '50000000-0000-4000-8000-000000000001';
const LOOP = '51000000-0000-4000-8000-000000000001';
const PRIYA = '10000000-0000-4000-8000-000000000001';
const TOMAS = '10000000-0000-4000-8000-000000000002';
const stageIds = { screen: '30000000-0000-4000-8000-000000000001', tech: '30000000-0000-4000-8000-000000000002', debrief: '30000000-0000-4000-8000-000000000003' };
const TODAY = '2026-12-10';

const loop = InterviewLoop.parse({
  id: LOOP,
  name: 'Platform loop',
  stages: [
    { id: stageIds.screen, name: 'Phone screen', kind: 'screen', interviewers: [{ personId: TOMAS }] },
    { id: stageIds.tech, name: 'Technical interview', kind: 'interview', interviewers: [{ personId: PRIYA }, { name: ' Lin Chen ' }] },
    { id: stageIds.debrief, name: 'Debrief', kind: 'debrief', interviewers: [{ personId: PRIYA }, { personId: TOMAS }] },
  ],
});
const opening = (fields: Partial<Opening> = {}) => Opening.parse({ id: OPENING, title: 'Platform engineer', status: 'open', loopId: LOOP, ...fields });

let seq = 0;
const uuid = (prefix: string) => `${prefix}000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const candidate = (name: string, reached: [keyof typeof stageIds, string][], fields: Partial<Candidate> = {}) =>
  Candidate.parse({ id: uuid('40'), openingId: OPENING, name, moves: reached.map(([s, at]) => ({ stageId: stageIds[s], at })), ...fields });
const card = (c: Candidate, stage: keyof typeof stageIds, interviewer: Scorecard['interviewer'], submitted = true) =>
  Scorecard.parse({
    id: uuid('60'),
    candidateId: c.id,
    stageId: stageIds[stage],
    interviewer,
    recommendation: 'yes',
    ...(submitted ? { submittedAt: '2026-12-05T10:00:00.000Z' } : {}),
  });

const input = (fields: Partial<HireTodayInput>): HireTodayInput => ({
  today: TODAY,
  candidates: [],
  openings: [opening()],
  loops: [loop],
  scorecards: [],
  people: [
    { id: PRIYA, name: 'Priya' },
    { id: TOMAS, name: 'Tomás' },
  ],
  settings: { retentionDays: 30 },
  ...fields,
});
/** Lines as "candidate · stage: interviewer (since)", easy to compare. */
const lines = (r: ReturnType<typeof hireToday>) => r.missing.map((m) => `${m.candidate.name} · ${m.stage.name}: ${m.interviewer} (${m.since})`);

describe('hireToday', () => {
  it('has nothing to say about an empty workspace', () => {
    expect(hireToday(input({ openings: [], loops: [] }))).toEqual({ missing: [], retentionDue: [] });
  });

  it('lists every expected scorecard of the stages reached, with the opening and the day the stage was reached', () => {
    const ines = candidate('Ines Duarte', [
      ['screen', '2026-11-28T10:00:00.000Z'],
      ['tech', '2026-12-02T09:00:00.000Z'],
    ]);
    const result = hireToday(input({ candidates: [ines] }));
    expect(lines(result)).toEqual(['Ines Duarte · Phone screen: Tomás (2026-11-28)', 'Ines Duarte · Technical interview: Priya (2026-12-02)', 'Ines Duarte · Technical interview: Lin Chen (2026-12-02)']);
    expect(result.missing[1]).toEqual({
      candidate: { id: ines.id, name: 'Ines Duarte' },
      opening: { id: OPENING, title: 'Platform engineer' },
      stage: { id: stageIds.tech, name: 'Technical interview' },
      interviewer: 'Priya',
      interviewerKey: `person:${PRIYA}`,
      since: '2026-12-02',
    });
  });

  it('drops a line once its scorecard is submitted, but not for a draft', () => {
    const ines = candidate('Ines Duarte', [['tech', '2026-12-02T09:00:00.000Z']]);
    const result = hireToday(input({ candidates: [ines], scorecards: [card(ines, 'tech', { personId: PRIYA }), card(ines, 'tech', { name: 'lin  chen' }, false)] }));
    expect(lines(result)).toEqual(['Ines Duarte · Technical interview: Lin Chen (2026-12-02)']);
  });

  it('ignores scorecards about other candidates', () => {
    const ines = candidate('Ines Duarte', [['screen', '2026-12-02T09:00:00.000Z']]);
    const other = candidate('Sam Lee', []);
    const result = hireToday(input({ candidates: [ines, other], scorecards: [card(other, 'screen', { personId: TOMAS })] }));
    expect(lines(result)).toEqual(['Ines Duarte · Phone screen: Tomás (2026-12-02)']);
  });

  it('expects nothing of a debrief, nor of a stage not reached', () => {
    const ines = candidate('Ines Duarte', [['debrief', '2026-12-02T09:00:00.000Z']]);
    const sam = candidate('Sam Lee', []);
    expect(hireToday(input({ candidates: [ines, sam] })).missing).toEqual([]);
  });

  it('lists no candidate with a decision, not active, anonymised, or in an opening that is filled, closed or without a loop', () => {
    const reached: [keyof typeof stageIds, string][] = [['screen', '2026-12-01T09:00:00.000Z']];
    const decided = candidate('Decided', reached, { decision: { outcome: 'no-hire', rationale: '', decidedBy: 'EM', at: '2026-12-03T09:00:00.000Z', early: true } });
    const rejected = candidate('Rejected', reached, { status: 'rejected' });
    const withdrawn = candidate('Withdrawn', reached, { status: 'withdrawn' });
    const hired = candidate('Hired', reached, { status: 'hired' });
    const anonymised = candidate('Anonymised', reached, { anonymisedAt: '2026-12-04T09:00:00.000Z' });
    const everyone = [decided, rejected, withdrawn, hired, anonymised];
    expect(hireToday(input({ candidates: everyone })).missing).toEqual([]);

    const waiting = candidate('Waiting', reached);
    for (const status of ['filled', 'closed'] as const) expect(hireToday(input({ candidates: [waiting], openings: [opening({ status })] })).missing).toEqual([]);
    expect(hireToday(input({ candidates: [waiting], openings: [opening({ loopId: undefined })] })).missing).toEqual([]);
    expect(hireToday(input({ candidates: [waiting], loops: [] })).missing).toEqual([]);
    expect(hireToday(input({ candidates: [waiting], openings: [] })).missing).toEqual([]);
    // A paused opening still owes its candidates their scorecards.
    expect(lines(hireToday(input({ candidates: [waiting], openings: [opening({ status: 'paused' })] })))).toEqual(['Waiting · Phone screen: Tomás (2026-12-01)']);
  });

  it('puts the longest wait first, keeping each candidate’s lines in loop order', () => {
    const late = candidate('Ana Late', [['screen', '2026-12-08T09:00:00.000Z']]);
    const early = candidate('Zoe Early', [
      ['screen', '2026-11-20T09:00:00.000Z'],
      ['tech', '2026-11-25T09:00:00.000Z'],
    ]);
    const result = hireToday(input({ candidates: [late, early] }));
    expect(lines(result)).toEqual([
      'Zoe Early · Phone screen: Tomás (2026-11-20)',
      'Zoe Early · Technical interview: Priya (2026-11-25)',
      'Zoe Early · Technical interview: Lin Chen (2026-11-25)',
      'Ana Late · Phone screen: Tomás (2026-12-08)',
    ]);
  });

  it('counts the wait from the first time a stage was reached', () => {
    const back = candidate('Back Again', [
      ['screen', '2026-12-09T09:00:00.000Z'],
      ['screen', '2026-11-01T09:00:00.000Z'],
    ]);
    expect(lines(hireToday(input({ candidates: [back] })))).toEqual(['Back Again · Phone screen: Tomás (2026-11-01)']);
  });

  it('dates a stage by the local calendar day it was reached on', () => {
    // 23:30 in Auckland on 2 December is still 1 December in UTC.
    const ines = candidate('Ines Duarte', [['screen', '2026-12-01T10:30:00.000Z']]);
    expect(inTimeZone('Pacific/Auckland', () => hireToday(input({ candidates: [ines] })).missing[0]!.since)).toBe('2026-12-01');
    const late = candidate('Late Night', [['screen', '2026-12-01T11:30:00.000Z']]);
    expect(inTimeZone('Pacific/Auckland', () => hireToday(input({ candidates: [late] })).missing[0]!.since)).toBe('2026-12-02');
  });

  it('names an interviewer no longer in the workspace without showing an id', () => {
    const ines = candidate('Ines Duarte', [['screen', '2026-12-02T09:00:00.000Z']]);
    expect(hireToday(input({ candidates: [ines], people: [] })).missing[0]!.interviewer).toBe('Someone no longer in the workspace');
  });

  it('lists candidates due for retention as dueForRetention does: past the date yes, anonymised or active no', () => {
    const closed = '2026-10-01T09:00:00.000Z';
    const past = candidate('Rejected Long Ago', [], { status: 'rejected', closedAt: closed });
    const anonymised = candidate('Anonymised candidate ABC123', [], { status: 'rejected', closedAt: closed, anonymisedAt: '2026-11-15T09:00:00.000Z' });
    const recent = candidate('Rejected Yesterday', [], { status: 'withdrawn', closedAt: '2026-12-09T09:00:00.000Z' });
    const undated = candidate('Undated', [], { status: 'withdrawn' });
    const pinned = candidate('Hired And Pinned', [], { status: 'hired', retainUntil: '2026-12-10' });
    const active = candidate('Still Active', [], { retainUntil: '2026-12-01' });
    const result = hireToday(input({ candidates: [past, anonymised, recent, undated, pinned, active] }));
    expect(result.retentionDue).toEqual([
      { candidateId: undated.id, name: 'Undated' },
      { candidateId: past.id, name: 'Rejected Long Ago', retentionDate: '2026-10-31' },
      { candidateId: pinned.id, name: 'Hired And Pinned', retentionDate: '2026-12-10' },
    ]);
    expect(result.missing).toEqual([]);
  });
});

describe('awaitingScorecards', () => {
  it('picks only the candidates some scorecard is expected of, so storage reads no other', () => {
    const waiting = candidate('Waiting', [['screen', '2026-12-01T09:00:00.000Z']]);
    const notStarted = candidate('Not Started', []);
    const atDebrief = candidate('At Debrief', [['debrief', '2026-12-01T09:00:00.000Z']]);
    const rejected = candidate('Rejected', [['screen', '2026-12-01T09:00:00.000Z']], { status: 'rejected' });
    expect(awaitingScorecards([waiting, notStarted, atDebrief, rejected], [opening()], [loop]).map((a) => a.candidate.name)).toEqual(['Waiting']);
  });
});
