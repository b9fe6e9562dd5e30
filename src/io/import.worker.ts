/**
 * The whole import runs here, off the page's main thread: reading and validating the
 * file, comparing it with the stored workspace for the preview, and, once the manager
 * confirms, writing it in one transaction. The page only ever receives small messages,
 * so it keeps responding to input even while a file of tens of megabytes goes through.
 *
 * When the page asks for a recovery snapshot of the workspace the import may replace, the
 * check reads the workspace first and hands that same read to a snapshot worker (tens of
 * megabytes read once, not twice), which writes it while this one validates the file; the
 * commit writes nothing before it is kept.
 */
import { checkFileSize, readWorkspaceFile } from './read-workspace-file.ts';
import type { ImportFailure } from './problems.ts';
import { commitImport, readWorkspace, readWorkspaceWithJson, type WriteProgress } from '../db/workspace.ts';
import type { SnapshotReply, SnapshotRequest } from './recovery-snapshot.ts';
import { keepInSnapshotWorker } from './snapshot-session.ts';
import { previewImport, type ImportMode, type ImportPreview } from '../domain/import-preview.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';
import { describeError } from '../domain/errors.ts';

export type ImportRequest =
  /** Keep a snapshot of the workspace the next check reads: sent before that check. */
  { type: 'snapshot'; request: SnapshotRequest } | { type: 'check'; file: File } | { type: 'commit'; mode: ImportMode };

export type ImportReply =
  | { type: 'refused'; failure: ImportFailure }
  | { type: 'checked'; previews: Record<ImportMode, ImportPreview>; workspaceEmpty: boolean }
  | { type: 'progress'; progress: WriteProgress }
  | { type: 'imported'; records: number }
  | { type: 'snapshot'; reply: SnapshotReply }
  | { type: 'failed'; message: string };

const reply = (message: ImportReply) => self.postMessage(message);

/** The validated file, kept here between the preview and the manager's confirmation. */
let checked: WorkspaceData | undefined;
/** The snapshot asked for, taken by the next check. */
let snapshotWanted: SnapshotRequest | undefined;
/** The snapshot being kept; a commit waits for it. */
let snapshotKept: Promise<void> = Promise.resolve();

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'snapshot') snapshotWanted = request.request;
  else if (request.type === 'check') await check(request.file);
  else await commit(request.mode);
};

async function check(file: File) {
  checked = undefined;
  const wanted = snapshotWanted;
  snapshotWanted = undefined;
  const tooBig = checkFileSize(file.size);
  if (tooBig) {
    if (wanted) reply({ type: 'snapshot', reply: { ok: false, message: 'The file was too big to check, so no snapshot was needed.' } });
    return reply({ type: 'refused', failure: tooBig });
  }
  let existing: WorkspaceData | undefined;
  if (wanted) {
    try {
      const read = await readWorkspaceWithJson();
      existing = read.data;
      // Written by a snapshot worker of its own (another core) while this one validates the file.
      snapshotKept = keepInSnapshotWorker({ request: wanted, stored: read.json }).then((r) => reply({ type: 'snapshot', reply: r }));
    } catch (e) {
      reply({ type: 'snapshot', reply: { ok: false, message: describeError(e, 'read your workspace for a recovery snapshot') } });
    }
  }
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
    existing ??= await readWorkspace();
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
  // What the import replaces is kept before anything is written (a failed snapshot does not stop it).
  await snapshotKept;
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
