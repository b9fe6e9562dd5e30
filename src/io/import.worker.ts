/**
 * The whole import runs here, off the page's main thread: reading and validating the
 * file, comparing it with the stored workspace for the preview, and, once the manager
 * confirms, writing it in one transaction. The page only ever receives small messages,
 * so it keeps responding to input even while a file of tens of megabytes goes through.
 */
import { checkFileSize, readWorkspaceFile } from './read-workspace-file.ts';
import type { ImportFailure } from './problems.ts';
import { commitImport, readWorkspace, type WriteProgress } from '../db/workspace.ts';
import { previewImport, type ImportMode, type ImportPreview } from '../domain/import-preview.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';
import { describeError } from '../domain/errors.ts';

export type ImportRequest = { type: 'check'; file: File } | { type: 'commit'; mode: ImportMode };

export type ImportReply =
  | { type: 'refused'; failure: ImportFailure }
  | { type: 'checked'; previews: Record<ImportMode, ImportPreview>; workspaceEmpty: boolean }
  | { type: 'progress'; progress: WriteProgress }
  | { type: 'imported'; records: number }
  | { type: 'failed'; message: string };

const reply = (message: ImportReply) => self.postMessage(message);

/** The validated file, kept here between the preview and the manager's confirmation. */
let checked: WorkspaceData | undefined;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'check') await check(request.file);
  else await commit(request.mode);
};

async function check(file: File) {
  checked = undefined;
  const tooBig = checkFileSize(file.size);
  if (tooBig) return reply({ type: 'refused', failure: tooBig });
  let text: string;
  try {
    // Faster than file.text(): TextDecoder takes a fast path for the pure-ASCII files Turbine exports.
    text = new TextDecoder().decode(await file.arrayBuffer());
  } catch (e) {
    return reply({ type: 'failed', message: describeError(e, 'read the file') });
  }
  const result = readWorkspaceFile(text);
  if (!result.ok) return reply({ type: 'refused', failure: result.failure });
  try {
    const existing = await readWorkspace();
    const workspaceEmpty = Object.values(existing).every((v) => !Array.isArray(v) || v.length === 0);
    checked = result.file.data;
    reply({
      type: 'checked',
      workspaceEmpty,
      previews: { merge: previewImport(checked, existing, 'merge'), replace: previewImport(checked, existing, 'replace') },
    });
  } catch (e) {
    reply({ type: 'failed', message: describeError(e, 'read your workspace to compare it with the file') });
  }
}

async function commit(mode: ImportMode) {
  if (!checked) return reply({ type: 'failed', message: 'Choose the file again: it was not checked yet.' });
  try {
    let total = 0;
    await commitImport(checked, mode, (progress) => {
      total = progress.total;
      reply({ type: 'progress', progress });
    });
    checked = undefined;
    reply({ type: 'imported', records: total });
  } catch (e) {
    reply({ type: 'failed', message: describeError(e, 'import the file') });
  }
}
