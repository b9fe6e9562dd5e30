/**
 * On every app page: says when storage cannot be trusted (blocked, private window),
 * and when another tab upgraded the database, in which case it reloads the page.
 */
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { openDatabase, onUpgradedElsewhere, onWorkspaceReplacedElsewhere } from '../../db/lifecycle.ts';
import { readStorageHealth } from '../../state/storage-health.ts';
import { registerServiceWorker } from '../../state/service-worker.ts';
import { findLostWorkspace, keepSnapshotsAfterChanges, type LostWorkspace } from '../../state/recovery.ts';

type Notice = (typeof import('./LostWorkspaceNotice.tsx'))['default'];

export default function StorageStatus() {
  const [blocked, setBlocked] = createSignal<string>();
  const [ephemeral, setEphemeral] = createSignal<string>();
  const [upgraded, setUpgraded] = createSignal<'upgraded' | 'deleted'>();
  const [replaced, setReplaced] = createSignal(false);
  const [lost, setLost] = createSignal<{ lost: LostWorkspace; Notice: Notice }>();

  onMount(() => {
    registerServiceWorker();
    void openDatabase().then(async (outcome) => {
      if (!outcome.ok) return setBlocked(outcome.reason);
      const found = await findLostWorkspace();
      // The notice's code is fetched only after a loss, not with every page.
      if (found) setLost({ lost: found, Notice: (await import('./LostWorkspaceNotice.tsx')).default });
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
      <Show when={lost()}>{(l) => l().Notice({ lost: l().lost, onSettled: () => setLost(undefined) })}</Show>
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
