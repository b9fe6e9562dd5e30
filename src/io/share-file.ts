/**
 * The checks every file Turbine shares between managers (a capability library, an
 * interview loop) gets before its data is read: valid JSON, its own format (a whole
 * workspace file is sent to Data → Import), and a version this Turbine can read. Each
 * reader then validates its data; problems carry the JSON path.
 */
import { WORKSPACE_FORMAT } from '../schemas/format.ts';
import type { Problem } from './problems.ts';
import { findJsonSyntaxError } from './json-error.ts';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ShareFileKind {
  format: string;
  version: number;
  /** As in "it is not a Turbine capability library". */
  what: string;
  /** As in "its format version": "library", "loop". */
  versionName: string;
  /** As in "a capability library has "format": …". */
  called: string;
  /** Where a manager exports one, e.g. "Design → Capabilities". */
  exportFrom: string;
  /** The headline's end when a workspace file is chosen: "not a capability library". */
  notWorkspace: string;
  /** What to do with a workspace file instead. */
  workspaceHint: string;
}

export type ShareFileCheck = { ok: true; raw: Record<string, unknown> } | { ok: false; reason: string; problems: Problem[] };

export function checkShareFile(text: string, kind: ShareFileKind): ShareFileCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'it is not valid JSON', problems: [jsonProblem(e, text)] };
  }
  if (!isRecord(raw) || raw.format !== kind.format) {
    if (isRecord(raw) && raw.format === WORKSPACE_FORMAT)
      return { ok: false, reason: `it is a whole Turbine workspace, ${kind.notWorkspace}`, problems: [{ path: '$.format', message: kind.workspaceHint }] };
    const found = isRecord(raw) ? (raw.format === undefined ? '"format" is missing' : `"format" is ${JSON.stringify(raw.format)}`) : 'the file does not hold an object';
    return {
      ok: false,
      reason: `it is not a Turbine ${kind.what}`,
      problems: [{ path: isRecord(raw) ? '$.format' : '$', message: `${found}; ${kind.called} has "format": "${kind.format}". Export one from ${kind.exportFrom}.` }],
    };
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'it does not say which version of the format it uses', problems: [{ path: '$.formatVersion', message: 'must be a whole number from 1' }] };
  if (version > kind.version)
    return {
      ok: false,
      reason: `it was written by a newer Turbine (${kind.versionName} format version ${version}; this one reads up to ${kind.version})`,
      problems: [{ path: '$.formatVersion', message: `is ${version}. Reload Turbine to update it, then import again.` }],
    };
  return { ok: true, raw };
}

/** Where the text stops being JSON, in Turbine's words: never the engine's message, which may quote the file back. */
export function jsonProblem(_e: unknown, text: string): Problem {
  const error = findJsonSyntaxError(text);
  if (!error) return { path: 'the file', message: 'is not valid JSON. Check that the file was not cut short or edited by hand.' };
  const where = `line ${error.line}, column ${error.column}`;
  // A file that ends too soon already says it may have been cut short.
  const advice = error.what.includes('cut short') ? '' : ' Check that the file was not cut short or edited by hand.';
  return { path: where, message: `not valid JSON at ${where}: ${error.what}.${advice}` };
}

/** A shared file's name: "turbine-<what>-<the record's name as a slug>-<day>.json". */
export function shareFileName(what: string, name: string, day: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || what;
  return `turbine-${what}-${slug}-${day}.json`;
}
