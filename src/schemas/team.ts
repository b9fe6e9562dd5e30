import { z } from 'zod';
import { Id, Name, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

/** A partner team the team works with, and who leads it. */
export const PartnerTeam = z.object({
  name: Name,
  lead: ShortText.default(''),
});

/** The team charter: what the team is for. */
export const Team = z.object({
  id: Id,
  name: Name,
  /** Why the team exists, in a sentence or two. */
  mission: Text.default(''),
  /** The value the team brings to the company and its partners. */
  value: Text.default(''),
  /** A vision or slogan people remember. */
  vision: ShortText.default(''),
  // What the team owns is kept as System records (src/schemas/system.ts) since format 2;
  // format 1's `scope` strings are migrated into them.
  partners: z.array(PartnerTeam).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Team = z.infer<typeof Team>;
