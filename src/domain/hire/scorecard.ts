/**
 * When a scorecard is complete enough to submit. A submitted scorecard is final and feeds
 * calibration, so a capability left blank would read as "not assessed" where the interviewer
 * simply forgot: every capability the stage assesses needs a score or an explicit "no signal"
 * (a null score). A draft may stay incomplete.
 */
import type { InterviewLoop, Scorecard } from '../../schemas/hiring.ts';

type Stage = Pick<InterviewLoop['stages'][number], 'capabilityIds'>;

/** The capabilities the stage assesses that the scorecard neither scores nor marks "no signal", in the stage's order. */
export function unscoredCapabilities(stage: Stage, scores: readonly Pick<Scorecard['scores'][number], 'capabilityId'>[]): string[] {
  const scored = new Set(scores.map((s) => s.capabilityId));
  return [...new Set(stage.capabilityIds)].filter((id) => !scored.has(id));
}
