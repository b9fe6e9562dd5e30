import { describe, expect, it } from 'vitest';
import { actOnThis, stepPlace } from './act-on-this.ts';
import { insights } from './insights.ts';
import { latestCells } from './matrix-cells.ts';
import { defaultScale } from './default-scale.ts';

const P = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const C = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const AREA = '20000000-0000-4000-8000-000000000001';
const person = (n: number, name: string) => ({ id: P(n), name, role: '', level: '', status: 'member' as const, fit: '' });
const capability = (n: number, name: string) => ({ id: C(n), areaId: AREA, name, kind: 'technical' as const, description: '', scaleId: defaultScale().id, descriptors: [] });
const rate = (p: number, c: number, level: number, interested = false) => ({
  id: crypto.randomUUID(), personId: P(p), capabilityId: C(c), level, interested, at: '2026-11-01T10:00:00.000Z', source: 'manager' as const,
});

function run(assessments: ReturnType<typeof rate>[]) {
  const people = [person(1, 'Ada'), person(2, 'Grace'), person(3, 'Lin')];
  const capabilities = [capability(1, 'Payments'), capability(2, 'Testing')];
  const result = insights({ people, capabilities, areas: [{ id: AREA, name: 'Core', description: '', order: 0 }], scales: [defaultScale()], cells: latestCells(assessments) });
  const names = { person: (id: string) => people.find((p) => p.id === id)!.name, capability: (id: string) => capabilities.find((c) => c.id === id)!.name };
  return actOnThis(result, names);
}

describe('actOnThis', () => {
  it('offers an opening for every gap, and growth with a mentor for whoever wants to grow there', () => {
    const actions = run([rate(1, 1, 4), rate(2, 1, 1, true), rate(1, 2, 3), rate(2, 2, 3)]);
    const payments = actions.find((a) => a.capabilityId === C(1))!;
    expect(payments.severity).toBe('gap');
    expect(payments.problem).toBe('Payments has 1 of the 2 people it needs at level 3 or above.');
    expect(payments.steps.map((s) => s.label)).toEqual(['Draft an opening for Payments', 'Plan growth for Grace in Payments with Ada']);
    expect(actions.some((a) => a.capabilityId === C(2))).toBe(false);
  });

  it('says plainly when nobody holds a capability', () => {
    const actions = run([rate(1, 2, 3), rate(2, 2, 3)]);
    expect(actions[0]!.problem).toBe('Nobody is at level 3 or above in Payments; the target is 2.');
    expect(actions[0]!.steps).toHaveLength(1);
  });

  it('lists a single point of failure that meets an explicit target of one as a pairing step', () => {
    const people = [person(1, 'Ada'), person(2, 'Grace')];
    const cap = { ...capability(1, 'Payments'), target: { people: 1, level: 3 } };
    const result = insights({ people, capabilities: [cap], areas: [], scales: [defaultScale()], cells: latestCells([rate(1, 1, 4), rate(2, 1, 1, true)]) });
    const actions = actOnThis(result, { person: (id) => people.find((p) => p.id === id)!.name, capability: () => 'Payments' });
    expect(actions).toEqual([
      expect.objectContaining({ severity: 'single-point-of-failure', problem: 'Only Ada is strong in Payments: a single point of failure.' }),
    ]);
    expect(actions[0]!.steps[0]!.label).toBe('Pair Grace with Ada on Payments');
  });
});

describe('stepPlace', () => {
  it('points openings at Hire and growth at Learn', () => {
    expect(stepPlace({ kind: 'draft-opening', capabilityIds: [C(1), C(2)] })).toEqual({ route: 'hire', params: { draft: `${C(1)},${C(2)}` } });
    expect(stepPlace({ kind: 'plan-growth', personId: P(2), capabilityId: C(1), mentorId: P(1) })).toEqual({ route: 'learn', params: { grow: P(2), capability: C(1), with: P(1) } });
  });
});
