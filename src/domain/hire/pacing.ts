/**
 * Pacing: where a candidate is in the loop, how long they have waited, and what their
 * take-homes cost them. Candidates should have time between stages, but nobody should
 * sit in a stage for weeks without hearing back.
 */
import type { Candidate, InterviewLoop, Opening } from '../../schemas/hiring.ts';
import { daysBetween } from '../dates.ts';

export type StageMove = Candidate['moves'][number];

/** Moves in time order: the stored array may be out of order after edits or a merge. */
export function sortedMoves(candidate: Pick<Candidate, 'moves'>): StageMove[] {
  return [...candidate.moves].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * When a finished candidate's process ended: the later of their last move and their
 * decision. The schema records no status-change time, so a withdrawal without a
 * decision is dated by the last move. Undefined while active or when nothing is dated.
 */
export function closedAt(candidate: Pick<Candidate, 'status' | 'moves' | 'decision'>): string | undefined {
  if (candidate.status === 'active') return undefined;
  return later(sortedMoves(candidate).at(-1)?.at, candidate.decision?.at);
}

export interface TakeHomeFacts {
  stageId: string;
  sentAt: string | undefined;
  returnedAt: string | undefined;
  /** Calendar days from sent to returned; undefined until both are known. */
  daysTaken: number | undefined;
  reportedHours: number | undefined;
  /** The loop stage's time box; undefined when the stage has none or is not in the loop. */
  timeBoxHours: number | undefined;
  /** Reported hours above the time box (exactly the time box is fine). */
  overTimeBox: boolean;
}

export function takeHomeFacts(candidate: Pick<Candidate, 'takeHomes'>, loop: InterviewLoop | undefined): TakeHomeFacts[] {
  return candidate.takeHomes.map((t) => {
    // A time box of 0 hours is treated as no time box, as the loop checks do.
    const timeBoxHours = loop?.stages.find((s) => s.id === t.stageId)?.timeBoxHours || undefined;
    return {
      stageId: t.stageId,
      sentAt: t.sentAt,
      returnedAt: t.returnedAt,
      daysTaken: t.sentAt && t.returnedAt ? daysBetween(t.sentAt, t.returnedAt) : undefined,
      reportedHours: t.reportedHours,
      timeBoxHours,
      overTimeBox: t.reportedHours !== undefined && timeBoxHours !== undefined && t.reportedHours > timeBoxHours,
    };
  });
}

export interface Pacing {
  /** Every stage move with its date, oldest first. */
  moves: StageMove[];
  /** The stage of the latest move; undefined before the first move. */
  currentStageId: string | undefined;
  enteredStageAt: string | undefined;
  /** False once the candidate is decided or no longer active: their wait is over. */
  waiting: boolean;
  /** Whole days in the current stage, up to today while waiting, else up to the decision or close. */
  daysInStage: number | undefined;
  /** Whole days since the first move, measured to the same end. */
  daysInProcess: number | undefined;
  targetDays: number;
  /** The process took (or is taking) longer than the opening's target time to decision. */
  overTarget: boolean;
  /** A third of the target, at least one day: a single stage should not eat more than that. */
  stageLimitDays: number;
  /** Still waiting and the current stage has lasted longer than stageLimitDays. */
  stageOverLimit: boolean;
  takeHomes: TakeHomeFacts[];
}

/** `today` is an ISO date (YYYY-MM-DD); days are calendar days in UTC. */
export function candidatePacing(
  candidate: Candidate,
  opening: Pick<Opening, 'targetDaysToDecision'>,
  loop: InterviewLoop | undefined,
  today: string,
): Pacing {
  const moves = sortedMoves(candidate);
  const first = moves[0];
  const current = moves.at(-1);
  const waiting = candidate.status === 'active' && candidate.decision === undefined;
  // The clock stops at the decision; without one, a finished candidate stopped at their last move.
  const end = waiting ? today : (candidate.decision?.at ?? current?.at ?? today);
  const targetDays = opening.targetDaysToDecision;
  const stageLimitDays = Math.max(1, Math.floor(targetDays / 3));
  const daysInStage = current ? Math.max(0, daysBetween(current.at, end)) : undefined;
  const daysInProcess = first ? Math.max(0, daysBetween(first.at, end)) : undefined;
  return {
    moves,
    currentStageId: current?.stageId,
    enteredStageAt: current?.at,
    waiting,
    daysInStage,
    daysInProcess,
    targetDays,
    overTarget: daysInProcess !== undefined && daysInProcess > targetDays,
    stageLimitDays,
    stageOverLimit: waiting && daysInStage !== undefined && daysInStage > stageLimitDays,
    takeHomes: takeHomeFacts(candidate, loop),
  };
}
