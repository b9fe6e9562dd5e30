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
];
