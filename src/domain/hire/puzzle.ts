/**
 * The decision view for one candidate: every submitted score laid out as capabilities ×
 * stages, with coverage, spread and outlier flags per capability and the recommendation
 * mix. Each interview is one piece of the puzzle, so no overall average is produced: one
 * number would let a single rave or pan decide.
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import { type InterviewerRef, interviewerKey, isSubmitted } from './visibility.ts';

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Recommendation = NonNullable<Scorecard['recommendation']>;

export interface PuzzleScore {
  scorecardId: string;
  stageId: string;
  interviewer: InterviewerRef;
  interviewerKey: string;
  /** 1–4, or null for "no signal". */
  score: number | null;
  evidence: string;
}

export interface PuzzleStage {
  stageId: string;
  /** Null for a stage scored on but no longer in the loop: its scores are still shown. */
  name: string | null;
}

export interface PuzzleCell {
  stageId: string;
  /** In scorecard order. */
  scores: PuzzleScore[];
}

export interface Spread {
  min: number;
  max: number;
  /** max − min. */
  range: number;
  median: number;
}

export interface Outlier {
  score: PuzzleScore;
  /** High: the rest of the panel scored at least 2 lower; low: at least 2 higher. */
  direction: 'high' | 'low';
}

export interface CapabilityRow {
  capabilityId: string;
  /** From the opening; "other" for capabilities only the loop assesses or a scorecard scored. */
  priority: 'must-have' | 'nice-to-have' | 'other';
  /** One cell per puzzle stage, in stage order. */
  cells: PuzzleCell[];
  /** Scores that are not "no signal". */
  signal: number;
  noSignal: number;
  /** Distinct interviewers who gave a score that is not "no signal". */
  interviewers: number;
  enoughSignal: boolean;
  /** Over the scores that are not "no signal"; null when there are none. */
  spread: Spread | null;
  outliers: Outlier[];
}

export interface MustHaveCoverage {
  capabilityId: string;
  enoughSignal: boolean;
  signal: number;
  interviewers: number;
}

/** Counts of submitted scorecards by recommendation; "none" for a scorecard submitted without one. */
export type RecommendationMix = Record<Recommendation | 'none', number>;

export const emptyMix = (): RecommendationMix => ({ 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0, none: 0 });

export interface RecommendationDissent {
  scorecardId: string;
  stageId: string;
  interviewer: InterviewerRef;
  interviewerKey: string;
  recommendation: Recommendation;
}

export interface Puzzle {
  candidateId: string;
  /** The loop's stages in order, then any other stage a scorecard names, in scorecard order. */
  stages: PuzzleStage[];
  /** Must-haves, nice-to-haves (opening order), then the loop's other assessed capabilities, then any other scored. */
  rows: CapabilityRow[];
  /** Every must-have, in opening order, with or without scores. */
  coverage: MustHaveCoverage[];
  recommendations: { mix: RecommendationMix; dissent: RecommendationDissent[] };
}

/**
 * A capability has enough signal when at least two different interviewers each gave it a
 * score that is not "no signal" (so at least two scores, from at least two people).
 */
export const ENOUGH_SIGNAL_INTERVIEWERS = 2;

/** A flag needs at least this many other interviewers to stand against. */
const MIN_OTHERS = 2;
/** How far (in score points) every other score must be from a score for it to stand alone. */
const OUTLIER_GAP = 2;

const interviewerCount = (list: readonly { interviewerKey: string }[]) => new Set(list.map((x) => x.interviewerKey)).size;

/**
 * Outlier rule: a score is flagged when at least two other interviewers scored the same
 * capability (no-signal ignored) and every one of their scores is 2 or more points away
 * from it. On a 1–4 scale that puts the rest of the panel together on the other side: a 4
 * against scores of at most 2, a 1 against scores of at least 3, a 3 against 1s, a 2
 * against 4s. Two scores only are never flagged (nobody to side with), nor is a split
 * panel where someone else is within a point of the score.
 */
export function outliers(scores: readonly PuzzleScore[]): Outlier[] {
  const scored = scores.filter((s): s is PuzzleScore & { score: number } => s.score !== null);
  const flagged: Outlier[] = [];
  for (const s of scored) {
    const others = scored.filter((o) => o.interviewerKey !== s.interviewerKey);
    if (interviewerCount(others) < MIN_OTHERS) continue;
    if (others.every((o) => Math.abs(o.score - s.score) >= OUTLIER_GAP)) {
      flagged.push({ score: s, direction: others[0]!.score < s.score ? 'high' : 'low' });
    }
  }
  return flagged;
}

const isYes = (r: Recommendation) => r === 'yes' || r === 'strong-yes';

/**
 * A recommendation dissents when at least two other interviewers recommended and all of
 * them are on the other side (yes/strong-yes against no/strong-no). Strength does not
 * count as disagreement: a "yes" among "strong-yes"es is not flagged.
 */
export function recommendationDissent(recommendations: readonly RecommendationDissent[]): RecommendationDissent[] {
  return recommendations.filter((r) => {
    const others = recommendations.filter((o) => o.interviewerKey !== r.interviewerKey);
    return interviewerCount(others) >= MIN_OTHERS && others.every((o) => isYes(o.recommendation) !== isYes(r.recommendation));
  });
}

export interface PuzzleInput {
  candidate: Pick<Candidate, 'id'>;
  opening: Pick<Opening, 'mustHave' | 'niceToHave'>;
  /** Absent when the opening has no loop yet: stages then come from the scorecards alone. */
  loop?: Pick<InterviewLoop, 'stages'> | undefined;
  /** Any scorecards: only the candidate's submitted ones are read. */
  scorecards: readonly Scorecard[];
}

/** The whole picture for one candidate, from their submitted scorecards only. */
export function decisionPuzzle(input: PuzzleInput): Puzzle {
  const cards = input.scorecards.filter((s) => s.candidateId === input.candidate.id && isSubmitted(s));
  const loopStages = input.loop?.stages ?? [];

  const stages: PuzzleStage[] = loopStages.map((s) => ({ stageId: s.id, name: s.name }));
  const stageIndex = new Map(stages.map((s, i) => [s.stageId, i]));
  for (const card of cards) {
    if (stageIndex.has(card.stageId)) continue;
    stageIndex.set(card.stageId, stages.length);
    stages.push({ stageId: card.stageId, name: null });
  }

  const priority = new Map<string, CapabilityRow['priority']>();
  for (const id of input.opening.mustHave) priority.set(id, 'must-have');
  for (const id of input.opening.niceToHave) if (!priority.has(id)) priority.set(id, 'nice-to-have');
  const rowOrder = [...priority.keys()];
  const addRow = (id: string) => {
    if (priority.has(id)) return;
    priority.set(id, 'other');
    rowOrder.push(id);
  };
  for (const stage of loopStages) stage.capabilityIds.forEach(addRow);

  const scoresByCapability = new Map<string, PuzzleScore[]>();
  const mix = emptyMix();
  const recommendations: RecommendationDissent[] = [];
  for (const card of cards) {
    const key = interviewerKey(card.interviewer);
    mix[card.recommendation ?? 'none']++;
    if (card.recommendation) {
      recommendations.push({
        scorecardId: card.id,
        stageId: card.stageId,
        interviewer: card.interviewer,
        interviewerKey: key,
        recommendation: card.recommendation,
      });
    }
    for (const s of card.scores) {
      addRow(s.capabilityId);
      let list = scoresByCapability.get(s.capabilityId);
      if (!list) scoresByCapability.set(s.capabilityId, (list = []));
      list.push({
        scorecardId: card.id,
        stageId: card.stageId,
        interviewer: card.interviewer,
        interviewerKey: key,
        score: s.score,
        evidence: s.evidence,
      });
    }
  }

  const rows = rowOrder.map((capabilityId): CapabilityRow => {
    const scores = scoresByCapability.get(capabilityId) ?? [];
    const cells = stages.map((s): PuzzleCell => ({ stageId: s.stageId, scores: [] }));
    for (const s of scores) cells[stageIndex.get(s.stageId)!]!.scores.push(s);
    const values: number[] = [];
    const withSignal = new Set<string>();
    for (const s of scores) {
      if (s.score === null) continue;
      values.push(s.score);
      withSignal.add(s.interviewerKey);
    }
    const mid = median(values);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return {
      capabilityId,
      priority: priority.get(capabilityId)!,
      cells,
      signal: values.length,
      noSignal: scores.length - values.length,
      interviewers: withSignal.size,
      enoughSignal: withSignal.size >= ENOUGH_SIGNAL_INTERVIEWERS,
      spread: mid === null ? null : { min, max, range: max - min, median: mid },
      outliers: outliers(scores),
    };
  });

  const coverage = rows
    .filter((r) => r.priority === 'must-have')
    .map(({ capabilityId, enoughSignal, signal, interviewers }) => ({ capabilityId, enoughSignal, signal, interviewers }));

  return {
    candidateId: input.candidate.id,
    stages,
    rows,
    coverage,
    recommendations: { mix, dissent: recommendationDissent(recommendations) },
  };
}
