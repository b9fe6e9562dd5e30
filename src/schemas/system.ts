import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, ShortText, Text, UpdatedAt, WebLink } from './common.ts';

export const SystemKind = z.enum(['service', 'library', 'data', 'domain', 'process']);
export type SystemKind = z.infer<typeof SystemKind>;

/** Where a system's docs or runbooks live. */
export const DocLink = z.object({
  label: ShortText.default(''),
  url: WebLink,
});

/** A part of the surface area the team owns: a service, a library, a data set, a domain or a process. */
export const System = z.object({
  id: Id,
  name: Name,
  kind: SystemKind.default('service'),
  description: Text.default(''),
  links: z.array(DocLink).default([]),
  /** People who own it. */
  ownerIds: z.array(Id).default([]),
  /** Capabilities someone needs to work on it. */
  capabilityIds: z.array(Id).default([]),
  /**
   * Where it came from, so a re-import updates it instead of adding a copy:
   * a Backstage entity ref ("component:default/ledger") or a CODEOWNERS path.
   */
  externalKey: ShortText.optional(),
  /** Who wrote its code, from the repository history the manager pasted (src/domain/learn/authorship.ts). */
  history: z
    .object({
      analysedOn: IsoDate,
      /** Files of the system in the history's current code. */
      files: z.number().int().min(0),
      truckFactor: z.number().int().min(0),
      /** Authors by how many of its files they are authors of, most first. */
      authors: z.array(z.object({ email: ShortText, personId: Id.optional(), files: z.number().int().min(0) })).max(100),
    })
    .optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type System = z.infer<typeof System>;
