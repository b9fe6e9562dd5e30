/**
 * When to nudge a manager to export. Safari erases script-written storage of sites not
 * visited for seven days, so a week without an export is the point where data is at risk.
 */
import { daysBetween } from './dates.ts';

export const BACKUP_REMINDER_DAYS = 7;

export type BackupState =
  | { kind: 'empty' }
  | { kind: 'never' }
  | { kind: 'recent'; daysAgo: number }
  | { kind: 'overdue'; daysAgo: number };

export function backupState(lastExportAt: string | undefined, hasData: boolean, today: string): BackupState {
  if (!hasData) return { kind: 'empty' };
  if (!lastExportAt) return { kind: 'never' };
  const daysAgo = daysBetween(lastExportAt, today);
  return daysAgo >= BACKUP_REMINDER_DAYS ? { kind: 'overdue', daysAgo } : { kind: 'recent', daysAgo };
}
