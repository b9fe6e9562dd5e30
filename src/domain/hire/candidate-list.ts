/**
 * The Candidates page's own rules: filtering, searching and paging an opening's
 * candidates (thousands of them), the next stage in the loop, who interviews in a loop
 * and which scorecards one interviewer owes a candidate.
 */
import type { Candidate, InterviewLoop } from '../../schemas/hiring.ts';
import { type InterviewerRef, interviewerKey } from './visibility.ts';
import { sortedMoves } from './pacing.ts';

export type StatusFilter = Candidate['status'] | 'all';

export interface CandidateFilter {
  /** Undefined for every opening. */
  openingId?: string | undefined;
  status: StatusFilter;
  /** Matched against the name, ignoring case, accents and extra spaces. */
  query: string;
}

/** Lower case, accents stripped, spaces collapsed: "José  Núñez" matches "jose nunez". */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** The candidates that pass the filter, by name. */
export function filterCandidates<C extends Pick<Candidate, 'openingId' | 'status' | 'name'>>(candidates: readonly C[], filter: CandidateFilter): C[] {
  const q = foldName(filter.query);
  const keyed = candidates
    .filter((c) => (filter.openingId === undefined || c.openingId === filter.openingId) && (filter.status === 'all' || c.status === filter.status))
    .map((c) => ({ c, name: foldName(c.name) }))
    .filter((x) => q === '' || x.name.includes(q));
  keyed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return keyed.map((x) => x.c);
}

/** The stage after the candidate's current one in loop order; the first stage before any move; undefined after the last. */
export function nextStageId(candidate: Pick<Candidate, 'moves'>, loop: Pick<InterviewLoop, 'stages'> | undefined): string | undefined {
  const stages = loop?.stages ?? [];
  const current = sortedMoves(candidate).at(-1)?.stageId;
  if (current === undefined) return stages[0]?.id;
  const i = stages.findIndex((s) => s.id === current);
  return i === -1 ? undefined : stages[i + 1]?.id;
}

export interface LoopInterviewer {
  key: string;
  interviewer: InterviewerRef;
}

/** Everyone who interviews in the loop, once each, in the order they first appear. */
export function loopInterviewers(loop: Pick<InterviewLoop, 'stages'> | undefined): LoopInterviewer[] {
  const seen = new Map<string, LoopInterviewer>();
  for (const stage of loop?.stages ?? []) {
    for (const interviewer of stage.interviewers) {
      const key = interviewerKey(interviewer);
      if (!seen.has(key)) seen.set(key, { key, interviewer });
    }
  }
  return [...seen.values()];
}

/**
 * The stages where `viewer` owes this candidate a scorecard: stages they interview on
 * that the candidate has reached, in loop order. Debriefs take none (see expectedScorecards).
 */
export function scorecardStages<S extends InterviewLoop['stages'][number]>(
  candidate: Pick<Candidate, 'moves'>,
  loop: { stages: readonly S[] } | undefined,
  viewer: InterviewerRef,
): S[] {
  const key = interviewerKey(viewer);
  const reached = new Set(candidate.moves.map((m) => m.stageId));
  return (loop?.stages ?? []).filter((s) => s.kind !== 'debrief' && reached.has(s.id) && s.interviewers.some((i) => interviewerKey(i) === key));
}


/** Where a stage lies from where the candidate is now. */
export type MoveRelation = 'next' | 'ahead' | 'back';

export interface MoveChoice {
  stageId: string;
  relation: MoveRelation;
}

/**
 * The stages a candidate can be moved to, in the order to offer them: the next stage first,
 * then the later ones (skipping ahead), then the earlier ones (moving back, which the page asks
 * about). The stage they are in is left out: moving there again would record nothing new.
 * Before any move every stage lies ahead, the first one next; a candidate whose stage has left
 * the loop can go to any stage, none of them "next".
 */
export function moveChoices(candidate: Pick<Candidate, 'moves'>, loop: Pick<InterviewLoop, 'stages'> | undefined): MoveChoice[] {
  const stages = loop?.stages ?? [];
  const current = sortedMoves(candidate).at(-1)?.stageId;
  const at = current === undefined ? -1 : stages.findIndex((s) => s.id === current);
  const next = nextStageId(candidate, loop);
  const ahead: MoveChoice[] = [];
  const back: MoveChoice[] = [];
  stages.forEach((s, i) => {
    if (s.id === next) return;
    if (current !== undefined && at !== -1 && i <= at) {
      if (i < at) back.push({ stageId: s.id, relation: 'back' });
    } else ahead.push({ stageId: s.id, relation: 'ahead' });
  });
  return [...(next !== undefined ? [{ stageId: next, relation: 'next' as const }] : []), ...ahead, ...back];
}
