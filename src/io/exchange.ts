/**
 * "Send out a part, take a reply back" (see ../shared/PRODUCT.md): the one mechanism behind
 * every file the manager's Turbine sends to someone else's and takes an answer back from (a
 * self-review, an interview kit). The part holds only what its reader may see; the reply holds
 * their answers and names the part it answers.
 *
 * Both files have the usual wrapper and are read by the same rules as every shared file
 * (share-file.ts). Each carries a SHA-256 digest: the part's digest is kept by the workspace
 * when it is issued and echoed by the reply, so a reply is taken only for a part this workspace
 * issued, unaltered; the reply's own digest covers its answers, so a reply edited by hand after
 * it was saved is refused. A digest catches changes, not a determined forger: whoever holds the
 * file can recompute it. Identity between machines without accounts rests on the manager
 * handing the file to the right person.
 */
import { z } from 'zod';
import { readShareFileData, shareFileSchema, type ShareFileKind } from './share-file.ts';
import type { Problem } from './problems.ts';

export const Digest = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest in hex' });

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

export type ExchangeRead<T> = { ok: true; value: T } | { ok: false; headline: string; problems: Problem[] };

/** Why a reply does not belong where it is imported: the reason, and the problems by JSON path. */
export interface Mismatch {
  reason: string;
  problems: Problem[];
}

/** A part this workspace issued: its id and the digest it had when it was written. */
export interface IssuedPart {
  partId: string;
  digest: string;
}

interface Wrapper<D> {
  format: string;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  data: D;
}

type App = { name: string; version: string };

const MAX_PROBLEMS = 20;

function refuse<T>(fileName: string, what: string, reason: string, problems: Problem[] = []): ExchangeRead<T> {
  return { ok: false, headline: `${fileName} is not ${what} Turbine can take: ${reason}.`, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Every part names itself; every reply names the part it answers and that part's digest. */
type PartBase = { partId: string };
type ReplyBase = { partId: string; partDigest: string };

export interface ExchangeSpec<P extends z.ZodType<PartBase>, R extends z.ZodType<ReplyBase>> {
  part: { kind: ShareFileKind; schema: P; holds: string };
  reply: { kind: ShareFileKind; schema: R; holds: string };
  /** Where the workspace keeps what it issued, as in "did not issue for this check-in". */
  issuedFor: string;
  /** Larger files are refused before they are parsed, with `tooLarge` as the reason. */
  maxBytes: number;
  tooLarge: { part: string; reply: string };
}

/**
 * The files of one exchange: their published schemas, the writers (the part's side and the
 * reply's) and the readers (the reader's side: the part; the manager's: a reply, checked
 * against what the workspace issued).
 */
export function exchange<P extends z.ZodType<PartBase>, R extends z.ZodType<ReplyBase>>(spec: ExchangeSpec<P, R>) {
  type Part = z.infer<P>;
  type Reply = z.infer<R>;
  const PartData = z.object({ part: spec.part.schema });
  const ReplyData = z.object({ reply: spec.reply.schema, digest: Digest });
  return {
    /** The two files whole, for their published JSON Schemas (src/pages/schema/). */
    PartFile: shareFileSchema(spec.part.kind, PartData),
    ReplyFile: shareFileSchema(spec.reply.kind, ReplyData),

    partFile(part: Part, exportedAt: string, app: App): Wrapper<{ part: Part }> {
      return { format: spec.part.kind.format, formatVersion: spec.part.kind.version, exportedAt, app, data: { part } };
    },

    /** The reply to `part`: its answers with the part's id and digest, and a digest of its own. */
    async replyFile(part: Part, answer: Omit<Reply, 'partId' | 'partDigest'>, exportedAt: string, app: App): Promise<Wrapper<{ reply: Reply; digest: string }>> {
      const reply = { ...answer, partId: part.partId, partDigest: await digestOf(part) } as Reply;
      return { format: spec.reply.kind.format, formatVersion: spec.reply.kind.version, exportedAt, app, data: { reply, digest: await digestOf(reply) } };
    },

    /** The reader's side: the part they were sent. `what`: "a self-review file". */
    readPart(fileName: string, text: string, what: string): ExchangeRead<Part> {
      if (text.length > spec.maxBytes) return refuse(fileName, what, spec.tooLarge.part);
      const read = readShareFileData(text, spec.part.kind, PartData, spec.part.holds);
      if (!read.ok) return refuse(fileName, what, read.reason, read.problems);
      return { ok: true, value: (read.data as { part: Part }).part };
    },

    /**
     * The manager's side: a reply, refused (each with its reason) when it is not a reply, is of
     * a newer version, does not belong where it is imported (`mismatch`, checked first), answers
     * a part this workspace did not issue (`issued`), was made from an altered part, or was
     * changed after it was saved.
     */
    /** The refusal of a reply too large to read at all, said before its text is read from the disk. */
    replyTooLarge(fileName: string, what: string): ExchangeRead<Reply> {
      return refuse(fileName, what, spec.tooLarge.reply);
    },

    async readReply(fileName: string, text: string, what: string, issued: readonly IssuedPart[], mismatch: (reply: Reply) => Mismatch | undefined): Promise<ExchangeRead<Reply>> {
      if (text.length > spec.maxBytes) return refuse(fileName, what, spec.tooLarge.reply);
      const read = readShareFileData(text, spec.reply.kind, ReplyData, spec.reply.holds);
      if (!read.ok) return refuse(fileName, what, read.reason, read.problems);
      const { reply, digest } = read.data as { reply: Reply; digest: string };
      const wrong = mismatch(reply);
      if (wrong) return refuse(fileName, what, wrong.reason, wrong.problems);
      // The part as its kind calls it ("a self-review file"), with and without its article.
      const { called } = spec.part.kind;
      const part = issued.find((i) => i.partId === reply.partId);
      if (!part)
        return refuse(fileName, what, `it answers ${called} this workspace did not issue for ${spec.issuedFor}`, [
          { path: '$.data.reply.partId', message: `matches no ${called.replace(/^an? /, '')} this workspace issued for ${spec.issuedFor}` },
        ]);
      if (part.digest !== reply.partDigest)
        return refuse(fileName, what, `it was made from ${called} that was changed after it was exported`, [{ path: '$.data.reply.partDigest', message: 'does not match the file this workspace issued' }]);
      if ((await digestOf(reply)) !== digest) return refuse(fileName, what, 'it was changed after it was saved', [{ path: '$.data.digest', message: 'does not match the answers in the file' }]);
      return { ok: true, value: reply };
    },
  };
}
