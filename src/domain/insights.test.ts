import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schemas/assessment.ts';
import type { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import type { Person } from '../schemas/person.ts';
import {
  type CapabilityCoverage,
  type InsightsInput,
  coverage,
  DEFAULT_TARGET,
  effectiveTarget,
  expertLevel,
  gaps,
  insights,
  nobodyWantsToGrow,
  onlyExperts,
  personRadar,
  singlePointsOfFailure,
  strongLevel,
  teamRadar,
} from './insights.ts';
import { latestCells } from './matrix-cells.ts';

const scale = (id: string, values: number[]): LevelScale => ({
  id,
  name: id,
  levels: values.map((value) => ({ value, name: `L${value}`, description: '' })),
});
const person = (id: string, status: Person['status'] = 'member'): Person => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  role: '',
  level: '',
  status,
  fit: '',
});
const area = (id: string, order: number): CapabilityArea => ({ id, name: id, description: '', order });
const capability = (id: string, areaId: string, scaleId = 'default', target?: Capability['target']): Capability => ({
  id,
  areaId,
  name: id,
  kind: 'technical',
  description: '',
  scaleId,
  descriptors: [],
  ...(target ? { target } : {}),
});
let seq = 0;
const assess = (personId: string, capabilityId: string, level: number | null, day = 1, interested = false): Assessment => ({
  id: `a${++seq}`,
  personId,
  capabilityId,
  level,
  interested,
  at: `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  source: 'manager',
});

const defaultScale = scale('default', [0, 1, 2, 3, 4]);
const monzo = scale('monzo', [1, 2, 3, 4, 5, 6]);
const sparse = scale('sparse', [3, 4, 5]);

/**
 * Alice carries a lot alone; Bob's ledger cell was cleared; Cara is a new hire;
 * Dan has moved on and must not count anywhere.
 */
const team: InsightsInput = {
  people: [person('alice'), person('bob'), person('cara', 'new-hire'), person('dan', 'moved-on')],
  // Deliberately out of order: radars follow `order`.
  areas: [area('delivery', 1), area('empty', 2), area('payments', 0)],
  scales: [defaultScale, monzo, sparse],
  capabilities: [
    capability('api', 'delivery'),
    capability('ledger', 'payments'),
    capability('fraud', 'payments', 'default', { people: 3, level: 2 }),
    capability('oncall', 'delivery', 'default', { people: 1, level: 1 }),
    capability('compliance', 'payments', 'monzo'),
    capability('mentoring', 'delivery', 'no-such-scale'),
    capability('kyc', 'payments', 'sparse'),
  ],
  cells: latestCells([
    assess('alice', 'api', 4),
    assess('bob', 'api', 3, 5),
    assess('bob', 'api', 1, 2), // older, ignored
    assess('cara', 'api', 2, 1, true),
    assess('dan', 'api', 4),
    assess('alice', 'ledger', 3),
    assess('bob', 'ledger', 4, 1),
    assess('bob', 'ledger', null, 3, true), // cleared, but still wants to grow
    assess('alice', 'fraud', 2),
    assess('bob', 'fraud', 2),
    assess('cara', 'fraud', 1),
    assess('dan', 'fraud', 4, 1, true),
    assess('alice', 'oncall', 3),
    assess('alice', 'compliance', 4),
    assess('dan', 'compliance', 6),
    assess('bob', 'mentoring', 4),
    assess('cara', 'mentoring', 3, 1, true),
  ]),
};

const byId = (list: CapabilityCoverage[]) => new Map(list.map((c) => [c.capabilityId, c]));

describe('strongLevel and expertLevel', () => {
  it.each([
    ['the default 0–4 scale', [0, 1, 2, 3, 4], 3, 4],
    ['a 1–6 framework scale', [1, 2, 3, 4, 5, 6], 4, 6],
    ['a 0–10 scale', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6, 10],
    ['a sparse 3,4,5 scale', [3, 4, 5], 5, 5],
    ['a sparse 0,5,10,20 scale', [0, 5, 10, 20], 10, 20],
    ['a three-level scale', [1, 2, 3], 3, 3],
    ['a two-level scale', [0, 1], 1, 1],
    ['a one-level scale', [2], 2, 2],
    ['levels listed out of order', [4, 0, 3, 1, 2], 3, 4],
  ])('on %s', (_, values, strong, expert) => {
    expect(strongLevel(scale('s', values))).toBe(strong);
    expect(expertLevel(scale('s', values))).toBe(expert);
  });

  it('falls back to the default scale when the scale is missing', () => {
    expect(strongLevel(undefined)).toBe(3);
    expect(expertLevel(undefined)).toBe(4);
  });
});

describe('effectiveTarget', () => {
  it('defaults to two people at the strong level of the scale', () => {
    expect(DEFAULT_TARGET.people).toBe(2);
    expect(effectiveTarget(capability('x', 'a'), defaultScale)).toEqual({ people: 2, level: 3, explicit: false });
    expect(effectiveTarget(capability('x', 'a'), monzo)).toEqual({ people: 2, level: 4, explicit: false });
    expect(effectiveTarget(capability('x', 'a'), undefined)).toEqual({ people: 2, level: 3, explicit: false });
  });

  it('uses an explicit target as given', () => {
    expect(effectiveTarget(capability('x', 'a', 'default', { people: 4, level: 1 }), defaultScale)).toEqual({
      people: 4,
      level: 1,
      explicit: true,
    });
  });
});

describe('coverage', () => {
  const all = byId(coverage(team));

  it('returns one entry per capability, in capability order', () => {
    expect(coverage(team).map((c) => c.capabilityId)).toEqual(team.capabilities.map((c) => c.id));
  });

  it('counts current people with their latest level, leaving out moved-on people', () => {
    expect(all.get('api')).toEqual({
      capabilityId: 'api',
      areaId: 'delivery',
      name: 'api',
      target: { people: 2, level: 3, explicit: false },
      meeting: ['alice', 'bob'],
      gap: 0,
      strongLevel: 3,
      strong: ['alice', 'bob'],
      strongLevels: [4, 3],
      busFactor: 2,
      wantToGrow: ['cara'],
      rated: 3,
      meanShare: 0.75,
    });
  });

  it('does not count a cleared cell as a level, but keeps its interest', () => {
    const ledger = all.get('ledger')!;
    expect(ledger.meeting).toEqual(['alice']);
    expect(ledger.strong).toEqual(['alice']);
    expect(ledger.rated).toBe(1);
    expect(ledger.gap).toBe(1);
    expect(ledger.wantToGrow).toEqual(['bob']);
  });

  it('measures an explicit target on its own level, apart from the bus factor', () => {
    const fraud = all.get('fraud')!;
    expect(fraud.target).toEqual({ people: 3, level: 2, explicit: true });
    expect(fraud.meeting).toEqual(['alice', 'bob']);
    expect(fraud.gap).toBe(1);
    expect(fraud.busFactor).toBe(0);
    expect(fraud.wantToGrow).toEqual([]); // Dan wanted to, but he moved on
  });

  it("reads each capability on its own scale, and the default scale when it's missing", () => {
    expect(all.get('compliance')).toMatchObject({ strongLevel: 4, meeting: ['alice'], busFactor: 1, gap: 1 });
    expect(all.get('compliance')!.meanShare).toBeCloseTo(0.6);
    expect(all.get('mentoring')).toMatchObject({ strongLevel: 3, meeting: ['bob', 'cara'], gap: 0, meanShare: 0.875 });
    expect(all.get('kyc')).toMatchObject({ strongLevel: 5, target: { people: 2, level: 5 }, meeting: [], gap: 2, rated: 0, meanShare: null });
  });

  it('reports a target nobody meets even when people are rated', () => {
    const input = { ...team, capabilities: [capability('api', 'delivery', 'default', { people: 1, level: 5 })] };
    expect(coverage(input)[0]).toMatchObject({ meeting: [], gap: 1, busFactor: 2 });
  });

  it('never reports a gap for a target of zero people', () => {
    const input = { ...team, people: [], capabilities: [capability('x', 'delivery', 'default', { people: 0, level: 4 })] };
    expect(coverage(input)[0]!.gap).toBe(0);
    expect(gaps(input)).toEqual([]);
  });
});

describe('gaps', () => {
  it('orders by missing share, then people missing, then fewer wanting to grow', () => {
    expect(gaps(team).map((c) => c.capabilityId)).toEqual(['kyc', 'compliance', 'ledger', 'fraud']);
  });

  it('breaks full ties by name', () => {
    const input: InsightsInput = {
      ...team,
      capabilities: [capability('c1', 'delivery'), capability('c2', 'delivery'), capability('c3', 'delivery')].map((c, i) => ({
        ...c,
        name: ['Beta', 'Alpha', 'Gamma'][i]!,
      })),
      cells: new Map(),
    };
    expect(gaps(input).map((c) => c.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('puts more people missing first when the missing share is equal', () => {
    const input: InsightsInput = {
      ...team,
      capabilities: [
        capability('one-short', 'delivery', 'default', { people: 2, level: 3 }),
        capability('two-short', 'delivery', 'default', { people: 4, level: 3 }),
      ],
      cells: latestCells([assess('alice', 'one-short', 3), assess('alice', 'two-short', 3), assess('bob', 'two-short', 4)]),
    };
    expect(gaps(input).map((c) => [c.capabilityId, c.gap])).toEqual([
      ['two-short', 2],
      ['one-short', 1],
    ]);
  });
});

describe('single points of failure and only experts', () => {
  it('lists capabilities with exactly one strong current person, with that person', () => {
    expect(singlePointsOfFailure(team)).toEqual([
      { capabilityId: 'ledger', personId: 'alice' },
      { capabilityId: 'oncall', personId: 'alice' },
      { capabilityId: 'compliance', personId: 'alice' },
    ]);
  });

  it('does not let a moved-on expert cover for anyone', () => {
    // Dan is at 4 in api too; with Bob gone from api only Alice remains.
    const input = { ...team, people: team.people.filter((p) => p.id !== 'bob') };
    expect(singlePointsOfFailure(input).map((s) => s.capabilityId)).toContain('api');
  });

  it('lists people who are the only expert in two or more capabilities, most first', () => {
    const input: InsightsInput = {
      ...team,
      people: [person('zoe'), person('yan'), person('xia'), person('wim')],
      capabilities: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'].map((id) => capability(id, 'delivery')),
      cells: latestCells([
        // Zoe alone in two; Yan alone in three; Xia alone in two; Wim alone in one.
        assess('zoe', 'c1', 3),
        assess('zoe', 'c2', 4),
        assess('yan', 'c3', 3),
        assess('yan', 'c4', 3),
        assess('yan', 'c5', 4),
        assess('xia', 'c6', 4),
        assess('xia', 'c7', 3),
        assess('wim', 'c8', 3),
      ]),
    };
    expect(onlyExperts(input)).toEqual([
      { personId: 'yan', capabilityIds: ['c3', 'c4', 'c5'] },
      { personId: 'xia', capabilityIds: ['c6', 'c7'] },
      { personId: 'zoe', capabilityIds: ['c1', 'c2'] },
    ]);
  });

  it('finds Alice carrying three capabilities alone in the team', () => {
    expect(onlyExperts(team)).toEqual([{ personId: 'alice', capabilityIds: ['ledger', 'oncall', 'compliance'] }]);
  });
});

describe('nobodyWantsToGrow', () => {
  it('lists capabilities where no current person is interested', () => {
    expect(nobodyWantsToGrow(team).map((c) => c.capabilityId)).toEqual(['fraud', 'oncall', 'compliance', 'kyc']);
  });

  it("follows each cell's latest interest", () => {
    const input = { ...team, cells: latestCells([assess('alice', 'api', 2, 1, true), assess('alice', 'api', 3, 2, false)]) };
    expect(nobodyWantsToGrow(input).map((c) => c.capabilityId)).toContain('api');
  });
});

describe('teamRadar', () => {
  it('averages per area over rated capabilities, as a share of each scale, in area order', () => {
    const radar = teamRadar(team);
    expect(radar.map((r) => [r.areaId, r.ratings])).toEqual([
      ['payments', 5],
      ['delivery', 6],
      ['empty', 0],
    ]);
    // payments: ledger 0.75, fraud (0.5 + 0.5 + 0.25) / 3, compliance (4 − 1) / 5; kyc unrated.
    expect(radar[0]!.value).toBeCloseTo((0.75 + 1.25 / 3 + 0.6) / 3);
    // delivery: api (1 + 0.75 + 0.5) / 3, oncall 0.75, mentoring (1 + 0.75) / 2.
    expect(radar[1]!.value).toBeCloseTo((0.75 + 0.75 + 0.875) / 3);
    expect(radar[2]!.value).toBeNull();
  });

  it('clamps levels outside their scale and handles one-level scales', () => {
    const input: InsightsInput = {
      people: [person('alice'), person('bob')],
      // Equal orders: by name.
      areas: [area('b', 0), area('a', 0)],
      scales: [sparse, scale('single', [1])],
      capabilities: [capability('low', 'a', 'sparse'), capability('high', 'a', 'default'), capability('one', 'b', 'single')],
      cells: latestCells([assess('alice', 'low', 0), assess('alice', 'high', 7), assess('alice', 'one', 1), assess('bob', 'one', 0)]),
    };
    expect(teamRadar(input)).toEqual([
      { areaId: 'a', name: 'a', value: 0.5, ratings: 2 },
      { areaId: 'b', name: 'b', value: 0.5, ratings: 2 },
    ]);
  });
});

describe('personRadar', () => {
  it("draws one person's areas on the team's terms", () => {
    const radar = personRadar(team, 'alice');
    expect(radar.map((r) => [r.areaId, r.ratings])).toEqual([
      ['payments', 3],
      ['delivery', 2],
      ['empty', 0],
    ]);
    expect(radar[0]!.value).toBeCloseTo((0.75 + 0.5 + 0.6) / 3);
    expect(radar[1]!.value).toBeCloseTo((1 + 0.75) / 2);
    expect(radar[2]!.value).toBeNull();
  });

  it('gives all nulls for someone with no ratings, and skips cleared cells', () => {
    expect(personRadar(team, 'nobody').every((r) => r.value === null && r.ratings === 0)).toBe(true);
    // Bob's ledger was cleared: only fraud counts in payments.
    expect(personRadar(team, 'bob')[0]).toEqual({ areaId: 'payments', name: 'payments', value: 0.5, ratings: 1 });
  });

  it("still draws a moved-on person's own record", () => {
    expect(personRadar(team, 'dan')[1]).toEqual({ areaId: 'delivery', name: 'delivery', value: 1, ratings: 1 });
  });
});

describe('an empty team', () => {
  const empty: InsightsInput = { ...team, people: [person('dan', 'moved-on')] };

  it('makes every capability a gap with nobody meeting it, and no NaN anywhere', () => {
    const result = insights(empty);
    expect(result.gaps).toHaveLength(team.capabilities.length);
    for (const c of result.coverage) {
      expect(c.meeting).toEqual([]);
      expect(c.gap).toBe(c.target.people);
      expect(c.meanShare).toBeNull();
    }
    expect(result.singlePointsOfFailure).toEqual([]);
    expect(result.onlyExperts).toEqual([]);
    expect(result.nobodyWantsToGrow).toHaveLength(team.capabilities.length);
    expect(result.teamRadar.every((r) => r.value === null && r.ratings === 0)).toBe(true);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });

  it('handles nothing at all', () => {
    expect(insights({ people: [], areas: [], capabilities: [], scales: [], cells: new Map() })).toEqual({
      coverage: [],
      gaps: [],
      singlePointsOfFailure: [],
      onlyExperts: [],
      nobodyWantsToGrow: [],
      teamRadar: [],
    });
  });
});

describe('insights', () => {
  it('agrees with the separate functions', () => {
    expect(insights(team)).toEqual({
      coverage: coverage(team),
      gaps: gaps(team),
      singlePointsOfFailure: singlePointsOfFailure(team),
      onlyExperts: onlyExperts(team),
      nobodyWantsToGrow: nobodyWantsToGrow(team),
      teamRadar: teamRadar(team),
    });
  });

  it('handles 300 people × 300 capabilities from 90,000 assessments (its speed: npm run bench)', () => {
    const scales = [defaultScale, monzo, sparse];
    const areas = Array.from({ length: 10 }, (_, i) => area(`area${i}`, i));
    const people = Array.from({ length: 300 }, (_, i) => person(`person${i}`, i % 25 === 0 ? 'moved-on' : 'member'));
    const capabilities = Array.from({ length: 300 }, (_, i) =>
      capability(`cap${i}`, `area${i % 10}`, scales[i % 3]!.id, i % 4 === 0 ? { people: 3, level: 2 } : undefined),
    );
    const assessments: Assessment[] = [];
    for (let p = 0; p < 300; p++)
      for (let c = 0; c < 300; c++) {
        const values = scales[c % 3]!.levels;
        const level = (p * 7 + c * 13) % 11 === 0 ? null : values[(p + c) % values.length]!.value;
        assessments.push(assess(`person${p}`, `cap${c}`, level, 1 + ((p + c) % 28), (p + c) % 9 === 0));
      }
    const result = insights({ people, areas, capabilities, scales, cells: latestCells(assessments) });
    expect(result.coverage).toHaveLength(300);
    expect(result.teamRadar).toHaveLength(10);
    for (const r of result.teamRadar) expect(r.value).toBeGreaterThan(0);
  });
});

describe('whose view and who counts', () => {
  const scales = [defaultScale];
  const areas = [area('delivery', 0)];
  const caps = [capability('api', 'delivery')];

  it('reads the manager’s view: a self-assessment never closes a gap or removes a single point of failure', () => {
    const history: Assessment[] = [
      assess('alice', 'api', 4),
      assess('bob', 'api', 1),
      { ...assess('bob', 'api', 4, 2), source: 'self' },
    ];
    const input: InsightsInput = { people: [person('alice'), person('bob')], areas, capabilities: caps, scales, cells: latestCells(history) };
    const result = insights(input);
    expect(result.gaps.map((g) => g.capabilityId)).toEqual(['api']);
    expect(result.singlePointsOfFailure).toEqual([{ capabilityId: 'api', personId: 'alice' }]);
  });

  it('counts a new hire from their start date, not before', () => {
    const hire = { ...person('bob', 'new-hire'), startDate: '2026-12-07' };
    const input: InsightsInput = {
      people: [person('alice'), hire],
      areas,
      capabilities: caps,
      scales,
      cells: latestCells([assess('alice', 'api', 4), assess('bob', 'api', 4)]),
    };
    expect(coverage({ ...input, today: '2026-11-23' })[0]!.meeting).toEqual(['alice']);
    expect(coverage({ ...input, today: '2026-12-07' })[0]!.meeting).toEqual(['alice', 'bob']);
    // Without a day, everyone on the roster counts.
    expect(coverage(input)[0]!.meeting).toEqual(['alice', 'bob']);
  });
});
