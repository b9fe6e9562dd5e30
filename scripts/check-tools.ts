/**
 * Fails fast, with one actionable line each, when the E2E tests lack a tool they need from the
 * system: Chromium (Playwright's own browser download is not used by this project) and
 * redis-server (the live panel's journey starts one on loopback, for two sync server instances).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const missing: string[] = [];
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) missing.push('No Chromium found: install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH)');
if (spawnSync('redis-server', ['--version']).status !== 0) missing.push('No redis-server found: install it with `sudo apt-get install redis-server` (the live panel’s E2E starts its own on loopback)');

for (const line of missing) console.error(line);
if (missing.length > 0) process.exit(1);
