/**
 * Content collections. `guides`: one short Markdown guide per phase in
 * content/guides/, with strictly checked front matter so a typo in a guide
 * fails the build instead of shipping a broken page.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const guidePhases = ['design', 'hire', 'learn', 'grow'] as const;

const nonEmpty = z.string().trim().min(1);

export const guideSchema = z.strictObject({
  title: nonEmpty,
  phase: z.enum(guidePhases),
  summary: nonEmpty,
  order: z.number().int().min(1).max(4),
  steps: z.array(nonEmpty).min(3).max(6),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/guides' }),
  schema: guideSchema,
});

export const collections = { guides };
