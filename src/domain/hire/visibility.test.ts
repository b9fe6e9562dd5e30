import { describe, expect, it } from 'vitest';
import type { Candidate, InterviewLoop, Scorecard } from '../../schemas/hiring.ts';
import { decisionViewOpen, expectedScorecards, interviewerKey, visibleScorecards } from './visibility.ts';

const ana = { personId: 'ana' };
const ben = { personId: 'ben' };
const cleo = { name: 'Cleo Park' };

let seq = 0;
const card = (
  interviewer: Scorecard['interviewer'],
  submitted: boolean,
  stageId = 'screen',
  candidateId = 'cand',
): Scorecard => ({
  id: `sc${++seq}`,
  candidateId,
  stageId,
  interviewer,
  scores: [],
  recommendation: 'yes',
  notes: '',
  ...(submitted ? { submittedAt: '2026-03-02T10:00:00.000Z' } : {}),
});

type Stage = InterviewLoop['stages'][number];
const stage = (id: string, interviewers: Stage['interviewers'], kind: Stage['kind'] = 'interview'): Stage => ({
  id,
  name: id,
  kind,
  capabilityIds: [],
  interviewers,
  questionIds: [],
  rubric: [],
});
const loop: Pick<InterviewLoop, 'stages'> = {
  stages: [
    stage('screen', [ana]),
    stage('tech', [ben, cleo]),
    stage('onsite', [ana, ben]),
    stage('debrief', [ana, ben], 'debrief'),
  ],
};
const candidate = (stageIds: string[], decision?: Candidate['decision']) => ({
  id: 'cand',
  moves: stageIds.map((stageId, i) => ({ stageId, at: `2026-03-0${i + 1}T09:00:00.000Z` })),
  ...(decision ? { decision } : {}),
});

describe('interviewerKey', () => {
  it('uses the person id, else the folded name', () => {
    expect(interviewerKey({ personId: 'p1', name: 'Whoever' })).toBe('person:p1');
    expect(interviewerKey({ name: '  Cleo   PARK ' })).toBe(interviewerKey(cleo));
    expect(interviewerKey({ name: 'p1' })).not.toBe(interviewerKey({ personId: 'p1' }));
  });
});

describe('visibleScorecards', () => {
  it('shows a viewer with only a draft nothing but their own', () => {
    const mine = card(ana, false);
    const cards = [card(ben, true), mine, card(cleo, false)];
    expect(visibleScorecards(cards, 'cand', ana)).toEqual([mine]);
  });

  it("shows others' submitted scorecards once the viewer has submitted, never their drafts", () => {
    const mine = card(ana, true);
    const bens = card(ben, true, 'tech');
    const cleosDraft = card(cleo, false, 'tech');
    const otherCandidate = card(ben, true, 'screen', 'someone-else');
    expect(visibleScorecards([bens, cleosDraft, mine, otherCandidate], 'cand', ana)).toEqual([bens, mine]);
  });

  it('keeps the viewer’s own draft visible next to what their submission unlocked', () => {
    const submitted = card(ana, true, 'screen');
    const draft = card(ana, false, 'onsite');
    const bens = card(ben, true, 'tech');
    expect(visibleScorecards([submitted, draft, bens], 'cand', ana)).toEqual([submitted, draft, bens]);
  });

  it('recognises an outsider by name however it is typed', () => {
    const cleos = card({ name: 'cleo park' }, true, 'tech');
    const bens = card(ben, true, 'tech');
    expect(visibleScorecards([cleos, bens], 'cand', { name: 'Cleo  Park' })).toEqual([cleos, bens]);
  });

  it('shows nothing to someone who has no scorecard for the candidate', () => {
    expect(visibleScorecards([card(ben, true)], 'cand', cleo)).toEqual([]);
  });
});

describe('expectedScorecards', () => {
  it('expects one per interviewer per stage reached, for a candidate who reached the first two stages', () => {
    const expected = expectedScorecards(candidate(['screen', 'tech']), loop);
    expect(expected.map((e) => [e.stageId, e.key])).toEqual([
      ['screen', 'person:ana'],
      ['tech', 'person:ben'],
      ['tech', 'name:cleo park'],
    ]);
  });

  it('expects nothing from a debrief, which is held with the decision view open', () => {
    const stageIds = expectedScorecards(candidate(['screen', 'tech', 'onsite', 'debrief']), loop).map((e) => e.stageId);
    expect(stageIds).toEqual(['screen', 'tech', 'tech', 'onsite', 'onsite']);
  });

  it('ignores moves outside the loop and interviewers listed twice', () => {
    const doubled = { stages: [stage('screen', [ana, { personId: 'ana' }])] };
    expect(expectedScorecards(candidate(['screen', 'elsewhere']), doubled)).toHaveLength(1);
  });
});

describe('decisionViewOpen', () => {
  const reachedTwo = candidate(['screen', 'tech']);
  const all = [card(ana, true, 'screen'), card(ben, true, 'tech'), card({ name: 'CLEO PARK' }, true, 'tech')];

  it('opens once every expected scorecard is submitted', () => {
    expect(decisionViewOpen(reachedTwo, loop, all)).toEqual({ open: true, reason: 'complete', expected: 3, missing: [] });
  });

  it('stays closed while a scorecard is missing or still a draft, and says which', () => {
    const state = decisionViewOpen(reachedTwo, loop, [all[0]!, all[1]!, card(cleo, false, 'tech')]);
    expect(state.open).toBe(false);
    expect(state.reason).toBe('waiting');
    expect(state.missing).toEqual([{ stageId: 'tech', interviewer: cleo, key: 'name:cleo park' }]);
  });

  it('opens early only with an explicit choice, still listing what is missing', () => {
    const early = decisionViewOpen(reachedTwo, loop, [all[0]!], { at: '2026-03-03T09:00:00.000Z', by: 'Maya' });
    expect(early).toMatchObject({ open: true, reason: 'early-choice', expected: 3 });
    expect(early.missing.map((m) => m.key)).toEqual(['person:ben', 'name:cleo park']);
    expect(decisionViewOpen(reachedTwo, loop, [all[0]!]).open).toBe(false);
  });

  it('stays open once a decision is recorded, so the record can be read', () => {
    const decided = candidate(['screen', 'tech'], {
      outcome: 'no-hire',
      rationale: '',
      decidedBy: 'Maya',
      at: '2026-03-04T09:00:00.000Z',
      early: true,
    });
    expect(decisionViewOpen(decided, loop, [])).toMatchObject({ open: true, reason: 'decided' });
  });

  it('counts a scorecard for another candidate or stage as missing', () => {
    const wrong = [card(ana, true, 'tech'), card(ben, true, 'tech', 'other'), card(cleo, true, 'tech')];
    expect(decisionViewOpen(reachedTwo, loop, wrong).missing.map((m) => m.key)).toEqual(['person:ana', 'person:ben']);
  });

  it('has nothing to wait for before the first stage', () => {
    expect(decisionViewOpen(candidate([]), loop, [])).toEqual({ open: true, reason: 'complete', expected: 0, missing: [] });
  });
});
