/**
 * Process audit for one opening: did every candidate go through the same loop, were
 * take-homes kept to their time box, and was each decision taken with every piece of
 * the puzzle in?
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import { sortedMoves, takeHomeFacts } from './pacing.ts';
import { interviewerKey } from './visibility.ts';
import { formatDay } from '../day-format.ts';

export type AuditKind = 'skipped-stages' | 'added-stages' | 'take-home-over-time-box' | 'early-decision';

export interface AuditFinding {
  kind: AuditKind;
  candidateId: string;
  candidateName: string;
  /** The stages concerned, in loop order (or move order for stages not in the loop). */
  stageIds: string[];
  message: string;
}

type Stage = InterviewLoop['stages'][number];

import { capitalise, plural } from '../words.ts';

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether a candidate has finished the loop and so should have been through every stage. */
const finishedWithHire = (c: Candidate) => c.status === 'hired' || c.decision?.outcome === 'hire';

/**
 * Loop stages a candidate skipped: those before the furthest stage they reached that they
 * never entered. A candidate hired should have been through them all; anyone who stopped
 * early (rejected, withdrew, still active) skipped nothing after where they stopped.
 */
function skippedStages(candidate: Candidate, stages: Stage[], visited: Set<string>): Stage[] {
  const furthest = finishedWithHire(candidate) ? stages.length - 1 : stages.findLastIndex((s) => visited.has(s.id));
  return stages.slice(0, furthest + 1).filter((s) => !visited.has(s.id));
}

interface ScorecardGap {
  expected: number;
  missing: number;
  /** Expected scorecards submitted after the decision. */
  late: number;
  /** Stages with a missing or late scorecard, in loop order. */
  stageIds: string[];
}

/**
 * One scorecard is expected per interviewer per stage the candidate entered. Debriefs are
 * left out: they weigh the evidence, they do not add a scorecard of their own.
 */
function scorecardGap(stages: Stage[], visited: Set<string>, scorecards: Scorecard[], decidedAt: string): ScorecardGap {
  const gap: ScorecardGap = { expected: 0, missing: 0, late: 0, stageIds: [] };
  for (const stage of stages) {
    if (stage.kind === 'debrief' || !visited.has(stage.id)) continue;
    const submitted = new Map<string, string>();
    for (const card of scorecards) {
      if (card.stageId !== stage.id || !card.submittedAt) continue;
      // With a duplicate scorecard, the interviewer's first submission is when their view was in.
      const key = interviewerKey(card.interviewer);
      const seen = submitted.get(key);
      if (seen === undefined || Date.parse(card.submittedAt) < Date.parse(seen)) submitted.set(key, card.submittedAt);
    }
    const before = gap.missing + gap.late;
    for (const key of new Set(stage.interviewers.map(interviewerKey))) {
      gap.expected += 1;
      const at = submitted.get(key);
      if (at === undefined) gap.missing += 1;
      else if (Date.parse(at) > Date.parse(decidedAt)) gap.late += 1;
    }
    if (gap.missing + gap.late > before) gap.stageIds.push(stage.id);
  }
  return gap;
}

/** Candidates of other openings are ignored, so the whole candidate table can be passed. */
export function auditOpening(opening: Pick<Opening, 'id'>, loop: InterviewLoop, candidates: Candidate[], scorecards: Scorecard[]): AuditFinding[] {
  const stageById = new Map(loop.stages.map((s) => [s.id, s]));
  const cardsByCandidate = Map.groupBy(scorecards, (s) => s.candidateId);
  const findings: AuditFinding[] = [];

  for (const candidate of candidates) {
    if (candidate.openingId !== opening.id) continue;
    const who = { candidateId: candidate.id, candidateName: candidate.name };
    const moves = sortedMoves(candidate);
    const visited = new Set(moves.map((m) => m.stageId));

    const skipped = skippedStages(candidate, loop.stages, visited);
    if (skipped.length) {
      findings.push({
        ...who,
        kind: 'skipped-stages',
        stageIds: skipped.map((s) => s.id),
        message: capitalise(`${candidate.name} skipped ${list(skipped.map((s) => s.name))}.`),
      });
    }

    const added = [...visited].filter((id) => !stageById.has(id));
    if (added.length) {
      findings.push({
        ...who,
        kind: 'added-stages',
        stageIds: added,
        message: capitalise(`${candidate.name} went through ${plural(added.length, 'stage')} that ${added.length === 1 ? 'is' : 'are'} not in this loop.`),
      });
    }

    for (const t of takeHomeFacts(candidate, loop)) {
      if (!t.overTimeBox) continue;
      findings.push({
        ...who,
        kind: 'take-home-over-time-box',
        stageIds: [t.stageId],
        message: capitalise(`${candidate.name} reported ${plural(t.reportedHours!, 'hour')} on ${stageById.get(t.stageId)!.name}, over its ${t.timeBoxHours}-hour time box.`),
      });
    }

    const decision = candidate.decision;
    if (!decision) continue;
    const gap = scorecardGap(loop.stages, visited, cardsByCandidate.get(candidate.id) ?? [], decision.at);
    if (!decision.early && gap.missing === 0 && gap.late === 0) continue;
    const facts = [
      gap.missing ? `${gap.missing} of ${plural(gap.expected, 'expected scorecard')} missing` : '',
      gap.late ? `${plural(gap.late, 'scorecard')} submitted after the decision` : '',
      decision.early ? 'recorded as an explicit early decision' : 'not recorded as an early decision',
    ].filter(Boolean);
    findings.push({
      ...who,
      kind: 'early-decision',
      stageIds: gap.stageIds,
      message: capitalise(`${candidate.name} was decided (${decision.outcome === 'hire' ? 'hire' : 'no hire'}) on ${formatDay(decision.at)} before every scorecard was in: ${facts.join('; ')}.`),
    });
  }
  return findings;
}
