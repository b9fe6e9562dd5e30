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
import { readKind } from './record-store.ts';
import { readFileSync } from 'node:fs';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { readWorkspaceFile } from '../io/read-workspace-file.ts';

interface UpgradeCase {
  /** Fills a database opened at `version - 1` with that version's records. */
  fill: (db: Dexie) => Promise<void>;
  /** Checks that every record is still there, upgraded, at `version`. */
  check: (db: TurbineDB) => Promise<void>;
}

/** The sample team as a format-1 workspace held it (kept as a file in e2e/data). */
const v1Sample = (JSON.parse(readFileSync(new URL('../../e2e/data/v1-sample-team.json', import.meta.url), 'utf8')) as { data: Record<string, Record<string, unknown>[]> }).data;

/** The sample team as a format-2 workspace held it (kept as a file in e2e/data). */
const v2Text = readFileSync(new URL('../../e2e/data/v2-sample-team.json', import.meta.url), 'utf8');
const v2Sample = (JSON.parse(v2Text) as { data: Record<string, Record<string, unknown>[]> }).data;

/** Fills tables as versions 1 and 2 stored them: one row per record, grouped assessments and scorecards. */
async function fillWith(db: Dexie, data: Record<string, Record<string, unknown>[]>): Promise<void> {
  await db.open();
  for (const kind of kinds) {
    const rows = data[kind];
    if (!rows) continue;
    if (!isGrouped(kind)) {
      await db.table(kind).bulkAdd(rows);
      continue;
    }
    const { table, key, field } = groupedKinds[kind];
    const groups = Map.groupBy(rows, (r) => r[key] as string);
    await db.table(table).bulkAdd([...groups].map(([k, group]) => ({ [key]: k, count: group.length, [field]: JSON.stringify(group) })));
  }
}

async function expectEveryRecordOf(data: Record<string, Record<string, unknown>[]>, db: TurbineDB): Promise<void> {
  for (const kind of kinds) {
    const before = (data[kind] ?? []).map((r) => r.id).sort();
    const after = (await readKind(db, kind)).map((r) => r.id);
    expect(after.filter((id) => before.includes(id)).sort(), kind).toEqual(before);
  }
}

/** The sample team as format 3 held it (kept as a file in e2e/data), with plans that start on different days. */
const v3Text = readFileSync(new URL('../../e2e/data/v3-sample-team.json', import.meta.url), 'utf8');
const v3Sample = (JSON.parse(v3Text) as { data: Record<string, Record<string, unknown>[]> }).data;

/** The sample team as format 4 held it (kept as a file in e2e/data). */
const v4Text = readFileSync(new URL('../../e2e/data/v4-sample-team.json', import.meta.url), 'utf8');
const v4Sample = (JSON.parse(v4Text) as { data: Record<string, Record<string, unknown>[]> }).data;

/** The sample team as format 5 held it (kept as a file in e2e/data). */
const v5Text = readFileSync(new URL('../../e2e/data/v5-sample-team.json', import.meta.url), 'utf8');
const v5Sample = (JSON.parse(v5Text) as { data: Record<string, Record<string, unknown>[]> }).data;

const upgradeCases: Record<number, UpgradeCase> = {
  7: {
    fill: (db) => fillWith(db, v5Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v5Sample, db);
      // ...each candidate upgraded exactly as a format-5 file of the same records is: no kit issued yet.
      const read = readWorkspaceFile(v5Text);
      if (!read.ok) throw new Error(read.failure.headline);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      const candidates = await db.candidates.toArray();
      expect(candidates.sort(byId)).toEqual([...read.file.data.candidates].sort(byId));
      expect(candidates.map((c) => c.interviewKits)).toEqual(v5Sample.candidates!.map(() => []));
      expect((await readKind(db, 'scorecards')).sort(byId)).toEqual([...read.file.data.scorecards].sort(byId));
    },
  },
  6: {
    fill: (db) => fillWith(db, v4Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v4Sample, db);
      // ...each 90-day plan upgraded exactly as a format-4 file of the same records is.
      const read = readWorkspaceFile(v4Text);
      if (!read.ok) throw new Error(read.failure.headline);
      expect(await db.ninetyDayPlans.toArray()).toEqual(read.file.data.ninetyDayPlans);
    },
  },
  5: {
    fill: (db) => fillWith(db, v3Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v3Sample, db);
      // ...each check-in upgraded exactly as a format-3 file of the same records is.
      const read = readWorkspaceFile(v3Text);
      if (!read.ok) throw new Error(read.failure.headline);
      expect((await db.checkIns.toArray()).sort(byId)).toEqual([...read.file.data.checkIns].sort(byId));
    },
  },
  4: {
    fill: (db) => fillWith(db, v3Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v3Sample, db);
      // ...and every plan is found through the new start-day index, newest first.
      const starts = (v3Sample.onboardingPlans ?? []).map((p) => p.startDate as string).sort().reverse();
      expect(starts.length).toBeGreaterThan(1);
      expect((await db.onboardingPlans.orderBy('startDate').reverse().toArray()).map((p) => p.startDate)).toEqual(starts);
    },
  },
  3: {
    fill: (db) => fillWith(db, v2Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v2Sample, db);
      expect(await db.onboardingTemplates.count()).toBe(0);
      // ...upgraded exactly as a format-2 file of the same records is.
      const read = readWorkspaceFile(v2Text);
      if (!read.ok) throw new Error(read.failure.headline);
      expect((await db.onboardingPlans.toArray()).sort(byId)).toEqual([...read.file.data.onboardingPlans].sort(byId));
    },
  },
  2: {
    fill: (db) => fillWith(db, v1Sample),
    check: async (db) => {
      await db.open();
      await expectEveryRecordOf(v1Sample, db);
      // ...upgraded as a format-1 file of the same records is.
      const today = sampleWorkspace('2026-11-23');
      // Today's sample has an earlier quarter besides the two a version-1 database held: compare those.
      const goals = (await db.goals.toArray()).sort(byId);
      const checkIns = (await db.checkIns.toArray()).sort(byId);
      expect(goals).toEqual(today.goals.filter((g) => goals.some((x) => x.id === g.id)).sort(byId));
      expect(checkIns).toEqual(today.checkIns.filter((c) => checkIns.some((x) => x.id === c.id)).sort(byId));
      expect(goals.length).toBeGreaterThan(0);
      expect((await db.systems.toArray()).map((s) => s.name).sort()).toEqual(today.systems.map((s) => s.name).sort());
      const [team] = await db.teams.toArray();
      expect(team).not.toHaveProperty('scope');
      expect(team).toEqual(today.teams[0]);
    },
  },
};

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

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
