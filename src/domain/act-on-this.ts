/**
 * "Act on this": turns the insights into next steps a manager can take, most pressing
 * first. A gap can be hired for (draft an opening) or grown into (plan onboarding or
 * pairing for someone who wants to grow there); a single point of failure is spread by
 * pairing the lone expert with a learner.
 *
 * Growth partners are chosen for a reason (see `suggestPartner`), and the reason is said.
 */
import type { CapabilityCoverage, Insights } from './insights.ts';
import type { OnboardingPlan } from '../schemas/onboarding.ts';
import { capitalise, plural } from './words.ts';

export type NextStep =
  | { kind: 'draft-opening'; capabilityIds: string[] }
  | { kind: 'plan-growth'; personId: string; capabilityId: string; mentorId?: string };

export interface Step {
  label: string;
  step: NextStep;
  /** Why this partner, beside the suggestion. */
  why?: string;
}

export interface Action {
  /** What is wrong, in a sentence. */
  problem: string;
  capabilityId: string;
  /** The capability's name, to head the group of steps with. */
  capability: string;
  severity: 'gap' | 'single-point-of-failure';
  /** Every step, in the order they are suggested. */
  steps: Step[];
  /** The one step to take first (see `primaryStep`), shown prominently... */
  primary: Step;
  /** ...and the other steps, shown as smaller alternatives. */
  others: Step[];
}

/**
 * The step to take first among a gap's or single point of failure's steps: growing someone who
 * wants to grow there, with a partner already strong in it, is quicker and cheaper than a hire
 * and spreads the knowledge; with nobody to learn from (or nobody who wants to), the opening.
 */
export function primaryStep(steps: readonly Step[]): Step | undefined {
  return steps.find((s) => s.step.kind === 'plan-growth' && s.step.mentorId !== undefined) ?? steps.find((s) => s.step.kind === 'draft-opening') ?? steps[0];
}

function grouped(action: Omit<Action, 'primary' | 'others'>): Action {
  const primary = primaryStep(action.steps)!;
  return { ...action, primary, others: action.steps.filter((s) => s !== primary) };
}

export interface Names {
  person: (id: string) => string;
  capability: (id: string) => string;
  /** A level's name on its capability's scale ("Expert who teaches"), when it has one. */
  level?: (capabilityId: string, level: number) => string | undefined;
}

/** What else is known about the people, to choose partners with. */
export interface PartnerContext {
  /** How many people each person already mentors (see `mentoringLoad`); missing means none. */
  mentoring?: ReadonlyMap<string, number>;
}

/**
 * Who already mentors whom: for each buddy of an onboarding item not done yet, how many
 * different people they are helping.
 */
export function mentoringLoad(plans: readonly Pick<OnboardingPlan, 'personId' | 'items'>[]): Map<string, number> {
  const learners = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const item of plan.items) {
      if (!item.buddyId || item.status === 'done' || item.buddyId === plan.personId) continue;
      let set = learners.get(item.buddyId);
      if (!set) learners.set(item.buddyId, (set = new Set()));
      set.add(plan.personId);
    }
  }
  return new Map([...learners].map(([id, set]) => [id, set.size]));
}

export interface Partner {
  personId: string;
  /** "level 4 Expert who teaches; carries no capability alone; mentors nobody yet". */
  why: string;
}

/**
 * The best growth partner for `learnerId` in a capability, among the people strong in it:
 * first whoever carries the fewest capabilities alone (a bottleneck's time is the scarcest,
 * and pairing spreads load, not piles it on), then the higher level (the top of the scale
 * teaches), then whoever mentors fewest people already, then by name.
 */
export function suggestPartner(
  cov: Pick<CapabilityCoverage, 'capabilityId' | 'strong' | 'strongLevels'>,
  learnerId: string,
  insights: Pick<Insights, 'singlePointsOfFailure'>,
  names: Names,
  context: PartnerContext = {},
): Partner | undefined {
  const lone = new Map<string, number>();
  for (const s of insights.singlePointsOfFailure) lone.set(s.personId, (lone.get(s.personId) ?? 0) + 1);
  const options = cov.strong
    .map((personId, i) => ({ personId, level: cov.strongLevels[i] ?? 0, lone: lone.get(personId) ?? 0, mentoring: context.mentoring?.get(personId) ?? 0 }))
    .filter((o) => o.personId !== learnerId);
  options.sort(
    (a, b) => a.lone - b.lone || b.level - a.level || a.mentoring - b.mentoring || names.person(a.personId).localeCompare(names.person(b.personId)),
  );
  const best = options[0];
  if (!best) return undefined;
  const levelName = names.level?.(cov.capabilityId, best.level);
  const why = [
    `level ${best.level}${levelName ? ` ${levelName}` : ''}`,
    best.lone === 0 ? 'carries no capability alone' : `the only strong person in ${plural(best.lone, 'capability', 'capabilities')}`,
    best.mentoring === 0 ? 'mentors nobody yet' : `already mentors ${plural(best.mentoring, 'person', 'people')}`,
  ].join('; ');
  return { personId: best.personId, why: `${names.person(best.personId)}: ${why}` };
}

export function actOnThis(insights: Insights, names: Names, context: PartnerContext = {}): Action[] {
  const actions: Action[] = [];

  for (const gap of insights.gaps) {
    const name = names.capability(gap.capabilityId);
    const have = gap.meeting.length;
    const problem =
      have === 0
        ? `Nobody is at level ${gap.target.level} or above in ${name}; the target is ${gap.target.people}.`
        : capitalise(`${name} has ${have} of the ${gap.target.people} people it needs at level ${gap.target.level} or above.`);
    actions.push(grouped({
      problem,
      capabilityId: gap.capabilityId,
      capability: name,
      severity: 'gap',
      steps: [
        { label: `Draft an opening for ${name}`, step: { kind: 'draft-opening', capabilityIds: [gap.capabilityId] } },
        ...gap.wantToGrow
          .filter((personId) => !gap.meeting.includes(personId))
          .slice(0, 3)
          .map((personId) => {
            const partner = suggestPartner(gap, personId, insights, names, context);
            return {
              label: `Plan growth for ${names.person(personId)} in ${name}${partner ? ` with ${names.person(partner.personId)}` : ''}`,
              step: { kind: 'plan-growth' as const, personId, capabilityId: gap.capabilityId, mentorId: partner?.personId },
              ...(partner ? { why: partner.why } : {}),
            };
          }),
      ],
    }));
  }

  // Single points of failure that are not already listed as gaps.
  const listed = new Set(actions.map((a) => a.capabilityId));
  for (const { capabilityId, personId } of insights.singlePointsOfFailure) {
    if (listed.has(capabilityId)) continue;
    const name = names.capability(capabilityId);
    const learners = insights.coverage.find((c) => c.capabilityId === capabilityId)?.wantToGrow.filter((id) => id !== personId) ?? [];
    actions.push(grouped({
      problem: `Only ${names.person(personId)} is strong in ${name}: a single point of failure.`,
      capabilityId,
      capability: name,
      severity: 'single-point-of-failure',
      steps: learners.length
        ? learners.slice(0, 3).map((learner) => ({
            label: `Pair ${names.person(learner)} with ${names.person(personId)} on ${name}`,
            step: { kind: 'plan-growth' as const, personId: learner, capabilityId, mentorId: personId },
          }))
        : [{ label: `Draft an opening for ${name}`, step: { kind: 'draft-opening', capabilityIds: [capabilityId] } }],
    }));
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
