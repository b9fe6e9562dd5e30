/**
 * Every stored-schema upgrade is tested from a database filled at the version
 * before it. Add a case to `upgradeCases` with each new version; the first test
 * fails until you do.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { storedVersions, latestVersion } from './versions.ts';
import { TurbineDB } from './database.ts';
import { kinds } from '../schemas/kinds.ts';
import { groupedKinds, isGrouped } from './layout.ts';

interface UpgradeCase {
  /** Fills a database opened at `version - 1` with that version's records. */
  fill: (db: Dexie) => Promise<void>;
  /** Checks that every record is still there, upgraded, at `version`. */
  check: (db: TurbineDB) => Promise<void>;
}

const upgradeCases: Record<number, UpgradeCase> = {};

describe('stored schema versions', () => {
  it('has an upgrade test for every version after the first', () => {
    const untested = storedVersions.filter((v) => v.version > 1 && !upgradeCases[v.version]).map((v) => v.version);
    expect(untested).toEqual([]);
  });

  it('numbers versions in increasing order', () => {
    const numbers = storedVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('has a table for every kind of record at the latest version', async () => {
    const db = new TurbineDB('versions-latest');
    await db.open();
    expect(db.verno).toBe(latestVersion);
    const expected = kinds.map((k) => (isGrouped(k) ? groupedKinds[k].table : k));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...expected, 'settings'].sort());
    db.close();
    await db.delete();
  });

  it('only ever adds tables: no version drops a table an earlier one had', () => {
    const seen = new Set<string>();
    for (const v of storedVersions) {
      for (const [name, spec] of Object.entries(v.stores)) {
        if (spec === null) expect.fail(`version ${v.version} drops table ${name}`);
        seen.add(name);
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  for (const [version, c] of Object.entries(upgradeCases)) {
    it(`upgrades a database from version ${Number(version) - 1} to ${version} keeping every record`, async () => {
      const name = `upgrade-${version}`;
      const old = new TurbineDB(name, Number(version) - 1);
      await c.fill(old);
      old.close();
      const upgraded = new TurbineDB(name);
      await c.check(upgraded);
      upgraded.close();
      await upgraded.delete();
    });
  }
});
