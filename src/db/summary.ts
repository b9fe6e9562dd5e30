/** The numbers Home shows for each phase, read cheaply (counts and small tables only). */
import { database } from './database.ts';
import { isWorkspaceEmpty, readSettings } from './workspace.ts';
import type { Settings } from '../schemas/settings.ts';
import { openActionItems, overdueOneOnOnes, type OpenActionItem, type OverdueOneOnOne } from '../domain/one-on-ones.ts';
import { toIsoDate } from '../domain/dates.ts';

export interface WorkspaceSummary {
  settings: Settings;
  hasData: boolean;
  hasSample: boolean;
  design: { teamName?: string; people: number; movedOn: number; capabilities: number; peopleRated: number; decisions: number };
  hire: { openOpenings: number; openings: number; activeCandidates: number; candidates: number };
  learn: { plans: number; openItems: number; doneItems: number };
  grow: { checkInsThisQuarter: number; peopleWithCheckIn: number; checkIns: number };
  /** Every overdue 1:1 (most urgent first) and open action item (oldest first); Home shows the first few. */
  conversations: { overdue: OverdueOneOnOne[]; openItems: OpenActionItem[] };
}

export async function readSummary(quarter: string, today: string = toIsoDate(new Date())): Promise<WorkspaceSummary> {
  const db = database();
  // Counts of rows only: Home must stay fast with tens of thousands of assessments and scorecards.
  // 1:1s are read whole (one row each, a few per person a month) for the overdue and open-item lists.
  const [empty, settings, teams, people, capabilities, peopleRated, decisions, openings, activeCandidates, candidates, plans, checkIns, thisQuarter, oneOnOnes] =
    await Promise.all([
      isWorkspaceEmpty(),
      readSettings(),
      db.teams.toArray(),
      db.people.toArray(),
      db.capabilities.count(),
      db.assessmentLogs.count(),
      db.decisions.count(),
      db.openings.toArray(),
      db.candidates.where('status').equals('active').count(),
      db.candidates.count(),
      db.onboardingPlans.toArray(),
      db.checkIns.count(),
      db.checkIns.where('quarter').equals(quarter).toArray(),
      db.oneOnOnes.toArray(),
    ]);
  const items = plans.flatMap((p) => p.items);
  const current = people.filter((p) => p.status !== 'moved-on');
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
    learn: {
      plans: plans.length,
      openItems: items.filter((i) => i.status !== 'done').length,
      doneItems: items.filter((i) => i.status === 'done').length,
    },
    grow: {
      checkIns,
      checkInsThisQuarter: thisQuarter.length,
      peopleWithCheckIn: new Set(thisQuarter.map((c) => c.personId)).size,
    },
    conversations: {
      overdue: overdueOneOnOnes(people, oneOnOnes, today),
      openItems: openActionItems(people, oneOnOnes),
    },
  };
}
