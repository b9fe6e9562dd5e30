/** The numbers Home shows for each phase, read cheaply (counts and small tables only). */
import { database } from './database.ts';
import { groupKeys } from './record-store.ts';
import { isWorkspaceEmpty, readSettings } from './workspace.ts';
import type { Settings } from '../schemas/settings.ts';
import { openActionItems, overdueOneOnOnes, type OpenActionItem, type OverdueOneOnOne } from '../domain/one-on-ones.ts';
import { dayOf, daysBetween, localToday } from '../domain/dates.ts';
import { overdueItemsOf } from '../domain/workdays.ts';

export interface WorkspaceSummary {
  settings: Settings;
  hasData: boolean;
  hasSample: boolean;
  /** People are the current ones (not moved on); `peopleRated` counts only them. */
  design: { teamName?: string; people: number; movedOn: number; capabilities: number; peopleRated: number; decisions: number };
  hire: { openOpenings: number; openings: number; activeCandidates: number; candidates: number };
  /** Cross-phase signals: recent hires that raised the coverage of a capability. */
  hireSignals: HireSignal[];
  /** Plans in progress have started and have items not done; overdue items are not done and due before today. */
  learn: { plans: number; inProgress: number; openItems: number; doneItems: number; overdueItems: number; systems: number };
  grow: { checkInsThisQuarter: number; peopleWithCheckIn: number; checkIns: number };
  /** Whether the workspace has a first-90-days plan (Home then loads its lines). */
  hasPlan: boolean;
}

/** A hire that changed the team design: "this hire raises coverage of X from 1 to 2". */
export interface HireSignal {
  candidateId: string;
  name: string;
  at: string;
  /** The hire's start date: until then the coverage rise is still to come. */
  startDate?: string;
  rises: { capabilityId: string; name: string; from: number; to: number }[];
}

/** How long after a hire (or after their start date, when later) Home keeps saying what it changed. */
export const HIRE_SIGNAL_DAYS = 30;

/**
 * Recent hires' coverage signals, newest first. The signal is worked out once, when the
 * candidate joins the team, and stored on the candidate: here it is an index lookup of
 * the (few) hired candidates instead of a pass over the whole matrix history.
 */
async function readHireSignals(today: string, people: readonly { id: string; startDate?: string }[]): Promise<HireSignal[]> {
  const hired = await database().candidates.where('status').equals('hired').toArray();
  const startOf = new Map(people.map((p) => [p.id, p.startDate]));
  return hired
    .flatMap((c) => {
      if (!c.hireSignal || c.hireSignal.rises.length === 0) return [];
      const startDate = c.personId ? startOf.get(c.personId) : undefined;
      const from = startDate && startDate > dayOf(c.hireSignal.at) ? startDate : c.hireSignal.at;
      if (daysBetween(from, today) > HIRE_SIGNAL_DAYS) return [];
      return [{ candidateId: c.id, name: c.name, at: c.hireSignal.at, ...(startDate ? { startDate } : {}), rises: c.hireSignal.rises }];
    })
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 3);
}

export async function readSummary(quarter: string, today: string = localToday()): Promise<WorkspaceSummary> {
  const db = database();
  // Counts of rows only: Home must stay fast with tens of thousands of assessments and scorecards.
  const [empty, settings, teams, people, capabilities, ratedIds, decisions, openings, activeCandidates, candidates, plans, systems, checkIns, thisQuarter, ninetyDayPlans] =
    await Promise.all([
      isWorkspaceEmpty(),
      readSettings(),
      db.teams.toArray(),
      db.people.toArray(),
      db.capabilities.count(),
      groupKeys(db, 'assessments'),
      db.decisions.count(),
      db.openings.toArray(),
      db.candidates.where('status').equals('active').count(),
      db.candidates.count(),
      db.onboardingPlans.toArray(),
      db.systems.count(),
      db.checkIns.count(),
      db.checkIns.where('quarter').equals(quarter).toArray(),
      db.ninetyDayPlans.count(),
    ]);
  const hireSignals = await readHireSignals(today, people);
  const items = plans.flatMap((p) => p.items);
  const overdue = plans.flatMap((p) => overdueItemsOf(p, today));
  const inProgress = plans.filter((p) => p.startDate <= today && p.items.some((i) => i.status !== 'done'));
  const current = people.filter((p) => p.status !== 'moved-on');
  // Someone who moved on keeps their history, but is no longer one of the people to rate.
  const currentIds = new Set(current.map((p) => p.id));
  const peopleRated = ratedIds.filter((id) => currentIds.has(id)).length;
  // Sample data always includes a team and people, so these small tables tell.
  const hasSample = [teams, people].some((rows) => rows.some((r) => r.sample === true));
  return {
    settings,
    hasData: !empty,
    hasSample,
    design: {
      teamName: teams[0]?.name,
      people: current.length,
      movedOn: people.length - current.length,
      capabilities,
      peopleRated,
      decisions,
    },
    hire: {
      openings: openings.length,
      openOpenings: openings.filter((o) => o.status === 'open').length,
      activeCandidates,
      candidates,
    },
    hireSignals,
    learn: {
      plans: plans.length,
      systems,
      inProgress: inProgress.length,
      overdueItems: overdue.length,
      openItems: items.filter((i) => i.status !== 'done').length,
      doneItems: items.filter((i) => i.status === 'done').length,
    },
    grow: {
      checkIns,
      checkInsThisQuarter: thisQuarter.length,
      peopleWithCheckIn: new Set(thisQuarter.map((c) => c.personId)).size,
    },
    hasPlan: ninetyDayPlans > 0,
  };
}

export interface ConversationsSummary {
  /** People due a 1:1, most urgent first. */
  overdue: OverdueOneOnOne[];
  /** Action items not done yet, oldest 1:1 first. */
  openItems: OpenActionItem[];
}

/**
 * Home's overdue 1:1s and open action items. A query of its own, apart from readSummary:
 * every 1:1 is read whole (their action items live inside them), which with years of 1:1s
 * for hundreds of people is megabytes, and the phase cards must not wait for it. The
 * reading happens in the browser's storage process; the page stays responsive meanwhile.
 */
export async function readConversationsSummary(today: string = localToday()): Promise<ConversationsSummary> {
  const db = database();
  const [people, oneOnOnes] = await Promise.all([db.people.toArray(), db.oneOnOnes.toArray()]);
  return { overdue: overdueOneOnOnes(people, oneOnOnes, today), openItems: openActionItems(people, oneOnOnes) };
}
