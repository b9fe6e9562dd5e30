import { describe, expect, it } from 'vitest';
import { fileMigrations, migrateFileData } from './migrations.ts';
import { WORKSPACE_FORMAT_VERSION } from '../schemas/workspace.ts';

/** One before/after pair per file-format migration, keyed by the version it starts from. */
const migrationCases: Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }> = {};

describe('workspace file migrations', () => {
  it('has a migration for every step up to the current format', () => {
    for (let v = 1; v < WORKSPACE_FORMAT_VERSION; v++) expect(fileMigrations[v], `migration from ${v}`).toBeDefined();
  });

  it('has a before/after test for every migration', () => {
    expect(Object.keys(fileMigrations).filter((v) => !migrationCases[Number(v)])).toEqual([]);
  });

  for (const [from, c] of Object.entries(migrationCases)) {
    it(`migrates format ${from} to ${Number(from) + 1}`, () => {
      expect(fileMigrations[Number(from)]!.up(structuredClone(c.before))).toEqual(c.after);
    });
  }

  it('leaves current-format data as it is', () => {
    const data = { people: [] };
    expect(migrateFileData(data, WORKSPACE_FORMAT_VERSION)).toBe(data);
  });
});
