/**
 * How each kind of record is laid out in IndexedDB. Most kinds are one row per record.
 * Assessments and scorecards are by far the most numerous (tens of thousands) and are
 * always read per person or per candidate, so they are stored grouped: one row holds all
 * of a person's assessments, another all of a candidate's scorecards. IndexedDB's cost is
 * mostly per row, so this makes imports, exports and the matrix several times faster.
 * The rest of the app sees plain records, and the rest of src/db reads and writes groups
 * through record-store.ts (readGroup, putGroup): only that module handles the rows.
 */
import type { RecordKind } from '../schemas/kinds.ts';

export const groupedKinds = {
  assessments: { table: 'assessmentLogs', key: 'personId', field: 'assessments' },
  scorecards: { table: 'scorecardSets', key: 'candidateId', field: 'scorecards' },
} as const;

export type GroupedKind = keyof typeof groupedKinds;
export type RowKind = Exclude<RecordKind, GroupedKind>;

/**
 * A group's records are kept as one JSON string: IndexedDB copies a string far faster
 * than it clones thousands of small objects, and an export can splice it in as it is.
 */
export interface AssessmentLog {
  personId: string;
  count: number;
  /** JSON array of Assessment records. */
  assessments: string;
}

export interface ScorecardSet {
  candidateId: string;
  count: number;
  /** JSON array of Scorecard records. */
  scorecards: string;
}

export function isGrouped(kind: RecordKind): kind is GroupedKind {
  return kind in groupedKinds;
}
