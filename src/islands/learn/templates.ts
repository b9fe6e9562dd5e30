/** Turbine's own onboarding templates (content/onboarding/*.md), read at build time and handed to the Learn islands. */
import type { OnboardingPlanKind, OnboardingTemplateItem } from '../../schemas/onboarding.ts';

export interface BuiltInTemplate {
  /** The file's name without .md: "new-hire", "rotation". A plan made from it keeps this as its templateId. */
  id: string;
  name: string;
  kind: OnboardingPlanKind;
  summary: string;
  items: Omit<OnboardingTemplateItem, 'id'>[];
}
