import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from './browser.ts';

describe('the bench browser’s feature list', () => {
  it('still holds every feature the installed Playwright disables, since ours replaces its list', () => {
    // Not an export of playwright-core: found beside its package.json, which is.
    const bundle = readFileSync(join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib/coreBundle.js'), 'utf8');
    const start = bundle.indexOf('disabledFeatures = [');
    expect(start, 'playwright-core no longer declares disabledFeatures: check how it passes --disable-features').toBeGreaterThan(0);
    const list = bundle.slice(start, bundle.indexOf(']', start)).replace(/\/\/.*$/gm, '');
    const playwrights = [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(playwrights.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrights));
    expect(DISABLED_FEATURES).toEqual(expect.arrayContaining([...playwrights, 'WebUIOmniboxPopup']));
  });
});
