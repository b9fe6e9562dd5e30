/** Record types per kind, for code that must not pull in Zod at run time (type-only imports are erased). */
import type { z } from 'zod';
import type { recordKinds } from './record-kinds.ts';
import { kinds, type RecordKind } from './kinds.ts';
import type { Settings } from './settings.ts';

export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;
export type WorkspaceRecords = { [K in RecordKind]: RecordOf<K>[] } & { settings?: Settings };

/** A workspace with no records; the same shape as the parsed `WorkspaceData` of workspace.ts. */
export function emptyWorkspace(): WorkspaceRecords {
  return Object.fromEntries(kinds.map((k) => [k, []])) as unknown as WorkspaceRecords;
}
