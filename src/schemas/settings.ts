import { z } from 'zod';
import { IsoDateTime } from './common.ts';
import { DEFAULT_RETENTION_DAYS } from './defaults.ts';

/** Workspace-wide preferences. Stored as a single row. */
export const Settings = z.object({
  /** Days after rejection or withdrawal before a candidate's personal data is due for removal. */
  retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  /** The share of the team's time set aside for learning each quarter, in per cent (unset: DEFAULT_LEARNING_MARGIN in defaults.ts). */
  learningMarginTarget: z.number().min(0).max(100).optional(),
  // Last: an export sets it on the settings it read, and the file must come out the same each time.
  lastExportAt: IsoDateTime.optional(),
});
export type Settings = z.infer<typeof Settings>;
