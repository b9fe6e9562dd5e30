/**
 * What changed between format 3 and format 4 (the Grow phase), as one pure step that both
 * the workspace-file migration (src/io/migrations.ts) and the database upgrade
 * (src/db/versions.ts) run, so a v3 file and a v3 database come out the same.
 * A check-in's free-text fields become the structured check-in of src/schemas/check-in.ts:
 *
 * - `strengths` (one text) becomes one strength, its "how it was used" empty;
 * - `toImprove` becomes `areasToGrow`, and `stretch` (one text) one piece of stretch work;
 * - `energy` (1–5) becomes the overall rating of `engagement`, beside the six BICEPS needs;
 * - it is marked held (format 3 had no drafts), with no evidence, level checks, manager
 *   notes or issued self-review files yet: rows in the database are never validated on the way out, so they
 *   must hold every field the app reads.
 *
 * The input is not validated yet, so anything of an unexpected shape is passed on as it
 * is, for validation to report.
 */
type Row = Record<string, unknown>;

export function liftToFormat4(checkIns: unknown[]): unknown[] {
  return checkIns.map((checkIn) => (isRow(checkIn) ? liftCheckIn(checkIn) : checkIn));
}

function liftCheckIn(checkIn: Row): Row {
  const { strengths, toImprove, stretch, energy, ...rest } = checkIn;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
  const one = (value: unknown, lift: (text: string) => Row | string): unknown =>
    value === undefined || value === '' ? [] : typeof value === 'string' ? (value.trim() === '' ? [] : [lift(value.trim())]) : value;
  return {
    ...rest,
    held: checkIn.held ?? true,
    strengths: Array.isArray(strengths) ? strengths : one(strengths, (t) => ({ text: t, howUsed: '' })),
    wins: checkIn.wins ?? [],
    areasToGrow: checkIn.areasToGrow ?? text(toImprove) ?? '',
    stretch: Array.isArray(stretch) ? stretch : one(stretch, (t) => ({ text: t })),
    engagement: checkIn.engagement ?? { ...(energy === undefined ? {} : { overall: energy }), note: '' },
    growthInTheirWords: checkIn.growthInTheirWords ?? '',
    evidence: checkIn.evidence ?? [],
    levels: checkIn.levels ?? [],
    managerNotes: checkIn.managerNotes ?? { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' },
    selfReviews: checkIn.selfReviews ?? [],
  };
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
