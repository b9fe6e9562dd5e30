/**
 * Turbine's own onboarding templates (content/onboarding), read at build time with the same
 * reader as a manager's imported checklist: a template the reader cannot read fails the build
 * instead of shipping an empty plan. The Learn pages hand them to their islands as props.
 */
import { getCollection } from 'astro:content';
import { readOnboardingChecklist } from '../../io/onboarding-checklist.ts';
import { templateItemsOf } from '../../io/onboarding-template.ts';
import type { BuiltInTemplate } from '../../islands/learn/templates.ts';

export async function builtInTemplates(): Promise<BuiltInTemplate[]> {
  return (await getCollection('onboardingTemplates')).map((entry) => {
    const draft = readOnboardingChecklist(`${entry.id}.md`, entry.body ?? '');
    if (draft.problems.length > 0 || draft.items.length === 0) throw new Error(`content/onboarding/${entry.id}.md: ${draft.problems.map((p) => p.message).join('; ') || 'no items'}`);
    return { id: entry.id, name: entry.data.name, kind: entry.data.kind, summary: entry.data.summary, items: templateItemsOf(draft) };
  });
}
