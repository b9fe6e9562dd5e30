import { describe, expect, it } from 'vitest';
import { capabilityToShowFirst, engagementSeries, goalOutcomes, grewIn, isFlat, levelSeries, quartersUpTo, teamTrajectory, trajectoryQuarters } from './trajectory.ts';
import { CheckIn } from '../../schemas/check-in.ts';
import type { Assessment } from '../../schemas/assessment.ts';
import type { Goal } from '../../schemas/goal.ts';

const mei = '11111111-1111-4111-8111-111111111111';
const cap = '33333333-3333-4333-8333-333333333333';
const cap2 = '44444444-4444-4444-8444-444444444444';
let n = 0;
const a = (at: string, level: number | null, source: Assessment['source'], capabilityId = cap): Assessment => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, personId: mei, capabilityId, level, interested: false, at, source });

describe('a trajectory', () => {
  it('counts quarters back across the year end, from the first quarter anything was recorded', () => {
    expect(quartersUpTo('2027-Q1', 4)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    expect(trajectoryQuarters('2027-Q1', 8, ['2026-Q4', '2026-Q3'])).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(trajectoryQuarters('2027-Q1', 4, ['2020-Q1'])).toEqual(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    expect(trajectoryQuarters('2027-Q1', 4, [])).toEqual(['2027-Q1']);
  });

  it('draws first the capability where the two views differ most, else the one that moved most', () => {
    const series = [
      { capabilityId: 'moved', manager: [1, 3], self: [null, null] },
      { capabilityId: 'apart', manager: [2, 2], self: [4, 4] },
    ];
    expect(capabilityToShowFirst(series)).toBe('apart');
    expect(capabilityToShowFirst(series.slice(0, 1))).toBe('moved');
  });

  it('gives each capability’s manager and self level at each quarter’s end, from the matrix history', () => {
    const history = [
      a('2026-05-01T10:00:00.000Z', 1, 'manager'),
      a('2026-08-01T10:00:00.000Z', 3, 'self'),
      a('2026-09-30T10:00:00.000Z', 2, 'check-in'),
      a('2026-11-01T10:00:00.000Z', 3, 'manager'),
      a('2026-11-02T10:00:00.000Z', 4, 'self'),
    ];
    expect(levelSeries(history, mei, ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'])).toEqual([{ capabilityId: cap, manager: [null, 1, 2, 3], self: [null, null, 3, 4] }]);
  });

  it('counts goals set, done and dropped in each quarter', () => {
    const goals: Goal[] = [
      { id: 'g1', personId: mei, text: 'A', setIn: '2026-Q3', status: 'done', history: [{ status: 'on-track', on: '2026-08-01' }, { status: 'done', on: '2026-10-02' }], capabilityIds: [] },
      { id: 'g2', personId: mei, text: 'B', setIn: '2026-Q3', status: 'dropped', history: [{ status: 'dropped', on: '2026-09-01' }], capabilityIds: [] },
      { id: 'g3', personId: mei, text: 'C', setIn: '2026-Q4', status: 'not-started', history: [], capabilityIds: [] },
    ];
    expect(goalOutcomes(goals, mei, ['2026-Q3', '2026-Q4'])).toEqual([
      { quarter: '2026-Q3', set: 2, done: 0, dropped: 1 },
      { quarter: '2026-Q4', set: 1, done: 1, dropped: 0 },
    ]);
  });

  it('keeps each engagement need on its own line, leaving out needs never rated', () => {
    const checkIns = [
      CheckIn.parse({ id: '55555555-5555-4555-8555-555555555551', personId: mei, quarter: '2026-Q3', date: '2026-09-20', engagement: { belonging: 4, note: '' } }),
      CheckIn.parse({ id: '55555555-5555-4555-8555-555555555552', personId: mei, quarter: '2026-Q4', date: '2026-12-01', engagement: { belonging: 2, choice: 3, note: '' } }),
    ];
    expect(engagementSeries(checkIns, mei, ['2026-Q2', '2026-Q3', '2026-Q4'], ['overall', 'belonging', 'choice'])).toEqual([
      { key: 'belonging', values: [null, 4, 2] },
      { key: 'choice', values: [null, null, 3] },
    ]);
  });

  it('says who has been flat for three quarters and where someone grew', () => {
    const flat = [{ capabilityId: cap, manager: [1, 2, 2, 2], self: [] }];
    expect(isFlat(flat)).toBe(true);
    expect(isFlat([{ capabilityId: cap, manager: [2, 2, 3], self: [] }])).toBe(false);
    expect(isFlat([{ capabilityId: cap, manager: [null, null, 2], self: [] }])).toBe(false);
    expect(grewIn([{ capabilityId: cap, manager: [1, 1, 3], self: [] }, { capabilityId: cap2, manager: [2, 2, 2], self: [] }])).toEqual([{ capabilityId: cap, from: 1, to: 3 }]);
  });
});

describe('the team over quarters', () => {
  it('says who grew into a gap, who has been flat for three quarters, who is ready for more, and coverage at each quarter’s end', () => {
    const ana = '66666666-6666-4666-8666-666666666666';
    const history = [
      // Mei: Observability 1 → 3 between Q3 and Q4, while Observability was a gap.
      a('2026-08-01T10:00:00.000Z', 1, 'manager'),
      a('2026-11-01T10:00:00.000Z', 3, 'manager'),
      { ...a('2026-02-01T10:00:00.000Z', 2, 'manager', cap2), personId: ana },
    ];
    const checkIns = [CheckIn.parse({ id: '55555555-5555-4555-8555-555555555551', personId: ana, quarter: '2026-Q4', date: '2026-11-20', managerNotes: { readyForMoreScope: true } })];
    const team = teamTrajectory(
      {
        people: [
          { id: mei, status: 'member' },
          { id: ana, status: 'member' },
        ],
        assessments: history,
        checkIns,
        // A capability is at target once someone has level 3 or more in it.
        coverageAt: (cells) => {
          const best = (c: string) => Math.max(0, ...[...cells.values()].map((row) => row.get(c)?.level ?? 0));
          return { gaps: [cap, cap2].filter((c) => best(c) < 3), atTarget: [cap, cap2].filter((c) => best(c) >= 3) };
        },
      },
      '2026-Q4',
      4,
    );
    expect(team.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(team.coverage).toEqual({ atTarget: [0, 0, 0, 1], withGap: [2, 2, 2, 1] });
    expect(team.growingIntoGaps).toEqual([{ personId: mei, capabilityId: cap, from: 1, to: 3 }]);
    expect(team.flat).toEqual([ana]);
    expect(team.readyForMore).toEqual([ana]);
  });
});
