/**
 * Fails fast, with one actionable line, when there is no Chromium for the E2E
 * tests (Playwright's own browser download is not used by this project).
 */
import { existsSync } from 'node:fs';

const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(candidate)) {
  console.error('No Chromium found: install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH)');
  process.exit(1);
}
