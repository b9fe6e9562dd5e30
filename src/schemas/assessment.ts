import { z } from 'zod';
import { Id, IsoDateTime, SampleFlag, ShortText } from './common.ts';

export const AssessmentSource = z.enum(['manager', 'self', 'check-in', 'interview', 'import']);

/**
 * One observation of a person's level in a capability. Assessments are only ever
 * appended: the matrix shows the latest per cell, the rest is the history.
 * `level: null` records that the cell was cleared.
 */
export const Assessment = z.object({
  id: Id,
  personId: Id,
  capabilityId: Id,
  level: z.number().int().min(0).max(20).nullable(),
  /** "Wants to grow here." */
  interested: z.boolean().default(false),
  at: IsoDateTime,
  source: AssessmentSource,
  note: ShortText.optional(),
  sample: SampleFlag,
});
export type Assessment = z.infer<typeof Assessment>;
