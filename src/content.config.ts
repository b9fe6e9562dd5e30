/**
 * Content collections. `guides`: one short Markdown guide per phase in
 * content/guides/, with strictly checked front matter so a typo in a guide
 * fails the build instead of shipping a broken page. `conversationTemplates`:
 * question lists for a kind of 1:1 (content/templates/<kind>.md), offered on
 * the 1:1s page. `onboardingTemplates`: Learn's built-in templates (content/onboarding/). `planTemplates`:
 * the first-90-days plan's template (content/plans/).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Phase, PersonTaskTemplate, PlanPlace, PlanTick } from './schemas/plan.ts';

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

/** The kinds of 1:1 a template can be for; the same names as OneOnOne.kind in src/schemas/one-on-one.ts. */
export const conversationKinds = ['getting-to-know-you', 'regular'] as const;

export const conversationTemplateSchema = z.strictObject({
  title: nonEmpty,
  kind: z.enum(conversationKinds),
  summary: nonEmpty,
  /** Asked in our own words; enough to choose from, few enough to read before the meeting. */
  questions: z.array(nonEmpty.max(300)).min(10).max(14),
});

const conversationTemplates = defineCollection({
  // Named files only, so other templates can live beside these in content/templates/.
  loader: glob({ pattern: '{getting-to-know-you,regular}.md', base: './content/templates' }),
  schema: conversationTemplateSchema,
});

/** Turbine's own onboarding templates: a Markdown checklist each (the format a manager's imported checklist has), read by src/io/onboarding-checklist.ts. */
export const onboardingTemplateSchema = z.strictObject({
  name: nonEmpty.max(200),
  kind: z.enum(['new-hire', 'rotation']),
  summary: nonEmpty.max(500),
});

const onboardingTemplates = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/onboarding' }),
  schema: onboardingTemplateSchema,
});

/** The first-90-days plan's template (content/plans/): the same task shapes a stored plan holds (src/schemas/plan.ts). */
export const planTemplateSchema = z.strictObject({
  name: nonEmpty.max(200),
  summary: nonEmpty.max(500),
  eachPerson: z.array(PersonTaskTemplate.strict()).max(5),
  tasks: z
    .array(z.strictObject({ week: z.number().int().min(1).max(13), phase: Phase, title: nonEmpty.max(500), ticks: PlanTick.optional(), where: PlanPlace.optional() }))
    .min(10)
    .max(60),
});
export type PlanTemplate = z.infer<typeof planTemplateSchema>;

const planTemplates = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/plans' }),
  schema: planTemplateSchema,
});

export const collections = { guides, conversationTemplates, onboardingTemplates, planTemplates };
