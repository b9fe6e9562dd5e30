/**
 * Days and quarters as the user lives them. Every "today", "this quarter", "overdue" and
 * "days in stage" goes through this module.
 *
 * - A **day** is a calendar date, `YYYY-MM-DD`, with no time zone (Temporal's PlainDate model).
 * - A **moment** (`at`, `submittedAt`, … fields) is an ISO instant. Its day is the calendar day
 *   the user's clock showed at that moment, so a stage move made at 23:30 in Auckland counts on
 *   that Auckland day, not on the UTC day before.
 *
 * The local day comes from the platform's local calendar fields (`Date`'s local getters follow
 * the browser's time zone, and Playwright's `timezoneId` emulates it); counting days between
 * two calendar dates needs no time zone at all. We use those rather than `temporal-polyfill`:
 * its smallest build adds 8 KB gzip to every page that shows a day, which Home's 60 KB budget
 * cannot take, and these few operations need none of Temporal's time-zone machinery.
 */
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment. */
export function localDayOf(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The user's calendar day now. */
export function localToday(now: Date = new Date()): string {
  return localDayOf(now);
}

/** The calendar day a count of epoch days stands for (read in UTC, where a day is always 24 hours). */
function dayOfEpochDay(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** True for a well-formed calendar day such as 2026-02-28 (not 2026-02-30). */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  return m !== null && dayOfEpochDay(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) === text;
}

/**
 * The day of a day or a moment: a day is itself; a moment is its local calendar day.
 * Text that is neither is returned unchanged, so callers can show it rather than crash.
 */
export function dayOf(dayOrMoment: string): string {
  if (DAY.test(dayOrMoment)) return dayOrMoment;
  const ms = Date.parse(dayOrMoment);
  return Number.isNaN(ms) ? dayOrMoment : localDayOf(new Date(ms));
}

/** Calendar days since the epoch: whole days, free of daylight-saving shifts. */
function epochDay(day: string): number {
  const m = DAY.exec(dayOf(day));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : Number.NaN;
}

/**
 * When a day or moment is, as epoch milliseconds: a moment is its instant, a day the local
 * midnight it begins at. With endOfDay, a walk over a long history compares numbers instead
 * of building a day string for every record.
 */
export function timeOf(dayOrMoment: string): number {
  const m = DAY.exec(dayOrMoment);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : Date.parse(dayOrMoment);
}

/**
 * The epoch milliseconds at which the local day after `day` begins: a day or moment is on or
 * before `day` (in the user's calendar) exactly when its timeOf is less than this.
 */
export function endOfDay(day: string): number {
  const m = DAY.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() : Number.NaN;
}

/** Calendar days from one day (or moment's day) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The day `days` calendar days after (or before, when negative) a day. */
export function addDays(day: string, days: number): string {
  return dayOfEpochDay(epochDay(day) + days);
}

/** The quarter of a day (or a moment's local day), e.g. "2026-Q4". */
export function quarterOf(dayOrMoment: string): string {
  const day = dayOf(dayOrMoment);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter the user is in now. */
export function thisQuarter(now: Date = new Date()): string {
  return quarterOf(localToday(now));
}

/**
 * The moment to store for something that happened on `day`: now when it is today, else
 * midday on that day in the user's time zone, so it stays on that day when shown here.
 */
export function momentOn(day: string, now: Date = new Date()): string {
  if (day === localToday(now)) return now.toISOString();
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`expected a day like 2026-11-23, got ${JSON.stringify(day)}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).toISOString();
}

/** A quarter `steps` quarters after (or before, when negative) another: 2026-Q1 − 1 is 2025-Q4. */
export function addQuarters(quarter: string, steps: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + steps;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/** The first and last calendar day of a quarter, e.g. 2026-Q4 → 2026-10-01 … 2026-12-31. */
export function daysOfQuarter(quarter: string): { first: string; last: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const first = `${pad(year, 4)}-${pad((q - 1) * 3 + 1)}-01`;
  return { first, last: addDays(q === 4 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(q * 3 + 1)}-01`, -1) };
}

/** Whether a day, or a moment's local day, falls in a quarter. */
export function isInQuarter(dayOrMoment: string, quarter: string): boolean {
  return quarterOf(dayOrMoment) === quarter;
}
