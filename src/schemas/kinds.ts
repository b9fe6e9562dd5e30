/**
 * The kinds of record in a workspace, in dependency order (a kind only refers to
 * kinds listed before it), with how a manager names them. Kept free of Zod so the
 * light pages (Home) can use it without shipping the schemas.
 */
export const kindLabels = {
  teams: 'Team charters',
  people: 'People',
  levelScales: 'Level scales',
  capabilityAreas: 'Capability areas',
  capabilities: 'Capabilities',
  systems: 'Systems',
  goals: 'Goals',
  assessments: 'Assessments',
  oneOnOnes: '1:1s',
  decisions: 'Decisions',
  questions: 'Questions',
  interviewLoops: 'Interview loops',
  openings: 'Openings',
  candidates: 'Candidates',
  scorecards: 'Scorecards',
  onboardingTemplates: 'Onboarding templates',
  onboardingPlans: 'Onboarding plans',
  checkIns: 'Check-ins',
  ninetyDayPlans: '90-day plans',
} as const;

export type RecordKind = keyof typeof kindLabels;

/** One record of each kind, in a sentence: "1 person", "1 capability" (the labels above are plurals). */
export const kindSingular: Record<RecordKind, string> = {
  teams: 'team charter',
  people: 'person',
  levelScales: 'level scale',
  capabilityAreas: 'capability area',
  capabilities: 'capability',
  systems: 'system',
  goals: 'goal',
  assessments: 'assessment',
  oneOnOnes: '1:1',
  decisions: 'decision',
  questions: 'question',
  interviewLoops: 'interview loop',
  openings: 'opening',
  candidates: 'candidate',
  scorecards: 'scorecard',
  onboardingTemplates: 'onboarding template',
  onboardingPlans: 'onboarding plan',
  checkIns: 'check-in',
  ninetyDayPlans: '90-day plan',
};
export const kinds = Object.keys(kindLabels) as RecordKind[];
