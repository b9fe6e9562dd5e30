/**
 * Reading a workspace file, without touching storage: size → JSON → wrapper →
 * file-format migration → schema → unique ids → references. Pure, so it can run
 * in a worker and be tested without a browser. Nothing is written unless this
 * returns ok.
 */
import {
  kinds,
  kindLabels,
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  WorkspaceData,
  WorkspaceFileHeader,
  type RecordKind,
  type WorkspaceFile,
} from '../schemas/workspace.ts';
import { referencesOf } from '../schemas/references.ts';
import { failure, jsonPath, problemsFromZod, type ImportFailure, type Problem } from './problems.ts';
import { migrateFileData } from './migrations.ts';
import { endSentence } from '../domain/words.ts';

/** Large enough for a few hundred people and tens of thousands of scorecards; beyond it a browser tab struggles. */
export const MAX_WORKSPACE_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; file: WorkspaceFile } | { ok: false; failure: ImportFailure };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A size just over the limit would round to the limit itself ("64.0 MB; … up to 64.0 MB"), so it says by how much. */
function sizeOver(bytes: number, limit: number): string {
  if (megabytes(bytes) !== megabytes(limit)) return megabytes(bytes);
  const over = bytes - limit;
  return `${over.toLocaleString('en-GB')} ${over === 1 ? 'byte' : 'bytes'} over ${megabytes(limit)}`;
}

/** Checks the size before the file is read into memory at all. */
export function checkFileSize(bytes: number): ImportFailure | undefined {
  if (bytes === 0) return failure('empty', 'The file is empty. Choose a workspace file exported from Turbine.');
  if (bytes > MAX_WORKSPACE_FILE_BYTES)
    return failure(
      'too-large',
      `The file is ${sizeOver(bytes, MAX_WORKSPACE_FILE_BYTES)}; Turbine reads workspace files up to ${megabytes(MAX_WORKSPACE_FILE_BYTES)}. Check that this is a Turbine export and not another kind of file.`,
    );
  return undefined;
}

export function readWorkspaceFile(text: string): ReadResult {
  // A string has at most as many UTF-16 units as UTF-8 bytes, so this bound is safe and cheap.
  const tooBig = text.length > MAX_WORKSPACE_FILE_BYTES ? checkFileSize(text.length) : undefined;
  if (tooBig) return { ok: false, failure: tooBig };
  if (text.trim() === '') return { ok: false, failure: failure('empty', 'The file is empty. Choose a workspace file exported from Turbine.') };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, failure: failure('not-json', endSentence(`The file is not valid JSON: ${describeJsonError(e, text)}`)) };
  }

  const header = checkHeader(raw);
  if (header) return { ok: false, failure: header };
  const wrapper = raw as Record<string, unknown>;
  const fromVersion = wrapper.formatVersion as number;

  const rawData = wrapper.data;
  if (typeof rawData !== 'object' || rawData === null || Array.isArray(rawData)) {
    return {
      ok: false,
      failure: failure('schema', 'The file has no workspace data.', [{ path: '$.data', message: 'must be an object holding the records' }]),
    };
  }
  const data = migrateFileData(rawData as Record<string, unknown>, fromVersion);

  const parsed = WorkspaceData.safeParse(data);
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error.issues, data, ['data']);
    return { ok: false, failure: failure('schema', `${countOf(problems.length, 'value')} in the file ${problems.length === 1 ? 'is' : 'are'} not what Turbine expects.`, problems) };
  }

  const duplicates = findDuplicateIds(parsed.data);
  if (duplicates.length > 0)
    return { ok: false, failure: failure('duplicate-ids', `${countOf(duplicates.length, 'record')} in the file reuse${duplicates.length === 1 ? 's' : ''} an id already used by another record.`, duplicates) };

  const dangling = findDanglingReferences(parsed.data);
  if (dangling.length > 0)
    return { ok: false, failure: failure('dangling-references', `${countOf(dangling.length, 'reference')} in the file point${dangling.length === 1 ? 's' : ''} to records that are not in it.`, dangling) };

  const header2 = WorkspaceFileHeader.parse(wrapper);
  return { ok: true, file: { ...header2, formatVersion: WORKSPACE_FORMAT_VERSION, data: parsed.data } };
}

function checkHeader(raw: unknown): ImportFailure | undefined {
  const notTurbine = (detail: string, path = '$') =>
    failure('not-turbine', 'This is not a Turbine workspace file. Export one from the Data page of Turbine.', [{ path, message: detail }]);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return notTurbine(`the file holds ${Array.isArray(raw) ? 'a list' : typeof raw === 'object' ? 'null' : `a ${typeof raw}`}, not an object`);
  const obj = raw as Record<string, unknown>;
  if (obj.format !== WORKSPACE_FORMAT)
    return notTurbine(obj.format === undefined ? `"format" is missing (expected "${WORKSPACE_FORMAT}")` : `"format" is ${JSON.stringify(obj.format)}, expected "${WORKSPACE_FORMAT}"`, '$.format');
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return failure('schema', 'The file does not say which version of the format it uses.', [{ path: '$.formatVersion', message: 'must be a whole number from 1' }]);
  if (version > WORKSPACE_FORMAT_VERSION)
    return failure(
      'newer-version',
      `This file was written by a newer Turbine (format version ${version}); this one reads up to version ${WORKSPACE_FORMAT_VERSION}. Reload Turbine to update it, then import again.`,
      [{ path: '$.formatVersion', message: `is ${version}, newest known is ${WORKSPACE_FORMAT_VERSION}` }],
    );
  const header = WorkspaceFileHeader.safeParse(obj);
  if (!header.success) return failure('schema', 'The file header is not what Turbine expects.', problemsFromZod(header.error.issues, obj));
  return undefined;
}

export function findDuplicateIds(data: WorkspaceData): Problem[] {
  const problems: Problem[] = [];
  for (const kind of kinds) {
    const seen = new Map<string, number>();
    data[kind].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, i);
      else problems.push({ path: jsonPath(['data', kind, i, 'id']), message: `repeats the id ${record.id} of $.data.${kind}[${first}]` });
    });
  }
  return problems;
}

export function findDanglingReferences(data: WorkspaceData): Problem[] {
  const ids = new Map<RecordKind, Set<string>>(kinds.map((k) => [k, new Set(data[k].map((r) => r.id))]));
  const problems: Problem[] = [];
  for (const kind of kinds) {
    data[kind].forEach((record, i) => {
      for (const ref of referencesOf(kind, record as never)) {
        if (!ids.get(ref.to)!.has(ref.id))
          problems.push({
            path: jsonPath(['data', kind, i, ...ref.path]),
            message: `points to ${kindLabels[ref.to].toLowerCase()} ${ref.id}, which is not in the file`,
          });
      }
    });
  }
  return problems;
}

function describeJsonError(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  if (at && !/line \d+/.test(message)) {
    const pos = Number(at[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    return `${message} (line ${line}, column ${column})`;
  }
  return message;
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
