import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Name, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

export const OpeningStatus = z.enum(['draft', 'open', 'paused', 'filled', 'closed']);

/** A role to hire for, ideally drawn from the team's capability gaps. */
export const Opening = z.object({
  id: Id,
  title: Name,
  level: ShortText.default(''),
  status: OpeningStatus.default('draft'),
  mustHave: z.array(Id).default([]),
  niceToHave: z.array(Id).default([]),
  loopId: Id.optional(),
  targetDaysToDecision: z.number().int().min(1).max(365).default(21),
  /** How many people this opening hires; absent means one. Once that many are hired, the opening offers to close. */
  headcount: z.number().int().min(1).max(1000).optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Opening = z.infer<typeof Opening>;

/** A team member (personId) or a named outsider. */
export const Interviewer = z
  .object({ personId: Id.optional(), name: ShortText.optional() })
  .refine((i) => i.personId !== undefined || (i.name ?? '').trim() !== '', {
    error: 'an interviewer needs a person or a name',
  });
export type Interviewer = z.infer<typeof Interviewer>;

/** What a 1, 2, 3 and 4 look like for one capability at one stage. */
export const RubricRow = z.object({
  capabilityId: Id,
  anchors: z.object({ 1: Text, 2: Text, 3: Text, 4: Text }),
});

export const StageKind = z.enum(['screen', 'take-home', 'interview', 'debrief']);

export const LoopStage = z.object({
  id: Id,
  name: Name,
  kind: StageKind,
  capabilityIds: z.array(Id).default([]),
  interviewers: z.array(Interviewer).default([]),
  durationMinutes: z.number().int().min(0).max(24 * 60).optional(),
  /** Take-homes only: how long the candidate is asked to spend. */
  timeBoxHours: z.number().min(0).max(100).optional(),
  questionIds: z.array(Id).default([]),
  rubric: z.array(RubricRow).default([]),
});

/** A reusable interview loop template: the same stages for every candidate. */
export const InterviewLoop = z.object({
  id: Id,
  name: Name,
  description: Text.default(''),
  stages: z.array(LoopStage).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type InterviewLoop = z.infer<typeof InterviewLoop>;

export const Question = z.object({
  id: Id,
  text: Text.min(1, { error: 'must not be empty' }),
  capabilityIds: z.array(Id).default([]),
  goodLooksLike: Text.default(''),
  minutes: z.number().int().min(0).max(600).optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Question = z.infer<typeof Question>;

export const CandidateStatus = z.enum(['active', 'hired', 'rejected', 'withdrawn']);

export const StageMove = z.object({ stageId: Id, at: IsoDateTime });

export const TakeHome = z.object({
  stageId: Id,
  sentAt: IsoDateTime.optional(),
  returnedAt: IsoDateTime.optional(),
  reportedHours: z.number().min(0).max(200).optional(),
});

export const HiringDecision = z.object({
  outcome: z.enum(['hire', 'no-hire']),
  rationale: Text.default(''),
  decidedBy: ShortText.default(''),
  at: IsoDateTime,
  /** True when the decision was taken before every expected scorecard was in. */
  early: z.boolean().default(false),
});

/**
 * An interview kit file this workspace gave one interviewer for one stage (src/io/interview-kit-file.ts):
 * its id and the digest of what it held, so a scorecard reply is taken only for a kit issued here,
 * unaltered, and the capabilities it asked to score. It holds nothing about the candidate but
 * which stage, so it stays when they are anonymised. Added in format 6.
 */
export const IssuedInterviewKit = z.object({
  partId: Id,
  issuedAt: IsoDateTime,
  /** SHA-256 of the kit's data, as lowercase hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest in hex' }),
  stageId: Id,
  /** Who it was for: a team member (with their name then) or an outsider by name. */
  interviewer: z.object({ personId: Id.optional(), name: ShortText.trim().min(1, { error: 'must not be empty' }) }),
  capabilities: z.array(z.object({ id: Id, name: ShortText })).min(1, { error: 'a kit scores at least one capability' }),
  /** The day the scorecard was wanted by. */
  due: IsoDate.optional(),
  /** When its reply was taken in as the interviewer's scorecard. */
  repliedAt: IsoDateTime.optional(),
  /** Shared live on the team's sync server (server/sync-server.ts): the Yjs document that holds it. */
  live: z.object({ document: ShortText.min(1, { error: 'must not be empty' }) }).optional(),
});
export type IssuedInterviewKit = z.infer<typeof IssuedInterviewKit>;

/** Someone going through an opening's loop. Personal fields are blanked by anonymisation. */
export const Candidate = z.object({
  id: Id,
  openingId: Id,
  name: ShortText,
  source: ShortText.default(''),
  contact: ShortText.default(''),
  notes: Text.default(''),
  status: CandidateStatus.default('active'),
  moves: z.array(StageMove).default([]),
  takeHomes: z.array(TakeHome).default([]),
  decision: HiringDecision.optional(),
  /** Set when the candidate was hired and became a person on the team. */
  personId: Id.optional(),
  /** When the status last changed from active (hired, rejected, withdrawn): retention counts from here. */
  closedAt: IsoDateTime.optional(),
  /** The hiring manager chose to open the decision view before every expected scorecard was in. */
  decisionViewOpenedEarly: z.object({ at: IsoDateTime, by: ShortText, reason: Text.default('') }).optional(),
  /**
   * What the hire changed for the team design, worked out when the candidate joined the team:
   * the capabilities where more people now meet the target (capability names as they were
   * then). Home reads it to say "this hire raises coverage of X from 1 to 2" without
   * reading the whole matrix.
   */
  hireSignal: z
    .object({
      at: IsoDateTime,
      rises: z.array(z.object({ capabilityId: Id, name: ShortText, from: z.number().int().min(0), to: z.number().int().min(0) })).default([]),
    })
    .optional(),
  retainUntil: IsoDate.optional(),
  anonymisedAt: IsoDateTime.optional(),
  /** The interview kits given to interviewers who score from their own machines, oldest first. */
  interviewKits: z.array(IssuedInterviewKit).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Candidate = z.infer<typeof Candidate>;

export const Recommendation = z.enum(['strong-no', 'no', 'yes', 'strong-yes']);
export type Recommendation = z.infer<typeof Recommendation>;

export const Score = z.object({
  capabilityId: Id,
  /** 1–4, or null for "no signal". */
  score: z.number().int().min(1).max(4).nullable(),
  evidence: Text.default(''),
});

/**
 * The interviewer's note on one question of the stage's interview kit. The question's text is
 * kept as it was asked, so the note still reads right after the bank's question is edited or
 * removed (which is why questionId is not a checked reference).
 */
export const QuestionNote = z.object({
  questionId: Id,
  question: Text,
  note: Text,
});

/** One interviewer's independent view of one candidate at one stage. */
export const Scorecard = z.object({
  id: Id,
  candidateId: Id,
  stageId: Id,
  interviewer: Interviewer,
  scores: z.array(Score).default([]),
  recommendation: Recommendation.optional(),
  notes: Text.default(''),
  /** Notes per question of the interview kit, in the order asked; only questions with a note. Added after format 2: absent on older scorecards. */
  questionNotes: z.array(QuestionNote).optional(),
  submittedAt: IsoDateTime.optional(),
  /**
   * Where it was written, when not in this Turbine: "kit" from an interviewer's scorecard reply
   * file (src/io/interview-kit-file.ts), "panel" submitted live on the team's sync server.
   * Added in format 6.
   */
  source: z.enum(['kit', 'panel']).optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Scorecard = z.infer<typeof Scorecard>;
