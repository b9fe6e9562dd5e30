/**
 * What changed between format 5 and format 6 (interview kits for interviewers who score from
 * their own machines), as one pure step that both the workspace-file migration
 * (src/io/migrations.ts) and the database upgrade (src/db/versions.ts) run, so a v5 file and a
 * v5 database come out the same. A candidate gains `interviewKits`, the kit files given out for
 * them: none for a format-5 candidate. Scorecards gain an optional `source`, absent on every
 * older one (they were all written in the manager's own Turbine), so they need no step. Rows in
 * the database are never validated on the way out, so the field must be written, not left to a
 * schema default.
 *
 * The input is not validated yet, so anything of an unexpected shape is passed on as it is,
 * for validation to report.
 */
export function liftToFormat6(candidates: unknown[]): unknown[] {
  return candidates.map((c) => (typeof c === 'object' && c !== null && !Array.isArray(c) ? { ...c, interviewKits: (c as { interviewKits?: unknown }).interviewKits ?? [] } : c));
}
