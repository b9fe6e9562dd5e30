import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

export const PersonStatus = z.enum(['member', 'new-hire', 'moved-on']);

/** Someone on the team. People who move on are kept, with status "moved-on", so history stays whole. */
export const Person = z.object({
  id: Id,
  name: Name,
  role: ShortText.default(''),
  level: ShortText.default(''),
  startDate: IsoDate.optional(),
  status: PersonStatus.default('member'),
  /** How they fit and what they bring. */
  fit: Text.default(''),
  movedOnDate: IsoDate.optional(),
  /** Their handles on GitHub or GitLab (without @), so CODEOWNERS and Backstage owners find them. */
  handles: z.array(ShortText.trim().min(1)).optional(),
  /** Their work e-mail addresses, so CODEOWNERS owners and git history find them. */
  emails: z.array(ShortText.trim().min(1)).optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Person = z.infer<typeof Person>;
