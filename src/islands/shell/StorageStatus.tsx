/**
 * On every app page: says when storage cannot be trusted (blocked, private window),
 * and when another tab upgraded the database, in which case it reloads the page.
 */
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { openDatabase, onUpgradedElsewhere, onWorkspaceReplacedElsewhere } from '../../db/lifecycle.ts';
import { readStorageHealth } from '../../state/storage-health.ts';
import { registerServiceWorker } from '../../state/service-worker.ts';
import { findLostWorkspace, keepSnapshotsAfterChanges, settleLoss, takeSnapshot, type LostWorkspace } from '../../state/recovery.ts';
import { snapshotFile } from '../../db/snapshots.ts';
import { kindLabels, kindSingular, type RecordKind } from '../../schemas/kinds.ts';
import { plural } from '../../domain/words.ts';
import { describeError } from '../../domain/errors.ts';
import { formatMoment } from '../../domain/day-format.ts';

export default function StorageStatus() {
  const [blocked, setBlocked] = createSignal<string>();
  const [ephemeral, setEphemeral] = createSignal<string>();
  const [upgraded, setUpgraded] = createSignal<'upgraded' | 'deleted'>();
  const [replaced, setReplaced] = createSignal(false);
  const [lost, setLost] = createSignal<LostWorkspace>();

  onMount(() => {
    registerServiceWorker();
    void openDatabase().then(async (outcome) => {
      if (!outcome.ok) return setBlocked(outcome.reason);
      setLost(await findLostWorkspace());
    });
    onCleanup(keepSnapshotsAfterChanges());
    void readStorageHealth().then((h) => setEphemeral(h.ephemeral));
    const stop = onUpgradedElsewhere((why) => {
      setUpgraded(why);
      // Give screen readers a moment to hear the banner before the page goes.
      setTimeout(() => location.reload(), 1500);
    });
    onCleanup(stop);
    // No automatic reload here: the manager may have unsaved text on this page to copy first.
    onCleanup(onWorkspaceReplacedElsewhere(() => setReplaced(true)));
  });

  return (
    <div class="status-bar" role="region" aria-label="Storage status">
      <Show when={upgraded()}>
        <div class="notice warn" role="alert">
          <p>{upgraded() === 'deleted' ? 'Turbine’s storage in this browser was deleted. Reloading this page to see what can be recovered…' : 'Turbine was updated in another tab. Reloading this page so nothing is lost…'}</p>
        </div>
      </Show>
      <Show when={replaced()}>
        <div class="notice warn" role="alert">
          <h2>The workspace was replaced in another tab</h2>
          <p>This page still shows the workspace from before, and nothing you save here will be kept. Copy any text you have not saved, then reload to see the current workspace.</p>
          <button type="button" onClick={() => location.reload()}>Reload this page</button>
        </div>
      </Show>
      <Show when={lost()}>{(l) => <LostWorkspaceNotice lost={l()} onSettled={() => setLost(undefined)} />}</Show>
      <Show when={blocked()}>
        <div class="notice error" role="alert">
          <h2>Turbine cannot save anything in this browser</h2>
          <p>The browser refused to open its storage ({blocked()}). Private browsing or a privacy setting that blocks site data usually causes this. Open Turbine in a normal window to keep your work.</p>
        </div>
      </Show>
      <Show when={!blocked() && ephemeral()}>
        <div class="notice warn" role="status">
          <p>{ephemeral()}</p>
        </div>
      </Show>
    </div>
  );
}

/** Says plainly that the workspace vanished or shrank, and offers the newest snapshot back. */
function LostWorkspaceNotice(props: { lost: LostWorkspace; onSettled: () => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const counts = () =>
    Object.entries(props.lost.latest?.counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => (kind in kindLabels ? plural(n, kindSingular[kind as RecordKind], kindLabels[kind as RecordKind].toLowerCase()) : `${n} ${kind}`))
      .join(', ');
  const restore = async (latest: NonNullable<LostWorkspace['latest']>) => {
    setBusy(true);
    setError(undefined);
    // Loaded only for a restore: the import machinery is not shipped with every page.
    const { openImportSession } = await import('../../io/import-session.ts');
    const session = openImportSession();
    try {
      // Whatever is there now is kept as a snapshot too, so restoring loses nothing either.
      if (props.lost.loss.now > 0) await takeSnapshot('before restoring a snapshot');
      const checked = await session.check(await snapshotFile(latest));
      if (checked.type !== 'checked') throw new Error(checked.type === 'refused' ? checked.failure.headline : checked.message);
      await session.commit('replace', () => {});
      await settleLoss();
      location.reload();
    } catch (e) {
      setError(describeError(e, 'restore the snapshot'));
      setBusy(false);
    } finally {
      session.close();
    }
  };
  const keep = async () => {
    await settleLoss();
    props.onSettled();
  };
  return (
    <div class="notice error" role="alert">
      <h2>{props.lost.loss.kind === 'vanished' ? 'Your workspace is gone from this browser' : 'Your workspace lost most of its records'}</h2>
      <p>
        On {formatMoment(props.lost.loss.since)} Turbine’s storage here held {props.lost.loss.before} entries; now it holds {props.lost.loss.now}. You did not ask for this: browsers
        sometimes discard their storage after a crash.
      </p>
      <Show
        when={props.lost.latest}
        fallback={<p>Turbine has no recovery snapshot to offer. If you exported your workspace, import that file on the Data page.</p>}
      >
        {(latest) => (
          <>
            <p>Turbine kept a recovery snapshot from {formatMoment(latest().at)}: {counts()}.</p>
            <div class="row">
              <button type="button" disabled={busy()} onClick={() => void restore(latest())}>Restore the snapshot of {formatMoment(latest().at)}</button>
              <a class="button secondary" href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}/data/`}>Import an export instead</a>
              <button type="button" class="secondary" disabled={busy()} onClick={() => void keep()}>Keep the workspace as it is</button>
            </div>
          </>
        )}
      </Show>
      <Show when={error()}><p>{error()}</p></Show>
    </div>
  );
}
