import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schemas/assessment.ts';
import { applyAssessment, cellKey, cellOf, CORRECTION_MS, historyOf, latestCells, latestCellsByView, selfDifference, withEdit } from './matrix-cells.ts';

let seq = 0;
function assess(personId: string, capabilityId: string, level: number | null, at: string, extra: Partial<Assessment> = {}): Assessment {
  return { id: `a${++seq}`, personId, capabilityId, level, interested: false, at, source: 'manager', ...extra };
}

describe('latestCells', () => {
  it('keeps the latest assessment per cell whatever the array order', () => {
    const cells = latestCells([
      assess('p1', 'c1', 3, '2026-03-01T09:00:00.000Z', { interested: true, source: 'check-in' }),
      assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z'),
      assess('p1', 'c2', 2, '2026-01-01T09:00:00.000Z'),
      assess('p2', 'c1', 4, '2026-02-01T09:00:00.000Z'),
    ]);
    expect(cellOf(cells, 'p1', 'c1')).toMatchObject({
      personId: 'p1',
      capabilityId: 'c1',
      level: 3,
      interested: true,
      at: '2026-03-01T09:00:00.000Z',
      source: 'check-in',
    });
    expect(cellOf(cells, 'p1', 'c2')?.level).toBe(2);
    expect(cellOf(cells, 'p2', 'c1')?.level).toBe(4);
    expect(cellOf(cells, 'p2', 'c2')).toBeUndefined();
  });

  it('lets the later one in the array win a tie on `at`', () => {
    const at = '2026-01-01T09:00:00.000Z';
    const cells = latestCells([assess('p1', 'c1', 1, at), assess('p1', 'c1', 2, at), assess('p1', 'c1', 0, at)]);
    expect(cellOf(cells, 'p1', 'c1')?.level).toBe(0);
  });

  it('compares instants, not strings, across offsets and precisions', () => {
    const cells = latestCells([
      assess('p1', 'c1', 1, '2026-01-01T09:00:00Z'),
      // 08:00 UTC: older although it sorts later as a string.
      assess('p1', 'c1', 2, '2026-01-01T10:00:00+02:00'),
      assess('p2', 'c1', 1, '2026-01-01T09:00:00.500Z'),
      // Shorter string, same second, but earlier than 09:00:00.500.
      assess('p2', 'c1', 2, '2026-01-01T09:00:00Z'),
    ]);
    expect(cellOf(cells, 'p1', 'c1')?.level).toBe(1);
    expect(cellOf(cells, 'p2', 'c1')?.level).toBe(1);
  });

  it('keeps a cleared cell as current with level null', () => {
    const cells = latestCells([
      assess('p1', 'c1', 3, '2026-01-01T09:00:00.000Z'),
      assess('p1', 'c1', null, '2026-02-01T09:00:00.000Z'),
    ]);
    expect(cellOf(cells, 'p1', 'c1')?.level).toBeNull();
  });

  it('is empty for no assessments', () => {
    expect(latestCells([]).size).toBe(0);
  });

  it('indexes 90,000 assessments, keeping each pair’s latest (its speed: npm run bench)', () => {
    const assessments: Assessment[] = [];
    for (let p = 0; p < 300; p++)
      for (let c = 0; c < 150; c++)
        for (const day of [10, 2]) assessments.push(assess(`p${p}`, `c${c}`, (p + c + day) % 5, `2026-01-${day}T09:00:00.000Z`));
    const cells = latestCells(assessments);
    expect(cells.size).toBe(300);
    expect([...cells.values()].reduce((n, row) => n + row.size, 0)).toBe(45_000);
    expect(cellOf(cells, 'p7', 'c3')?.level).toBe((7 + 3 + 10) % 5);
  });
});

describe('applyAssessment', () => {
  it('updates the index in place when the edit is newer or as new', () => {
    const first = assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z');
    const cells = latestCells([first]);
    expect(applyAssessment(cells, assess('p1', 'c1', 3, '2026-02-01T09:00:00.000Z', { interested: true }))).toBe(true);
    expect(cellOf(cells, 'p1', 'c1')).toMatchObject({ level: 3, interested: true });
    expect(applyAssessment(cells, assess('p1', 'c1', 4, '2026-02-01T09:00:00.000Z'))).toBe(true);
    expect(cellOf(cells, 'p1', 'c1')?.level).toBe(4);
  });

  it('ignores a back-dated assessment and adds new cells', () => {
    const cells = latestCells([assess('p1', 'c1', 2, '2026-02-01T09:00:00.000Z')]);
    expect(applyAssessment(cells, assess('p1', 'c1', 4, '2026-01-01T09:00:00.000Z'))).toBe(false);
    expect(cellOf(cells, 'p1', 'c1')?.level).toBe(2);
    expect(applyAssessment(cells, assess('p2', 'c1', null, '2026-01-01T09:00:00.000Z'))).toBe(true);
    expect(cellOf(cells, 'p2', 'c1')?.level).toBeNull();
  });

  it('gives the same index as rebuilding from all assessments', () => {
    const base = [assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z'), assess('p2', 'c2', 2, '2026-01-03T09:00:00.000Z')];
    const edits = [assess('p1', 'c1', 2, '2026-01-02T09:00:00.000Z'), assess('p2', 'c2', 0, '2026-01-02T09:00:00.000Z')];
    const cells = latestCells(base);
    for (const e of edits) applyAssessment(cells, e);
    expect(cells).toEqual(latestCells([...base, ...edits]));
  });
});

describe('cellKey', () => {
  it('gives each (person, capability) its own key', () => {
    expect(cellKey('p1', 'c1')).toBe(cellKey('p1', 'c1'));
    expect(cellKey('p1', 'c1')).not.toBe(cellKey('c1', 'p1'));
    expect(cellKey('p1', 'c12')).not.toBe(cellKey('p11', 'c2'));
  });
});

describe('historyOf', () => {
  const at = '2026-02-01T09:00:00.000Z';
  const list = [
    assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z'),
    assess('p2', 'c1', 2, '2026-03-01T09:00:00.000Z'),
    assess('p1', 'c2', 2, at),
    assess('p1', 'c1', 3, at),
    assess('p1', 'c1', null, '2026-01-15T09:00:00.000Z'),
  ];

  it("returns one person's assessments newest first, later-appended first on a tie", () => {
    expect(historyOf(list, 'p1').map((a) => a.id)).toEqual([list[3]!.id, list[2]!.id, list[4]!.id, list[0]!.id]);
  });

  it('narrows to one capability', () => {
    expect(historyOf(list, 'p1', 'c1').map((a) => a.level)).toEqual([3, null, 1]);
    expect(historyOf(list, 'p3')).toEqual([]);
  });

  it('agrees with latestCells on the current cell', () => {
    expect(historyOf(list, 'p1', 'c1')[0]?.level).toBe(cellOf(latestCells(list), 'p1', 'c1')?.level);
  });
});

describe('the manager’s view and the self-assessment', () => {
  it('never lets a self-assessment change the manager’s view of a cell', () => {
    const history = [
      assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z', { source: 'manager' }),
      assess('p1', 'c1', 4, '2026-01-02T09:00:00.000Z', { source: 'self' }),
    ];
    expect(cellOf(latestCells(history), 'p1', 'c1')?.level).toBe(1);
    expect(cellOf(latestCells(history, 'self'), 'p1', 'c1')?.level).toBe(4);
    const both = latestCellsByView(history);
    expect(cellOf(both.manager, 'p1', 'c1')?.level).toBe(1);
    expect(cellOf(both.self, 'p1', 'c1')?.level).toBe(4);
  });

  it('counts check-ins, interviews and imports as the manager’s view', () => {
    const history = [
      assess('p1', 'c1', 1, '2026-01-01T09:00:00.000Z', { source: 'manager' }),
      assess('p1', 'c2', 2, '2026-01-01T09:00:00.000Z', { source: 'check-in' }),
      assess('p1', 'c3', 3, '2026-01-01T09:00:00.000Z', { source: 'interview' }),
      assess('p1', 'c4', 4, '2026-01-01T09:00:00.000Z', { source: 'import' }),
    ];
    const manager = latestCells(history);
    expect(['c1', 'c2', 'c3', 'c4'].map((c) => cellOf(manager, 'p1', c)?.level)).toEqual([1, 2, 3, 4]);
    expect(latestCells(history, 'self').size).toBe(0);
  });

  it('says how far the self-assessment is from the manager’s view, flagging two levels or more', () => {
    const m = assess('p1', 'c1', 2, '2026-01-01T09:00:00.000Z');
    const s = (level: number | null) => assess('p1', 'c1', level, '2026-01-01T09:00:00.000Z', { source: 'self' });
    expect(selfDifference(m, s(2))).toBeNull();
    expect(selfDifference(m, s(3))).toEqual({ by: 1, flag: false });
    expect(selfDifference(m, s(4))).toEqual({ by: 2, flag: true });
    expect(selfDifference(m, s(0))).toEqual({ by: -2, flag: true });
    expect(selfDifference(m, s(null))).toBeNull();
    expect(selfDifference(undefined, s(3))).toBeNull();
  });
});

describe('withEdit: corrections are not history', () => {
  const t0 = Date.parse('2026-01-01T09:00:00.000Z');
  const at = (ms: number) => new Date(t0 + ms).toISOString();

  it('turns 2, then 3, then 2 typed within minutes into one entry', () => {
    let group: Assessment[] = [];
    for (const [i, level] of [2, 3, 2].entries()) group = withEdit(group, assess('p1', 'c1', level, at(i * 30_000))).records;
    expect(group.map((a) => a.level)).toEqual([2]);
    expect(group[0]!.at).toBe(at(60_000));
  });

  it('keeps real changes: the same edit after the window, or by another source, is appended', () => {
    const first = assess('p1', 'c1', 2, at(0));
    expect(withEdit([first], assess('p1', 'c1', 3, at(CORRECTION_MS + 1))).records).toHaveLength(2);
    expect(withEdit([first], assess('p1', 'c1', 3, at(60_000), { source: 'check-in' })).records).toHaveLength(2);
    // Another cell, or the other view, is never a correction.
    expect(withEdit([first], assess('p1', 'c2', 3, at(60_000))).records).toHaveLength(2);
    expect(withEdit([first], assess('p1', 'c1', 3, at(60_000), { source: 'self' })).records).toHaveLength(2);
  });

  it('replaces the corrected entry and says which it was', () => {
    const older = assess('p1', 'c1', 1, at(-86_400_000));
    const slip = assess('p1', 'c1', 3, at(0));
    const fix = assess('p1', 'c1', 2, at(90_000));
    const outcome = withEdit([older, slip], fix);
    expect(outcome).toEqual({ records: [older, fix], replaced: slip, kept: true });
  });

  it('keeps nothing when the correction takes the cell back to what it was', () => {
    const older = assess('p1', 'c1', 2, at(-86_400_000));
    const slip = assess('p1', 'c1', 3, at(0));
    expect(withEdit([older, slip], assess('p1', 'c1', 2, at(60_000)))).toEqual({ records: [older], replaced: slip, kept: false });
    // A level typed and cleared at once on an unrated cell leaves no trace.
    expect(withEdit([slip], assess('p1', 'c1', null, at(60_000))).records).toEqual([]);
  });

  it('corrects the latest entry of the cell, not the last one stored', () => {
    const latest = assess('p1', 'c1', 3, at(0));
    const storedLater = assess('p1', 'c1', 1, at(-86_400_000), { source: 'check-in' });
    const fix = assess('p1', 'c1', 4, at(60_000));
    expect(withEdit([latest, storedLater], fix).records).toEqual([storedLater, fix]);
  });
});
