/**
 * The self-review exchange (exchange.ts): the manager's Turbine writes a self-review file
 * holding only what the person may see for one quarter (their goals, the capabilities to
 * assess with the level descriptors, last quarter's areas to grow; nothing about anyone else,
 * no manager notes). The person opens it in their own Turbine and saves a reply file; the
 * manager imports the reply into the check-in.
 */
import { z } from 'zod';
import { Id, IsoDateTime, ShortText, Text } from '../schemas/common.ts';
import { Quarter, Strength } from '../schemas/check-in.ts';
import { GoalStatus } from '../schemas/goal.ts';
import { shareFileName, type ShareFileKind } from './share-file.ts';
import { Digest, exchange, type ExchangeRead } from './exchange.ts';

export const SELF_REVIEW_FORMAT = 'turbine-self-review';
export const SELF_REVIEW_REPLY_FORMAT = 'turbine-self-review-reply';
/** Bump when a file's shape changes, and teach the reader the older shape. */
export const SELF_REVIEW_FORMAT_VERSION = 1;

/** A self-review is a few kilobytes; anything this big is not one. */
export const MAX_SELF_REVIEW_FILE_BYTES = 1024 * 1024;

/** One capability to assess, with what each level looks like. */
export const CapabilityToAssess = z.object({
  id: Id,
  name: ShortText,
  description: Text.default(''),
  levels: z.array(z.object({ value: z.number().int().min(0).max(20), name: ShortText, description: Text.default('') })).min(1),
});

/** What the person is sent: only about them, only this quarter. */
export const SelfReviewPart = z.object({
  partId: Id,
  person: z.object({ id: Id, name: ShortText }),
  quarter: Quarter,
  issuedAt: IsoDateTime,
  goals: z.array(z.object({ id: Id, text: ShortText, status: GoalStatus, due: z.iso.date().optional() })),
  capabilities: z.array(CapabilityToAssess),
  lastAreasToGrow: Text.default(''),
});
export type SelfReviewPart = z.infer<typeof SelfReviewPart>;

/** What the person answers. */
export const SelfReviewAnswers = z.object({
  strengths: z.array(Strength).max(3, { error: 'at most three strengths' }),
  wins: z.array(ShortText.trim().min(1, { error: 'must not be empty' })).max(3, { error: 'at most three wins' }),
  areasToGrow: Text,
  goals: z.array(z.object({ id: Id, status: GoalStatus })),
  levels: z.array(z.object({ capabilityId: Id, level: z.number().int().min(0).max(20) })),
});
export type SelfReviewAnswers = z.infer<typeof SelfReviewAnswers>;

export const SelfReviewReply = z.object({
  partId: Id,
  personId: Id,
  quarter: Quarter,
  /** The digest of the part this answers, as the person's Turbine computed it. */
  partDigest: Digest,
  answeredAt: IsoDateTime,
  answers: SelfReviewAnswers,
});
export type SelfReviewReply = z.infer<typeof SelfReviewReply>;

const PART_KIND: ShareFileKind = {
  format: SELF_REVIEW_FORMAT,
  version: SELF_REVIEW_FORMAT_VERSION,
  what: 'self-review file',
  versionName: 'self-review',
  called: 'a self-review file',
  exportFrom: 'a check-in in Grow (your manager sends it)',
  notWorkspace: 'not a self-review file',
  workspaceHint: 'a self-review file comes from your manager; import workspace files from Data → Import a workspace.',
};

const REPLY_KIND: ShareFileKind = {
  format: SELF_REVIEW_REPLY_FORMAT,
  version: SELF_REVIEW_FORMAT_VERSION,
  what: 'self-review reply',
  versionName: 'self-review',
  called: 'a reply file',
  exportFrom: 'Grow → Fill in my self-review (the person saves it)',
  notWorkspace: 'not a self-review reply',
  workspaceHint: 'import workspace files from Data → Import a workspace.',
};

const selfReview = exchange({
  part: { kind: PART_KIND, schema: SelfReviewPart, holds: 'the self-review' },
  reply: { kind: REPLY_KIND, schema: SelfReviewReply, holds: 'the reply' },
  issuedFor: 'this check-in',
  maxBytes: MAX_SELF_REVIEW_FILE_BYTES,
  tooLarge: { part: 'it is larger than 1 MB, far more than a self-review needs', reply: 'it is larger than 1 MB, far more than a reply needs' },
});

/** The two files whole, for their published JSON Schemas (src/pages/schema/). */
export const SelfReviewFile = selfReview.PartFile;
export const SelfReviewReplyFile = selfReview.ReplyFile;

export function selfReviewFile(part: SelfReviewPart, app: { name: string; version: string }) {
  return selfReview.partFile(part, part.issuedAt, app);
}

export function selfReviewFileName(part: Pick<SelfReviewPart, 'person' | 'quarter'>): string {
  return shareFileName('self-review', `${part.person.name} ${part.quarter}`, part.quarter);
}

export function selfReviewReplyFileName(part: Pick<SelfReviewPart, 'person' | 'quarter'>): string {
  return shareFileName('self-review-reply', `${part.person.name} ${part.quarter}`, part.quarter);
}

export function selfReviewReplyFile(part: SelfReviewPart, answers: SelfReviewAnswers, answeredAt: string, app: { name: string; version: string }) {
  return selfReview.replyFile(part, { personId: part.person.id, quarter: part.quarter, answeredAt, answers }, answeredAt, app);
}

/** The person's side: the self-review file their manager sent. */
export function readSelfReviewFile(fileName: string, text: string): ExchangeRead<SelfReviewPart> {
  return selfReview.readPart(fileName, text, 'a self-review file');
}

/** What the manager's workspace expects a reply to answer: the check-in it goes into and the files issued for it. */
export interface ExpectedReply {
  personId: string;
  personName: string;
  quarter: string;
  issued: readonly { partId: string; digest: string; issuedAt: string }[];
}

/**
 * The manager's side: a reply, checked against the check-in it is imported into. Refused,
 * each with its reason: not a reply, a newer version, a reply for another person or
 * quarter, for a file this workspace did not issue, made from an altered file, or changed
 * after it was saved.
 */
export function readSelfReviewReply(fileName: string, text: string, expected: ExpectedReply): Promise<ExchangeRead<SelfReviewReply>> {
  return selfReview.readReply(fileName, text, `a self-review reply for ${expected.personName}, ${expected.quarter}`, expected.issued, (reply) => {
    if (reply.personId !== expected.personId) return { reason: 'it is the reply of someone else', problems: [{ path: '$.data.reply.personId', message: 'is not the person of this check-in' }] };
    if (reply.quarter !== expected.quarter) return { reason: `it answers the self-review for ${reply.quarter}`, problems: [{ path: '$.data.reply.quarter', message: `is ${reply.quarter}, not ${expected.quarter}` }] };
    return undefined;
  });
}
