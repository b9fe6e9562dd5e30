/**
 * Days and moments as a manager reads them, in the page's locale: "23 Nov 2026" for a day,
 * "23 Nov 2026, 14:05" for a moment in the user's time zone. The one display format for
 * dates in the UI; raw ISO text is never shown.
 */
import { dayOf, daysBetween, isDay } from './dates.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

const DAY_PARTS = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** A day, or a moment's local day. `locale` defaults to the page's. Text that is neither is shown as is. */
export function formatDay(dayOrMoment: string, locale?: string): string {
  const day = dayOf(dayOrMoment);
  if (!isDay(day)) return dayOrMoment;
  // A day has no time zone: format its calendar fields as they are (midnight UTC, read in UTC).
  return format(locale, { ...DAY_PARTS, timeZone: 'UTC' }).format(Date.parse(day));
}

/** A moment with its local time of day. */
export function formatMoment(moment: string, locale?: string): string {
  const ms = Date.parse(moment);
  if (Number.isNaN(ms)) return moment;
  // The local calendar fields (which follow the time zone), formatted as they are: the same
  // cached formatter then serves every zone, as for days.
  const d = new Date(ms);
  const fields = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
  return format(locale, { ...DAY_PARTS, hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(fields);
}

/** "today", "tomorrow", "in 5 days", "yesterday", "12 days ago". */
export function relativeDay(dayOrMoment: string, today: string): string {
  const d = daysBetween(today, dayOrMoment);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}
