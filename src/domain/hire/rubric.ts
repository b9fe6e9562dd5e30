/**
 * Seeding a stage's rubric from the capability library. A capability's level descriptors
 * already say what each level looks like; the rubric says what each interview score looks
 * like. Score n reads as the level levelForScore gives it (the same mapping the hire uses to
 * turn scores into levels), so a new stage starts with anchors the manager edits to what this
 * stage can observe, rather than four blank boxes per capability.
 */
import type { Capability, LevelScale } from '../../schemas/capability.ts';
import type { InterviewLoop } from '../../schemas/hiring.ts';
import { levelForScore } from './hired.ts';

type RubricRow = InterviewLoop['stages'][number]['rubric'][number];
export type Anchors = RubricRow['anchors'];

const SCORES = [1, 2, 3, 4] as const;

/**
 * A descriptor as one anchor: its criteria, one per line (plain ones, then a framework's
 * detailed ones, by their text; their links and proficiency names stay in the library), then
 * its examples.
 */
function describe(descriptor: Capability['descriptors'][number] | undefined): string {
  if (!descriptor) return '';
  const criteria = [...descriptor.criteria, ...(descriptor.detailed ?? []).map((d) => d.criterion)].map((c) => c.trim()).filter(Boolean);
  const examples = descriptor.examples.map((e) => e.trim()).filter(Boolean);
  return [...criteria, ...(examples.length ? [`For example: ${examples.join('; ')}`] : [])].join('\n');
}

/** The anchors the capability's level descriptors give, or undefined when they describe none of the scores. */
export function seededAnchors(capability: Pick<Capability, 'descriptors'>, scale: Pick<LevelScale, 'levels'> | undefined): Anchors | undefined {
  const anchors = Object.fromEntries(SCORES.map((n) => [n, describe(capability.descriptors.find((d) => d.level === levelForScore(n, scale)))])) as Anchors;
  return SCORES.some((n) => anchors[n] !== '') ? anchors : undefined;
}

const blank = (row: RubricRow | undefined) => !row || SCORES.every((n) => row.anchors[n].trim() === '');

/**
 * The rubric with a seeded row for each of `capabilityIds` that has none yet, or only an empty
 * one. A row the manager wrote is never replaced.
 */
export function seedRubric(rubric: readonly RubricRow[], capabilityIds: readonly string[], seed: (capabilityId: string) => Anchors | undefined): RubricRow[] {
  const out = [...rubric];
  for (const capabilityId of capabilityIds) {
    const i = out.findIndex((r) => r.capabilityId === capabilityId);
    if (!blank(out[i])) continue;
    const anchors = seed(capabilityId);
    if (!anchors) continue;
    if (i === -1) out.push({ capabilityId, anchors });
    else out[i] = { capabilityId, anchors };
  }
  return out;
}

/** Whether a row still reads exactly as seeded, so the editor can say where it came from. */
export const isSeeded = (row: RubricRow | undefined, seeded: Anchors | undefined) => !!row && !!seeded && SCORES.every((n) => row.anchors[n] === seeded[n]);
