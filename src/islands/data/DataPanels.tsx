/**
 * Data: where the workspace is kept and how safe it is, export, sample data and
 * starting over. Import has its own panel (ImportPanel.tsx).
 */
import { createEffect, createSignal, on, onMount, Show } from 'solid-js';
import { ensureSnapshot, markCountsAsIntended } from '../../state/recovery.ts';
import { createLiveQuery } from '../../state/live-query.ts';
import { readSummary } from '../../db/summary.ts';
import { clearWorkspace, countRecords, removeSampleData, updateSettings } from '../../db/workspace.ts';
import { exportWorkspaceFile } from '../../io/export-session.ts';
import { formatBytes, readStorageHealth, requestPersistence, type StorageHealth } from '../../state/storage-health.ts';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import Confirm from '../../components/Confirm.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import { thisQuarter } from '../../domain/dates.ts';
import { formatMoment } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import SampleTeamButton from './SampleTeamButton.tsx';
import SampleTeamQuestion from './SampleTeamQuestion.tsx';
import ImportPanel from './ImportPanel.tsx';

const number = new Intl.NumberFormat('en-GB');

export default function DataPanels() {
  const summary = createLiveQuery(() => readSummary(thisQuarter()));
  const counts = createLiveQuery(countRecords);
  const total = () => Object.values(counts.data() ?? {}).reduce((a, b) => a + b, 0);
  return (
    <div class="stack">
      <StoragePanel lastExportAt={summary.data()?.settings.lastExportAt} total={total()} />
      <ExportPanel />
      <ImportPanel />
      <SamplePanel hasSample={summary.data()?.hasSample ?? false} hasData={summary.data()?.hasData ?? false} />
      <StartOverPanel total={total()} />
      <section class="card" aria-labelledby="format-heading">
        <h2 id="format-heading">File format</h2>
        <p>
          A workspace file is JSON with a small wrapper (<code>format</code>, <code>formatVersion</code>,{' '}
          <code>exportedAt</code>, <code>app</code>) around the records. Its full description is published as a{' '}
          <a href={href('schema')}>JSON Schema</a>.
        </p>
      </section>
    </div>
  );
}

function StoragePanel(props: { lastExportAt: string | undefined; total: number }) {
  const [health, setHealth] = createSignal<StorageHealth>();
  const [asked, setAsked] = createSignal<boolean>();
  const refresh = async () => setHealth(await readStorageHealth());
  onMount(() => void refresh());
  const ask = async () => {
    setAsked(await requestPersistence());
    await refresh();
  };
  return (
    <section class="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Where your data lives</h2>
      <p>Everything is stored in this browser, on this device. Nothing is sent anywhere.</p>
      <dl class="facts">
        <dt>Records</dt>
        <dd>{number.format(props.total)}</dd>
        <dt>Space used</dt>
        <dd>
          {formatBytes(health()?.usedBytes)}
          <Show when={health()?.quotaBytes !== undefined}> of {formatBytes(health()?.quotaBytes)} available</Show>
        </dd>
        <dt>Persistent storage</dt>
        <dd>
          {health()?.persistent === true
            ? 'Granted: the browser will not clear Turbine to free space.'
            : health()?.persistent === false
              ? 'Not granted: the browser may clear Turbine’s data when space runs low.'
              : 'Unknown in this browser.'}
        </dd>
        <dt>Last export</dt>
        <dd>{props.lastExportAt ? formatMoment(props.lastExportAt) : 'Never'}</dd>
      </dl>
      <Show when={health()?.persistent === false}>
        <p class="row">
          <button type="button" class="secondary" onClick={() => void ask()}>
            Ask the browser to keep Turbine’s data
          </button>
          <Show when={asked() === false}>
            <span role="status">The browser declined. Export regularly to keep a copy.</span>
          </Show>
        </p>
      </Show>
    </section>
  );
}

function ExportPanel() {
  const action = createAction();
  const exportNow = async () => {
    let done = '';
    const ok = await action.run('export the workspace', async () => {
      const exportedAt = new Date().toISOString();
      const result = await exportWorkspaceFile(exportedAt);
      const url = URL.createObjectURL(result.blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = result.fileName;
      link.click();
      // The download has started from the object URL; it can be released once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      await updateSettings({ lastExportAt: exportedAt });
      done = `Exported ${plural(result.records, 'record')} to ${result.fileName}.`;
    });
    if (ok) action.report(done);
  };
  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>Download the whole workspace as one JSON file. Keep it somewhere safe, or import it in another browser.</p>
      <button type="button" onClick={() => void exportNow()} disabled={action.pending()} aria-busy={action.pending()}>
        {action.pending() ? 'Exporting…' : 'Export workspace'}
      </button>
      <ActionStatus action={action} pendingText="Exporting…" />
    </section>
  );
}

function SamplePanel(props: { hasSample: boolean; hasData: boolean }) {
  // Loading and removing the sample team are reported in one place.
  const action = createAction();
  let heading: HTMLHeadingElement | undefined;
  // Once the sample is gone its button goes too: the focus moves to the panel's heading, not the page's body.
  let justRemoved = false;
  createEffect(
    on(
      () => props.hasSample,
      (has) => {
        if (!has && justRemoved) {
          justRemoved = false;
          heading?.focus();
        }
      },
      { defer: true },
    ),
  );
  const remove = async () => {
    let removed = 0;
    const ok = await action.run('remove the sample data', async () => {
      removed = await removeSampleData();
      await markCountsAsIntended();
    });
    if (!ok) return false;
    action.report(`Removed ${plural(removed, 'sample record')}.`);
    if (props.hasSample) justRemoved = true;
    else heading?.focus();
    return true;
  };
  return (
    <section class="card" aria-labelledby="sample-heading">
      <h2 id="sample-heading" tabindex="-1" ref={heading}>Sample team</h2>
      <Show
        when={props.hasSample}
        fallback={
          <>
            <p>Load a made-up team of eight, with a capability matrix, a hiring loop, onboarding plans and check-ins, to see how Turbine works. It is marked as sample data and can be removed in one click.</p>
            <Show when={props.hasData} fallback={<SampleTeamButton action={action} />}>
              <SampleTeamQuestion action={action} />
            </Show>
          </>
        }
      >
        <p>
          <span class="sample-badge">Sample data</span> The sample team is loaded. Removing it also removes anything
          you added that depends on it (an assessment of a sample person, say).
        </p>
        <Confirm
          question="Remove the sample team and everything that depends on it?"
          confirmLabel="Yes, remove it"
          keepLabel="Keep the sample"
          onConfirm={remove}
          busy={action.pending()}
          disabled={action.pending()}
          onAsk={action.clear}
        >
          Remove sample data
        </Confirm>
      </Show>
      <ActionStatus action={action} pendingText="Removing…" />
    </section>
  );
}

function StartOverPanel(props: { total: number }) {
  const action = createAction();
  const erase = () =>
    action.run(
      'delete the workspace',
      async () => {
        await ensureSnapshot('before starting over');
        await clearWorkspace();
        await markCountsAsIntended();
      },
      'Your workspace is empty. Import a file or start entering your team.',
    );
  return (
    <section class="card" aria-labelledby="start-over-heading">
      <h2 id="start-over-heading">Start over</h2>
      <p>Delete everything Turbine holds in this browser. Export first if you may want it back.</p>
      <Confirm
        variant="panel"
        question={`This deletes ${props.total === 1 ? 'the only record' : `all ${plural(props.total, 'record')}`} in this browser. It cannot be undone.`}
        confirmLabel="Delete everything"
        keepLabel="Keep my data"
        onConfirm={erase}
        busy={action.pending()}
        disabled={props.total === 0}
        onAsk={action.clear}
      >
        Start over…
      </Confirm>
      <ActionStatus action={action} pendingText="Deleting…" />
    </section>
  );
}
