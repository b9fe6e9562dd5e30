/** The Chromium the bench drives (Debian's, or CHROMIUM_PATH) and its flags, shared by the bench (bench.ts, calibrate.ts) and the Playwright suite. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 loads its omnibox popup (a WebUI page of some thirty scripts) with every new tab, even
  // headless; on two cores it competed with the page under test for the first second of every load.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
