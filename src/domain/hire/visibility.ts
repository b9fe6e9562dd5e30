/**
 * Scorecards are independent by design: an interviewer sees the others' scorecards for a
 * candidate only after submitting their own, and the hiring manager's decision view opens
 * once every expected scorecard is in (or earlier by an explicit, recorded choice), so no
 * early loud score anchors anyone.
 */
import type { z } from 'zod';
import type { Candidate, InterviewLoop, Interviewer, Scorecard } from '../../schemas/hiring.ts';

/** A team member (personId) or a named outsider, as stored on loops and scorecards. */
export type InterviewerRef = Readonly<z.infer<typeof Interviewer>>;

/**
 * Who an interviewer is: their person id, else their name folded (Unicode NFKC, trimmed,
 * inner spaces collapsed, lower case) so "Ana  Ruiz" and "ana ruiz" are one outsider.
 * Prefixed so a name can never collide with a person id.
 */
export function interviewerKey(interviewer: InterviewerRef): string {
  if (interviewer.personId !== undefined) return `person:${interviewer.personId}`;
  const name = (interviewer.name ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `name:${name}`;
}

/** A scorecard without a submitted time is a draft. */
export const isSubmitted = (s: Pick<Scorecard, 'submittedAt'>): boolean => s.submittedAt !== undefined;

/**
 * The scorecards for `candidateId` that `viewer` may see, in input order. Until the viewer
 * has submitted at least one scorecard for the candidate they see only their own (drafts
 * included); after that they also see everyone else's submitted ones. Others' drafts are
 * never shown.
 */
export function visibleScorecards<S extends Scorecard>(
  scorecards: readonly S[],
  candidateId: string,
  viewer: InterviewerRef,
): S[] {
  const me = interviewerKey(viewer);
  const forCandidate = scorecards.filter((s) => s.candidateId === candidateId);
  const mine = (s: S) => interviewerKey(s.interviewer) === me;
  const hasSubmitted = forCandidate.some((s) => mine(s) && isSubmitted(s));
  return forCandidate.filter((s) => mine(s) || (hasSubmitted && isSubmitted(s)));
}

export interface ExpectedScorecard {
  stageId: string;
  interviewer: InterviewerRef;
  /** `interviewerKey(interviewer)`. */
  key: string;
}

/**
 * One scorecard per interviewer per loop stage the candidate has reached (has a move to),
 * in loop order. Debriefs expect none: they weigh the evidence with the decision view
 * open, so waiting for them would keep it shut (the process audit counts the same way).
 * Moves to stages outside the loop expect nothing (the audit reports them); an
 * interviewer listed twice on a stage is expected once.
 */
export function expectedScorecards(
  candidate: Pick<Candidate, 'moves'>,
  loop: Pick<InterviewLoop, 'stages'>,
): ExpectedScorecard[] {
  const reached = new Set(candidate.moves.map((m) => m.stageId));
  const expected: ExpectedScorecard[] = [];
  for (const stage of loop.stages) {
    if (stage.kind === 'debrief' || !reached.has(stage.id)) continue;
    const seen = new Set<string>();
    for (const interviewer of stage.interviewers) {
      const key = interviewerKey(interviewer);
      if (seen.has(key)) continue;
      seen.add(key);
      expected.push({ stageId: stage.id, interviewer, key });
    }
  }
  return expected;
}

/** The hiring manager's recorded choice to open the decision view before every scorecard is in. */
export interface EarlyOpenChoice {
  at: string;
  by: string;
  reason?: string;
}

export interface DecisionViewState {
  open: boolean;
  /**
   * Why it is open or not: every expected scorecard is in ("complete", also when nothing
   * is expected), a decision is already recorded ("decided": its record must stay
   * readable), the manager chose to open early ("early-choice"), or not yet ("waiting").
   */
  reason: 'complete' | 'decided' | 'early-choice' | 'waiting';
  expected: number;
  /** Expected scorecards not yet submitted, in loop order; listed even when open early. */
  missing: ExpectedScorecard[];
}

/**
 * Whether the decision view for `candidate` may open. An expected scorecard is in when a
 * submitted scorecard for the candidate has the same stage and interviewer.
 */
export function decisionViewOpen(
  candidate: Pick<Candidate, 'id' | 'moves' | 'decision'>,
  loop: Pick<InterviewLoop, 'stages'>,
  scorecards: readonly Scorecard[],
  earlyChoice?: EarlyOpenChoice,
): DecisionViewState {
  const expected = expectedScorecards(candidate, loop);
  const submitted = new Set<string>();
  for (const s of scorecards) {
    if (s.candidateId === candidate.id && isSubmitted(s)) submitted.add(`${s.stageId}|${interviewerKey(s.interviewer)}`);
  }
  const missing = expected.filter((e) => !submitted.has(`${e.stageId}|${e.key}`));
  const reason =
    missing.length === 0 ? 'complete' : candidate.decision ? 'decided' : earlyChoice ? 'early-choice' : 'waiting';
  return { open: reason !== 'waiting', reason, expected: expected.length, missing };
}
