import { z } from 'zod';
import { Id, Name, SampleFlag, ShortText, Text } from './common.ts';

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
  /** Systems and domains the team owns. */
  scope: z.array(ShortText).default([]),
  partners: z.array(PartnerTeam).default([]),
  sample: SampleFlag,
});
export type Team = z.infer<typeof Team>;
