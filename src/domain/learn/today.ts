/**
 * What Learn asks of the manager today, for Home: the plans in their first week (with the
 * five things that matter then), onboarding items past their due day, the systems one
 * person or nobody knows that no plan is spreading, and people whose finished plan made
 * them strong in a capability an opening still hires for. Each list empties itself as the
 * data says the thing is done.
 */
import { addDays, daysBetween } from '../dates.ts';
import { overdueItemsOf, workdayAfter } from '../workdays.ts';
import { dueOf } from './plans.ts';
import type { SystemKnowledge } from './surface-map.ts';
import type { CapabilityCoverage } from '../insights.ts';
import type { OnboardingPlan } from '../../schemas/onboarding.ts';
import type { Opening } from '../../schemas/hiring.ts';
import type { Person } from '../../schemas/person.ts';

/** How long after a plan's last item is done Home still says what it changed for hiring. */
export const GREW_SIGNAL_DAYS = 30;
/** How far ahead a plan's first week shows, so the manager can prepare it. */
export const WEEK_ONE_AHEAD_DAYS = 7;

export interface LearnTodayInput {
  today: string;
  people: readonly Pick<Person, 'id' | 'name'>[];
  plans: readonly OnboardingPlan[];
  /** The surface map (surfaceMap), riskiest first. */
  map: readonly Pick<SystemKnowledge, 'systemId' | 'name' | 'busFactor' | 'knowers'>[];
  coverage: readonly Pick<CapabilityCoverage, 'capabilityId' | 'name' | 'strong'>[];
  openings: readonly Pick<Opening, 'id' | 'title' | 'status' | 'mustHave' | 'niceToHave'>[];
}

export interface OverdueItem {
  planId: string;
  personName: string;
  title: string;
  due: string;
}

export interface UnplannedSystem {
  systemId: string;
  name: string;
  /** The one person who knows it (id and name), or nobody. */
  knownBy: { personId: string; name: string } | undefined;
}

export interface GrewIntoOpening {
  planId: string;
  personName: string;
  capabilityName: string;
  openings: { id: string; title: string }[];
}

export interface LearnToday {
  /** Plans whose first week is now or about to be, soonest first. */
  weekOne: OnboardingPlan[];
  /** Items not done and due before today, the longest overdue first. */
  overdue: OverdueItem[];
  /** Systems with bus factor 0 or 1 and no unfinished plan into them, riskiest first. */
  unplanned: UnplannedSystem[];
  grew: GrewIntoOpening[];
}

export function learnToday(input: LearnTodayInput): LearnToday {
  const { today } = input;
  const nameOf = new Map(input.people.map((p) => [p.id, p.name]));
  const personName = (id: string) => nameOf.get(id) ?? 'someone no longer on the team';

  const weekOne = input.plans
    .filter((p) => p.startDate <= addDays(today, WEEK_ONE_AHEAD_DAYS) && today <= workdayAfter(p.startDate, 4))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));

  const overdue = input.plans
    .flatMap((plan) => overdueItemsOf(plan, today).sort((a, b) => a.offset - b.offset).map((i) => ({ planId: plan.id, personName: personName(plan.personId), title: i.title, due: dueOf(plan, i) })))
    .sort((a, b) => a.due.localeCompare(b.due) || a.personName.localeCompare(b.personName));

  // A plan spreads a system while any of its items is still to do.
  const spreading = new Set(
    input.plans.flatMap((p) => (p.items.some((i) => i.status !== 'done') ? [p.systemId, ...p.items.map((i) => i.systemId)] : [])).filter((id): id is string => id !== undefined),
  );
  const unplanned = input.map
    .filter((s) => s.busFactor !== null && s.busFactor <= 1 && !spreading.has(s.systemId))
    .map((s) => ({ systemId: s.systemId, name: s.name, knownBy: s.knowers[0] ? { personId: s.knowers[0].personId, name: personName(s.knowers[0].personId) } : undefined }));

  const strongIn = new Map(input.coverage.map((c) => [c.capabilityId, c]));
  const hiring = input.openings.filter((o) => o.status !== 'filled' && o.status !== 'closed');
  const grew = input.plans.flatMap((plan) => {
    const finished = finishedOn(plan);
    if (!finished || daysBetween(finished, today) > GREW_SIGNAL_DAYS) return [];
    const built = new Set([plan.capabilityId, ...plan.items.map((i) => i.capabilityId)].filter((id): id is string => id !== undefined));
    return [...built].flatMap((capabilityId) => {
      const capability = strongIn.get(capabilityId);
      if (!capability || !capability.strong.includes(plan.personId)) return [];
      const openings = hiring.filter((o) => o.mustHave.includes(capabilityId) || o.niceToHave.includes(capabilityId)).map((o) => ({ id: o.id, title: o.title }));
      return openings.length > 0 ? [{ planId: plan.id, personName: personName(plan.personId), capabilityName: capability.name, openings }] : [];
    });
  });

  return { weekOne, overdue, unplanned, grew };
}

/** The day a plan's last item was done, when every item is; undefined while any is still to do. */
function finishedOn(plan: OnboardingPlan): string | undefined {
  if (plan.items.length === 0 || plan.items.some((i) => i.status !== 'done')) return undefined;
  return plan.items.reduce<string | undefined>((last, i) => (i.completedOn && (!last || i.completedOn > last) ? i.completedOn : last), undefined);
}
