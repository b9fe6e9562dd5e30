import { z } from 'zod';
import { Id, Name, SampleFlag, ShortText, UpdatedAt, Text, WebLink } from './common.ts';

/** A group of related capabilities, e.g. "Delivery" or "Payments domain". */
export const CapabilityArea = z.object({
  id: Id,
  name: Name,
  description: Text.default(''),
  order: z.number().int().default(0),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type CapabilityArea = z.infer<typeof CapabilityArea>;

/** One named level of a scale. Frameworks bring their own; values need not be contiguous. */
export const ScaleLevel = z.object({
  value: z.number().int().min(0).max(20),
  name: Name,
  description: Text.default(''),
});

export const LevelScale = z
  .object({
    id: Id,
    name: Name,
    levels: z.array(ScaleLevel).min(1, { error: 'a scale needs at least one level' }),
    sample: SampleFlag,
    updatedAt: UpdatedAt,
  })
  .refine((s) => new Set(s.levels.map((l) => l.value)).size === s.levels.length, {
    error: 'level values must be unique within a scale',
    path: ['levels'],
  });
export type LevelScale = z.infer<typeof LevelScale>;

export const CapabilityKind = z.enum(['technical', 'non-technical', 'domain']);
export type CapabilityKind = z.infer<typeof CapabilityKind>;

/** A link a framework gives to explain a criterion, e.g. an FT competency's supportingUrls. */
export const CriterionLink = z.object({
  label: ShortText,
  url: WebLink,
});

/**
 * A criterion with what a published framework attaches to it, kept together: the examples
 * under it (Monzo's exampleCriteria, where the criterion may be a sub-level label such as
 * "Criteria for sublevel A" whose examples are the real content), the proficiency an FT
 * competency expects, and its supporting links. Every field but the criterion is optional,
 * so a record without them reads and exports exactly as before (added in format 2, additively).
 */
export const DetailedCriterion = z.object({
  criterion: Text,
  examples: z.array(Text).optional(),
  /** As the framework names it, e.g. "Working knowledge". */
  proficiency: ShortText.optional(),
  links: z.array(CriterionLink).optional(),
});
export type DetailedCriterion = z.infer<typeof DetailedCriterion>;

/** What a person at a given level of this capability does. */
export const LevelDescriptor = z.object({
  level: z.number().int().min(0).max(20),
  /** Criteria that are text alone. */
  criteria: z.array(Text).default([]),
  /** Examples of the level as a whole, not of one criterion. */
  examples: z.array(Text).default([]),
  /** Criteria with their own examples, proficiency or links, in the framework's order, after `criteria`. */
  detailed: z.array(DetailedCriterion).optional(),
});
export type LevelDescriptor = z.infer<typeof LevelDescriptor>;

/** "At least `people` people at level >= `level`". */
export const CapabilityTarget = z.object({
  people: z.number().int().min(0).max(10_000),
  level: z.number().int().min(0).max(20),
});

/** Something the team must be able to do. */
export const Capability = z.object({
  id: Id,
  areaId: Id,
  name: Name,
  kind: CapabilityKind.default('technical'),
  description: Text.default(''),
  scaleId: Id,
  descriptors: z.array(LevelDescriptor).default([]),
  target: CapabilityTarget.optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Capability = z.infer<typeof Capability>;
