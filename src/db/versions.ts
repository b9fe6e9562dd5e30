/**
 * The stored schema of Turbine's IndexedDB database, one entry per version, never
 * edited once shipped: a new version only adds tables or indexes, and its upgrade
 * (if any) fills new fields so that every record survives. Each version > 1 must have
 * a test in versions.test.ts that fills the previous version and upgrades it.
 */
import type { Transaction } from 'dexie';

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
];

export const latestVersion = storedVersions[storedVersions.length - 1]!.version;
