import { describe, expect, it } from 'vitest';
import { dueOf, intoName, planFromTemplate, planProgress, weekOneThings, withStatus } from './plans.ts';
import type { OnboardingTemplateItem } from '../../schemas/onboarding.ts';

const item = (title: string, fields: Partial<OnboardingTemplateItem> = {}): Omit<OnboardingTemplateItem, 'id'> => ({
  title,
  period: 'week-1',
  offset: 0,
  type: 'read',
  owner: 'learner',
  section: '',
  check: '',
  steps: [],
  notes: '',
  ...fields,
});
let n = 0;
const newId = () => `id-${++n}`;
const template = [
  item('Ship a small change', { type: 'ship', offset: 3 }),
  item('Read the charter', { offset: 0, steps: [{ title: 'Mission', done: true }] }),
  item('Pair on the ledger', { type: 'pair', offset: 1 }),
  item('Manager: grant access', { owner: 'manager', offset: 0 }),
  item('Present the model', { type: 'present', period: 'day-90', offset: 60 }),
];
// Friday 27 November 2026: offset 1 is Monday 30 November.
const seed = { personId: 'mei', title: 'Mei into the ledger', kind: 'rotation' as const, startDate: '2026-11-27', buddyId: 'amara', systemId: 'ledger', capabilityId: 'cap-ledger' };

describe('onboarding plans', () => {
  it('makes a plan from a template: fresh ids, nothing done, in due order, the buddy on pairing, and a rotation’s target on every item', () => {
    const plan = planFromTemplate(seed, template, newId);
    expect(plan.items.map((i) => i.title)).toEqual(['Read the charter', 'Manager: grant access', 'Pair on the ledger', 'Ship a small change', 'Present the model']);
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(5);
    expect(plan.items.every((i) => i.status === 'todo' && i.systemId === 'ledger' && i.capabilityId === 'cap-ledger')).toBe(true);
    expect(plan.items.find((i) => i.type === 'pair')!.buddyId).toBe('amara');
    expect(plan.items.find((i) => i.type === 'read')!.buddyId).toBeUndefined();
    expect(plan.items[0]!.steps).toEqual([{ title: 'Mission', done: false }]);
    expect(dueOf(plan, plan.items[2]!)).toBe('2026-11-30');
  });

  it('a new hire’s items build nothing in particular', () => {
    const plan = planFromTemplate({ ...seed, kind: 'new-hire' }, template, newId);
    expect(plan.items.some((i) => i.systemId || i.capabilityId)).toBe(false);
  });

  it('tells overdue from upcoming items by the local day', () => {
    const plan = planFromTemplate(seed, template, newId);
    const done = { ...plan, items: plan.items.map((i, k) => (k === 0 ? withStatus(i, 'done', '2026-11-27') : i)) };
    const p = planProgress(done, '2026-12-01');
    expect(p.done).toBe(1);
    expect(p.overdue.map((i) => i.title)).toEqual(['Manager: grant access', 'Pair on the ledger']);
    expect(p.upcoming.map((i) => i.title)).toEqual(['Ship a small change', 'Present the model']);
    expect(p.inProgress).toBe(true);
    expect(planProgress(done, '2026-11-26').inProgress).toBe(false);
  });

  it('keeps the day an item was done, and forgets it when the item is undone', () => {
    const [first] = planFromTemplate(seed, template, newId).items;
    const done = withStatus(first!, 'done', '2026-12-02');
    expect(done.completedOn).toBe('2026-12-02');
    expect(withStatus(done, 'done', '2026-12-09').completedOn).toBe('2026-12-02');
    expect(withStatus(done, 'doing', '2026-12-09').completedOn).toBeUndefined();
  });

  it('lists the five things of the first week, saying which the plan settles', () => {
    const plan = planFromTemplate(seed, template, newId);
    const things = weekOneThings(plan, { personName: 'Mei', buddyName: 'Amara', intoName: 'the ledger', formatDay: (d) => `day ${d}` });
    expect(things.map((t) => [t.topic, t.settled])).toEqual([
      ['The role', false],
      ['The buddy', true],
      ['The first pairing', true],
      ['The first change to ship', true],
      ['The check-in rhythm', false],
    ]);
    expect(things[2]!.text).toBe('Pair on the ledger (due day 2026-11-30).');
    expect(weekOneThings({ ...plan, items: [] }, { personName: 'Mei', formatDay: String }).filter((t) => t.settled)).toEqual([]);
  });
});

describe('intoName', () => {
  const known = { systems: [{ id: 'ledger', name: 'Payments ledger' }], capabilities: [{ id: 'recon', name: 'Reconciliation' }] };
  it('names the system and the capability a rotation or an item builds, leaving out what is gone', () => {
    expect(intoName({ systemId: 'ledger', capabilityId: 'recon' }, known)).toBe('Payments ledger and Reconciliation');
    expect(intoName({ capabilityId: 'recon' }, known)).toBe('Reconciliation');
    expect(intoName({ systemId: 'removed', capabilityId: 'recon' }, known)).toBe('Reconciliation');
    expect(intoName({}, known)).toBe('');
  });
});
