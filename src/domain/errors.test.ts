import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';

describe('describeError', () => {
  it('gives quota errors their own advice, also when Dexie wraps them', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(describeError(quota, 'save')).toMatch(/^Could not save: the browser has run out of space/);
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    expect(describeError(wrapped, 'import the file')).toMatch(/run out of space/);
  });
  it('tells the user to reload when storage was closed under them', () => {
    expect(describeError(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }), 'save')).toMatch(/Reload the page/);
  });
  it('lists what a failed schema check found, field by field', async () => {
    const { Decision } = await import('../schemas/decision.ts');
    const result = Decision.safeParse({ id: '12345678-1234-4234-8234-123456789abc', title: '  ', date: '2026-13-01' });
    expect(describeError(result.error, 'save the decision')).toBe(
      'Could not save the decision: title: must not be empty; date: must be a date like 2026-11-23',
    );
    const { OneOnOne } = await import('../schemas/one-on-one.ts');
    const bad = OneOnOne.safeParse({ id: '12345678-1234-4234-8234-123456789abc', personId: '12345678-1234-4234-8234-123456789abc', date: '2026-11-01', actionItems: [{ id: 'x', text: 'a' }] });
    expect(describeError(bad.error, 'save the 1:1')).toBe('Could not save the 1:1: action items #1 id: must be a UUID');
  });
  it('keeps the original message otherwise', () => {
    expect(describeError(new Error('disk on fire'), 'export the workspace')).toBe('Could not export the workspace: disk on fire');
  });
});
