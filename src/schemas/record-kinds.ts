/**
 * The schema of each kind of record, in one map that storage tables, the export file and
 * the record types (records.ts) all follow. Kept apart from workspace.ts so the types can
 * be derived without importing the file wrapper.
 */
import type { z } from 'zod';
import { Team } from './team.ts';
import { Person } from './person.ts';
import { Capability, CapabilityArea, LevelScale } from './capability.ts';
import { Assessment } from './assessment.ts';
import { OneOnOne } from './one-on-one.ts';
import { Decision } from './decision.ts';
import { Candidate, InterviewLoop, Opening, Question, Scorecard } from './hiring.ts';
import { OnboardingPlan, OnboardingTemplate } from './onboarding.ts';
import { CheckIn } from './check-in.ts';
import { Goal } from './goal.ts';
import { System } from './system.ts';
import { NinetyDayPlan } from './plan.ts';
import type { RecordKind } from './kinds.ts';

/** The schema that validates each kind of record; storage tables and the export file follow it. */
export const recordKinds = {
  teams: Team,
  people: Person,
  levelScales: LevelScale,
  capabilityAreas: CapabilityArea,
  capabilities: Capability,
  systems: System,
  goals: Goal,
  assessments: Assessment,
  oneOnOnes: OneOnOne,
  decisions: Decision,
  questions: Question,
  interviewLoops: InterviewLoop,
  openings: Opening,
  candidates: Candidate,
  scorecards: Scorecard,
  onboardingTemplates: OnboardingTemplate,
  onboardingPlans: OnboardingPlan,
  checkIns: CheckIn,
  ninetyDayPlans: NinetyDayPlan,
} satisfies { [K in RecordKind]: z.ZodType };
