import { describe, expect, it } from 'vitest';
import { growToday } from './today.ts';
import { CheckIn } from '../../schemas/check-in.ts';

const p = (n: number) => `11111111-1111-4111-8111-11111111111${n}`;
const cap = '33333333-3333-4333-8333-333333333333';
const checkIn = (person: string, quarter: string, over: Record<string, unknown> = {}) =>
  CheckIn.parse({ id: `55555555-5555-4555-8555-5555555555${person.slice(-1)}${quarter.slice(-1)}`, personId: person, quarter, date: '2026-11-20', ...over });

describe('Grow on Home', () => {
  const people = [
    { id: p(1), name: 'Ana', status: 'member' },
    { id: p(2), name: 'Ben', status: 'member' },
    { id: p(3), name: 'Cy', status: 'member' },
    { id: p(4), name: 'Dee', status: 'moved-on' },
    { id: p(5), name: 'Eve', status: 'new-hire', startDate: '2027-01-04' },
  ];

  it('is empty for an empty workspace', () => {
    expect(growToday({ people: [], today: '2026-11-23', thisQuarter: [], lastQuarter: [], goals: [], openings: [] })).toEqual({ due: [], goalsAtRisk: [], grewIntoOpenings: [] });
  });

  it('lists who is due (drafts to finish first, then those not started), goals at risk, and who grew into an open opening’s capability', () => {
    const today = growToday({
      people,
      today: '2026-11-23',
      thisQuarter: [checkIn(p(1), '2026-Q4', { held: true, levels: [{ capabilityId: cap, manager: 3, confirmedAt: '2026-11-20T10:00:00.000Z' }] }), checkIn(p(2), '2026-Q4', { held: false })],
      lastQuarter: [checkIn(p(1), '2026-Q3', { levels: [{ capabilityId: cap, manager: 2 }] })],
      goals: [
        { id: 'g1', personId: p(3), text: 'Runbooks', setIn: '2026-Q3', status: 'at-risk', history: [], capabilityIds: [] },
        { id: 'g2', personId: p(4), text: 'Gone', setIn: '2026-Q3', status: 'at-risk', history: [], capabilityIds: [] },
      ],
      openings: [{ id: 'o1', status: 'open', mustHave: [cap], niceToHave: [] }],
    });
    expect(today.due).toEqual([
      { personId: p(2), name: 'Ben', draft: true },
      { personId: p(3), name: 'Cy', draft: false },
    ]);
    expect(today.goalsAtRisk).toEqual([{ personId: p(3), name: 'Cy', text: 'Runbooks' }]);
    expect(today.grewIntoOpenings).toEqual([{ personId: p(1), name: 'Ana', capabilityId: cap, openingId: 'o1', from: 2, to: 3 }]);
  });

  it('says nothing of a level that did not rise, was not confirmed, or that no open opening hires for', () => {
    const base = { people, today: '2026-11-23', lastQuarter: [checkIn(p(1), '2026-Q3', { levels: [{ capabilityId: cap, manager: 3 }] })], goals: [] };
    const same = checkIn(p(1), '2026-Q4', { levels: [{ capabilityId: cap, manager: 3, confirmedAt: '2026-11-20T10:00:00.000Z' }] });
    const unconfirmed = checkIn(p(1), '2026-Q4', { levels: [{ capabilityId: cap, manager: 4 }] });
    expect(growToday({ ...base, thisQuarter: [same], openings: [{ id: 'o1', status: 'open', mustHave: [cap], niceToHave: [] }] }).grewIntoOpenings).toEqual([]);
    expect(growToday({ ...base, thisQuarter: [unconfirmed], openings: [{ id: 'o1', status: 'open', mustHave: [cap], niceToHave: [] }] }).grewIntoOpenings).toEqual([]);
    const rose = checkIn(p(1), '2026-Q4', { levels: [{ capabilityId: cap, manager: 4, confirmedAt: '2026-11-20T10:00:00.000Z' }] });
    expect(growToday({ ...base, thisQuarter: [rose], openings: [{ id: 'o1', status: 'filled', mustHave: [cap], niceToHave: [] }] }).grewIntoOpenings).toEqual([]);
    // A first rating, with no level in last quarter's check-in, is not growth.
    expect(growToday({ ...base, lastQuarter: [], thisQuarter: [rose], openings: [{ id: 'o1', status: 'open', mustHave: [cap], niceToHave: [] }] }).grewIntoOpenings).toEqual([]);
  });
});
