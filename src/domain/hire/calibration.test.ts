import { describe, expect, it } from 'vitest';
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import {
  calibration,
  capabilityDistributions,
  interviewerCalibration,
  MIN_SAMPLE,
  openingFunnels,
  stageCalibration,
} from './calibration.ts';

const day = (d: number) => new Date(Date.UTC(2026, 2, 1) + (d - 1) * 86_400_000).toISOString();

const candidate = (
  id: string,
  stageIds: string[],
  status: Candidate['status'] = 'active',
  {
    openingId = 'op',
    decision,
    gaps = [],
  }: { openingId?: string; decision?: ['hire' | 'no-hire', number]; gaps?: number[] } = {},
): Candidate => {
  let at = 1;
  return {
    id,
    openingId,
    name: id,
    source: '',
    contact: '',
    notes: '',
    status,
    moves: stageIds.map((stageId, i) => ({ stageId, at: day((at += i === 0 ? 0 : (gaps[i - 1] ?? 1))) })),
    takeHomes: [],
    interviewKits: [],
    ...(decision
      ? { decision: { outcome: decision[0], rationale: '', decidedBy: 'Maya', at: day(decision[1]), early: false } }
      : {}),
  };
};

let seq = 0;
const card = (
  personId: string,
  candidateId: string,
  scores: Record<string, number | null>,
  recommendation?: Scorecard['recommendation'],
  submitted = true,
): Scorecard => ({
  id: `sc${++seq}`,
  candidateId,
  stageId: 'tech',
  interviewer: { personId },
  scores: Object.entries(scores).map(([capabilityId, score]) => ({ capabilityId, score, evidence: '' })),
  ...(recommendation ? { recommendation } : {}),
  notes: '',
  ...(submitted ? { submittedAt: '2026-03-02T10:00:00.000Z' } : {}),
});

const stage = (id: string) => ({
  id,
  name: id,
  kind: 'interview' as const,
  capabilityIds: [],
  interviewers: [],
  questionIds: [],
  rubric: [],
});
const loop = (id: string, stageIds: string[]): InterviewLoop => ({ id, name: id, description: '', stages: stageIds.map(stage) });
const opening = (id: string, loopId?: string): Opening => ({
  id,
  title: `Opening ${id}`,
  level: '',
  status: 'open',
  mustHave: [],
  niceToHave: [],
  ...(loopId ? { loopId } : {}),
  targetDaysToDecision: 21,
});

const five = ['c1', 'c2', 'c3', 'c4', 'c5'];
const byKey = (list: ReturnType<typeof interviewerCalibration>) => new Map(list.map((i) => [i.key, i]));

describe('interviewerCalibration', () => {
  it('withholds rates below five scorecards but always shows the sample size', () => {
    const cands = ['c1', 'c2', 'c3'].map((id) => candidate(id, [], 'hired'));
    const cards = cands.flatMap((c) => [card('ana', c.id, { api: 4 }, 'yes'), card('ben', c.id, { api: 2 }, 'no')]);
    const ana = byKey(interviewerCalibration(cands, cards)).get('person:ana')!;
    expect(MIN_SAMPLE).toBe(5);
    expect(ana).toMatchObject({
      scorecards: 3,
      comparedScores: 3,
      meanDifference: { value: null, sample: 3, withheld: 'small-sample' },
      agreement: { value: null, sample: 3, withheld: 'small-sample' },
      recommendations: { yes: 3, no: 0 },
    });
  });

  it('is positive for a lenient interviewer, negative for a severe one, zero for one in line with the panel', () => {
    const cands = five.map((id) => candidate(id, []));
    const cards = five.flatMap((id) => [
      card('ana', id, { api: 4, comms: null }),
      card('ben', id, { api: 2, comms: 3 }),
      card('cleo', id, { api: 3 }),
    ]);
    const stats = byKey(interviewerCalibration(cands, cards));
    // ana: 4 − mean(2, 3); ben: api 2 − 3.5 and comms alone (not compared); cleo: 3 − 3.
    expect(stats.get('person:ana')!.meanDifference).toEqual({ value: 1.5, sample: 5 });
    expect(stats.get('person:ben')!.meanDifference).toEqual({ value: -1.5, sample: 5 });
    expect(stats.get('person:ben')!.comparedScores).toBe(5);
    expect(stats.get('person:cleo')!.meanDifference).toEqual({ value: 0, sample: 5 });
  });

  it('averages each score against the mean of the other interviewers, however many scores each gave', () => {
    const cands = five.map((id) => candidate(id, []));
    const cards = five.flatMap((id) => [
      card('ana', id, { api: 4 }),
      card('ana', id, { api: 2 }),
      card('ben', id, { api: 1 }),
      card('cleo', id, { api: 2 }),
    ]);
    const stats = byKey(interviewerCalibration(cands, cards));
    // ana: (4 − 1.5) and (2 − 1.5) → 1.5; ben: 1 − mean(4, 2, 2) = −5/3.
    expect(stats.get('person:ana')!.meanDifference).toEqual({ value: 1.5, sample: 10 });
    expect(stats.get('person:ben')!.meanDifference.value).toBeCloseTo(-5 / 3);
  });

  it('measures agreement with final decisions, and leaves out drafts, withdrawals and undecided candidates', () => {
    const cands = [
      candidate('h1', [], 'hired'),
      candidate('h2', [], 'active', { decision: ['hire', 9] }),
      candidate('h3', [], 'hired'),
      candidate('n1', [], 'rejected'),
      candidate('n2', [], 'active', { decision: ['no-hire', 9] }),
      candidate('w', [], 'withdrawn'),
      candidate('a', []),
    ];
    const cards = [
      ...cands.map((c) => card('ana', c.id, {}, 'strong-yes')),
      ...cands.map((c) => card('ben', c.id, {}, c.id.startsWith('n') ? 'strong-no' : 'yes')),
      card('ben', 'h1', {}, 'no', false),
      card('cleo', 'h1', {}),
    ];
    const stats = byKey(interviewerCalibration(cands, cards));
    expect(stats.get('person:ana')!.agreement).toEqual({ value: 3 / 5, sample: 5 });
    expect(stats.get('person:ana')!.recommendations).toEqual({ 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 7, none: 0 });
    expect(stats.get('person:ben')!).toMatchObject({ scorecards: 7, agreement: { value: 1, sample: 5 } });
    expect(stats.get('person:cleo')!).toMatchObject({ scorecards: 1, recommendations: { none: 1 } });
  });

  it('lists interviewers in order of their first submitted scorecard, outsiders by name', () => {
    const cards = [
      card('ben', 'c1', {}, 'yes', false),
      card('ana', 'c1', {}),
      { ...card('x', 'c1', {}), interviewer: { name: 'Cleo' } },
      card('ben', 'c1', {}),
    ];
    expect(interviewerCalibration([], cards).map((i) => i.key)).toEqual(['person:ana', 'name:cleo', 'person:ben']);
  });
});

describe('stageCalibration', () => {
  const L = loop('L', ['screen', 'tech', 'onsite']);
  const ops = [opening('op', 'L')];
  // Screen lasts 3 days, tech 7; decisions 2 days (hire) or 4 days (no-hire) after onsite.
  const gaps = [3, 7];
  const cands = [
    ...['r1', 'r2'].map((id) => candidate(id, ['screen'], 'rejected', { decision: ['no-hire', 2] })),
    ...['r3', 'r4'].map((id) => candidate(id, ['screen'], 'rejected')),
    ...['a1', 'a2'].map((id) => candidate(id, ['screen'], 'active')),
    ...['t1', 't2'].map((id) => candidate(id, ['screen', 'tech'], 'active', { gaps })),
    candidate('tw', ['screen', 'tech'], 'withdrawn', { gaps }),
    candidate('oh', ['screen', 'tech', 'onsite'], 'hired', { gaps, decision: ['hire', 13] }),
    candidate('or', ['screen', 'tech', 'onsite'], 'rejected', { gaps, decision: ['no-hire', 15] }),
    candidate('oa', ['screen', 'tech', 'onsite'], 'active', { gaps }),
  ];
  const stats = new Map(stageCalibration(cands, ops, [L]).map((s) => [s.stageId, s]));

  it('counts pass-through only over known outcomes: active candidates at a stage and withdrawals are left out', () => {
    expect(stats.get('screen')).toMatchObject({
      reached: 12,
      passed: 6,
      stopped: 4,
      withdrew: 0,
      inProgress: 2,
      passThrough: { value: 0.6, sample: 10 },
    });
    expect(stats.get('tech')).toMatchObject({
      reached: 6,
      passed: 3,
      stopped: 0,
      withdrew: 1,
      inProgress: 2,
      passThrough: { value: null, sample: 3, withheld: 'small-sample' },
    });
    expect(stats.get('onsite')).toMatchObject({ reached: 3, passed: 1, stopped: 1, inProgress: 1 });
  });

  it('takes the median of finished stays only, ending the last one at the decision', () => {
    // Screen: six 3-day stays and two 1-day ones (decided the next day); open stays are left out.
    expect(stats.get('screen')).toMatchObject({ medianDaysInStage: 3, stays: 8 });
    expect(stats.get('tech')).toMatchObject({ medianDaysInStage: 7, stays: 3 });
    expect(stats.get('onsite')).toMatchObject({ medianDaysInStage: 3, stays: 2 });
  });

  it('orders stays by time, not by how the moves were stored', () => {
    const c = candidate('x', ['screen', 'tech'], 'active', { gaps: [5] });
    c.moves.reverse();
    const onlyX = new Map(stageCalibration([c], ops, [L]).map((s) => [s.stageId, s]));
    expect(onlyX.get('screen')).toMatchObject({ passed: 1, medianDaysInStage: 5 });
  });

  it('ignores moves to stages outside the candidate’s loop', () => {
    const other = loop('M', ['elsewhere']);
    const stray = candidate('x', ['elsewhere'], 'rejected');
    const result = stageCalibration([stray], ops, [L, other]);
    expect(result.map((s) => [s.loopId, s.stageId, s.reached])).toEqual([
      ['L', 'screen', 0],
      ['L', 'tech', 0],
      ['L', 'onsite', 0],
      ['M', 'elsewhere', 0],
    ]);
    expect(result[0]!.medianDaysInStage).toBeNull();
  });
});

describe('openingFunnels', () => {
  it('counts, in loop order, how many reached each stage as recorded, and how many were hired', () => {
    const L = loop('L', ['screen', 'tech', 'onsite']);
    const ops = [opening('op', 'L'), opening('bare')];
    const cands = [
      candidate('a', ['onsite', 'screen', 'tech'], 'hired'),
      candidate('b', ['screen', 'tech']),
      candidate('c', ['tech'], 'rejected'), // skipped the screen: shown, not hidden
      candidate('d', ['screen']),
      candidate('e', []),
      candidate('f', [], 'active', { openingId: 'bare' }),
    ];
    expect(openingFunnels(cands, ops, [L])).toEqual([
      {
        openingId: 'op',
        title: 'Opening op',
        candidates: 5,
        stages: [
          { stageId: 'screen', name: 'screen', reached: 3 },
          { stageId: 'tech', name: 'tech', reached: 3 },
          { stageId: 'onsite', name: 'onsite', reached: 1 },
        ],
        hired: 1,
      },
      { openingId: 'bare', title: 'Opening bare', candidates: 1, stages: [], hired: 0 },
    ]);
  });
});

describe('capabilityDistributions', () => {
  it('counts submitted scores 1–4 and no-signal per capability', () => {
    const cards = [
      card('ana', 'c1', { api: 4, comms: null }),
      card('ben', 'c1', { api: 4, comms: 1 }),
      card('cleo', 'c1', { api: 2 }, 'yes', false),
    ];
    expect(capabilityDistributions(cards)).toEqual([
      { capabilityId: 'api', scores: { 1: 0, 2: 0, 3: 0, 4: 2 }, noSignal: 0, total: 2 },
      { capabilityId: 'comms', scores: { 1: 1, 2: 0, 3: 0, 4: 0 }, noSignal: 1, total: 2 },
    ]);
  });
});

describe('calibration at size', () => {
  /** Deterministic pseudo-random numbers (mulberry32), so the data is the same every run. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('handles 5,000 candidates and 40,000 scorecards (its speed: npm run bench)', () => {
    const rand = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const loops = [0, 1, 2].map((l) => loop(`L${l}`, [0, 1, 2, 3].map((s) => `L${l}s${s}`)));
    const openings = [0, 1, 2, 3, 4, 5].map((o) => opening(`op${o}`, `L${o % 3}`));
    const statuses: Candidate['status'][] = ['active', 'hired', 'rejected', 'rejected', 'withdrawn'];
    const candidates = Array.from({ length: 5000 }, (_, i) => {
      const op = openings[i % openings.length]!;
      const stages = loops[Number(op.loopId!.slice(1))]!.stages.map((s) => s.id);
      return candidate(`c${i}`, stages.slice(0, 1 + Math.floor(rand() * 4)), pick(statuses), {
        openingId: op.id,
        gaps: [1 + Math.floor(rand() * 9), 1 + Math.floor(rand() * 9), 1 + Math.floor(rand() * 9)],
      });
    });
    const people = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const capabilities = Array.from({ length: 30 }, (_, i) => `cap${i}`);
    const recommendations = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
    const scorecards = Array.from({ length: 40_000 }, (_, i) => {
      const c = candidates[i % candidates.length]!;
      const scores = Object.fromEntries(
        [0, 1, 2, 3].map(() => [pick(capabilities), rand() < 0.1 ? null : 1 + Math.floor(rand() * 4)]),
      );
      return { ...card(pick(people), c.id, scores, pick(recommendations)), stageId: pick(c.moves).stageId };
    });

    const result = calibration({ candidates, scorecards, openings, loops });

    expect(result.interviewers).toHaveLength(40);
    expect(result.stages).toHaveLength(12);
    expect(result.funnels.reduce((n, f) => n + f.candidates, 0)).toBe(5000);
    expect(result.capabilities.reduce((n, c) => n + c.total, 0)).toBeGreaterThan(100_000);
  });
});
