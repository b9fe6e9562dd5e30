/**
 * What changed between format 2 and format 3 (the Learn phase), as one pure step that
 * both the workspace-file migration (src/io/migrations.ts) and the database upgrade
 * (src/db/versions.ts) run, so a v2 file and a v2 database come out the same:
 *
 * - an onboarding item is due on a **workday offset** from its plan's start instead of a
 *   fixed day, so moving the start moves the plan: a v2 `due` day becomes the workdays from
 *   the start to it (a due day before the start, or none, becomes its period's usual offset);
 * - items gain an owner (the learner), a section, a "how we know it's done" check and
 *   sub-steps, filled here with what a new item has: rows in the database are never
 *   validated on the way out, so they must hold every field the app reads.
 *
 * The onboarding templates kind is new in format 3 and starts empty. People's handles and
 * e-mails and the learning margin are optional and need nothing.
 *
 * The input is not validated yet, so anything of an unexpected shape is passed on as it
 * is, for validation to report.
 */
import { isDay } from './dates.ts';
import { defaultOffsetOf, workdaysBetween } from './workdays.ts';
import type { OnboardingPeriod } from '../schemas/onboarding.ts';

type Row = Record<string, unknown>;

const PERIODS: readonly unknown[] = ['week-1', 'day-30', 'day-60', 'day-90'];

export function liftToFormat3(plans: unknown[]): unknown[] {
  return plans.map((plan) => {
    if (!isRow(plan) || !Array.isArray(plan.items)) return plan;
    const start = typeof plan.startDate === 'string' && isDay(plan.startDate) ? plan.startDate : undefined;
    return { ...plan, items: plan.items.map((item) => (isRow(item) ? liftItem(item, start) : item)) };
  });
}

function liftItem(item: Row, start: string | undefined): Row {
  const { due, ...rest } = item;
  const usual = PERIODS.includes(item.period) ? defaultOffsetOf(item.period as OnboardingPeriod) : 0;
  const fromDue = start && typeof due === 'string' && isDay(due) ? workdaysBetween(start, due) : undefined;
  return {
    ...rest,
    offset: 'offset' in item ? item.offset : fromDue !== undefined && fromDue >= 0 ? fromDue : usual,
    owner: item.owner ?? 'learner',
    section: item.section ?? '',
    check: item.check ?? '',
    steps: item.steps ?? [],
  };
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
