/**
 * Retention of candidates' personal data. A rejected or withdrawn candidate is due for
 * removal a set number of days after their process closed. "Anonymise" removes what
 * identifies them and every free-text note but keeps scores, recommendations and dates,
 * which calibration needs; "delete" removes everything.
 */
import type { Candidate, Scorecard } from '../../schemas/hiring.ts';
import type { Settings } from '../../schemas/settings.ts';
import { addDays, dayOf } from '../dates.ts';
import { closedAt } from './pacing.ts';

/**
 * The first day a candidate's data is due for removal: `retainUntil` when the manager set
 * it, else the close plus the retention days. The close is `closedAt`, recorded when the
 * status left active; candidates stored before it existed fall back to the later of their
 * last move and decision. Active and hired candidates have none unless set explicitly:
 * one is still in process, the other is on the team.
 */
export function retentionDate(candidate: Candidate, settings: Pick<Settings, 'retentionDays'>): string | undefined {
  if (candidate.retainUntil) return candidate.retainUntil;
  if (candidate.status !== 'rejected' && candidate.status !== 'withdrawn') return undefined;
  const closed = candidate.closedAt ?? closedAt(candidate);
  return closed === undefined ? undefined : addDays(closed, settings.retentionDays);
}

export interface DueCandidate {
  candidate: Candidate;
  /** Undefined for a rejected or withdrawn candidate with no dated move or decision. */
  retentionDate: string | undefined;
}

/**
 * Candidates whose retention date is today or earlier, oldest first. A rejected or
 * withdrawn candidate with nothing dated is listed too, first: how old their data is
 * cannot be told, so the manager decides. Active and already anonymised candidates never are.
 */
export function dueForRetention(candidates: Candidate[], today: string, settings: Pick<Settings, 'retentionDays'>): DueCandidate[] {
  const due: DueCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.status === 'active' || candidate.anonymisedAt) continue;
    const date = retentionDate(candidate, settings);
    const undated = date === undefined && (candidate.status === 'rejected' || candidate.status === 'withdrawn');
    if (undated || (date !== undefined && date <= dayOf(today))) due.push({ candidate, retentionDate: date });
  }
  return due.sort((a, b) => (a.retentionDate ?? '').localeCompare(b.retentionDate ?? ''));
}

/** A neutral label that still tells candidates apart: the last six characters of the id. */
export function anonymisedName(candidateId: string): string {
  return `Anonymised candidate ${candidateId.replaceAll('-', '').slice(-6).toUpperCase()}`;
}

/**
 * Removes name, contact, notes, the decision rationale and the reason given for opening
 * the decision view early (free text about the candidate). Source, stage moves, take-home
 * times and the decision's outcome stay for calibration. Anonymising twice changes nothing.
 */
export function anonymiseCandidate(candidate: Candidate, now: string): Candidate {
  return {
    ...candidate,
    name: anonymisedName(candidate.id),
    contact: '',
    notes: '',
    ...(candidate.decision && { decision: { ...candidate.decision, rationale: '' } }),
    ...(candidate.decisionViewOpenedEarly && { decisionViewOpenedEarly: { ...candidate.decisionViewOpenedEarly, reason: '' } }),
    anonymisedAt: candidate.anonymisedAt ?? now,
  };
}

/** Clears evidence, notes and the notes per question (free text about the candidate); scores and recommendations stay. */
export function anonymiseScorecards(scorecards: Scorecard[]): Scorecard[] {
  return scorecards.map(({ questionNotes: _notes, ...card }) => ({
    ...card,
    scores: card.scores.map((s) => ({ ...s, evidence: '' })),
    notes: '',
  }));
}

/** One line of a confirmation screen: what goes, and how many. */
export interface Removal {
  what: string;
  count: number;
}

function removals(items: [string, number][]): Removal[] {
  return items.filter(([, count]) => count > 0).map(([what, count]) => ({ what, count }));
}

const filled = (text: string | undefined) => (text?.trim() ? 1 : 0);

function freeText(cards: Scorecard[]): [string, number][] {
  return [
    ['evidence notes on scorecards', cards.reduce((n, c) => n + c.scores.filter((s) => filled(s.evidence)).length, 0)],
    ['scorecard notes', cards.filter((c) => filled(c.notes)).length],
    ['notes on interview questions', cards.reduce((n, c) => n + (c.questionNotes ?? []).filter((q) => filled(q.note)).length, 0)],
  ];
}

/** Exactly what anonymising takes away; empty once the candidate is anonymised. */
export function whatAnonymiseRemoves(candidate: Candidate, scorecards: Scorecard[]): Removal[] {
  const cards = scorecards.filter((c) => c.candidateId === candidate.id);
  return removals([
    ['name', candidate.name === anonymisedName(candidate.id) ? 0 : 1],
    ['contact details', filled(candidate.contact)],
    ['notes', filled(candidate.notes)],
    ['decision rationale', filled(candidate.decision?.rationale)],
    ['reason for opening the decision view early', filled(candidate.decisionViewOpenedEarly?.reason)],
    ...freeText(cards),
  ]);
}

/** Exactly what deleting takes away, including the scores calibration would lose. */
export function whatDeleteRemoves(candidate: Candidate, scorecards: Scorecard[]): Removal[] {
  const cards = scorecards.filter((c) => c.candidateId === candidate.id);
  return removals([
    ['candidate record (name, contact, source and notes)', 1],
    ['stage moves', candidate.moves.length],
    ['take-home records', candidate.takeHomes.length],
    ['decision and its rationale', candidate.decision ? 1 : 0],
    ['scorecards', cards.length],
    ['scores', cards.reduce((n, c) => n + c.scores.filter((s) => s.score !== null).length, 0)],
    ['recommendations', cards.filter((c) => c.recommendation).length],
    ...freeText(cards),
  ]);
}
