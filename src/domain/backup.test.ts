import { describe, expect, it } from 'vitest';
import { backupState, BACKUP_REMINDER_DAYS } from './backup.ts';

describe('backupState', () => {
  it('says nothing about an empty workspace', () => {
    expect(backupState(undefined, false, '2026-11-23')).toEqual({ kind: 'empty' });
  });
  it('flags a workspace never exported', () => {
    expect(backupState(undefined, true, '2026-11-23')).toEqual({ kind: 'never' });
  });
  it('is calm for six days and reminds from the seventh', () => {
    expect(BACKUP_REMINDER_DAYS).toBe(7);
    expect(backupState('2026-11-17T23:59:00.000Z', true, '2026-11-23')).toEqual({ kind: 'recent', daysAgo: 6 });
    expect(backupState('2026-11-16T08:00:00.000Z', true, '2026-11-23')).toEqual({ kind: 'overdue', daysAgo: 7 });
  });
});
