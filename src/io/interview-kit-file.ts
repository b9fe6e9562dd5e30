/**
 * The interview-kit exchange (exchange.ts), so an interviewer scores from their own machine:
 * for one candidate, stage and interviewer, the manager's Turbine writes a kit file holding only
 * what that interviewer needs (the candidate's display name, never their contact or notes; the
 * stage with its time; its capabilities with their rubric rows; the questions with what good
 * looks like; the due day) and nothing about other interviewers or their scores. The interviewer
 * opens it in their own Turbine and saves a reply holding their one scorecard; the manager
 * imports replies, each checked against the kit this workspace issued for it.
 */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText, Text } from '../schemas/common.ts';
import { QuestionNote, Recommendation, RubricRow, Score, StageKind } from '../schemas/hiring.ts';
import { interviewerKey } from '../domain/hire/visibility.ts';
import { shareFileName, type ShareFileKind } from './share-file.ts';
import { Digest, digestOf, exchange, type ExchangeRead, type Mismatch } from './exchange.ts';
import type { StageKit } from '../domain/hire/interview-kit.ts';
import type { Candidate, IssuedInterviewKit } from '../schemas/hiring.ts';

export const INTERVIEW_KIT_FORMAT = 'turbine-interview-kit';
export const INTERVIEW_KIT_REPLY_FORMAT = 'turbine-interview-kit-reply';
/** Bump when a file's shape changes, and teach the reader the older shape. */
export const INTERVIEW_KIT_FORMAT_VERSION = 1;

/** A kit is a few kilobytes, a reply with long notes some more; anything this big is neither. */
export const MAX_INTERVIEW_KIT_FILE_BYTES = 1024 * 1024;

/** Who the kit is for: a team member (with their id) or an outsider, by the name shown. */
const KitInterviewer = z.object({ personId: Id.optional(), name: ShortText.trim().min(1, { error: 'must not be empty' }) });

/** What one interviewer is sent for one candidate at one stage. */
export const InterviewKitPart = z.object({
  partId: Id,
  issuedAt: IsoDateTime,
  candidate: z.object({ id: Id, name: ShortText }),
  opening: z.object({ title: ShortText }),
  stage: z.object({
    id: Id,
    name: ShortText,
    kind: StageKind,
    durationMinutes: z.number().int().min(0).max(24 * 60).optional(),
    timeBoxHours: z.number().min(0).max(100).optional(),
  }),
  interviewer: KitInterviewer,
  /** The capabilities to score, in the stage's order, each with its rubric row when the stage has one. */
  capabilities: z.array(z.object({ id: Id, name: ShortText, anchors: RubricRow.shape.anchors.optional() })).min(1, { error: 'a kit scores at least one capability' }),
  questions: z.array(
    z.object({ id: Id, text: Text.min(1, { error: 'must not be empty' }), goodLooksLike: Text.default(''), minutes: z.number().int().min(0).max(600).optional(), capabilityNames: z.array(ShortText).default([]) }),
  ),
  /** The day the scorecard is wanted by (a local calendar day). */
  due: IsoDate.optional(),
});
export type InterviewKitPart = z.infer<typeof InterviewKitPart>;

/** The interviewer's scorecard, as submitted from their own Turbine. */
export const InterviewKitScorecard = z.object({
  scores: z.array(Score),
  recommendation: Recommendation,
  notes: Text.default(''),
  questionNotes: z.array(QuestionNote).default([]),
  submittedAt: IsoDateTime,
});
export type InterviewKitScorecard = z.infer<typeof InterviewKitScorecard>;

export const InterviewKitReply = z.object({
  partId: Id,
  partDigest: Digest,
  candidateId: Id,
  stageId: Id,
  interviewer: KitInterviewer,
  scorecard: InterviewKitScorecard,
});
export type InterviewKitReply = z.infer<typeof InterviewKitReply>;

const PART_KIND: ShareFileKind = {
  format: INTERVIEW_KIT_FORMAT,
  version: INTERVIEW_KIT_FORMAT_VERSION,
  what: 'interview kit',
  versionName: 'interview kit',
  called: 'an interview kit',
  exportFrom: 'a candidate in Hire → Candidates (the hiring manager sends it)',
  notWorkspace: 'not an interview kit',
  workspaceHint: 'an interview kit comes from the hiring manager; import workspace files from Data → Import a workspace.',
};

const REPLY_KIND: ShareFileKind = {
  format: INTERVIEW_KIT_REPLY_FORMAT,
  version: INTERVIEW_KIT_FORMAT_VERSION,
  what: 'scorecard reply',
  versionName: 'interview kit',
  called: 'a scorecard reply',
  exportFrom: '"Score an interview from a kit" (the interviewer saves it)',
  notWorkspace: 'not a scorecard reply',
  workspaceHint: 'import workspace files from Data → Import a workspace.',
};

const kit = exchange({
  part: { kind: PART_KIND, schema: InterviewKitPart, holds: 'the kit' },
  reply: { kind: REPLY_KIND, schema: InterviewKitReply, holds: 'the reply' },
  issuedFor: 'this candidate',
  maxBytes: MAX_INTERVIEW_KIT_FILE_BYTES,
  tooLarge: { part: 'it is larger than 1 MB, far more than an interview kit needs', reply: 'it is larger than 1 MB, far more than a scorecard needs' },
});

/** The two files whole, for their published JSON Schemas (src/pages/schema/). */
export const InterviewKitFile = kit.PartFile;
export const InterviewKitReplyFile = kit.ReplyFile;

type App = { name: string; version: string };

/** Who, what and when a kit is issued for; the kit itself is the stage's, by the rules of the scorecard form (stageKit). */
export interface KitOrder {
  partId: string;
  issuedAt: string;
  candidate: { id: string; name: string };
  opening: { title: string };
  stage: InterviewKitPart['stage'];
  interviewer: { personId?: string; name: string };
  kit: StageKit;
  due?: string;
}

/** The kit's part: only the order's fields, so nothing else about the candidate or the panel can slip in. */
export function interviewKitPart(order: KitOrder): InterviewKitPart {
  const { id, name, kind, durationMinutes, timeBoxHours } = order.stage;
  return {
    partId: order.partId,
    issuedAt: order.issuedAt,
    candidate: { id: order.candidate.id, name: order.candidate.name },
    opening: { title: order.opening.title },
    stage: { id, name, kind, ...(durationMinutes !== undefined ? { durationMinutes } : {}), ...(timeBoxHours !== undefined ? { timeBoxHours } : {}) },
    interviewer: { ...(order.interviewer.personId !== undefined ? { personId: order.interviewer.personId } : {}), name: order.interviewer.name },
    capabilities: order.kit.capabilities.map((c) => ({ id: c.id, name: c.name, ...(c.anchors ? { anchors: c.anchors } : {}) })),
    questions: order.kit.questions.map((q) => ({ id: q.id, text: q.text, goodLooksLike: q.goodLooksLike, ...(q.minutes !== undefined ? { minutes: q.minutes } : {}), capabilityNames: q.capabilityNames })),
    ...(order.due !== undefined ? { due: order.due } : {}),
  };
}

/**
 * The kit for an order and what the workspace keeps of it (its id, digest, stage, interviewer,
 * capabilities and due day), so that the reply can be checked against it when it comes back.
 */
export async function issueInterviewKit(order: KitOrder): Promise<{ part: InterviewKitPart; issued: IssuedInterviewKit }> {
  const part = interviewKitPart(order);
  const issued: IssuedInterviewKit = {
    partId: part.partId,
    issuedAt: part.issuedAt,
    digest: await digestOf(part),
    stageId: part.stage.id,
    interviewer: part.interviewer,
    capabilities: part.capabilities.map((c) => ({ id: c.id, name: c.name })),
    ...(part.due !== undefined ? { due: part.due } : {}),
  };
  return { part, issued };
}

export function interviewKitFile(part: InterviewKitPart, app: App) {
  return kit.partFile(part, part.issuedAt, app);
}

function fileNameOf(what: string, part: Pick<InterviewKitPart, 'candidate' | 'stage' | 'interviewer' | 'issuedAt'>): string {
  return shareFileName(what, `${part.candidate.name} ${part.stage.name} ${part.interviewer.name}`, part.issuedAt.slice(0, 10));
}

export const interviewKitFileName = (part: InterviewKitPart) => fileNameOf('interview-kit', part);
export const interviewKitReplyFileName = (part: InterviewKitPart) => fileNameOf('scorecard', part);

/**
 * Every capability of the kit scored or marked "no signal" (a null score), and no other: the
 * rule a scorecard submitted in the manager's own Turbine follows (domain/hire/scorecard.ts).
 * Problems by the reply's path, none when it holds.
 */
export function scorecardProblems(part: { capabilities: readonly { id: string; name: string }[] }, scorecard: Pick<InterviewKitScorecard, 'scores'>): { path: string; message: string }[] {
  const names = new Map(part.capabilities.map((c) => [c.id, c.name]));
  const scored = new Set(scorecard.scores.map((s) => s.capabilityId));
  const problems = scorecard.scores.flatMap((s, i) => (names.has(s.capabilityId) ? [] : [{ path: `$.data.reply.scorecard.scores[${i}].capabilityId`, message: 'is not a capability of this kit' }]));
  for (const c of part.capabilities) if (!scored.has(c.id)) problems.push({ path: '$.data.reply.scorecard.scores', message: `has no score for ${c.name} (give one, or “No signal”)` });
  return problems;
}

/** The interviewer's side: their scorecard as a reply to the kit, refused while it is incomplete. */
export async function interviewKitReplyFile(part: InterviewKitPart, scorecard: InterviewKitScorecard, app: App) {
  const problems = scorecardProblems(part, scorecard);
  if (problems.length > 0) throw new Error(`The scorecard is not complete: ${problems.map((p) => p.message).join('; ')}.`);
  return kit.replyFile(part, { candidateId: part.candidate.id, stageId: part.stage.id, interviewer: part.interviewer, scorecard }, scorecard.submittedAt, app);
}

/** The interviewer's side: the kit the hiring manager sent. */
export function readInterviewKitFile(fileName: string, text: string): ExchangeRead<InterviewKitPart> {
  return kit.readPart(fileName, text, 'an interview kit');
}

/** A kit this workspace issued, as the manager's workspace keeps it: what a reply must match. */
export interface IssuedKit {
  partId: string;
  digest: string;
  candidateId: string;
  stageId: string;
  interviewer: { personId?: string; name: string };
  /** The kit's capabilities, by id and name, for the reply's scores. */
  capabilities: readonly { id: string; name: string }[];
}

/** Every kit the workspace issued, as a reply is checked against them. */
export function issuedKitsOf(candidates: readonly Pick<Candidate, 'id' | 'interviewKits'>[]): IssuedKit[] {
  return candidates.flatMap((c) => c.interviewKits.map((k) => ({ partId: k.partId, digest: k.digest, candidateId: c.id, stageId: k.stageId, interviewer: k.interviewer, capabilities: k.capabilities })));
}

/**
 * The manager's side: one reply, checked against the kits this workspace issued. Refused,
 * each with its reason: not a reply, a newer version, a kit this workspace did not issue, a
 * reply whose candidate, stage or interviewer is not its kit's, a scorecard that leaves out a
 * capability of the kit or scores another, a reply made from an altered kit, or one changed
 * after it was saved. A second reply for the same kit is not refused here: whoever imports it
 * decides with the manager whether it replaces the first.
 */
export function readInterviewKitReply(fileName: string, text: string, issued: readonly IssuedKit[]): Promise<ExchangeRead<InterviewKitReply>> {
  const mismatch = (reply: InterviewKitReply): Mismatch | undefined => {
    const issuedKit = issued.find((k) => k.partId === reply.partId);
    // A kit this workspace did not issue is the exchange's own refusal.
    if (!issuedKit) return undefined;
    if (reply.candidateId !== issuedKit.candidateId) return { reason: 'it is about another candidate than the kit it answers', problems: [{ path: '$.data.reply.candidateId', message: 'is not the candidate of the kit' }] };
    if (reply.stageId !== issuedKit.stageId) return { reason: 'it is for another stage than the kit it answers', problems: [{ path: '$.data.reply.stageId', message: 'is not the stage of the kit' }] };
    if (interviewerKey(reply.interviewer) !== interviewerKey(issuedKit.interviewer))
      return { reason: `it is from someone other than ${issuedKit.interviewer.name}, who the kit was for`, problems: [{ path: '$.data.reply.interviewer', message: `is not ${issuedKit.interviewer.name}` }] };
    const problems = scorecardProblems(issuedKit, reply.scorecard);
    if (problems.length > 0) return { reason: 'its scorecard does not score the kit’s capabilities', problems };
    return undefined;
  };
  return kit.readReply(fileName, text, 'a scorecard reply', issued, mismatch);
}

/** A chosen reply file's text, or its refusal when it is too large to be one (its text is then never read). */
export async function readInterviewKitReplyFile(file: File, issued: readonly IssuedKit[]): Promise<ExchangeRead<InterviewKitReply>> {
  if (file.size > MAX_INTERVIEW_KIT_FILE_BYTES) return kit.replyTooLarge(file.name, 'a scorecard reply');
  return readInterviewKitReply(file.name, await file.text(), issued);
}
