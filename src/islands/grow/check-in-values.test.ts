import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepUnsavedDraft, readUnsavedDraft } from '../../db/unsaved-drafts.ts';
import { BufferedCheckInValues, type CheckInValues } from './check-in-values.ts';

const values: CheckInValues = {
  date: '',
  held: false,
  strengths: [{ text: '', howUsed: '' }],
  wins: ['Shipped refunds v2'],
  areasToGrow: 'Writing the design down',
  stretch: [],
  goals: [{ text: 'Three runbooks', status: 'on-track', capabilityIds: [] }],
  feedbackAsked: '',
  feedbackGiven: '',
  engagement: { belonging: 4, note: '' },
  growthInTheirWords: '',
  evidence: [],
  levels: [],
  managerNotes: { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' },
};

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> }).localStorage = {
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
    removeItem: (k) => void store.delete(k),
  };
});
afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

describe('a check-in kept in the browser between keystrokes', () => {
  it('comes back as typed, half-written parts included (an empty strength, no date yet)', () => {
    keepUnsavedDraft('check-in:a:2026-Q4', values);
    expect(readUnsavedDraft('check-in:a:2026-Q4', BufferedCheckInValues)?.values).toEqual(values);
  });

  it('is not used when it does not read as a check-in form, nor when it is not JSON', () => {
    store.set('turbine.unsaved:check-in:b:2026-Q4', JSON.stringify({ values: { ...values, wins: 'all of them' }, at: '2026-12-01T09:00:00.000Z' }));
    expect(readUnsavedDraft('check-in:b:2026-Q4', BufferedCheckInValues)).toBeUndefined();
    store.set('turbine.unsaved:check-in:c:2026-Q4', '{"values": ');
    expect(readUnsavedDraft('check-in:c:2026-Q4', BufferedCheckInValues)).toBeUndefined();
    store.set('turbine.unsaved:check-in:d:2026-Q4', JSON.stringify({ values, at: 'yesterday' }));
    expect(readUnsavedDraft('check-in:d:2026-Q4', BufferedCheckInValues)).toBeUndefined();
  });
});
