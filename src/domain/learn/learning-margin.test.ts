import { describe, expect, it } from 'vitest';
import { HOURS_PER_WORKDAY, learningMargin, quarterDays } from './learning-margin.ts';
import type { OnboardingItem, OnboardingPlan } from '../../schemas/onboarding.ts';

const item = (offset: number, fields: Partial<OnboardingItem> = {}): OnboardingItem => ({
  id: `i${offset}`, title: 'x', period: 'week-1', offset, type: 'read', owner: 'learner', section: '', check: '', steps: [], notes: '', status: 'todo', ...fields,
});
const plan = (personId: string, startDate: string, items: OnboardingItem[]): OnboardingPlan => ({ id: `p-${personId}`, personId, title: 't', kind: 'rotation', startDate, items });

describe('learning margin', () => {
  it('knows the days of a quarter, across the year end', () => {
    expect(quarterDays('2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(quarterDays('2028-Q1')).toEqual({ first: '2028-01-01', last: '2028-03-31' });
  });

  it('sets planned and done hours against the workdays someone is on the team', () => {
    const plans = [
      plan('mei', '2026-12-01', [
        item(0, { effortHours: 8, status: 'done', completedOn: '2026-12-01' }),
        item(5, { effortHours: 16 }),
        item(30, { effortHours: 40 }), // due in January: next quarter
        item(2), // no estimate
      ]),
    ];
    const people = [
      { id: 'mei', status: 'member' },
      // Started on Monday 30 November: 24 workdays to 31 December.
      { id: 'kwame', status: 'new-hire', startDate: '2026-11-30' },
    ];
    const m = learningMargin(plans, people, '2026-Q4', 15);
    const mei = m.people.find((r) => r.personId === 'mei')!;
    // Q4 2026 has 66 workdays.
    expect(mei).toMatchObject({ planned: 24, done: 8, available: 66 * HOURS_PER_WORKDAY, unestimated: 1 });
    expect(mei.plannedShare).toBeCloseTo(24 / 528);
    expect(m.people.find((r) => r.personId === 'kwame')!.available).toBe(24 * HOURS_PER_WORKDAY);
    expect(m.team).toMatchObject({ planned: 24, done: 8, available: 90 * HOURS_PER_WORKDAY, unestimated: 1 });
    expect(m.target).toBe(0.15);
  });

  it('counts a done item in the quarter it was done, and nobody who had left before the quarter', () => {
    const plans = [plan('ada', '2026-09-01', [item(0, { effortHours: 10, status: 'done', completedOn: '2026-10-02' })])];
    const m = learningMargin(plans, [{ id: 'ada', status: 'member' }, { id: 'gone', status: 'moved-on', movedOnDate: '2026-09-15' }], '2026-Q4', 10);
    expect(m.people.map((r) => [r.personId, r.planned, r.done])).toEqual([['ada', 0, 10]]);
  });
});
