/**
 * One entry point for "Import a framework": picks the reader by extension, then by content
 * where an extension is shared (a .yml can be an FT job family or Monzo-style topics).
 */
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { normaliseText } from './common.ts';
import { decodeFrameworkBytes } from './decode.ts';
import { readFtJobFamily } from './ft.ts';
import { readMonzoMarkdown, readMonzoYaml } from './monzo.ts';
import { readCapabilityCsv } from './turbine-csv.ts';
import { readLibraryFile } from './turbine-library.ts';

/** Frameworks are a few hundred kilobytes; anything far larger is another kind of file. */
export const MAX_FRAMEWORK_FILE_BYTES = 5 * 1024 * 1024;

const ACCEPTED =
  'Turbine reads .csv (Turbine capability CSV), .json (Turbine capability library), .md (Monzo progression framework) and .yml or .yaml (Financial Times job family, or Monzo-style topics)';

/** Checks the size before the file is read at all (File.size is in bytes). */
export function checkFrameworkFileSize(fileName: string, bytes: number): FrameworkReadResult | undefined {
  if (bytes === 0) return empty(fileName);
  if (bytes > MAX_FRAMEWORK_FILE_BYTES)
    return {
      ok: false,
      headline: `${fileName} is ${(bytes / (1024 * 1024)).toFixed(1)} MB; Turbine reads framework files up to ${MAX_FRAMEWORK_FILE_BYTES / (1024 * 1024)} MB.`,
      problems: [{ where: fileName, message: 'check that this is a framework file and not another kind of file.' }],
    };
  return undefined;
}

/** A file as the browser hands it over: size first, then its bytes decoded as they were written (decode.ts), then read. */
export function readFrameworkBytes(fileName: string, bytes: Uint8Array): FrameworkReadResult {
  const tooBig = checkFrameworkFileSize(fileName, bytes.length);
  if (tooBig) return tooBig;
  const decoded = decodeFrameworkBytes(fileName, bytes);
  if (!decoded.ok) return decoded;
  const result = readFrameworkFile(fileName, decoded.text);
  if (!result.ok || !decoded.note) return result;
  const note = decoded.note;
  const withNote = (draft: FrameworkDraft): FrameworkDraft => ({ ...draft, notes: [note, ...(draft.notes ?? [])] });
  const draft = withNote(result.draft);
  if (!result.choice) return { ok: true, draft };
  const options = result.choice.options.map((o) => ({ ...o, draft: o.draft === result.draft ? draft : withNote(o.draft) }));
  return { ok: true, draft, choice: { ...result.choice, options } };
}

export function readFrameworkFile(fileName: string, text: string): FrameworkReadResult {
  // UTF-8 never has fewer bytes than UTF-16 code units, so this bound is safe without encoding.
  if (text.length > MAX_FRAMEWORK_FILE_BYTES) return checkFrameworkFileSize(fileName, text.length)!;
  if (normaliseText(text).trim() === '') return empty(fileName);
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  try {
    switch (extension) {
      case 'csv':
      case 'tsv':
        return readCapabilityCsv(fileName, text);
      case 'json':
        return readLibraryFile(fileName, text);
      case 'md':
      case 'markdown':
        return readMonzoMarkdown(fileName, text);
      case 'yml':
      case 'yaml':
        return readYaml(fileName, text);
      default:
        return {
          ok: false,
          headline: `${fileName} is not a kind of file Turbine can read as a framework.`,
          problems: [{ where: fileName, message: `${extension === '' ? 'it has no extension' : `.${extension} is not one of them`}: ${ACCEPTED}.` }],
        };
    }
  } catch (e) {
    // The readers report bad input as problems; reaching here is a bug, and the manager still deserves a message.
    return {
      ok: false,
      headline: `Turbine could not read ${fileName} because of an error in Turbine itself.`,
      problems: [{ where: fileName, message: `${e instanceof Error ? e.message : String(e)}. Nothing was imported; please report this with the file.` }],
    };
  }
}

/** A top-level `topics:` key marks Monzo-style YAML, front matter included; anything else is read as an FT job family. */
function readYaml(fileName: string, text: string): FrameworkReadResult {
  const body = normaliseText(text);
  if (!/^topics\s*:/m.test(body)) return readFtJobFamily(fileName, body);
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const isFrontMatter = lines[first]?.trimEnd() === '---' && lines.slice(first + 1).some((l) => l.trimEnd() === '---');
  return isFrontMatter ? readMonzoMarkdown(fileName, body) : readMonzoYaml(fileName, body);
}

function empty(fileName: string): FrameworkReadResult {
  return { ok: false, headline: `${fileName} is empty.`, problems: [{ where: fileName, message: `choose a framework file with content. ${ACCEPTED}.` }] };
}
