/** Writing the whole workspace to one JSON file, wrapped so an import can recognise it. */
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from '../schemas/format.ts';
import { kinds } from '../schemas/kinds.ts';
import { readWorkspaceJson, type StoredWorkspaceJson } from '../db/workspace.ts';
import { APP_NAME, APP_VERSION } from '../app-info.ts';
import { dayOf } from '../domain/dates.ts';

/** e.g. turbine-workspace-2026-11-23.json */
export function workspaceFileName(exportedAt: string): string {
  return `turbine-workspace-${dayOf(exportedAt)}.json`;
}

export interface ExportedWorkspace {
  /** The file's bytes, in order: ASCII JSON (see asciiBytes). */
  chunks: Uint8Array<ArrayBuffer>[];
  /** Their total length. */
  bytes: number;
  fileName: string;
  records: number;
  /** Records per kind. */
  counts: Record<string, number>;
}

/**
 * The stored workspace as the bytes of a workspace file. Each kind's records arrive as
 * JSON text from storage and are encoded piece by piece, so tens of thousands of records
 * are never rebuilt as objects, nor copied into one giant string, just to be written out.
 */
export async function exportWorkspace(exportedAt: string, options: { isBackup: boolean } = { isBackup: true }): Promise<ExportedWorkspace> {
  return workspaceFileOf(await readWorkspaceJson(), exportedAt, options);
}

/** A workspace already read as JSON text (readWorkspaceJson, readWorkspaceWithJson) as the bytes of a workspace file. */
export function workspaceFileOf(stored: StoredWorkspaceJson, exportedAt: string, options: { isBackup: boolean }): ExportedWorkspace {
  // The file remembers its own export, so a workspace restored from it knows how fresh its backup is.
  // A recovery snapshot is not the user's backup, so it leaves that date as it was.
  const settings = options.isBackup ? { ...stored.settings, lastExportAt: exportedAt } : stored.settings;
  const header = JSON.stringify({
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    exportedAt,
    app: { name: APP_NAME, version: APP_VERSION },
  });
  const pieces: string[] = [`${header.slice(0, -1)},"data":{`];
  for (const k of kinds) pieces.push(`${JSON.stringify(k)}:`, ...stored.kinds[k].pieces, ',');
  pieces.push(`"settings":${JSON.stringify(settings)}}}`);
  const chunks = asciiBytes(pieces);
  const counts = Object.fromEntries(kinds.map((k) => [k, stored.kinds[k].count]));
  const records = kinds.reduce((n, k) => n + stored.kinds[k].count, 0);
  return { chunks, bytes: chunks.reduce((n, c) => n + c.length, 0), fileName: workspaceFileName(exportedAt), records, counts };
}

/** The file's text, for code that reads it back (tests, the JSON Schema check). */
export function textOf(file: ExportedWorkspace): string {
  const decoder = new TextDecoder();
  return file.chunks.map((c) => decoder.decode(c)).join('');
}

/**
 * JSON text as bytes with every non-ASCII character written as a \u escape. The data is
 * the same, but a pure-ASCII file decodes and parses several times faster when it is
 * imported again (browsers take a fast path for one-byte text), which matters at tens of
 * megabytes. ASCII pieces are encoded one after another into one buffer as long as the text
 * (no joined copies of the text, one allocation: at tens of megabytes, allocating is what
 * costs); a piece that is not ASCII becomes a chunk of its own, escaped. Encoding tells which
 * is which at no extra cost: text is ASCII exactly when its UTF-8 bytes are as many as its
 * characters. The chunks are views, in order, to be joined by a Blob or decoded in turn.
 */
export function asciiBytes(pieces: string[]): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let start = 0;
  let at = 0;
  for (const piece of pieces) {
    const { read, written } = encoder.encodeInto(piece, buffer.subarray(at));
    if (read === piece.length && written === piece.length) {
      at += written;
      continue;
    }
    // Not ASCII: what encodeInto wrote is overwritten by the next piece.
    if (at > start) chunks.push(buffer.subarray(start, at));
    chunks.push(escapedBytes(piece));
    start = at;
  }
  if (at > start || chunks.length === 0) chunks.push(buffer.subarray(start, at));
  return chunks;
}

const HEX = new TextEncoder().encode('0123456789abcdef');

/**
 * JSON text as ASCII bytes, every other character written as a \u escape (a surrogate
 * pair as two, as JSON allows). One pass to size the bytes, one to fill them: megabytes of
 * text with an accented name in them cost tens of milliseconds, not a regular expression's
 * callback per character.
 */
function escapedBytes(text: string): Uint8Array<ArrayBuffer> {
  let size = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) size += 5;
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x7f) {
      out[o++] = c;
    } else {
      out[o++] = 0x5c; // \
      out[o++] = 0x75; // u
      out[o++] = HEX[c >> 12]!;
      out[o++] = HEX[(c >> 8) & 15]!;
      out[o++] = HEX[(c >> 4) & 15]!;
      out[o++] = HEX[c & 15]!;
    }
  }
  return out;
}
