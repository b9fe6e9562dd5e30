/** The Chromium the bench drives (Debian's, or CHROMIUM_PATH) and its flags, shared by the bench (bench.ts, calibrate.ts) and the Playwright suite. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Launcher } from 'chrome-launcher';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The features Playwright disables on its own command line (playwright-core 1.65, its
 * chromiumSwitches.ts). browser.test.ts checks this list against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 loads its omnibox popup (a WebUI page of some thirty scripts) with every new tab,
 * even headless; on two cores it competed with the page under test for the first second of every load.
 */
const OMNIBOX_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** What chrome-launcher (which starts Chromium for Lighthouse) disables on its own command line. */
const LAUNCHER_DISABLED_FEATURES = Launcher.defaultFlags()
  .filter((flag) => flag.startsWith('--disable-features='))
  .flatMap((flag) => flag.slice('--disable-features='.length).split(','));

/**
 * Chromium keeps only the last --disable-features of its command line, and Playwright and
 * chrome-launcher each put their own list first: ours repeats both, so none of theirs is lost.
 */
export const DISABLED_FEATURES = [...new Set([...PLAYWRIGHT_DISABLED_FEATURES, ...LAUNCHER_DISABLED_FEATURES, ...OMNIBOX_POPUP])];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/**
 * A Chromium that always runs with this bench's feature list, for an earlier build's bench
 * (baseline.ts), which launches whatever CHROMIUM_PATH names with its own flags: the list
 * comes last, so it is the one Chromium keeps, and both builds run in the same browser.
 */
export function chromiumWithOurFeatures(dir: string): string {
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!/bin/sh\nexec '${CHROMIUM}' "$@" '--disable-features=${DISABLED_FEATURES.join(',')}'\n`);
  chmodSync(path, 0o755);
  return path;
}
