import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, SampleFlag, ShortText, Text, UpdatedAt } from './common.ts';
import { Quarter } from './quarter.ts';

export { Quarter };

/** The six needs of the BICEPS model of what people need at work (Paloma Medina). */
export const BicepsNeed = z.enum(['belonging', 'improvement', 'choice', 'equality', 'predictability', 'significance']);
export type BicepsNeed = z.infer<typeof BicepsNeed>;

/**
 * Where the person is in their growth, as they describe it: new and ramping up; staying
 * engaged once the code is familiar; multiplying their impact through others.
 */
export const GrowthStage = z.enum(['ramping-up', 'staying-engaged', 'multiplying-impact']);
export type GrowthStage = z.infer<typeof GrowthStage>;

const Rating = z.number().int().min(1, { error: 'must be 1 to 5' }).max(5, { error: 'must be 1 to 5' });

/** A strength and how it was used this quarter. */
export const Strength = z.object({
  text: ShortText.trim().min(1, { error: 'must not be empty' }),
  howUsed: Text.default(''),
});
export type Strength = z.infer<typeof Strength>;

/** Stretch work, tied to the system or capability it stretches into where there is one. */
export const StretchWork = z.object({
  text: ShortText.trim().min(1, { error: 'must not be empty' }),
  systemId: Id.optional(),
  capabilityId: Id.optional(),
});
export type StretchWork = z.infer<typeof StretchWork>;

/** How engaged the person is: each need rated 1 (unmet) to 5 (well met), every one optional. */
export const Engagement = z.object({
  /** Overall energy, 1 (drained) to 5 (thriving): what format 3 recorded as `energy`. */
  overall: Rating.optional(),
  belonging: Rating.optional(),
  improvement: Rating.optional(),
  choice: Rating.optional(),
  equality: Rating.optional(),
  predictability: Rating.optional(),
  significance: Rating.optional(),
  note: Text.default(''),
});
export type Engagement = z.infer<typeof Engagement>;

export const EvidenceKind = z.enum(['learn-item', 'action-item', 'decision', 'interview']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/**
 * Something the person did this quarter that the manager picked from what Turbine already
 * holds. Its words and day are copied, so the check-in still reads right when the source
 * (a plan, a 1:1, a candidate) is later removed; `ref` says where it came from.
 */
export const Evidence = z.object({
  kind: EvidenceKind,
  ref: z.string().min(1).max(200),
  text: ShortText,
  on: IsoDate,
});
export type Evidence = z.infer<typeof Evidence>;

const Level = z.number().int().min(0).max(20);

/**
 * One capability looked at together: the person's own level and the manager's. Both are
 * entered into the matrix history when the manager confirms them (sources "self" and
 * "check-in"); `confirmedAt` says when.
 */
export const LevelCheck = z.object({
  capabilityId: Id,
  self: Level.optional(),
  manager: Level.optional(),
  confirmedAt: IsoDateTime.optional(),
});
export type LevelCheck = z.infer<typeof LevelCheck>;

/** What only the manager sees: never in the person's self-review file or the print view. */
export const ManagerNotes = z.object({
  readyForMoreScope: z.boolean().default(false),
  atRisk: z.boolean().default(false),
  whatWouldKeepThem: Text.default(''),
  notes: Text.default(''),
});
export type ManagerNotes = z.infer<typeof ManagerNotes>;

/**
 * A self-review file the manager gave the person for this check-in: its id and the digest of
 * what it held, so a reply is taken only for a file this workspace issued, unaltered.
 */
export const IssuedSelfReview = z.object({
  partId: Id,
  issuedAt: IsoDateTime,
  /** SHA-256 of the file's data, as lowercase hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest in hex' }),
  /** When its reply was taken into the check-in. */
  repliedAt: IsoDateTime.optional(),
});
export type IssuedSelfReview = z.infer<typeof IssuedSelfReview>;

/** A quarterly growth conversation with one person: at most one per person and quarter. */
export const CheckIn = z.object({
  id: Id,
  personId: Id,
  quarter: Quarter,
  /** The day it was (or will be) held. */
  date: IsoDate,
  /** False while it is a draft being prepared or written; true once the conversation was held. */
  held: z.boolean().default(true),
  strengths: z.array(Strength).max(3, { error: 'at most three strengths' }).default([]),
  wins: z.array(ShortText.trim().min(1, { error: 'must not be empty' })).max(3, { error: 'at most three wins' }).default([]),
  areasToGrow: Text.default(''),
  stretch: z.array(StretchWork).default([]),
  /** The person's goals this check-in discussed (Goal records, which outlive the quarter). */
  goalIds: z.array(Id).default([]),
  feedbackAsked: Text.default(''),
  feedbackGiven: Text.default(''),
  engagement: Engagement.default({ note: '' }),
  growthStage: GrowthStage.optional(),
  /** The growth stage in the person's own words. */
  growthInTheirWords: Text.default(''),
  evidence: z.array(Evidence).default([]),
  levels: z.array(LevelCheck).default([]),
  managerNotes: ManagerNotes.default({ readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' }),
  selfReviews: z.array(IssuedSelfReview).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type CheckIn = z.infer<typeof CheckIn>;
