import { describe, expect, it } from 'vitest';
import { surfaceMap } from './surface-map.ts';
import type { System } from '../../schemas/system.ts';

const system = (name: string, fields: Partial<System> = {}): System => ({
  id: `sys-${name}`,
  name,
  kind: 'service',
  description: '',
  links: [],
  ownerIds: [],
  capabilityIds: [],
  ...fields,
});
const current = new Set(['ada', 'grace', 'lin']);
const coverage = [
  { capabilityId: 'ledger', strong: ['ada', 'grace'] },
  { capabilityId: 'postgres', strong: ['ada'] },
  { capabilityId: 'kafka', strong: [] },
];

describe('surfaceMap', () => {
  it('counts someone as knowing a system when they are strong in every capability it needs', () => {
    const [row] = surfaceMap([system('Ledger', { capabilityIds: ['ledger', 'postgres'], ownerIds: ['grace'] })], coverage, current);
    expect(row!.knowers).toEqual([{ personId: 'ada', by: 'matrix' }]);
    expect(row!.busFactor).toBe(1);
    // Grace owns it but is not strong in Postgres: the map says so.
    expect(row!.ownersWhoDoNotKnowIt).toEqual(['grace']);
  });

  it('adds authors of at least a quarter of its files from history, and lists authors who are not on the team', () => {
    const history = {
      analysedOn: '2026-12-01',
      files: 40,
      truckFactor: 2,
      authors: [
        { email: 'lin@example.com', personId: 'lin', files: 20 },
        { email: 'ada@example.com', personId: 'ada', files: 10 },
        { email: 'gone@example.com', files: 12 },
        { email: 'grace@example.com', personId: 'grace', files: 9 },
      ],
    };
    const [row] = surfaceMap([system('Ledger', { capabilityIds: ['ledger'], history })], coverage, current);
    expect(row!.knowers).toEqual([
      { personId: 'ada', by: 'both' },
      { personId: 'grace', by: 'matrix' },
      { personId: 'lin', by: 'history' },
    ]);
    expect(row!.busFactor).toBe(3);
    expect(row!.authorsElsewhere).toEqual(['gone@example.com']);
    expect(row!.truckFactor).toBe(2);
  });

  it('leaves the bus factor unknown when nothing says who knows a system, and never blames its owner then', () => {
    const [row] = surfaceMap([system('Runbook', { ownerIds: ['lin'] })], coverage, current);
    expect(row!.busFactor).toBeNull();
    expect(row!.ownersWhoDoNotKnowIt).toEqual([]);
  });

  it('puts systems nobody or one person knows first, unknown ones last', () => {
    const rows = surfaceMap(
      [
        system('Unknown'),
        system('Two', { capabilityIds: ['ledger'] }),
        system('Nobody', { capabilityIds: ['kafka'] }),
        system('One', { capabilityIds: ['postgres'] }),
      ],
      coverage,
      current,
    );
    expect(rows.map((r) => [r.name, r.busFactor])).toEqual([
      ['Nobody', 0],
      ['One', 1],
      ['Two', 2],
      ['Unknown', null],
    ]);
  });

  it('counts current people only', () => {
    const [row] = surfaceMap([system('Ledger', { capabilityIds: ['ledger'], ownerIds: ['gone'] })], coverage, new Set(['grace']));
    expect(row!.knowers.map((k) => k.personId)).toEqual(['grace']);
    expect(row!.owners).toEqual([]);
  });
});
