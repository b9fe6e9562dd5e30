import { describe, expect, it } from 'vitest';
import { actOnThis, mentoringLoad, stepPlace, suggestPartner } from './act-on-this.ts';
import { insights } from './insights.ts';
import { latestCells } from './matrix-cells.ts';
import { defaultScale } from './default-scale.ts';
import type { OnboardingItem } from '../schemas/onboarding.ts';

/** An onboarding item with the fields a test cares about, the rest as a new item has them. */
const item = (fields: Pick<OnboardingItem, 'id' | 'type' | 'buddyId' | 'status'>): OnboardingItem => ({
  title: 'An item',
  period: 'week-1',
  offset: 0,
  owner: 'learner',
  section: '',
  check: '',
  steps: [],
  notes: '',
  ...fields,
});

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

describe('one primary step per gap, the others secondary', () => {
  it('puts growth with a partner first, and the opening among the others', () => {
    const actions = run([rate(1, 1, 4), rate(2, 1, 1, true), rate(3, 1, 2, true), rate(1, 2, 3), rate(2, 2, 3)]);
    const payments = actions.find((a) => a.capabilityId === C(1))!;
    expect(payments.capability).toBe('Payments');
    expect(payments.primary.label).toBe('Plan growth for Grace in Payments with Ada');
    expect(payments.primary.why).toMatch(/^Ada: level 4/);
    expect(payments.others.map((s) => s.label)).toEqual(['Draft an opening for Payments', 'Plan growth for Lin in Payments with Ada']);
    // Every step stays, once: the primary and the others together are the steps.
    expect([payments.primary, ...payments.others]).toHaveLength(payments.steps.length);
    expect(new Set([payments.primary, ...payments.others])).toEqual(new Set(payments.steps));
    // The others keep their reasons too.
    expect(payments.others[1]!.why).toMatch(/^Ada: /);
  });

  it('makes the opening primary when nobody can teach it', () => {
    const actions = run([rate(2, 1, 1, true), rate(1, 2, 3), rate(2, 2, 3)]);
    const payments = actions.find((a) => a.capabilityId === C(1))!;
    expect(payments.primary.label).toBe('Draft an opening for Payments');
    expect(payments.others.map((s) => s.label)).toEqual(['Plan growth for Grace in Payments']);
  });

  it('makes the first pairing primary for a single point of failure', () => {
    const people = [person(1, 'Ada'), person(2, 'Grace'), person(3, 'Lin')];
    const cap = { ...capability(1, 'Payments'), target: { people: 1, level: 3 } };
    const result = insights({ people, capabilities: [cap], areas: [], scales: [defaultScale()], cells: latestCells([rate(1, 1, 4), rate(2, 1, 1, true), rate(3, 1, 1, true)]) });
    const [action] = actOnThis(result, { person: (id) => people.find((p) => p.id === id)!.name, capability: () => 'Payments' });
    expect(action!.primary.label).toBe('Pair Grace with Ada on Payments');
    expect(action!.others.map((s) => s.label)).toEqual(['Pair Lin with Ada on Payments']);
  });
});

describe('sentences that start with a name', () => {
  it('start with a capital even when the capability is named in lower case', () => {
    const people = [person(1, 'Ada'), person(2, 'Grace')];
    const cap = capability(1, 'observability');
    const result = insights({ people, capabilities: [cap], areas: [], scales: [defaultScale()], cells: latestCells([rate(1, 1, 4), rate(2, 1, 1, true)]) });
    const [action] = actOnThis(result, { person: (id) => people.find((p) => p.id === id)!.name, capability: () => 'observability' });
    expect(action!.problem).toBe('Observability has 1 of the 2 people it needs at level 3 or above.');
  });
});

describe('stepPlace', () => {
  it('points openings at Hire and growth at Learn', () => {
    expect(stepPlace({ kind: 'draft-opening', capabilityIds: [C(1), C(2)] })).toEqual({ route: 'hire', params: { draft: `${C(1)},${C(2)}` } });
    expect(stepPlace({ kind: 'plan-growth', personId: P(2), capabilityId: C(1), mentorId: P(1) })).toEqual({ route: 'learn', params: { grow: P(2), capability: C(1), with: P(1) } });
  });
});

describe('growth partners chosen for a reason', () => {
  const people = [person(1, 'Ada'), person(2, 'Grace'), person(3, 'Lin'), person(4, 'Mo')];
  const capabilities = [capability(1, 'Payments'), capability(2, 'Testing'), capability(3, 'Ledger')];
  const names = {
    person: (id: string) => people.find((p) => p.id === id)!.name,
    capability: (id: string) => capabilities.find((c) => c.id === id)!.name,
    level: (_c: string, level: number) => defaultScale().levels.find((l) => l.value === level)?.name,
  };
  it('passes over the first strong person when they are a bottleneck, for the expert who teaches, and says why', () => {
    const payments = { ...capabilities[0]!, target: { people: 3, level: 3 } };
    const result = insights({
      people,
      capabilities: [payments, ...capabilities.slice(1)],
      areas: [{ id: AREA, name: 'Core', description: '', order: 0 }],
      scales: [defaultScale()],
      cells: latestCells([
        rate(1, 1, 3), rate(2, 1, 4), rate(3, 1, 1, true), // Payments: Ada 3, Grace 4, Lin wants to grow
        rate(1, 2, 4), rate(1, 3, 4), // Ada alone in Testing and Ledger
      ]),
    });
    const step = actOnThis(result, names).find((a) => a.capabilityId === C(1))!.steps[1]!;
    expect(step.label).toBe('Plan growth for Lin in Payments with Grace');
    expect(step.step).toMatchObject({ mentorId: P(2) });
    expect(step.why).toBe('Grace: level 4 Expert who teaches; carries no capability alone; mentors nobody yet');
  });

  it('prefers a higher level, then whoever mentors fewer people already', () => {
    const cov = { capabilityId: C(1), strong: [P(1), P(2), P(4)], strongLevels: [3, 4, 4] };
    const none = { singlePointsOfFailure: [] };
    expect(suggestPartner(cov, P(3), none, names)?.personId).toBe(P(2));
    const mentoring = mentoringLoad([
      { personId: P(3), items: [item({ id: 'i1', type: 'pair', buddyId: P(2), status: 'todo' })] },
      { personId: P(1), items: [item({ id: 'i2', type: 'shadow', buddyId: P(2), status: 'doing' })] },
      { personId: P(1), items: [item({ id: 'i3', type: 'read', buddyId: P(4), status: 'done' })] },
    ]);
    expect(mentoring).toEqual(new Map([[P(2), 2]]));
    const partner = suggestPartner(cov, P(3), none, names, { mentoring });
    expect(partner?.personId).toBe(P(4));
    expect(partner?.why).toMatch(/mentors nobody yet/);
    // Never the learner themselves.
    expect(suggestPartner({ capabilityId: C(1), strong: [P(3)], strongLevels: [4] }, P(3), none, names)).toBeUndefined();
  });
});
