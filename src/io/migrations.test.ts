import { describe, expect, it } from 'vitest';
import { fileMigrations, migrateFileData } from './migrations.ts';
import { WORKSPACE_FORMAT_VERSION } from '../schemas/workspace.ts';
import { scopeSystemId } from '../domain/format-2.ts';
import { readFileSync } from 'node:fs';
import { readWorkspaceFile } from './read-workspace-file.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';

/** One before/after pair per file-format migration, keyed by the version it starts from. */
const team = '66666666-6666-4666-8666-666666666666';
const person = '11111111-1111-4111-8111-111111111111';
const goal = '77777777-7777-4777-8777-777777777777';
const migrationCases: Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }> = {
  1: {
    before: {
      teams: [{ id: team, name: 'Payments', scope: ['Ledger', ' Refunds '], partners: [] }],
      checkIns: [
        { id: 'c2', personId: person, quarter: '2026-Q3', date: '2026-09-20', goals: [{ id: 'other-id', text: 'Write the runbook ', status: 'done' }] },
        { id: 'c1', personId: person, quarter: '2026-Q2', date: '2026-06-20', goals: [{ id: goal, text: 'Write the runbook', status: 'at-risk' }] },
      ],
      people: [],
    },
    after: {
      teams: [{ id: team, name: 'Payments', partners: [] }],
      checkIns: [
        { id: 'c2', personId: person, quarter: '2026-Q3', date: '2026-09-20', goalIds: [goal] },
        { id: 'c1', personId: person, quarter: '2026-Q2', date: '2026-06-20', goalIds: [goal] },
      ],
      people: [],
      systems: [
        { id: scopeSystemId(team, 0), name: 'Ledger', kind: 'service' },
        { id: scopeSystemId(team, 1), name: 'Refunds', kind: 'service' },
      ],
      goals: [
        {
          id: goal,
          personId: person,
          text: 'Write the runbook',
          setIn: '2026-Q2',
          status: 'done',
          history: [{ status: 'at-risk', on: '2026-06-20' }, { status: 'done', on: '2026-09-20' }],
          capabilityIds: [],
        },
      ],
    },
  },
};

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

  it('reads a format-1 file of the sample team as the format-2 sample team, every record kept', () => {
    const text = readFileSync(new URL('../../e2e/data/v1-sample-team.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text) as { data: Record<string, unknown[]> };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    const today = sampleWorkspace('2026-11-23');
    // Every format-1 record is still there, by id, and nothing else but the lifted systems and goals.
    for (const [kind, records] of Object.entries(v1.data)) {
      if (!Array.isArray(records)) continue;
      expect(data[kind as keyof typeof data] as unknown[], kind).toHaveLength(records.length);
    }
    expect(data.goals).toHaveLength(v1.data.checkIns!.flatMap((c) => (c as { goals: unknown[] }).goals).length);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...data.goals].sort(byId)).toEqual([...today.goals].sort(byId));
    expect(data.checkIns).toEqual(today.checkIns);
    expect(data.systems.map((s) => [s.id, s.name])).toEqual(today.systems.map((s) => [s.id, s.name]));
    expect(data.teams).toEqual(today.teams);
  });
});
