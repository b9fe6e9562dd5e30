/** Writing the whole workspace to one JSON file, wrapped so an import can recognise it. */
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from '../schemas/format.ts';
import { kinds } from '../schemas/kinds.ts';
import { readWorkspaceJson } from '../db/workspace.ts';
import { APP_NAME, APP_VERSION } from '../app-info.ts';
import { dayOf } from '../domain/dates.ts';

/** e.g. turbine-workspace-2026-11-23.json */
export function workspaceFileName(exportedAt: string): string {
  return `turbine-workspace-${dayOf(exportedAt)}.json`;
}

export interface ExportedWorkspace {
  text: string;
  fileName: string;
  records: number;
  /** Records per kind. */
  counts: Record<string, number>;
}

/**
 * The stored workspace as the text of a workspace file. Each kind's records arrive as
 * JSON text from storage and are spliced in, so tens of thousands of records are never
 * rebuilt as objects just to be written out again.
 */
export async function exportWorkspace(exportedAt: string, options: { isBackup: boolean } = { isBackup: true }): Promise<ExportedWorkspace> {
  const stored = await readWorkspaceJson();
  // The file remembers its own export, so a workspace restored from it knows how fresh its backup is.
  // A recovery snapshot is not the user's backup, so it leaves that date as it was.
  const settings = options.isBackup ? { ...stored.settings, lastExportAt: exportedAt } : stored.settings;
  const header = JSON.stringify({
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    exportedAt,
    app: { name: APP_NAME, version: APP_VERSION },
  });
  const body = kinds.map((k) => `${JSON.stringify(k)}:${stored.kinds[k].json}`).join(',');
  const text = `${header.slice(0, -1)},"data":{${body},"settings":${JSON.stringify(settings)}}}`;
  const counts = Object.fromEntries(kinds.map((k) => [k, stored.kinds[k].count]));
  const records = kinds.reduce((n, k) => n + stored.kinds[k].count, 0);
  return { text: asciiOnly(text), fileName: workspaceFileName(exportedAt), records, counts };
}

/**
 * Every non-ASCII character written as a \u escape. The data is the same, but a
 * pure-ASCII file decodes and parses several times faster when it is imported again
 * (browsers take a fast path for one-byte text), which matters at tens of megabytes.
 */
export function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
