/**
 * Workdays of an onboarding plan. An item is due a number of **workdays** after the plan's
 * start (its offset), not a number of calendar days: "pair on a deploy on day 3" means the
 * third working day whether the person starts on a Monday or a Thursday. Weekends (Saturday,
 * Sunday) are skipped; public holidays are not known here, so the manager moves those items.
 *
 * - Offset 0 is the start day when it is a workday, else the Monday after it.
 * - Offset n is the n-th workday after that; a negative offset counts back ("before day 1").
 * - Days are `YYYY-MM-DD` calendar days (see ./dates.ts): no time zone takes part, so an item's
 *   due day is the same everywhere, and "overdue" compares it with the user's local today.
 *
 * Periods, counted as calendar days of a plan that starts on a Monday, each ending on the last
 * workday on or before its last day:
 *
 * | period | calendar days | workday offsets | default offset (due by) |
 * |--------|---------------|-----------------|-------------------------|
 * | week-1 | 1–7           | 0–4 (and < 0)   | 4  (Friday of week 1)   |
 * | day-30 | 8–30          | 5–21            | 21 (day 30, a Tuesday)  |
 * | day-60 | 31–60         | 22–43           | 43 (day 60, a Thursday) |
 * | day-90 | 61–90         | 44 and later    | 64 (day 89, the Friday) |
 *
 * The helpers below need only what ./dates.ts already has (daysBetween, addDays, isDay); the
 * weekday of a day is computed here from its distance to a known Monday rather than added there.
 */
import { addDays, daysBetween, isDay } from './dates.ts';
import type { OnboardingPlan } from '../schemas/onboarding.ts';

export type OnboardingPeriod = OnboardingPlan['items'][number]['period'];

/** A Monday, from which weeks are counted. */
const MONDAY = '2024-01-01';

/** Workday offsets at which each period ends (inclusive); day-90 also holds everything later. */
const PERIOD_ENDS: readonly [OnboardingPeriod, number][] = [
  ['week-1', 4],
  ['day-30', 21],
  ['day-60', 43],
  ['day-90', 64],
];

function checkDay(day: string): void {
  if (!isDay(day)) throw new RangeError(`expected a day like 2026-11-23, got ${JSON.stringify(day)}`);
}

function checkOffset(offset: number): void {
  if (!Number.isInteger(offset)) throw new RangeError(`expected a whole number of workdays, got ${String(offset)}`);
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: string): number {
  checkDay(day);
  return mod(daysBetween(MONDAY, day), 7);
}

/** True from Monday to Friday. */
export function isWorkday(day: string): boolean {
  return weekdayOf(day) < 5;
}

/** The day itself when it is a workday, else the Monday after it. */
export function nextWorkdayFrom(day: string): string {
  const weekday = weekdayOf(day);
  return weekday < 5 ? day : addDays(day, 7 - weekday);
}

/** Workdays counted from MONDAY: the same count for a weekend day as for the Monday after it. */
function workdayIndex(day: string): number {
  const days = daysBetween(MONDAY, nextWorkdayFrom(day));
  return Math.floor(days / 7) * 5 + mod(days, 7);
}

function dayOfWorkdayIndex(index: number): string {
  return addDays(MONDAY, Math.floor(index / 5) * 7 + mod(index, 5));
}

/**
 * The day an item `offset` workdays into a plan is due: offset 0 is the start day if it is a
 * workday, else the Monday after; weekends are skipped both ways. Throws on a malformed day or
 * a fractional offset (a programming error, not a user's).
 */
export function workdayAfter(start: string, offset: number): string {
  checkOffset(offset);
  return dayOfWorkdayIndex(workdayIndex(start) + offset);
}

/**
 * The offset that puts an item on `to` in a plan starting on `from`: the inverse of
 * workdayAfter, for moving an item by choosing a date. A weekend `to` counts as the Monday after
 * it (where workdayAfter would put the item); a `to` before the start gives a negative offset.
 */
export function workdaysBetween(from: string, to: string): number {
  return workdayIndex(to) - workdayIndex(from);
}

/**
 * A plan's items not done and due before `today`: exactly those whose offset is below the
 * workdays from the start to today, so one count per plan decides, not a date per item
 * (Home and the plans page go over thousands of items).
 */
export function overdueItemsOf<I extends { offset: number; status: string }>(plan: { startDate: string; items: readonly I[] }, today: string): I[] {
  const elapsed = workdaysBetween(plan.startDate, today);
  return plan.items.filter((i) => i.status !== 'done' && i.offset < elapsed);
}

/** The period an offset falls in (see the table above); offsets before the start count as week 1. */
export function periodOfOffset(offset: number): OnboardingPeriod {
  checkOffset(offset);
  return PERIOD_ENDS.find(([, end]) => offset <= end)?.[0] ?? 'day-90';
}

/** The offset an item of a period is due by when nothing pins its day: the period's last workday. */
export function defaultOffsetOf(period: OnboardingPeriod): number {
  return PERIOD_ENDS.find(([p]) => p === period)![1];
}

/**
 * The workday offset of calendar day `n` (1-based, "Day 30") of a plan that starts on a Monday:
 * the last workday on or before it, so a weekend day gives the Friday before. Day 1 is 0.
 */
export function offsetOfCalendarDay(n: number): number {
  checkOffset(n);
  if (n < 1) return n - 1;
  const d = n - 1;
  return Math.floor(d / 7) * 5 + Math.min(d % 7, 4);
}

/** How a due day stands against the user's local today (from localToday()). */
export function dueState(due: string, today: string): 'overdue' | 'today' | 'upcoming' {
  const days = daysBetween(today, due);
  return days < 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming';
}
