/**
 * What changed between format 4 and format 5 (the first-90-days plan), as one pure step that
 * both the workspace-file migration (src/io/migrations.ts) and the database upgrade
 * (src/db/versions.ts) run, so a v4 file and a v4 database come out the same. A plan gains
 * `eachPerson`, the tasks a person who joins later gets: empty for a format-4 plan, which
 * said nothing about them. Its tasks stay ticked by hand, as they were (none names what
 * ticks it). Rows in the database are never validated on the way out, so the field must be
 * written, not left to a schema default.
 *
 * The input is not validated yet, so anything of an unexpected shape is passed on as it
 * is, for validation to report.
 */
export function liftToFormat5(plans: unknown[]): unknown[] {
  return plans.map((plan) => (typeof plan === 'object' && plan !== null && !Array.isArray(plan) ? { ...plan, eachPerson: (plan as { eachPerson?: unknown }).eachPerson ?? [] } : plan));
}
