/**
 * A checklist read from Markdown (onboarding-checklist.ts) as a template's items: the
 * same shape whether it is one of Turbine's own templates (content/onboarding, read at
 * build time) or a manager's imported checklist.
 */
import type { OnboardingChecklistDraft } from './onboarding-checklist.ts';
import type { OnboardingTemplateItem } from '../schemas/onboarding.ts';

export function templateItemsOf(draft: OnboardingChecklistDraft): Omit<OnboardingTemplateItem, 'id'>[] {
  return draft.items.map((item) => ({
    title: item.title,
    period: item.period,
    offset: Math.max(0, item.offset),
    type: item.type,
    owner: item.owner,
    section: item.section,
    check: '',
    steps: item.steps.map((title) => ({ title, done: false })),
    ...(item.url ? { url: item.url } : {}),
    notes: item.notes,
  }));
}
