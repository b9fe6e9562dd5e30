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

  it('finds the same flat and growing people as each person’s level series would, on any history', () => {
    // A seeded walk over random histories: entries in and out of the window, cleared levels,
    // self entries (which never count), several at the same moment.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `${x.repeat(8)}-1111-4111-8111-111111111111`);
    const caps = [cap, cap2, '77777777-7777-4777-8777-777777777777'];
    const days = ['2026-01-15', '2026-03-31', '2026-04-01', '2026-05-20', '2026-06-30', '2026-08-08', '2026-09-30', '2026-10-01', '2026-11-11'];
    for (let round = 0; round < 40; round++) {
      const history = Array.from({ length: random(30) }, () => ({
        ...a(`${days[random(days.length)]}T${random(2) ? '09:00' : '23:30'}:00.000Z`, random(5) === 0 ? null : 1 + random(4), random(4) === 0 ? 'self' : 'manager', caps[random(caps.length)]),
        personId: people[random(people.length)]!,
      }));
      const team = teamTrajectory({ people: people.map((id) => ({ id, status: 'member' })), assessments: history, checkIns: [], coverageAt: () => ({ gaps: caps, atTarget: [] }) }, '2026-Q4', 4);
      const lastThree = team.quarters.slice(-3);
      expect(team.flat).toEqual(people.filter((id) => isFlat(levelSeries(history, id, lastThree), 3)));
      expect(team.growingIntoGaps.map((g) => `${g.personId} ${g.capabilityId} ${g.from}→${g.to}`).sort()).toEqual(
        people.flatMap((id) => grewIn(levelSeries(history, id, lastThree), 2).map((g) => `${id} ${g.capabilityId} ${g.from}→${g.to}`)).sort(),
      );
    }
  });
});
