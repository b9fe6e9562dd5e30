/**
 * The checks every file Turbine shares between managers (a capability library, an
 * interview loop, an onboarding template) gets before its data is read: valid JSON, its own format (a whole
 * workspace file is sent to Data → Import), and a version this Turbine can read. Each
 * reader then validates its data; problems carry the JSON path.
 */
import { z } from 'zod';
import { WORKSPACE_FORMAT } from '../schemas/format.ts';
import { IsoDateTime, ShortText } from '../schemas/common.ts';
import { problemsFromZod, type Problem } from './problems.ts';
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

/** What every shared file says beside its data: when and by which Turbine it was exported. */
const ShareFileHeader = z.object({ exportedAt: IsoDateTime, app: z.object({ name: ShortText, version: ShortText }) });

/**
 * A shared file whole, wrapper and data, as one schema: what its published JSON Schema is made
 * from. Reading goes through readShareFileData, which checks the same in steps so each refusal
 * can say which.
 */
export function shareFileSchema<D extends z.ZodType>(kind: ShareFileKind, data: D) {
  return ShareFileHeader.extend({ format: z.literal(kind.format), formatVersion: z.number().int().min(1).max(kind.version), data });
}

export type ShareFileRead<T> = { ok: true; data: T } | { ok: false; reason: string; problems: Problem[] };

/**
 * A shared file read whole: a byte-order mark dropped, an empty file refused, the checks of
 * checkShareFile, its header, and its `data` against `schema`, every problem by its JSON path.
 * `holds` says what `data` must be an object holding ("the template").
 */
export function readShareFileData<T>(text: string, kind: ShareFileKind, schema: z.ZodType<T>, holds: string): ShareFileRead<T> {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, reason: 'it is empty', problems: [] };
  const check = checkShareFile(clean, kind);
  if (!check.ok) return check;
  const raw = check.raw;
  const header = ShareFileHeader.safeParse(raw);
  const problems: Problem[] = header.success ? [] : problemsFromZod(header.error.issues, raw);
  const wrong = (): ShareFileRead<T> => ({ ok: false, reason: 'some values are not what Turbine expects', problems });
  if (!isRecord(raw.data)) {
    problems.push({ path: '$.data', message: `must be an object holding ${holds}` });
    return wrong();
  }
  const data = schema.safeParse(raw.data);
  if (!data.success) problems.push(...problemsFromZod(data.error.issues, raw.data, ['data']));
  if (problems.length > 0 || !data.success) return wrong();
  return { ok: true, data: data.data };
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
  // NFKD splits "á" into "a" and its accent; the accent goes, so "Tomás" is "tomas", not "toma-s".
  const slug = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || what;
  return `turbine-${what}-${slug}-${day}.json`;
}
