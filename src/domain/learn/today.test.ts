import { describe, expect, it } from 'vitest';
import { learnToday, type LearnTodayInput } from './today.ts';
import { planFromTemplate, withStatus } from './plans.ts';
import type { OnboardingPlan, OnboardingTemplateItem } from '../../schemas/onboarding.ts';

const item = (title: string, fields: Partial<OnboardingTemplateItem> = {}): Omit<OnboardingTemplateItem, 'id'> => ({
  title, period: 'week-1', offset: 0, type: 'read', owner: 'learner', section: '', check: '', steps: [], notes: '', ...fields,
});
let n = 0;
const newId = () => `id-${++n}`;
const items = [item('Read the runbook', { offset: 0 }), item('Pair on a change', { type: 'pair', offset: 2 }), item('Ship a fix', { type: 'ship', offset: 8, period: 'day-30' })];
const plan = (personId: string, startDate: string, fields: Partial<OnboardingPlan> = {}): OnboardingPlan => ({
  ...planFromTemplate({ personId, title: `${personId}'s plan`, kind: 'rotation', startDate, systemId: fields.systemId, capabilityId: fields.capabilityId }, items, newId),
  ...fields,
});
const allDone = (p: OnboardingPlan, on: string): OnboardingPlan => ({ ...p, items: p.items.map((i) => withStatus(i, 'done', on)) });

const people = [{ id: 'mei', name: 'Mei Lin' }, { id: 'ana', name: 'Ana Ruiz' }, { id: 'tom', name: 'Tomás' }];
const base: LearnTodayInput = { today: '2026-12-07', people, plans: [], map: [], coverage: [], openings: [] };

describe('learnToday', () => {
  it('lists plans in their first week, and those starting within a week so the manager can prepare', () => {
    // Monday 7 December 2026. A plan from Monday 30 November ended its first week on Friday 4 December.
    const plans = [plan('mei', '2026-12-03'), plan('ana', '2026-12-14'), plan('tom', '2026-11-30'), plan('mei', '2026-12-15')];
    expect(learnToday({ ...base, plans }).weekOne.map((p) => [p.personId, p.startDate])).toEqual([
      ['mei', '2026-12-03'],
      ['ana', '2026-12-14'],
    ]);
  });

  it('lists overdue items, longest overdue first, and drops them once done', () => {
    const late = plan('mei', '2026-11-30');
    const later = plan('ana', '2026-11-23');
    const { overdue } = learnToday({ ...base, plans: [late, later] });
    expect(overdue.map((o) => [o.personName, o.title, o.due])).toEqual([
      ['Ana Ruiz', 'Read the runbook', '2026-11-23'],
      ['Ana Ruiz', 'Pair on a change', '2026-11-25'],
      ['Mei Lin', 'Read the runbook', '2026-11-30'],
      ['Mei Lin', 'Pair on a change', '2026-12-02'],
      ['Ana Ruiz', 'Ship a fix', '2026-12-03'],
    ]);
    expect(learnToday({ ...base, plans: [allDone(late, '2026-12-01')] }).overdue).toEqual([]);
  });

  it('names the systems one person or nobody knows that no unfinished plan spreads, riskiest first', () => {
    const map = [
      { systemId: 'ledger', name: 'Ledger', busFactor: 0, knowers: [] },
      { systemId: 'payouts', name: 'Payouts', busFactor: 1, knowers: [{ personId: 'ana', by: 'matrix' as const }] },
      { systemId: 'fraud', name: 'Fraud', busFactor: 1, knowers: [{ personId: 'tom', by: 'history' as const }] },
      { systemId: 'search', name: 'Search', busFactor: 3, knowers: [] },
      { systemId: 'docs', name: 'Docs', busFactor: null, knowers: [] },
    ];
    const intoFraud = plan('mei', '2026-12-01', { systemId: 'fraud' });
    const { unplanned } = learnToday({ ...base, map, plans: [intoFraud] });
    expect(unplanned).toEqual([
      { systemId: 'ledger', name: 'Ledger', knownBy: undefined },
      { systemId: 'payouts', name: 'Payouts', knownBy: { personId: 'ana', name: 'Ana Ruiz' } },
    ]);
    // A finished plan spreads nothing any more: if Fraud still has one knower, it is back on the list.
    expect(learnToday({ ...base, map, plans: [allDone(intoFraud, '2026-12-04')] }).unplanned.map((u) => u.name)).toEqual(['Ledger', 'Payouts', 'Fraud']);
  });

  it('says who grew into a capability an opening still hires for, for a month after the plan is finished', () => {
    const grown = allDone(plan('mei', '2026-10-01', { capabilityId: 'ledger-skills' }), '2026-11-20');
    const coverage = [{ capabilityId: 'ledger-skills', name: 'Ledger and reconciliation', strong: ['mei', 'ana'] }];
    const openings = [
      { id: 'o1', title: 'Backend engineer', status: 'open' as const, mustHave: ['ledger-skills'], niceToHave: [] },
      { id: 'o2', title: 'Data engineer', status: 'draft' as const, mustHave: [], niceToHave: ['ledger-skills'] },
      { id: 'o3', title: 'Old role', status: 'filled' as const, mustHave: ['ledger-skills'], niceToHave: [] },
    ];
    expect(learnToday({ ...base, plans: [grown], coverage, openings }).grew).toEqual([
      { planId: grown.id, personName: 'Mei Lin', capabilityName: 'Ledger and reconciliation', openings: [{ id: 'o1', title: 'Backend engineer' }, { id: 'o2', title: 'Data engineer' }] },
    ]);
    // Not strong in it (yet), a plan with an item still to do, or a plan finished long ago: nothing to say.
    expect(learnToday({ ...base, plans: [grown], coverage: [{ ...coverage[0]!, strong: ['ana'] }], openings }).grew).toEqual([]);
    const unfinished = { ...grown, items: grown.items.map((i, k) => (k === 2 ? withStatus(i, 'todo', '2026-11-20') : i)) };
    expect(learnToday({ ...base, plans: [unfinished], coverage, openings }).grew).toEqual([]);
    expect(learnToday({ ...base, today: '2027-01-05', plans: [grown], coverage, openings }).grew).toEqual([]);
  });
});
