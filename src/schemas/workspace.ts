import { z } from 'zod';
import { IsoDateTime, ShortText } from './common.ts';
import { Team } from './team.ts';
import { Person } from './person.ts';
import { Capability, CapabilityArea, LevelScale } from './capability.ts';
import { Assessment } from './assessment.ts';
import { OneOnOne } from './one-on-one.ts';
import { Decision } from './decision.ts';
import { Candidate, InterviewLoop, Opening, Question, Scorecard } from './hiring.ts';
import { OnboardingPlan } from './onboarding.ts';
import { CheckIn } from './check-in.ts';
import { Goal } from './goal.ts';
import { System } from './system.ts';
import { NinetyDayPlan } from './plan.ts';
import { Settings } from './settings.ts';
import { kindLabels, kinds, type RecordKind } from './kinds.ts';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from './format.ts';

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
  onboardingPlans: OnboardingPlan,
  checkIns: CheckIn,
  ninetyDayPlans: NinetyDayPlan,
} satisfies { [K in RecordKind]: z.ZodType };

export { kinds, kindLabels, type RecordKind };
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;
export type AnyRecord = RecordOf<RecordKind>;

const dataShape = Object.fromEntries(
  kinds.map((k) => [k, z.array(recordKinds[k]).default([])]),
) as { [K in RecordKind]: z.ZodDefault<z.ZodArray<(typeof recordKinds)[K]>> };

/** All records of a workspace, one array per kind, plus the settings row. */
export const WorkspaceData = z.object({ ...dataShape, settings: Settings.optional() });
export type WorkspaceData = z.infer<typeof WorkspaceData>;

export { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION };

/** The wrapper every exported workspace file carries, checked before anything else. */
export const WorkspaceFileHeader = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: IsoDateTime,
  app: z.object({ name: ShortText, version: ShortText }),
});

export const WorkspaceFile = WorkspaceFileHeader.extend({ data: WorkspaceData });
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

export { emptyWorkspace } from './records.ts';
