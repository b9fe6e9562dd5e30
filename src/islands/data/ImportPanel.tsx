/**
 * Import: choose a file → the import worker checks it and compares it with the
 * workspace → a preview says what will be added, changed and removed → the manager
 * picks replace or merge → the worker writes it in one transaction. Until the last
 * step nothing is written; a failure at any step leaves data as it was.
 */
import { markCountsAsIntended, snapshotBeforeImport, snapshotWithImport } from '../../state/recovery.ts';
import { createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { openImportSession, type ImportSession } from '../../io/import-session.ts';
import type { ImportFailure } from '../../io/problems.ts';
import type { WriteProgress } from '../../db/workspace.ts';
import type { ImportMode, ImportPreview } from '../../domain/import-preview.ts';
import { describeError } from '../../domain/errors.ts';
import { plural } from '../../domain/words.ts';
import ImportRefusal from '../../components/ImportRefusal.tsx';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'refused'; fileName: string; failure: ImportFailure }
  | { kind: 'ready'; fileName: string; previews: Record<ImportMode, ImportPreview> }
  | { kind: 'writing'; fileName: string; progress: WriteProgress }
  | { kind: 'done'; fileName: string; records: number; mode: ImportMode }
  | { kind: 'write-failed'; fileName: string; message: string };

const number = new Intl.NumberFormat('en-GB');

export default function ImportPanel() {
  const [step, setStep] = createSignal<Step>({ kind: 'idle' });
  const [mode, setMode] = createSignal<ImportMode>('merge');
  let input: HTMLInputElement | undefined;

  let session: ImportSession | undefined;
  const endSession = () => {
    session?.close();
    session = undefined;
  };
  onCleanup(endSession);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const fileName = file.name;
    endSession();
    const current = (session = openImportSession());
    setStep({ kind: 'checking', fileName });
    // What a replace would remove is kept as a recovery snapshot first: from the read the check
    // makes for its preview, written by another worker while the file is validated.
    await snapshotWithImport(current);
    const outcome = await current.check(file);
    if (outcome.type === 'refused') {
      endSession();
      setStep({ kind: 'refused', fileName, failure: outcome.failure });
    } else if (outcome.type === 'failed') {
      endSession();
      setStep({ kind: 'write-failed', fileName, message: outcome.message });
    } else {
      setMode(outcome.workspaceEmpty ? 'replace' : 'merge');
      setStep({ kind: 'ready', fileName, previews: outcome.previews });
    }
  };

  const commit = async (fileName: string) => {
    const chosen = mode();
    try {
      if (!session) throw new Error('choose the file again');
      // A failed snapshot does not stop the import.
      if (chosen === 'replace') await snapshotBeforeImport();
      const records = await session.commit(chosen, (progress) => setStep({ kind: 'writing', fileName, progress }));
      if (chosen === 'replace') await markCountsAsIntended();
      setStep({ kind: 'done', fileName, mode: chosen, records });
    } catch (e) {
      setStep({ kind: 'write-failed', fileName, message: e instanceof Error && e.message.startsWith('Could not') ? e.message : describeError(e, 'import the file') });
    }
    endSession();
    if (input) input.value = '';
  };

  const reset = () => {
    endSession();
    setStep({ kind: 'idle' });
    if (input) {
      input.value = '';
      input.focus();
    }
  };

  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a workspace</h2>
      <p>
        Choose a file exported from Turbine. It is checked completely before anything is written, and you see what it
        will change first.
      </p>
      <div class="row">
        <label for="import-file">Workspace file</label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          disabled={step().kind === 'checking' || step().kind === 'writing'}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        <Switch>
          <Match when={step().kind === 'checking'}>
            <p role="status">Checking {(step() as { fileName: string }).fileName}…</p>
          </Match>
          <Match when={step().kind === 'writing' && (step() as Extract<Step, { kind: 'writing' }>)}>
            {(s) => (
              <div role="status">
                <label for="import-progress">
                  Writing {number.format(s().progress.written)} of {number.format(s().progress.total)} records…
                </label>
                <progress id="import-progress" max={Math.max(1, s().progress.total)} value={s().progress.written} />
              </div>
            )}
          </Match>
          <Match when={step().kind === 'done' && (step() as Extract<Step, { kind: 'done' }>)}>
            {(s) => (
              <div class="notice ok" role="status">
                <p>
                  Imported {s().fileName}: {plural(s().records, 'record')}{' '}
                  {s().mode === 'replace' ? 'now make up your workspace' : 'merged into your workspace'}.
                </p>
              </div>
            )}
          </Match>
        </Switch>
      </div>
      <Switch>
        <Match when={step().kind === 'refused' && (step() as Extract<Step, { kind: 'refused' }>)}>
          {(s) => (
            <ImportRefusal
              fileName={s().fileName}
              headline={s().failure.headline}
              problems={s().failure.problems}
              more={s().failure.total - s().failure.problems.length}
              unchanged="Your workspace is unchanged."
            />
          )}
        </Match>
        <Match when={step().kind === 'write-failed' && (step() as Extract<Step, { kind: 'write-failed' }>)}>
          {(s) => (
            <div class="notice error" role="alert">
              <h3>Nothing was imported</h3>
              <p>{s().message}</p>
              <p>Your workspace is as it was before.</p>
            </div>
          )}
        </Match>
        <Match when={step().kind === 'ready' && (step() as Extract<Step, { kind: 'ready' }>)}>
          {(s) => (
            <Preview
              fileName={s().fileName}
              previews={s().previews}
              mode={mode()}
              onMode={setMode}
              onImport={() => void commit(s().fileName)}
              onCancel={reset}
            />
          )}
        </Match>
      </Switch>
    </section>
  );
}


function Preview(props: {
  fileName: string;
  previews: Record<ImportMode, ImportPreview>;
  mode: ImportMode;
  onMode: (m: ImportMode) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const preview = () => props.previews[props.mode];
  const rows = () => preview().kinds.filter((k) => k.inFile + k.removed + k.kept > 0);
  const lastColumn = () => (props.mode === 'replace' ? 'Removed' : 'Kept');
  return (
    <div class="stack">
      <p class="notice ok" role="status">
        {props.fileName} is a valid Turbine workspace with {number.format(preview().totals.inFile)} records.
      </p>
      <fieldset>
        <legend>How to import</legend>
        <div>
          <input type="radio" id="mode-merge" name="import-mode" value="merge" checked={props.mode === 'merge'} onChange={() => props.onMode('merge')} />
          <label for="mode-merge">Merge into my workspace</label>
          <span class="muted"> — add new records, update those with the same id, keep the rest</span>
        </div>
        <div>
          <input type="radio" id="mode-replace" name="import-mode" value="replace" checked={props.mode === 'replace'} onChange={() => props.onMode('replace')} />
          <label for="mode-replace">Replace my workspace</label>
          <span class="muted"> — afterwards the workspace holds exactly what the file holds</span>
        </div>
      </fieldset>
      <table>
        <caption class="muted">What the import will do</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" class="num">In file</th>
            <th scope="col" class="num">New</th>
            <th scope="col" class="num">Changed</th>
            <th scope="col" class="num">Unchanged</th>
            <th scope="col" class="num">{lastColumn()}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td class="num">{number.format(r.inFile)}</td>
                <td class="num">{number.format(r.added)}</td>
                <td class="num">{number.format(r.changed)}</td>
                <td class="num">{number.format(r.unchanged)}</td>
                <td class="num">{number.format(props.mode === 'replace' ? r.removed : r.kept)}</td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="num">{number.format(preview().totals.inFile)}</td>
            <td class="num">{number.format(preview().totals.added)}</td>
            <td class="num">{number.format(preview().totals.changed)}</td>
            <td class="num">{number.format(preview().totals.unchanged)}</td>
            <td class="num">{number.format(props.mode === 'replace' ? preview().totals.removed : preview().totals.kept)}</td>
          </tr>
        </tfoot>
      </table>
      <Show when={props.mode === 'replace' && preview().totals.removed > 0}>
        <p class="notice warn">
          Replacing removes {plural(preview().totals.removed, 'record')} that {preview().totals.removed === 1 ? 'is' : 'are'} not in the file. Export your
          workspace first if you may want them back.
        </p>
      </Show>
      <div class="row">
        <button type="button" onClick={() => props.onImport()}>
          {props.mode === 'replace' ? 'Replace workspace' : 'Merge into workspace'}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
