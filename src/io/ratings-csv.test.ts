import { describe, expect, it } from 'vitest';
import { latestCellsByView } from '../domain/matrix-cells.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';
import { matrixCsv } from './matrix-csv.ts';
import { describeProblem } from './people-list.ts';
import { linesText, planRatingsImport } from './ratings-csv.ts';

const inputOf = (w = tinyWorkspace()) => ({ ...w, cells: latestCellsByView(w.assessments) });
const HEADER = 'person,capability,level,wants_to_grow,source';

describe('planRatingsImport', () => {
  it('accepts what “Export matrix as CSV” writes: the manager row and the self row of a cell, each in its own view', () => {
    const w = tinyWorkspace();
    const self = { id: crypto.randomUUID(), personId: ids.person, capabilityId: ids.capability, level: 0, interested: false, at: '2026-11-03T10:00:00.000Z', source: 'self' as const };
    const views = latestCellsByView([...w.assessments, self]);
    const csv = matrixCsv({ ...w, cells: views.manager, selfCells: views.self });
    // Into a workspace that has the same library and people but no ratings yet.
    const preview = planRatingsImport(csv, inputOf({ ...w, assessments: [] }));
    expect(preview.problems).toEqual([]);
    expect(preview.entries).toEqual([
      { personId: ids.person, capabilityId: ids.capability, level: 1, interested: true, source: 'import' },
      { personId: ids.person, capabilityId: ids.capability, level: 0, interested: false, source: 'self' },
    ]);
    // Into the workspace it came from: everything is already so, nothing to record.
    const again = planRatingsImport(csv, { ...w, cells: views });
    expect(again.entries).toEqual([]);
    expect(again.rows.map((r) => r.change)).toEqual(['same', 'same']);
  });

  it('never lets a self row stand for the manager’s view', () => {
    const preview = planRatingsImport(`${HEADER}\nGrace,Testing,1,no,self\n`, inputOf());
    expect(preview.entries).toEqual([{ personId: ids.person2, capabilityId: ids.capability, level: 1, interested: false, source: 'self' }]);
    expect(preview.rows[0]).toMatchObject({ view: 'self', change: 'new' });
  });

  it('matches names whatever their case and spacing, and tells new, changed and unchanged apart', () => {
    const preview = planRatingsImport(`person,capability,level\n  ada ,TESTING,0\ngrace,testing,1\n`, inputOf());
    expect(preview.problems).toEqual([]);
    // Without a wants_to_grow column the flag stays as it is (Ada wants to grow in Testing).
    expect(preview.rows.map((r) => [r.person, r.level, r.interested, r.change])).toEqual([['Ada', 0, true, 'changed'], ['Grace', 1, false, 'new']]);
  });

  it('lists every name it cannot match with its lines, rather than dropping them silently', () => {
    const preview = planRatingsImport(`${HEADER}\nAda,Testing,1,yes,manager\nAlan Turing,Testing,1,no,manager\nAda,Cooking,1,no,manager\nAlan Turing,Cooking,0,no,self\n`, inputOf());
    expect(preview.unmatchedPeople).toEqual([{ name: 'Alan Turing', lines: [3, 5] }]);
    expect(preview.unmatchedCapabilities).toEqual([{ name: 'Cooking', lines: [4, 5] }]);
    expect(preview.problems).toEqual([]);
    expect(linesText([3, 5, 9])).toBe('lines 3, 5 and 9');
  });

  it('refuses levels off the scale, unreadable flags and sources, and a cell rated twice, by line', () => {
    const preview = planRatingsImport(`${HEADER}\nAda,Testing,7,no,manager\nGrace,Testing,1,maybe,manager\nGrace,Testing,1,no,boss\nGrace,Testing,0,no,manager\nGrace,Testing,1,no,manager\nAda,Testing,one,no,self\n`, inputOf());
    expect(preview.problems.map(describeProblem)).toEqual([
      'Line 2: level “7” of Ada in Testing is not on its scale (0, 1).',
      'Line 3: wants to grow “maybe” is neither yes nor no.',
      'Line 4: source “boss” is neither manager nor self.',
      'Line 6: Grace in Testing is rated twice (also on line 5).',
      'Line 7: level “one” of Ada in Testing is not on its scale (0, 1).',
    ]);
  });

  it('reads a level by its name on the capability’s scale, as a hand-made spreadsheet may write it', () => {
    const preview = planRatingsImport(`${HEADER}\nGrace,Testing,learning,yes,\n`, inputOf());
    expect(preview.problems).toEqual([]);
    expect(preview.entries).toEqual([{ personId: ids.person2, capabilityId: ids.capability, level: 1, interested: true, source: 'import' }]);
  });

  it('refuses a file without the columns it needs', () => {
    expect(planRatingsImport('name,skill,score\nAda,Testing,1\n', inputOf()).problems.map(describeProblem)).toEqual([
      'Line 1: the first line must name the columns, as Turbine’s “Export matrix as CSV” writes them; no person, capability, level column.',
    ]);
  });

  it('leaves out people who moved on: they are not in the matrix', () => {
    const w = tinyWorkspace();
    w.people[1]!.status = 'moved-on';
    expect(planRatingsImport(`${HEADER}\nGrace,Testing,1,no,manager\n`, inputOf(w)).unmatchedPeople).toEqual([{ name: 'Grace', lines: [2] }]);
  });
});
