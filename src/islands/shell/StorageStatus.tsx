/**
 * On every app page: says when storage cannot be trusted (blocked, private window),
 * and when another tab upgraded the database, in which case it reloads the page.
 */
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { openDatabase, onUpgradedElsewhere } from '../../db/lifecycle.ts';
import { readStorageHealth } from '../../state/storage-health.ts';
import { registerServiceWorker } from '../../state/service-worker.ts';

export default function StorageStatus() {
  const [blocked, setBlocked] = createSignal<string>();
  const [ephemeral, setEphemeral] = createSignal<string>();
  const [upgraded, setUpgraded] = createSignal(false);

  onMount(() => {
    registerServiceWorker();
    void openDatabase().then((outcome) => {
      if (!outcome.ok) setBlocked(outcome.reason);
    });
    void readStorageHealth().then((h) => setEphemeral(h.ephemeral));
    const stop = onUpgradedElsewhere(() => {
      setUpgraded(true);
      // Give screen readers a moment to hear the banner before the page goes.
      setTimeout(() => location.reload(), 1500);
    });
    onCleanup(stop);
  });

  return (
    <div class="status-bar" role="region" aria-label="Storage status">
      <Show when={upgraded()}>
        <div class="notice warn" role="alert">
          <p>Turbine was updated in another tab. Reloading this page so nothing is lost…</p>
        </div>
      </Show>
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
