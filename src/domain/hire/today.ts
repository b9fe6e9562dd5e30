/**
 * What Hire asks of the manager today, for Home: scorecards still missing for candidates in a
 * loop (a decision waits on them, and memory of an interview fades by the day), and candidates
 * whose personal data is due for anonymising or deleting (a promise made to them, and the law
 * in many places). Pure: the rules come from visibility.ts and retention.ts, this only picks
 * who is concerned and words each line.
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../../schemas/hiring.ts';
import type { Settings } from '../../schemas/settings.ts';
import { dayOf } from '../dates.ts';
import { dueForRetention } from './retention.ts';
import { decisionViewOpen, expectedScorecards, type InterviewerRef } from './visibility.ts';

type OpeningLike = Pick<Opening, 'id' | 'title' | 'status' | 'loopId'>;
type LoopLike = Pick<InterviewLoop, 'id' | 'stages'>;
type CandidateLike = Pick<Candidate, 'id' | 'name' | 'openingId' | 'status' | 'moves' | 'decision' | 'anonymisedAt'>;

/** One expected scorecard not yet submitted. */
export interface MissingScorecard {
  candidate: { id: string; name: string };
  opening: { id: string; title: string };
  stage: { id: string; name: string };
  /** The interviewer's name as shown: a team member's current name, else the outsider's name as typed. */
  interviewer: string;
  /** interviewerKey of the interviewer: who they are, for keys and comparisons. */
  interviewerKey: string;
  /** The local calendar day the candidate first reached the stage: the wait counts from it. */
  since: string;
}

export interface RetentionDue {
  candidateId: string;
  name: string;
  /** Absent when nothing about the candidate is dated (see dueForRetention): the manager decides. */
  retentionDate?: string;
}

export interface HireToday {
  /** Oldest first: the longest wait comes first. */
  missing: MissingScorecard[];
  /** Oldest retention date first, undated ones before all (dueForRetention's order). */
  retentionDue: RetentionDue[];
}

export interface HireTodayInput {
  today: string;
  /**
   * Candidates to consider: the missing part looks at active ones only, the retention part
   * at the others, so the caller may pass everyone or just those two sets.
   */
  candidates: readonly Candidate[];
  openings: readonly OpeningLike[];
  loops: readonly LoopLike[];
  /** Scorecards of (at least) the candidates awaitingScorecards returns; others are ignored. */
  scorecards: readonly Scorecard[];
  /** Team members, so an interviewer stored by person id is shown by name. */
  people: readonly { id: string; name: string }[];
  settings: Pick<Settings, 'retentionDays'>;
}

/** Filled and closed openings hire no more: what is left of their loops is not today's work. */
const hiring = (o: OpeningLike) => o.status !== 'filled' && o.status !== 'closed';

/**
 * The candidates for whom at least one scorecard is expected, each with their loop. Exported
 * so storage reads the scorecards of these candidates only, not of every candidate ever.
 *
 * Active and undecided only: once decided, the decision view stays open and the scores left
 * out are no longer awaited. Anonymised candidates are left out too: scorecards about them can
 * no longer be written, so a line asking for one could never be done.
 */
export function awaitingScorecards<C extends CandidateLike>(
  candidates: readonly C[],
  openings: readonly OpeningLike[],
  loops: readonly LoopLike[],
): { candidate: C; opening: OpeningLike; loop: LoopLike }[] {
  const openingOf = new Map(openings.filter(hiring).map((o) => [o.id, o]));
  const loopOf = new Map(loops.map((l) => [l.id, l]));
  return candidates.flatMap((candidate) => {
    if (candidate.status !== 'active' || candidate.decision || candidate.anonymisedAt) return [];
    const opening = openingOf.get(candidate.openingId);
    const loop = opening?.loopId === undefined ? undefined : loopOf.get(opening.loopId);
    if (!opening || !loop || expectedScorecards(candidate, loop).length === 0) return [];
    return [{ candidate, opening, loop }];
  });
}

/** "Someone" rather than an id when a person was removed from the workspace since. */
function nameOf(interviewer: InterviewerRef, people: ReadonlyMap<string, string>): string {
  if (interviewer.personId !== undefined) return people.get(interviewer.personId) ?? 'Someone no longer in the workspace';
  return (interviewer.name ?? '').trim();
}

/**
 * The first move to each stage, as an instant. A candidate moved back to a stage they had
 * reached before was still owed its scorecards from the first time, so the wait counts from then.
 */
function firstReached(moves: Candidate['moves']): Map<string, string> {
  const first = new Map<string, string>();
  for (const m of moves) {
    const seen = first.get(m.stageId);
    if (seen === undefined || Date.parse(m.at) < Date.parse(seen)) first.set(m.stageId, m.at);
  }
  return first;
}

export function hireToday(input: HireTodayInput): HireToday {
  const people = new Map(input.people.map((p) => [p.id, p.name]));
  const cardsOf = new Map<string, Scorecard[]>();
  for (const s of input.scorecards) {
    const cards = cardsOf.get(s.candidateId);
    if (cards) cards.push(s);
    else cardsOf.set(s.candidateId, [s]);
  }

  const waiting: (MissingScorecard & { at: number })[] = [];
  for (const { candidate, opening, loop } of awaitingScorecards(input.candidates, input.openings, input.loops)) {
    // The decision view's own rule decides what is missing (a submitted card for the same stage
    // and interviewer, drafts not counted), so Home and the candidate's page never disagree.
    const { missing } = decisionViewOpen(candidate, loop, cardsOf.get(candidate.id) ?? []);
    if (missing.length === 0) continue;
    const reached = firstReached(candidate.moves);
    const stageName = new Map(loop.stages.map((s) => [s.id, s.name]));
    for (const m of missing) {
      // expectedScorecards lists only stages the candidate has a move to, so `at` is there.
      const at = reached.get(m.stageId)!;
      waiting.push({
        candidate: { id: candidate.id, name: candidate.name },
        opening: { id: opening.id, title: opening.title },
        stage: { id: m.stageId, name: stageName.get(m.stageId) ?? '' },
        interviewer: nameOf(m.interviewer, people),
        interviewerKey: m.key,
        since: dayOf(at),
        at: Date.parse(at),
      });
    }
  }
  // Longest wait first. The sort is stable, so one candidate's lines keep the loop's order.
  waiting.sort((a, b) => a.at - b.at || a.candidate.name.localeCompare(b.candidate.name) || a.candidate.id.localeCompare(b.candidate.id));
  const missing = waiting.map(({ at: _at, ...line }) => line);

  const retentionDue = dueForRetention([...input.candidates], input.today, input.settings).map(({ candidate, retentionDate }) => ({
    candidateId: candidate.id,
    name: candidate.name,
    ...(retentionDate !== undefined ? { retentionDate } : {}),
  }));
  return { missing, retentionDue };
}
