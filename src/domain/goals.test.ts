import { describe, expect, it } from 'vitest';
import { goalStatusOn, goalsDoneOn } from './goals.ts';

const goal = {
  status: 'done' as const,
  history: [
    { status: 'not-started' as const, on: '2026-03-20' },
    { status: 'at-risk' as const, on: '2026-06-25' },
    { status: 'done' as const, on: '2026-09-24' },
  ],
};

describe('goalStatusOn', () => {
  it('gives the status of the latest change on or before the day', () => {
    expect(goalStatusOn(goal, '2026-03-20')).toBe('not-started');
    expect(goalStatusOn(goal, '2026-06-24')).toBe('not-started');
    expect(goalStatusOn(goal, '2026-06-25')).toBe('at-risk');
    expect(goalStatusOn(goal, '2026-12-01')).toBe('done');
  });

  it('counts a goal as not started before it was set', () => {
    expect(goalStatusOn(goal, '2026-01-01')).toBe('not-started');
  });

  it('falls back to the status when there is no history', () => {
    expect(goalStatusOn({ status: 'on-track', history: [] }, '2026-01-01')).toBe('on-track');
  });
});

describe('goalsDoneOn', () => {
  it('counts goals done as they stood that day', () => {
    const other = { status: 'dropped' as const, history: [{ status: 'dropped' as const, on: '2026-06-25' }] };
    expect(goalsDoneOn([goal, other], '2026-06-30')).toEqual({ done: 0, total: 2 });
    expect(goalsDoneOn([goal, other], '2026-09-30')).toEqual({ done: 1, total: 2 });
  });
});
