/**
 * "Act on this": turns the insights into next steps a manager can take, most pressing
 * first. A gap can be hired for (draft an opening) or grown into (plan onboarding or
 * pairing for someone who wants to grow there); a single point of failure is spread by
 * pairing the lone expert with a learner.
 */
import type { Insights } from './insights.ts';

export type NextStep =
  | { kind: 'draft-opening'; capabilityIds: string[] }
  | { kind: 'plan-growth'; personId: string; capabilityId: string; mentorId?: string };

export interface Action {
  /** What is wrong, in a sentence. */
  problem: string;
  capabilityId: string;
  severity: 'gap' | 'single-point-of-failure';
  steps: { label: string; step: NextStep }[];
}

export function actOnThis(insights: Insights, names: { person: (id: string) => string; capability: (id: string) => string }): Action[] {
  const actions: Action[] = [];

  for (const gap of insights.gaps) {
    const name = names.capability(gap.capabilityId);
    const have = gap.meeting.length;
    const problem =
      have === 0
        ? `Nobody is at level ${gap.target.level} or above in ${name}; the target is ${gap.target.people}.`
        : `${name} has ${have} of the ${gap.target.people} people it needs at level ${gap.target.level} or above.`;
    const mentorId = gap.strong[0];
    actions.push({
      problem,
      capabilityId: gap.capabilityId,
      severity: 'gap',
      steps: [
        { label: `Draft an opening for ${name}`, step: { kind: 'draft-opening', capabilityIds: [gap.capabilityId] } },
        ...gap.wantToGrow
          .filter((personId) => !gap.meeting.includes(personId))
          .slice(0, 3)
          .map((personId) => ({
            label: `Plan growth for ${names.person(personId)} in ${name}${mentorId && mentorId !== personId ? ` with ${names.person(mentorId)}` : ''}`,
            step: { kind: 'plan-growth' as const, personId, capabilityId: gap.capabilityId, mentorId: mentorId !== personId ? mentorId : undefined },
          })),
      ],
    });
  }

  // Single points of failure that are not already listed as gaps.
  const listed = new Set(actions.map((a) => a.capabilityId));
  for (const { capabilityId, personId } of insights.singlePointsOfFailure) {
    if (listed.has(capabilityId)) continue;
    const name = names.capability(capabilityId);
    const learners = insights.coverage.find((c) => c.capabilityId === capabilityId)?.wantToGrow.filter((id) => id !== personId) ?? [];
    actions.push({
      problem: `Only ${names.person(personId)} is strong in ${name}: a single point of failure.`,
      capabilityId,
      severity: 'single-point-of-failure',
      steps: learners.length
        ? learners.slice(0, 3).map((learner) => ({
            label: `Pair ${names.person(learner)} with ${names.person(personId)} on ${name}`,
            step: { kind: 'plan-growth' as const, personId: learner, capabilityId, mentorId: personId },
          }))
        : [{ label: `Draft an opening for ${name}`, step: { kind: 'draft-opening', capabilityIds: [capabilityId] } }],
    });
    listed.add(capabilityId);
  }
  return actions;
}

/**
 * Where a next step is carried out: the page (a name in src/state/routes.ts, which builds the
 * address) and the parameters the Hire and Learn pages read.
 */
export type StepPlace =
  | { route: 'hire'; params: { draft: string } }
  | { route: 'learn'; params: { grow: string; capability: string; with?: string | undefined } };

export function stepPlace(step: NextStep): StepPlace {
  if (step.kind === 'draft-opening') return { route: 'hire', params: { draft: step.capabilityIds.join(',') } };
  return { route: 'learn', params: { grow: step.personId, capability: step.capabilityId, with: step.mentorId } };
}
