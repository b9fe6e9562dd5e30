/**
 * The stored schema of Turbine's IndexedDB database, one entry per version, never
 * edited once shipped: a new version only adds tables or indexes, and its upgrade
 * (if any) fills new fields so that every record survives. Each version > 1 must have
 * a test in versions.test.ts that fills the previous version and upgrades it.
 */
import Dexie, { type Transaction } from 'dexie';

/**
 * An upgrade step's code, loaded only when an old database is opened: every page ships this
 * file, and few visits ever upgrade. Dexie.waitFor keeps the upgrade transaction open while
 * the module loads (a transaction left without requests would commit).
 */
const load = <M>(module: Promise<M>): Promise<M> => Dexie.waitFor(module);

export interface StoredVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const storedVersions: StoredVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      teams: 'id',
      people: 'id, status',
      levelScales: 'id',
      capabilityAreas: 'id',
      capabilities: 'id, areaId',
      // Grouped rows (see layout.ts): all of a person's assessments in one row.
      assessmentLogs: 'personId',
      oneOnOnes: 'id, personId, date',
      decisions: 'id, date',
      questions: 'id',
      interviewLoops: 'id',
      openings: 'id, status',
      candidates: 'id, openingId, status',
      // Grouped rows: all of a candidate's scorecards in one row.
      scorecardSets: 'candidateId',
      onboardingPlans: 'id, personId',
      checkIns: 'id, personId, quarter',
      ninetyDayPlans: 'id',
    },
  },
  {
    version: 2,
    stores: {
      systems: 'id, externalKey',
      goals: 'id, personId',
    },
    // Format 2 (see src/domain/format-2.ts): scope strings become systems, goals leave check-ins.
    upgrade: async (tx) => {
      const { liftToFormat2 } = await load(import('../domain/format-2.ts'));
      const teams = await tx.table('teams').toArray();
      const checkIns = await tx.table('checkIns').toArray();
      const step = liftToFormat2({ teams, checkIns });
      await tx.table('teams').bulkPut(step.teams);
      await tx.table('checkIns').bulkPut(step.checkIns);
      await tx.table('systems').bulkAdd(step.systems);
      await tx.table('goals').bulkAdd(step.goals);
    },
  },
  {
    version: 3,
    stores: {
      onboardingTemplates: 'id',
    },
    // Format 3 (see src/domain/format-3.ts): onboarding items are due on a workday offset.
    upgrade: async (tx) => {
      const { liftToFormat3 } = await load(import('../domain/format-3.ts'));
      const plans = await tx.table('onboardingPlans').toArray();
      await tx.table('onboardingPlans').bulkPut(liftToFormat3(plans));
    },
  },
  {
    version: 4,
    // Plans by start day: the plans page draws its first page (the newest starts) from this
    // index before it has read every plan's items. An index only; every record stays as it is.
    stores: {
      onboardingPlans: 'id, personId, startDate',
    },
  },
  {
    version: 5,
    stores: {},
    // Format 4 (see src/domain/format-4.ts): check-ins become the structured Grow check-in.
    upgrade: async (tx) => {
      const { liftToFormat4 } = await load(import('../domain/format-4.ts'));
      const checkIns = await tx.table('checkIns').toArray();
      await tx.table('checkIns').bulkPut(liftToFormat4(checkIns));
    },
  },
  {
    version: 6,
    stores: {},
    // Format 5 (see src/domain/format-5.ts): a 90-day plan keeps the tasks each person gets.
    upgrade: async (tx) => {
      const { liftToFormat5 } = await load(import('../domain/format-5.ts'));
      const plans = await tx.table('ninetyDayPlans').toArray();
      await tx.table('ninetyDayPlans').bulkPut(liftToFormat5(plans));
    },
  },
  {
    version: 7,
    stores: {},
    // Format 6 (see src/domain/format-6.ts): a candidate keeps the interview kits given out for them.
    upgrade: async (tx) => {
      const { liftToFormat6 } = await load(import('../domain/format-6.ts'));
      const candidates = await tx.table('candidates').toArray();
      await tx.table('candidates').bulkPut(liftToFormat6(candidates));
    },
  },
];

export const latestVersion = storedVersions[storedVersions.length - 1]!.version;
