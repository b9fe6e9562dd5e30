/**
 * Onboarding plans: made from a template for one person, with its own start day, so a
 * new hire's first 90 days and an engineer's rotation into a system they do not know are
 * the same kind of plan. Items are due on a workday offset from the start (./workdays.ts),
 * so moving the start moves the whole plan.
 */
import { overdueItemsOf, workdayAfter } from '../workdays.ts';
import type { OnboardingItem, OnboardingPlan, OnboardingPlanKind, OnboardingTemplateItem } from '../../schemas/onboarding.ts';

/** Who, when, with whom and into what: everything a plan needs besides its items. */
export interface PlanSeed {
  personId: string;
  title: string;
  kind: OnboardingPlanKind;
  startDate: string;
  buddyId?: string | undefined;
  systemId?: string | undefined;
  capabilityId?: string | undefined;
  templateId?: string | undefined;
}

/** Item types that are done together with someone: they get the plan's buddy. */
const WITH_BUDDY = new Set<OnboardingItem['type']>(['pair', 'shadow']);

/**
 * A new plan from a template's items: fresh ids, nothing done yet. Items done with
 * someone get the plan's buddy, and in a rotation every item builds what the rotation is
 * into, so completing one can record a new level there.
 */
export function planFromTemplate(seed: PlanSeed, items: readonly Omit<OnboardingTemplateItem, 'id'>[], newId: () => string): OnboardingPlan {
  return {
    id: newId(),
    personId: seed.personId,
    title: seed.title,
    kind: seed.kind,
    startDate: seed.startDate,
    ...(seed.buddyId ? { buddyId: seed.buddyId } : {}),
    ...(seed.systemId ? { systemId: seed.systemId } : {}),
    ...(seed.capabilityId ? { capabilityId: seed.capabilityId } : {}),
    ...(seed.templateId ? { templateId: seed.templateId } : {}),
    items: [...items]
      .sort((a, b) => a.offset - b.offset)
      .map((item) => ({
        ...item,
        id: newId(),
        steps: item.steps.map((s) => ({ title: s.title, done: false })),
        ...(seed.buddyId && WITH_BUDDY.has(item.type) && item.owner === 'learner' ? { buddyId: seed.buddyId } : {}),
        ...(seed.kind === 'rotation' && seed.systemId ? { systemId: seed.systemId } : {}),
        ...(seed.kind === 'rotation' && seed.capabilityId ? { capabilityId: seed.capabilityId } : {}),
        status: 'todo' as const,
      })),
  };
}

/** What a rotation (or an item) builds, in words: "Payments ledger and Reconciliation", or "" when it names neither or they are gone. */
export function intoName(
  target: { systemId?: string | undefined; capabilityId?: string | undefined },
  known: { systems: readonly { id: string; name: string }[]; capabilities: readonly { id: string; name: string }[] },
): string {
  const system = known.systems.find((s) => s.id === target.systemId)?.name;
  const capability = known.capabilities.find((c) => c.id === target.capabilityId)?.name;
  return [system, capability].filter(Boolean).join(' and ');
}

/** The day an item is due. */
export function dueOf(plan: Pick<OnboardingPlan, 'startDate'>, item: Pick<OnboardingItem, 'offset'>): string {
  return workdayAfter(plan.startDate, item.offset);
}

export interface PlanProgress {
  done: number;
  total: number;
  /** Not done and due before today, earliest first. */
  overdue: OnboardingItem[];
  /** Not done and due today or later, earliest first. */
  upcoming: OnboardingItem[];
  /** Today is on or after the start and some item is not done. */
  inProgress: boolean;
}

export function planProgress(plan: OnboardingPlan, today: string): PlanProgress {
  const open = plan.items.filter((i) => i.status !== 'done').sort((a, b) => a.offset - b.offset);
  const overdue = new Set(overdueItemsOf(plan, today));
  return {
    done: plan.items.length - open.length,
    total: plan.items.length,
    overdue: open.filter((i) => overdue.has(i)),
    upcoming: open.filter((i) => !overdue.has(i)),
    inProgress: open.length > 0 && plan.startDate <= today,
  };
}

/** An item's status changed on `today`: done keeps the day it was done, undone forgets it. */
export function withStatus(item: OnboardingItem, status: OnboardingItem['status'], today: string): OnboardingItem {
  const { completedOn: _was, ...rest } = item;
  return status === 'done' ? { ...rest, status, completedOn: item.status === 'done' && item.completedOn ? item.completedOn : today } : { ...rest, status };
}

export interface WeekOneThing {
  /** What it is about: "The role", "The buddy", … */
  topic: string;
  /** What to do or say, in a sentence. */
  text: string;
  /** Settled already, from the plan's own data. */
  settled: boolean;
}

/**
 * The five things that matter the week a plan starts: the role, the buddy, the first
 * pairing, the first small change to ship and the check-in rhythm. Each says what the
 * plan already settles and what the manager still has to.
 */
export function weekOneThings(
  plan: OnboardingPlan,
  context: { personName: string; buddyName?: string | undefined; intoName?: string | undefined; nextOneOnOne?: string | undefined; formatDay: (day: string) => string },
): WeekOneThing[] {
  const firstOf = (type: OnboardingItem['type']) => [...plan.items].sort((a, b) => a.offset - b.offset).find((i) => i.type === type);
  const pairing = firstOf('pair');
  const change = firstOf('ship');
  const role =
    plan.kind === 'rotation'
      ? `Tell ${context.personName} why the rotation${context.intoName ? ` into ${context.intoName}` : ''} matters to the team, and what they will own at the end of it.`
      : `Tell ${context.personName} what the team is for, what their role is, and what good looks like at 90 days.`;
  return [
    { topic: 'The role', text: role, settled: false },
    context.buddyName
      ? { topic: 'The buddy', text: `${context.buddyName} is the buddy: introduce them and agree when they pair each week.`, settled: true }
      : { topic: 'The buddy', text: 'Choose a buddy for the plan: someone strong in what it builds who is not mentoring too many people already.', settled: false },
    pairing
      ? { topic: 'The first pairing', text: `${pairing.title} (due ${context.formatDay(dueOf(plan, pairing))}).`, settled: true }
      : { topic: 'The first pairing', text: 'Add a pairing session to the first week.', settled: false },
    change
      ? { topic: 'The first change to ship', text: `${change.title} (due ${context.formatDay(dueOf(plan, change))}).`, settled: true }
      : { topic: 'The first change to ship', text: 'Add a small change to ship in the first weeks, so they see the way to production early.', settled: false },
    context.nextOneOnOne
      ? { topic: 'The check-in rhythm', text: `The next 1:1 is on ${context.formatDay(context.nextOneOnOne)}; keep it weekly while the plan runs.`, settled: true }
      : { topic: 'The check-in rhythm', text: `Plan a weekly 1:1 with ${context.personName} while the plan runs.`, settled: false },
  ];
}
