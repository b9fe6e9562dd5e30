import { describe, expect, it } from 'vitest';
import { InterviewLoop } from '../../schemas/hiring.ts';
import { filterCandidates, foldName, loopInterviewers, moveChoices, nextStageId, scorecardStages } from './candidate-list.ts';

const S = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const P = (n: number) => `50000000-0000-4000-8000-00000000000${n}`;
const loop = InterviewLoop.parse({
  id: S(0),
  name: 'Loop',
  stages: [
    { id: S(1), name: 'Screen', kind: 'screen', interviewers: [{ personId: P(1) }] },
    { id: S(2), name: 'Take-home', kind: 'take-home', interviewers: [{ personId: P(2) }] },
    { id: S(3), name: 'Onsite', kind: 'interview', interviewers: [{ personId: P(1) }, { name: 'Rachel  Adeyemi' }] },
    { id: S(4), name: 'Debrief', kind: 'debrief', interviewers: [{ personId: P(1) }, { name: 'rachel adeyemi' }] },
  ],
});
const at = '2026-11-01T10:00:00.000Z';

describe('filterCandidates', () => {
  const list = [
    { openingId: 'a', status: 'active' as const, name: 'Zoë Núñez' },
    { openingId: 'a', status: 'rejected' as const, name: 'ana lima' },
    { openingId: 'b', status: 'active' as const, name: 'Ben Okoro' },
  ];
  it('filters by opening and status, searches names ignoring case and accents, and sorts by name', () => {
    expect(filterCandidates(list, { status: 'all', query: '' }).map((c) => c.name)).toEqual(['ana lima', 'Ben Okoro', 'Zoë Núñez']);
    expect(filterCandidates(list, { openingId: 'a', status: 'all', query: '' }).map((c) => c.name)).toEqual(['ana lima', 'Zoë Núñez']);
    expect(filterCandidates(list, { status: 'active', query: '' }).map((c) => c.name)).toEqual(['Ben Okoro', 'Zoë Núñez']);
    expect(filterCandidates(list, { status: 'all', query: '  zoe  NUNEZ ' }).map((c) => c.name)).toEqual(['Zoë Núñez']);
    expect(foldName('  José\tNúñez ')).toBe('jose nunez');
  });
  it('searches five thousand candidates (its speed: npm run bench)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ openingId: 'a', status: 'active' as const, name: `Candidate ${i}` }));
    expect(filterCandidates(many, { status: 'active', query: 'candidate 49' })).toHaveLength(111);
  });
});

describe('nextStageId', () => {
  it('is the first stage before any move, the next one after, none after the last', () => {
    expect(nextStageId({ moves: [] }, loop)).toBe(S(1));
    expect(nextStageId({ moves: [{ stageId: S(1), at }] }, loop)).toBe(S(2));
    expect(nextStageId({ moves: [{ stageId: S(3), at }, { stageId: S(1), at: '2026-10-01T10:00:00.000Z' }] }, loop)).toBe(S(4));
    expect(nextStageId({ moves: [{ stageId: S(4), at }] }, loop)).toBeUndefined();
    expect(nextStageId({ moves: [] }, undefined)).toBeUndefined();
  });
});

describe('interviewers', () => {
  it('lists each interviewer of the loop once, outsiders matched by folded name', () => {
    expect(loopInterviewers(loop).map((i) => i.key)).toEqual([`person:${P(1)}`, `person:${P(2)}`, 'name:rachel adeyemi']);
  });
  it('owes scorecards for reached stages the viewer interviews on, never for a debrief', () => {
    const candidate = { moves: [{ stageId: S(1), at }, { stageId: S(3), at }, { stageId: S(4), at }] };
    expect(scorecardStages(candidate, loop, { personId: P(1) }).map((s) => s.id)).toEqual([S(1), S(3)]);
    expect(scorecardStages(candidate, loop, { name: 'RACHEL ADEYEMI' }).map((s) => s.id)).toEqual([S(3)]);
    expect(scorecardStages(candidate, loop, { personId: P(2) })).toEqual([]);
  });
});

describe('moveChoices', () => {
  const ids = (choices: { stageId: string; relation: string }[]) => choices.map((c) => `${c.stageId.slice(-1)} ${c.relation}`);
  it('offers the next stage first, then the later ones, then the earlier ones as moving back, leaving out the current stage', () => {
    expect(ids(moveChoices({ moves: [] }, loop))).toEqual(['1 next', '2 ahead', '3 ahead', '4 ahead']);
    expect(ids(moveChoices({ moves: [{ stageId: S(2), at }] }, loop))).toEqual(['3 next', '4 ahead', '1 back']);
    // The latest move counts, whatever order the moves were stored in.
    const later = '2026-11-05T10:00:00.000Z';
    expect(ids(moveChoices({ moves: [{ stageId: S(3), at: later }, { stageId: S(1), at }] }, loop))).toEqual(['4 next', '1 back', '2 back']);
    // After the last stage there is no next: only moving back is left.
    expect(ids(moveChoices({ moves: [{ stageId: S(4), at }] }, loop))).toEqual(['1 back', '2 back', '3 back']);
  });

  it('offers every stage, none as next, to a candidate whose stage has left the loop', () => {
    expect(ids(moveChoices({ moves: [{ stageId: S(9), at }] }, loop))).toEqual(['1 ahead', '2 ahead', '3 ahead', '4 ahead']);
    expect(moveChoices({ moves: [] }, undefined)).toEqual([]);
  });
});
