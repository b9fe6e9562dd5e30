/**
 * The self-review exchange: "send out a part, take a reply back" (see ../shared/PRODUCT.md).
 * The manager's Turbine writes a self-review file holding only what the person may see for
 * one quarter (their goals, the capabilities to assess with the level descriptors, last
 * quarter's areas to grow; nothing about anyone else, no manager notes). The person opens it
 * in their own Turbine and saves a reply file; the manager imports the reply into the check-in.
 *
 * Both files have the usual wrapper and are read by the same rules as every shared file
 * (share-file.ts). Each carries a SHA-256 digest: the part's digest is kept on the check-in
 * when it is issued and echoed by the reply, so a reply is taken only for a file this
 * workspace issued, unaltered; the reply's own digest covers its answers, so a reply edited
 * by hand after it was saved is refused. A digest catches changes, not a determined forger:
 * whoever holds the file can recompute it. Identity between machines without accounts rests
 * on the manager handing the file to the right person.
 */
import { z } from 'zod';
import { Id, IsoDateTime, ShortText, Text } from '../schemas/common.ts';
import { Quarter, Strength } from '../schemas/check-in.ts';
import { GoalStatus } from '../schemas/goal.ts';
import { readShareFileData, shareFileName, shareFileSchema, type ShareFileKind } from './share-file.ts';
import type { Problem } from './problems.ts';

export const SELF_REVIEW_FORMAT = 'turbine-self-review';
export const SELF_REVIEW_REPLY_FORMAT = 'turbine-self-review-reply';
/** Bump when a file's shape changes, and teach the reader the older shape. */
export const SELF_REVIEW_FORMAT_VERSION = 1;

/** A self-review is a few kilobytes; anything this big is not one. */
export const MAX_SELF_REVIEW_FILE_BYTES = 1024 * 1024;

const Digest = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest in hex' });

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

const PartFileData = z.object({ part: SelfReviewPart });
const ReplyFileData = z.object({ reply: SelfReviewReply, digest: Digest });

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

/** The two files whole, for their published JSON Schemas (src/pages/schema/). */
export const SelfReviewFile = shareFileSchema(PART_KIND, PartFileData);
export const SelfReviewReplyFile = shareFileSchema(REPLY_KIND, ReplyFileData);

interface Wrapper<D> {
  format: string;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  data: D;
}

/** JSON with every object's keys in order, so the same content always has the same digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export async function digestOf(value: unknown): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value))));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function selfReviewFile(part: SelfReviewPart, app: { name: string; version: string }): Wrapper<{ part: SelfReviewPart }> {
  return { format: SELF_REVIEW_FORMAT, formatVersion: SELF_REVIEW_FORMAT_VERSION, exportedAt: part.issuedAt, app, data: { part } };
}

export function selfReviewFileName(part: Pick<SelfReviewPart, 'person' | 'quarter'>): string {
  return shareFileName('self-review', `${part.person.name} ${part.quarter}`, part.quarter);
}

export function selfReviewReplyFileName(part: Pick<SelfReviewPart, 'person' | 'quarter'>): string {
  return shareFileName('self-review-reply', `${part.person.name} ${part.quarter}`, part.quarter);
}

export async function selfReviewReplyFile(part: SelfReviewPart, answers: SelfReviewAnswers, answeredAt: string, app: { name: string; version: string }): Promise<Wrapper<{ reply: SelfReviewReply; digest: string }>> {
  const reply: SelfReviewReply = { partId: part.partId, personId: part.person.id, quarter: part.quarter, partDigest: await digestOf(part), answeredAt, answers };
  return { format: SELF_REVIEW_REPLY_FORMAT, formatVersion: SELF_REVIEW_FORMAT_VERSION, exportedAt: answeredAt, app, data: { reply, digest: await digestOf(reply) } };
}

export type ExchangeRead<T> = { ok: true; value: T } | { ok: false; headline: string; problems: Problem[] };

const MAX_PROBLEMS = 20;

function refuse<T>(fileName: string, what: string, reason: string, problems: Problem[] = []): ExchangeRead<T> {
  return { ok: false, headline: `${fileName} is not ${what} Turbine can take: ${reason}.`, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** The person's side: the self-review file their manager sent. */
export function readSelfReviewFile(fileName: string, text: string): ExchangeRead<SelfReviewPart> {
  const what = 'a self-review file';
  if (text.length > MAX_SELF_REVIEW_FILE_BYTES) return refuse(fileName, what, 'it is larger than 1 MB, far more than a self-review needs');
  const read = readShareFileData(text, PART_KIND, PartFileData, 'the self-review');
  if (!read.ok) return refuse(fileName, what, read.reason, read.problems);
  return { ok: true, value: read.data.part };
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
export async function readSelfReviewReply(fileName: string, text: string, expected: ExpectedReply): Promise<ExchangeRead<SelfReviewReply>> {
  const what = `a self-review reply for ${expected.personName}, ${expected.quarter}`;
  if (text.length > MAX_SELF_REVIEW_FILE_BYTES) return refuse(fileName, what, 'it is larger than 1 MB, far more than a reply needs');
  const read = readShareFileData(text, REPLY_KIND, ReplyFileData, 'the reply');
  if (!read.ok) return refuse(fileName, what, read.reason, read.problems);
  const { reply, digest } = read.data;
  if (reply.personId !== expected.personId) return refuse(fileName, what, 'it is the reply of someone else', [{ path: '$.data.reply.personId', message: 'is not the person of this check-in' }]);
  if (reply.quarter !== expected.quarter)
    return refuse(fileName, what, `it answers the self-review for ${reply.quarter}`, [{ path: '$.data.reply.quarter', message: `is ${reply.quarter}, not ${expected.quarter}` }]);
  const issued = expected.issued.find((i) => i.partId === reply.partId);
  if (!issued)
    return refuse(fileName, what, 'it answers a self-review file this workspace did not issue for this check-in', [{ path: '$.data.reply.partId', message: 'matches no self-review file exported from this check-in' }]);
  if (issued.digest !== reply.partDigest)
    return refuse(fileName, what, 'it was made from a self-review file that was changed after it was exported', [{ path: '$.data.reply.partDigest', message: 'does not match the file this workspace issued' }]);
  if ((await digestOf(reply)) !== digest) return refuse(fileName, what, 'it was changed after it was saved', [{ path: '$.data.digest', message: 'does not match the answers in the file' }]);
  return { ok: true, value: reply };
}
