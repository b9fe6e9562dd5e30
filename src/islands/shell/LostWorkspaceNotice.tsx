/**
 * Says plainly that the workspace vanished or shrank behind the app's back, and offers the
 * newest recovery snapshot back (or an export instead). Never restores on its own.
 */
import { createSignal, Show } from 'solid-js';
import { settleLoss, takeSnapshot, type LostWorkspace } from '../../state/recovery.ts';
import { snapshotFile } from '../../db/snapshots.ts';
import { kindLabels, kindSingular, type RecordKind } from '../../schemas/kinds.ts';
import { plural } from '../../domain/words.ts';
import { describeError } from '../../domain/errors.ts';
import { formatMoment } from '../../domain/day-format.ts';

/** Says plainly that the workspace vanished or shrank, and offers the newest snapshot back. */
export default function LostWorkspaceNotice(props: { lost: LostWorkspace; onSettled: () => void }) {
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
