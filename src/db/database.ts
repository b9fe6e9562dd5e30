/**
 * Turbine's only database: everything a manager records lives in IndexedDB under
 * the name "turbine" in their own browser. One table per record kind (see
 * src/schemas/workspace.ts) plus a single "settings" row. This is the only module
 * besides the rest of src/db that may touch Dexie.
 */
import Dexie, { type Table } from 'dexie';
import type { RecordOf } from '../schemas/records.ts';
import type { Settings } from '../schemas/settings.ts';
import { storedVersions } from './versions.ts';
import type { AssessmentLog, RowKind, ScorecardSet } from './layout.ts';
import { changeTokenMiddleware } from './change-token.ts';

export type SettingsRow = Settings & { id: 'settings' };

export type TurbineTables = { [K in RowKind]: Table<RecordOf<K>, string> } & {
  assessmentLogs: Table<AssessmentLog, string>;
  scorecardSets: Table<ScorecardSet, string>;
};

// Every kind's table is a typed property (db.people, db.assessments, …), declared
// through interface merging so the list lives in one place: src/schemas/kinds.ts.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface TurbineDB extends TurbineTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TurbineDB extends Dexie {
  declare settings: Table<SettingsRow, string>;

  constructor(name = 'turbine', upToVersion = Infinity, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of storedVersions) {
      if (v.version > upToVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  /** A row-per-record kind's table seen as plain records with an id, for code that treats every kind alike. */
  records(kind: RowKind): Table<{ id: string; sample?: boolean }, string> {
    return super.table(kind);
  }
}

let shared: TurbineDB | undefined;

/** The app's database, opened lazily so static pages that never need it never open it. */
export function database(): TurbineDB {
  if (!shared) {
    shared = new TurbineDB();
    // In a page, every write renews the change token recovery snapshots are checked against.
    if (typeof document !== 'undefined') shared.use(changeTokenMiddleware);
  }
  return shared;
}

/** Tests swap in a database of their own (fake-indexeddb) through this. */
export function useDatabase(db: TurbineDB): void {
  shared = db;
}
