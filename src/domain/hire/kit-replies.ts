/**
 * What importing scorecard replies (src/io/interview-kit-file.ts) would do, before anything is
 * written: for each reply, the candidate and the kit it answers, and what is there already for
 * that interviewer at that stage. Nothing there: the reply becomes their submitted scorecard. A
 * draft or a submitted scorecard: the manager chooses to replace it or keep it. The same reply
 * taken in before: nothing to do. Two files of one import answering the same kit: the one
 * submitted last is offered, the other is set aside. Pure, so the preview and the command agree.
 */
import type { Candidate, IssuedInterviewKit, Scorecard } from '../../schemas/hiring.ts';
import { interviewerKey, type InterviewerRef } from './visibility.ts';

/** The parts of a reply this needs (the reader has checked it against its kit already). */
export interface ReplyOfKit {
  partId: string;
  candidateId: string;
  stageId: string;
  scorecard: { submittedAt: string };
}

export type ReplyStep<R extends ReplyOfKit> =
  | ({ fileName: string; reply: R; candidate: Candidate; kit: IssuedInterviewKit } & (
      | { kind: 'new' }
      /** The interviewer's scorecard for the stage is there already: replace it only if the manager says so. */
      | { kind: 'replaces'; existing: Scorecard }
      /** This very reply was taken in before. */
      | { kind: 'already-in'; existing: Scorecard }
      /** Another file of the same import answers the same kit and was submitted later. */
      | { kind: 'superseded'; by: string }
    ))
  /** The candidate, or the kit on them, is gone since the reply was read (deleted in another tab). */
  | { fileName: string; reply: R; kind: 'gone' };

/** The interviewer's scorecard at the kit's stage, whoever wrote it (their own Turbine or the manager's). */
export function scorecardForKit<S extends Pick<Scorecard, 'stageId' | 'interviewer'>>(cards: readonly S[], kit: { stageId: string; interviewer: InterviewerRef }): S | undefined {
  const key = interviewerKey(kit.interviewer);
  return cards.find((s) => s.stageId === kit.stageId && interviewerKey(s.interviewer) === key);
}

export function replySteps<R extends ReplyOfKit>(
  replies: readonly { fileName: string; reply: R }[],
  workspace: { candidate: (id: string) => Candidate | undefined; scorecards: (candidateId: string) => readonly Scorecard[] },
): ReplyStep<R>[] {
  const found = replies.map(({ fileName, reply }) => {
    const candidate = workspace.candidate(reply.candidateId);
    const kit = candidate?.interviewKits.find((k) => k.partId === reply.partId);
    return { fileName, reply, candidate, kit };
  });
  // The last submitted answer of each kit wins: an interviewer who sent a corrected reply meant it.
  const latest = new Map<string, { fileName: string; submittedAt: string }>();
  for (const { fileName, reply, kit } of found) {
    const seen = latest.get(reply.partId);
    if (kit && (!seen || reply.scorecard.submittedAt > seen.submittedAt)) latest.set(reply.partId, { fileName, submittedAt: reply.scorecard.submittedAt });
  }
  return found.map(({ fileName, reply, candidate, kit }) => {
    if (!candidate || !kit) return { fileName, reply, kind: 'gone' as const };
    const base = { fileName, reply, candidate, kit };
    const winner = latest.get(reply.partId)!;
    if (winner.fileName !== fileName) return { ...base, kind: 'superseded' as const, by: winner.fileName };
    const existing = scorecardForKit(workspace.scorecards(candidate.id), kit);
    if (!existing) return { ...base, kind: 'new' as const };
    if (existing.source === 'kit' && existing.submittedAt === reply.scorecard.submittedAt) return { ...base, kind: 'already-in' as const, existing };
    return { ...base, kind: 'replaces' as const, existing };
  });
}
