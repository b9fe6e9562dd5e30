/**
 * Calibration of the loop and its interviewers, from submitted scorecards only (drafts
 * are opinions not yet given): per interviewer, leniency and agreement with decisions;
 * per stage, pass-through and time in stage; per opening, the funnel; per capability,
 * the distribution of scores. Every statistic comes with its sample size, and rates on
 * fewer than five scorecards are withheld rather than shown as noise.
 * Built in single passes over Maps: 5,000 candidates and 40,000 scorecards stay well
 * under the calibration page's budget.
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import { daysBetween } from '../dates.ts';
import { emptyMix, median, type RecommendationMix } from './puzzle.ts';
import { type InterviewerRef, interviewerKey, isSubmitted } from './visibility.ts';

/** Rates based on fewer scorecards (or candidates, for stages) than this are withheld. */
export const MIN_SAMPLE = 5;

export interface Rate {
  /** Null when withheld: see `withheld`. */
  value: number | null;
  /** How many scorecards (or candidates, for stages) the value is based on. Always shown. */
  sample: number;
  /** Why `value` is null: the sample is below MIN_SAMPLE. */
  withheld?: 'small-sample';
}

function rate(numerator: number, sample: number): Rate {
  return sample < MIN_SAMPLE ? { value: null, sample, withheld: 'small-sample' } : { value: numerator / sample, sample };
}

type Outcome = 'hire' | 'no-hire' | 'withdrawn';

/**
 * The recorded decision, else what the status says: a candidate rejected or hired without
 * a decision record (e.g. turned down after the screen) still has a known outcome.
 * Null while active.
 */
function outcomeOf(c: Pick<Candidate, 'decision' | 'status'>): Outcome | null {
  if (c.decision) return c.decision.outcome;
  if (c.status === 'hired') return 'hire';
  if (c.status === 'rejected') return 'no-hire';
  return c.status === 'withdrawn' ? 'withdrawn' : null;
}

export interface InterviewerCalibration {
  key: string;
  /** As on their first submitted scorecard. */
  interviewer: InterviewerRef;
  /** Submitted scorecards: the sample size. */
  scorecards: number;
  /** Their scores that had another interviewer's score on the same candidate × capability. */
  comparedScores: number;
  /**
   * Mean over their compared scores of (their score − mean of the other interviewers'
   * scores on that candidate × capability). Positive is lenient, negative severe.
   * Sample: their scorecards with at least one compared score.
   */
  meanDifference: Rate;
  recommendations: RecommendationMix;
  /**
   * Share of their recommendations on decided candidates that matched the outcome
   * (yes/strong-yes on a hire, no/strong-no on a no-hire). Withdrawn candidates are not
   * decided. Sample: those scorecards.
   */
  agreement: Rate;
}

interface Tally {
  key: string;
  interviewer: InterviewerRef;
  scorecards: number;
  comparedScores: number;
  comparedCards: number;
  diffSum: number;
  decided: number;
  agreed: number;
  recommendations: RecommendationMix;
}

/** One interviewer's scores within a Group. */
interface Share {
  tally: Tally;
  sum: number;
  n: number;
}

/** All scores on one candidate × capability. */
interface Group {
  sum: number;
  n: number;
  shares: Share[];
}

/** Interviewers in order of their first submitted scorecard. */
export function interviewerCalibration(
  candidates: readonly Candidate[],
  scorecards: readonly Scorecard[],
): InterviewerCalibration[] {
  const outcomeById = new Map(candidates.map((c) => [c.id, outcomeOf(c)]));
  const tallies = new Map<string, Tally>();
  const byCandidate = new Map<string, { card: Scorecard; tally: Tally }[]>();
  for (const card of scorecards) {
    if (!isSubmitted(card)) continue;
    const key = interviewerKey(card.interviewer);
    let t = tallies.get(key);
    if (!t) {
      t = {
        key,
        interviewer: card.interviewer,
        scorecards: 0,
        comparedScores: 0,
        comparedCards: 0,
        diffSum: 0,
        decided: 0,
        agreed: 0,
        recommendations: emptyMix(),
      };
      tallies.set(key, t);
    }
    t.scorecards++;
    t.recommendations[card.recommendation ?? 'none']++;
    const outcome = outcomeById.get(card.candidateId);
    if (card.recommendation && (outcome === 'hire' || outcome === 'no-hire')) {
      t.decided++;
      const yes = card.recommendation === 'yes' || card.recommendation === 'strong-yes';
      if (yes === (outcome === 'hire')) t.agreed++;
    }
    let list = byCandidate.get(card.candidateId);
    if (!list) byCandidate.set(card.candidateId, (list = []));
    list.push({ card, tally: t });
  }

  // Each score against the mean of the other interviewers' scores on the same candidate ×
  // capability. One candidate at a time, so the groups stay small and short-lived.
  for (const entries of byCandidate.values()) {
    const groups = new Map<string, Group>();
    for (const { card, tally } of entries) {
      for (const s of card.scores) {
        if (s.score === null) continue;
        let g = groups.get(s.capabilityId);
        if (!g) groups.set(s.capabilityId, (g = { sum: 0, n: 0, shares: [] }));
        g.sum += s.score;
        g.n++;
        let own = g.shares.find((x) => x.tally === tally);
        if (!own) g.shares.push((own = { tally, sum: 0, n: 0 }));
        own.sum += s.score;
        own.n++;
      }
    }
    for (const { card, tally } of entries) {
      let compared = false;
      for (const s of card.scores) {
        if (s.score === null) continue;
        const g = groups.get(s.capabilityId)!;
        const own = g.shares.find((x) => x.tally === tally)!;
        const othersN = g.n - own.n;
        if (othersN === 0) continue;
        tally.diffSum += s.score - (g.sum - own.sum) / othersN;
        tally.comparedScores++;
        compared = true;
      }
      if (compared) tally.comparedCards++;
    }
  }

  return [...tallies.values()].map((t) => ({
    key: t.key,
    interviewer: t.interviewer,
    scorecards: t.scorecards,
    comparedScores: t.comparedScores,
    meanDifference:
      t.comparedCards < MIN_SAMPLE
        ? rate(0, t.comparedCards)
        : { value: t.diffSum / t.comparedScores, sample: t.comparedCards },
    recommendations: t.recommendations,
    agreement: rate(t.agreed, t.decided),
  }));
}

interface StagePlace {
  loopId: string;
  index: number;
}

interface Progress {
  loopId: string;
  /** Positions in the loop of the stages the candidate has a move to. */
  reached: Set<number>;
  furthest: number;
  outcome: Outcome | null;
}

/** Where each candidate got to in their opening's loop; moves to stages outside it are left to the process audit. */
function progressOf(
  candidates: readonly Candidate[],
  openings: readonly Opening[],
  loops: readonly InterviewLoop[],
): { progress: Map<string, Progress>; places: Map<string, StagePlace>; loopsById: Map<string, InterviewLoop> } {
  const loopsById = new Map(loops.map((l) => [l.id, l]));
  const places = new Map<string, StagePlace>();
  for (const loop of loops) loop.stages.forEach((s, index) => places.set(s.id, { loopId: loop.id, index }));
  const loopOfOpening = new Map(openings.map((o) => [o.id, o.loopId]));
  const progress = new Map<string, Progress>();
  for (const c of candidates) {
    const loopId = loopOfOpening.get(c.openingId);
    if (loopId === undefined || !loopsById.has(loopId)) continue;
    const reached = new Set<number>();
    for (const m of c.moves) {
      const place = places.get(m.stageId);
      if (place?.loopId === loopId) reached.add(place.index);
    }
    progress.set(c.id, { loopId, reached, furthest: Math.max(-1, ...reached), outcome: outcomeOf(c) });
  }
  return { progress, places, loopsById };
}

export interface StageCalibration {
  loopId: string;
  stageId: string;
  name: string;
  /** Candidates with a move to this stage. */
  reached: number;
  /** Reached a later stage of the loop, or were hired. */
  passed: number;
  /** Got no further than this stage and were turned down. */
  stopped: number;
  /** Got no further than this stage and withdrew: not counted against the stage. */
  withdrew: number;
  /** Still active at this stage: their outcome here is not known yet, so not counted. */
  inProgress: number;
  /** passed ÷ (passed + stopped); sample in candidates. */
  passThrough: Rate;
  /**
   * Median calendar days from entering the stage to the next move, or to the decision
   * for the last stage reached. Ongoing stays are left out (pacing shows those).
   */
  medianDaysInStage: number | null;
  /** How many finished stays the median is based on. */
  stays: number;
}

/** Every stage of every loop, in loop then stage order. */
export function stageCalibration(
  candidates: readonly Candidate[],
  openings: readonly Opening[],
  loops: readonly InterviewLoop[],
): StageCalibration[] {
  const { progress, places, loopsById } = progressOf(candidates, openings, loops);
  const counts = new Map<string, { reached: number; passed: number; stopped: number; withdrew: number; inProgress: number }>();
  const days = new Map<string, number[]>();
  for (const loop of loops) {
    for (const s of loop.stages) {
      counts.set(s.id, { reached: 0, passed: 0, stopped: 0, withdrew: 0, inProgress: 0 });
      days.set(s.id, []);
    }
  }

  for (const c of candidates) {
    const p = progress.get(c.id);
    if (!p) continue;
    const stages = loopsById.get(p.loopId)!.stages;
    for (const index of p.reached) {
      const n = counts.get(stages[index]!.id)!;
      n.reached++;
      if (index < p.furthest || p.outcome === 'hire') n.passed++;
      else if (p.outcome === 'no-hire') n.stopped++;
      else if (p.outcome === 'withdrawn') n.withdrew++;
      else n.inProgress++;
    }
    const moves = [...c.moves].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    moves.forEach((m, i) => {
      const end = moves[i + 1]?.at ?? c.decision?.at;
      const place = places.get(m.stageId);
      if (end === undefined || place?.loopId !== p.loopId) return;
      days.get(m.stageId)!.push(daysBetween(m.at, end));
    });
  }

  return loops.flatMap((loop) =>
    loop.stages.map((s) => {
      const n = counts.get(s.id)!;
      const d = days.get(s.id)!;
      return {
        loopId: loop.id,
        stageId: s.id,
        name: s.name,
        ...n,
        passThrough: rate(n.passed, n.passed + n.stopped),
        medianDaysInStage: median(d),
        stays: d.length,
      };
    }),
  );
}

export interface OpeningFunnel {
  openingId: string;
  title: string;
  /** All the opening's candidates, with or without a stage move. */
  candidates: number;
  /**
   * The loop's stages in order with how many candidates have a move to each. Counted as
   * recorded, so a skipped stage shows (the funnel can widen); none without a loop.
   */
  stages: { stageId: string; name: string; reached: number }[];
  hired: number;
}

/** One funnel per opening, in opening order. */
export function openingFunnels(
  candidates: readonly Candidate[],
  openings: readonly Opening[],
  loops: readonly InterviewLoop[],
): OpeningFunnel[] {
  const { progress, loopsById } = progressOf(candidates, openings, loops);
  const tally = new Map(openings.map((o) => [o.id, { candidates: 0, hired: 0, reached: [] as number[] }]));
  for (const c of candidates) {
    const t = tally.get(c.openingId);
    if (!t) continue;
    t.candidates++;
    if (outcomeOf(c) === 'hire') t.hired++;
    for (const index of progress.get(c.id)?.reached ?? []) t.reached[index] = (t.reached[index] ?? 0) + 1;
  }
  return openings.map((o) => {
    const t = tally.get(o.id)!;
    const stages = (o.loopId === undefined ? undefined : loopsById.get(o.loopId))?.stages ?? [];
    return {
      openingId: o.id,
      title: o.title,
      candidates: t.candidates,
      stages: stages.map((s, i) => ({ stageId: s.id, name: s.name, reached: t.reached[i] ?? 0 })),
      hired: t.hired,
    };
  });
}

export interface CapabilityDistribution {
  capabilityId: string;
  scores: { 1: number; 2: number; 3: number; 4: number };
  noSignal: number;
  /** All submitted scores for the capability, no-signal included. */
  total: number;
}

/** Capabilities in order of first submitted score. */
export function capabilityDistributions(scorecards: readonly Scorecard[]): CapabilityDistribution[] {
  const byCapability = new Map<string, CapabilityDistribution>();
  for (const card of scorecards) {
    if (!isSubmitted(card)) continue;
    for (const s of card.scores) {
      let d = byCapability.get(s.capabilityId);
      if (!d) {
        d = { capabilityId: s.capabilityId, scores: { 1: 0, 2: 0, 3: 0, 4: 0 }, noSignal: 0, total: 0 };
        byCapability.set(s.capabilityId, d);
      }
      d.total++;
      if (s.score === null) d.noSignal++;
      else d.scores[s.score as 1 | 2 | 3 | 4]++;
    }
  }
  return [...byCapability.values()];
}

export interface CalibrationInput {
  candidates: readonly Candidate[];
  scorecards: readonly Scorecard[];
  openings: readonly Opening[];
  loops: readonly InterviewLoop[];
}

export interface Calibration {
  interviewers: InterviewerCalibration[];
  stages: StageCalibration[];
  funnels: OpeningFunnel[];
  capabilities: CapabilityDistribution[];
}

/** Everything the calibration page shows. */
export function calibration(input: CalibrationInput): Calibration {
  return {
    interviewers: interviewerCalibration(input.candidates, input.scorecards),
    stages: stageCalibration(input.candidates, input.openings, input.loops),
    funnels: openingFunnels(input.candidates, input.openings, input.loops),
    capabilities: capabilityDistributions(input.scorecards),
  };
}
