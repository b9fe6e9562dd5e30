import { z } from 'zod';
import { IsoDateTime } from './common.ts';
import { DEFAULT_RETENTION_DAYS } from './defaults.ts';

/** Workspace-wide preferences. Stored as a single row. */
export const Settings = z.object({
  /** Days after rejection or withdrawal before a candidate's personal data is due for removal. */
  retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  lastExportAt: IsoDateTime.optional(),
});
export type Settings = z.infer<typeof Settings>;
