import { z } from 'zod';

/** A calendar quarter such as 2026-Q4, of the manager's local calendar (see src/domain/dates.ts). */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'must be a quarter like 2026-Q4' });
