/** Calendar days as a manager reads them ("23 Nov 2026"), in UTC like the rest of src/domain/dates.ts. */
import { daysBetween } from './dates.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDay(iso: string): string {
  const ms = Date.parse(iso.slice(0, 10));
  return Number.isNaN(ms) ? iso : dayFormat.format(ms);
}

/** "today", "tomorrow", "in 5 days", "yesterday", "12 days ago". */
export function relativeDay(iso: string, today: string): string {
  const d = daysBetween(today, iso);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}
