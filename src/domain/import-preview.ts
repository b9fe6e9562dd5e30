/**
 * What an import would do, kind by kind, before the manager commits to it.
 * "Replace" makes the workspace equal to the file; "merge" adds the file's records
 * and updates those with the same id, keeping everything else.
 */
import { kindLabels, kinds, type RecordKind } from '../schemas/kinds.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';
import { sameRecord } from './same-record.ts';

export type ImportMode = 'replace' | 'merge';

export interface KindPreview {
  kind: RecordKind;
  label: string;
  inFile: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Replace: records in the workspace that the file does not have and that will go. */
  removed: number;
  /** Merge: records in the workspace that the file does not have and that stay. */
  kept: number;
}

export interface ImportPreview {
  kinds: KindPreview[];
  totals: Omit<KindPreview, 'kind' | 'label'>;
}

export function previewImport(incoming: WorkspaceData, existing: WorkspaceData, mode: ImportMode): ImportPreview {
  const rows = kinds.map((kind): KindPreview => {
    const current = new Map<string, unknown>(existing[kind].map((r) => [r.id, r]));
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    const fileIds = new Set<string>();
    for (const record of incoming[kind]) {
      fileIds.add(record.id);
      const before = current.get(record.id);
      if (before === undefined) added++;
      else if (sameRecord(before, record)) unchanged++;
      else changed++;
    }
    const notInFile = existing[kind].reduce((n, r) => n + (fileIds.has(r.id) ? 0 : 1), 0);
    return {
      kind,
      label: kindLabels[kind],
      inFile: incoming[kind].length,
      added,
      changed,
      unchanged,
      removed: mode === 'replace' ? notInFile : 0,
      kept: mode === 'merge' ? notInFile : 0,
    };
  });
  const totals = { inFile: 0, added: 0, changed: 0, unchanged: 0, removed: 0, kept: 0 };
  for (const r of rows) for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += r[key];
  return { kinds: rows, totals };
}
