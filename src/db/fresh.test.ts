import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { stamp } from './fresh.ts';

describe('stamp', () => {
  it('is now when the clock has moved past the version it replaces', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T10:00:00.000Z') });
    onTestFinished(() => void vi.useRealTimers());
    expect(stamp('2026-12-06T09:59:59.000Z')).toBe('2026-12-06T10:00:00.000Z');
    expect(stamp()).toBe('2026-12-06T10:00:00.000Z');
  });

  it('is later than the version it replaces, within the same millisecond or with a clock behind', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T10:00:00.000Z') });
    onTestFinished(() => void vi.useRealTimers());
    expect(stamp('2026-12-06T10:00:00.000Z')).toBe('2026-12-06T10:00:00.001Z');
    expect(stamp('2026-12-06T11:00:00.000Z')).toBe('2026-12-06T11:00:00.001Z');
  });
});
