import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matrixCsv, MATRIX_CSV_COLUMNS } from './matrix-csv.ts';
import { latestCellsByView } from '../domain/matrix-cells.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';

describe('matrixCsv', () => {
  it('writes one row per current cell with every field, names quoted safely', () => {
    const w = tinyWorkspace();
    w.people[0]!.name = 'Ada "the first", Lovelace';
    const views = latestCellsByView([
      ...w.assessments,
      { id: crypto.randomUUID(), personId: ids.person2, capabilityId: ids.capability, level: null, interested: true, at: '2026-11-02T10:00:00.000Z', source: 'self' },
    ]);
    const csv = matrixCsv({ ...w, cells: views.manager, selfCells: views.self });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual([...MATRIX_CSV_COLUMNS]);
    expect(parsed.data).toEqual([
      { person: 'Ada "the first", Lovelace', role: 'Engineer', area: 'Delivery', capability: 'Testing', level: '1', level_name: 'Learning', wants_to_grow: 'yes', assessed_at: '2026-11-01T10:00:00.000Z', source: 'manager' },
      { person: 'Grace', role: 'Engineer', area: 'Delivery', capability: 'Testing', level: '', level_name: '', wants_to_grow: 'yes', assessed_at: '2026-11-02T10:00:00.000Z', source: 'self' },
    ]);
  });

  it('writes the manager’s view and the self-assessment of a cell as two rows', () => {
    const w = tinyWorkspace();
    const self = { id: crypto.randomUUID(), personId: ids.person, capabilityId: ids.capability, level: 0, interested: false, at: '2026-11-03T10:00:00.000Z', source: 'self' as const };
    const views = latestCellsByView([...w.assessments, self]);
    const rows = Papa.parse<Record<string, string>>(matrixCsv({ ...w, cells: views.manager, selfCells: views.self }), { header: true }).data;
    expect(rows.map((r) => [r.level, r.source])).toEqual([['1', 'manager'], ['0', 'self']]);
  });
});
