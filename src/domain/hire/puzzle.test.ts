import { describe, expect, it } from 'vitest';
import type { InterviewLoop, Scorecard } from '../../schemas/hiring.ts';
import { decisionPuzzle, median, outliers, type PuzzleScore, recommendationDissent } from './puzzle.ts';

let seq = 0;
const card = (
  personId: string,
  stageId: string,
  scores: Record<string, number | null>,
  recommendation?: Scorecard['recommendation'],
  { submitted = true, candidateId = 'cand' } = {},
): Scorecard => ({
  id: `sc${++seq}`,
  candidateId,
  stageId,
  interviewer: { personId },
  scores: Object.entries(scores).map(([capabilityId, score]) => ({ capabilityId, score, evidence: `${personId} on ${capabilityId}` })),
  ...(recommendation ? { recommendation } : {}),
  notes: '',
  ...(submitted ? { submittedAt: '2026-03-02T10:00:00.000Z' } : {}),
});

const stage = (id: string, capabilityIds: string[]) => ({
  id,
  name: `Stage ${id}`,
  kind: 'interview' as const,
  capabilityIds,
  interviewers: [],
  questionIds: [],
  rubric: [],
});
const loop: Pick<InterviewLoop, 'stages'> = { stages: [stage('screen', ['api', 'comms']), stage('tech', ['api', 'design'])] };
const opening = { mustHave: ['api', 'testing'], niceToHave: ['comms'] };

/** Scores on one capability, one interviewer each unless a key is given. */
const scores = (...values: (number | null | [number | null, string])[]): PuzzleScore[] =>
  values.map((v, i) => {
    const [score, who] = Array.isArray(v) ? v : [v, `p${i}`];
    return { scorecardId: `s${i}`, stageId: 'tech', interviewer: { personId: who }, interviewerKey: who, score, evidence: '' };
  });
const flagged = (list: PuzzleScore[]) => outliers(list).map((o) => [o.score.scorecardId, o.direction]);

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('outliers', () => {
  it('flags a single 4 against a panel at 2 or below, and a single 1 against 3 or above', () => {
    expect(flagged(scores(4, 2, 1))).toEqual([['s0', 'high']]);
    expect(flagged(scores(3, 1, 4, 4))).toEqual([['s1', 'low']]);
  });

  it('flags any score 2 points from every other score', () => {
    expect(flagged(scores(3, 1, 1))).toEqual([['s0', 'high']]);
    expect(flagged(scores(2, 4, 4, 4))).toEqual([['s0', 'low']]);
  });

  it('never flags with two scores only', () => {
    expect(flagged(scores(4, 1))).toEqual([]);
  });

  it('never flags when all scores are equal', () => {
    expect(flagged(scores(3, 3, 3, 3))).toEqual([]);
  });

  it('ignores no-signal: two scores and a no-signal are not enough', () => {
    expect(flagged(scores(4, 1, null))).toEqual([]);
    expect(flagged(scores(4, null, 1, 2))).toEqual([['s0', 'high']]);
  });

  it('does not flag a score someone else is within a point of (a split panel, not a lone voice)', () => {
    expect(flagged(scores(4, 3, 1, 1))).toEqual([]);
    expect(flagged(scores(4, 2, 3))).toEqual([]);
  });

  it('compares against other interviewers only, so one person scoring twice is still a lone voice', () => {
    expect(flagged(scores([4, 'ana'], [4, 'ana'], [1, 'ben'], [2, 'cleo']))).toEqual([
      ['s0', 'high'],
      ['s1', 'high'],
    ]);
    expect(flagged(scores([4, 'ana'], [1, 'ben'], [1, 'ben']))).toEqual([]);
  });
});

describe('recommendationDissent', () => {
  const rec = (who: string, recommendation: NonNullable<Scorecard['recommendation']>) => ({
    scorecardId: who,
    stageId: 'tech',
    interviewer: { personId: who },
    interviewerKey: who,
    recommendation,
  });

  it('flags one side against all the others, not strength differences or two voices', () => {
    expect(recommendationDissent([rec('a', 'strong-yes'), rec('b', 'no'), rec('c', 'strong-no')]).map((r) => r.scorecardId)).toEqual(['a']);
    expect(recommendationDissent([rec('a', 'yes'), rec('b', 'strong-yes'), rec('c', 'strong-yes')])).toEqual([]);
    expect(recommendationDissent([rec('a', 'yes'), rec('b', 'no')])).toEqual([]);
    expect(recommendationDissent([rec('a', 'yes'), rec('b', 'yes'), rec('c', 'no'), rec('d', 'no')])).toEqual([]);
    // Two scorecards from one interviewer are still one voice to stand against.
    expect(recommendationDissent([rec('a', 'yes'), rec('a', 'yes'), rec('b', 'no')])).toEqual([]);
  });
});

describe('decisionPuzzle', () => {
  const cards = [
    card('ana', 'screen', { api: 3, comms: 4 }, 'yes'),
    card('ben', 'tech', { api: 4, design: null }, 'strong-yes'),
    card('cleo', 'tech', { api: 1, design: 2, testing: 3 }, 'no'),
    card('dan', 'tech', { api: 4, design: null }, 'yes'),
    card('eve', 'tech', { api: 1, testing: 4 }, 'strong-no', { submitted: false }),
    card('ana', 'screen', { api: 1 }, 'no', { candidateId: 'other' }),
    card('fay', 'offsite', { testing: 2 }),
  ];
  const puzzle = decisionPuzzle({ candidate: { id: 'cand' }, opening, loop, scorecards: cards });
  const row = (id: string) => puzzle.rows.find((r) => r.capabilityId === id)!;

  it('lays out loop stages, then stages only scorecards name', () => {
    expect(puzzle.stages).toEqual([
      { stageId: 'screen', name: 'Stage screen' },
      { stageId: 'tech', name: 'Stage tech' },
      { stageId: 'offsite', name: null },
    ]);
  });

  it('orders rows must-haves, nice-to-haves, loop capabilities, then anything else scored', () => {
    expect(puzzle.rows.map((r) => [r.capabilityId, r.priority])).toEqual([
      ['api', 'must-have'],
      ['testing', 'must-have'],
      ['comms', 'nice-to-have'],
      ['design', 'other'],
    ]);
  });

  it('puts every submitted score with its evidence and interviewer in its cell; drafts and other candidates stay out', () => {
    const api = row('api');
    expect(api.cells.map((c) => c.scores.map((s) => [s.interviewerKey, s.score]))).toEqual([
      [['person:ana', 3]],
      [
        ['person:ben', 4],
        ['person:cleo', 1],
        ['person:dan', 4],
      ],
      [],
    ]);
    expect(api.cells[0]!.scores[0]!.evidence).toBe('ana on api');
    expect(row('testing').cells[2]!.scores.map((s) => s.score)).toEqual([2]);
  });

  it('gives each capability its spread and median, and flags the lone low score', () => {
    const api = row('api');
    expect(api.spread).toEqual({ min: 1, max: 4, range: 3, median: 3.5 });
    expect(api.outliers.map((o) => [o.score.interviewerKey, o.direction])).toEqual([['person:cleo', 'low']]);
    expect(row('design')).toMatchObject({ signal: 1, noSignal: 2, interviewers: 1, spread: { range: 0, median: 2 } });
  });

  it('reports must-have coverage: enough signal takes scores from two interviewers', () => {
    expect(puzzle.coverage).toEqual([
      { capabilityId: 'api', enoughSignal: true, signal: 4, interviewers: 4 },
      { capabilityId: 'testing', enoughSignal: true, signal: 2, interviewers: 2 },
    ]);
    const thin = decisionPuzzle({
      candidate: { id: 'c2' },
      opening,
      loop,
      scorecards: [
        card('ana', 'screen', { api: 3 }, 'yes', { candidateId: 'c2' }),
        card('ana', 'tech', { api: 4, testing: null }, 'yes', { candidateId: 'c2' }),
        card('ben', 'tech', { testing: null }, 'yes', { candidateId: 'c2' }),
      ],
    });
    expect(thin.coverage.map((c) => [c.capabilityId, c.enoughSignal, c.signal])).toEqual([
      ['api', false, 2],
      ['testing', false, 0],
    ]);
    expect(thin.rows.find((r) => r.capabilityId === 'testing')!.spread).toBeNull();
  });

  it('counts the recommendation mix and flags the lone dissenting recommendation', () => {
    expect(puzzle.recommendations.mix).toEqual({ 'strong-no': 0, no: 1, yes: 2, 'strong-yes': 1, none: 1 });
    expect(puzzle.recommendations.dissent.map((d) => d.interviewerKey)).toEqual(['person:cleo']);
  });

  it('produces no overall average', () => {
    expect(Object.keys(puzzle).sort()).toEqual(['candidateId', 'coverage', 'recommendations', 'rows', 'stages']);
  });

  it('works without a loop', () => {
    const bare = decisionPuzzle({ candidate: { id: 'cand' }, opening: { mustHave: [], niceToHave: [] }, scorecards: cards });
    expect(bare.stages.map((s) => s.stageId)).toEqual(['screen', 'tech', 'offsite']);
    expect(bare.rows.map((r) => r.capabilityId)).toEqual(['api', 'comms', 'design', 'testing']);
  });
});
