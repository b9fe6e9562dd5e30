import { describe, expect, it } from 'vitest';
import { Candidate, Scorecard } from '../../schemas/hiring.ts';
import { Settings } from '../../schemas/settings.ts';
import {
  anonymiseCandidate,
  anonymisedName,
  anonymiseScorecards,
  dueForRetention,
  retentionDate,
  whatAnonymiseRemoves,
  whatDeleteRemoves,
} from './retention.ts';

const ID = '40000000-0000-4000-8000-0000003f2a9b';
const STAGE = '30000000-0000-4000-8000-000000000001';
const settings = Settings.parse({});
const NOW = '2027-06-01T09:00:00.000Z';

const candidate = (fields: Partial<Candidate> = {}) =>
  Candidate.parse({ id: ID, openingId: '50000000-0000-4000-8000-000000000001', name: 'Sam Lee', ...fields });
const rejected = (fields: Partial<Candidate> = {}) =>
  candidate({
    status: 'rejected',
    source: 'Referral',
    contact: 'sam@example.com',
    notes: 'Prefers remote work.',
    moves: [{ stageId: STAGE, at: '2026-11-20T10:00:00.000Z' }],
    takeHomes: [{ stageId: STAGE, sentAt: '2026-11-20T10:00:00.000Z', reportedHours: 3 }],
    decision: { outcome: 'no-hire', rationale: 'Thin on API design.', decidedBy: 'Ada', at: '2026-11-23T15:00:00.000Z', early: false },
    ...fields,
  });
const scorecard = (n: number, fields: Partial<Scorecard> = {}) =>
  Scorecard.parse({
    id: `60000000-0000-4000-8000-00000000000${n}`,
    candidateId: ID,
    stageId: STAGE,
    interviewer: { name: 'Lin Chen' },
    scores: [
      { capabilityId: '10000000-0000-4000-8000-000000000001', score: 3, evidence: 'Designed a clean pagination API.' },
      { capabilityId: '10000000-0000-4000-8000-000000000002', score: null, evidence: '' },
    ],
    recommendation: 'yes',
    notes: 'Asked good questions.',
    submittedAt: '2026-11-21T10:00:00.000Z',
    ...fields,
  });

describe('retentionDate', () => {
  it('is the retention days after the decision when it came after the last move', () => {
    expect(retentionDate(rejected(), settings)).toBe('2027-05-22');
    expect(retentionDate(rejected(), { retentionDays: 30 })).toBe('2026-12-23');
  });

  it('counts from the last move when it came after the decision, or when there is no decision', () => {
    const moves = [{ stageId: STAGE, at: '2026-11-25T10:00:00.000Z' }, { stageId: STAGE, at: '2026-11-01T10:00:00.000Z' }];
    expect(retentionDate(rejected({ moves }), { retentionDays: 10 })).toBe('2026-12-05');
    expect(retentionDate(candidate({ status: 'withdrawn', moves }), { retentionDays: 10 })).toBe('2026-12-05');
  });

  it('counts from closedAt when it is recorded, whatever the moves and decision say', () => {
    // Withdrawn a week after the last move, with no decision: only closedAt knows when.
    expect(retentionDate(rejected({ status: 'withdrawn', decision: undefined, closedAt: '2026-11-27T09:00:00.000Z' }), { retentionDays: 10 })).toBe('2026-12-07');
    // A status changed before the decision record was written: closedAt still wins.
    expect(retentionDate(rejected({ closedAt: '2026-11-21T09:00:00.000Z' }), { retentionDays: 10 })).toBe('2026-12-01');
    expect(dueForRetention([rejected({ closedAt: '2026-11-21T09:00:00.000Z' })], '2026-12-01', { retentionDays: 10 })).toHaveLength(1);
  });

  it('is explicit retainUntil when set, whatever the status', () => {
    expect(retentionDate(rejected({ retainUntil: '2028-01-01' }), settings)).toBe('2028-01-01');
    expect(retentionDate(candidate({ status: 'hired', retainUntil: '2027-02-01' }), settings)).toBe('2027-02-01');
  });

  it('is undefined for active and hired candidates and for a rejection with nothing dated', () => {
    expect(retentionDate(rejected({ status: 'active' }), settings)).toBeUndefined();
    expect(retentionDate(rejected({ status: 'hired' }), settings)).toBeUndefined();
    expect(retentionDate(candidate({ status: 'rejected' }), settings)).toBeUndefined();
  });
});

describe('dueForRetention', () => {
  it('is due on the retention date itself, not the day before', () => {
    expect(dueForRetention([rejected()], '2027-05-21', settings)).toEqual([]);
    expect(dueForRetention([rejected()], '2027-05-22', settings)).toEqual([{ candidate: rejected(), retentionDate: '2027-05-22' }]);
  });

  it('lets an explicit retainUntil keep a candidate past the default date', () => {
    expect(dueForRetention([rejected({ retainUntil: '2027-12-31' })], '2027-06-01', settings)).toEqual([]);
  });

  it('lists undated rejections first and skips active or anonymised candidates', () => {
    const undated = candidate({ id: '40000000-0000-4000-8000-000000000002', status: 'withdrawn' });
    const active = rejected({ id: '40000000-0000-4000-8000-000000000003', status: 'active', retainUntil: '2026-01-01' });
    const done = anonymiseCandidate(rejected({ id: '40000000-0000-4000-8000-000000000004' }), NOW);
    const due = dueForRetention([rejected(), active, done, undated], '2027-06-01T08:00:00.000Z', settings);
    expect(due.map((d) => [d.candidate.id, d.retentionDate])).toEqual([
      [undated.id, undefined],
      [ID, '2027-05-22'],
    ]);
  });
});

describe('anonymiseCandidate', () => {
  it('replaces the name, clears contact, notes and rationale, and keeps the rest', () => {
    const before = rejected();
    const after = anonymiseCandidate(before, NOW);
    expect(after).toEqual({
      ...before,
      name: 'Anonymised candidate 3F2A9B',
      contact: '',
      notes: '',
      decision: { ...before.decision, rationale: '' },
      anonymisedAt: NOW,
    });
    expect(Candidate.parse(after)).toEqual(after);
  });

  it('is idempotent: anonymising twice is the same as once', () => {
    const once = anonymiseCandidate(rejected(), NOW);
    expect(anonymiseCandidate(once, '2028-01-01T00:00:00.000Z')).toStrictEqual(once);
  });

  it('clears the reason given for opening the decision view early, keeping when and by whom', () => {
    const before = rejected({ decisionViewOpenedEarly: { at: NOW, by: 'Ada', reason: 'Sam has another offer on Friday.' } });
    const after = anonymiseCandidate(before, NOW);
    expect(after.decisionViewOpenedEarly).toEqual({ at: NOW, by: 'Ada', reason: '' });
    expect(whatAnonymiseRemoves(before, [])).toContainEqual({ what: 'reason for opening the decision view early', count: 1 });
    expect(whatAnonymiseRemoves(after, [])).toEqual([]);
  });

  it('handles a candidate with no decision', () => {
    const after = anonymiseCandidate(candidate({ status: 'withdrawn' }), NOW);
    expect('decision' in after).toBe(false);
    expect(Candidate.parse(after)).toEqual(after);
  });

  it('derives the label from the end of the id, so candidates stay distinguishable', () => {
    expect(anonymisedName('40000000-0000-4000-8000-000000000012')).toBe('Anonymised candidate 000012');
  });
});

describe('anonymiseScorecards', () => {
  it('clears evidence and notes but keeps scores, recommendation and interviewer', () => {
    const [after] = anonymiseScorecards([scorecard(1)]);
    expect(after).toEqual({
      ...scorecard(1),
      scores: [
        { capabilityId: '10000000-0000-4000-8000-000000000001', score: 3, evidence: '' },
        { capabilityId: '10000000-0000-4000-8000-000000000002', score: null, evidence: '' },
      ],
      notes: '',
    });
    expect(Scorecard.parse(after)).toEqual(after);
    expect(anonymiseScorecards([after!])).toStrictEqual([after]);
  });

  it('removes the interview kit’s notes per question, and counts them before', () => {
    const questionNotes = [
      { questionId: '70000000-0000-4000-8000-000000000001', question: 'Walk me through an outage.', note: 'Named the on-call runbook.' },
      { questionId: '70000000-0000-4000-8000-000000000002', question: 'How do you page a partner?', note: '' },
    ];
    const card = scorecard(1, { questionNotes });
    expect(whatAnonymiseRemoves(rejected(), [card])).toContainEqual({ what: 'notes on interview questions', count: 1 });
    const [after] = anonymiseScorecards([card]);
    expect(after).not.toHaveProperty('questionNotes');
    expect(whatAnonymiseRemoves(anonymiseCandidate(rejected(), NOW), [after!])).toEqual([]);
  });
});

describe('whatAnonymiseRemoves', () => {
  it('lists exactly the filled fields that will go, counting only this candidate’s scorecards', () => {
    const others = scorecard(3, { candidateId: '40000000-0000-4000-8000-000000000009' });
    expect(whatAnonymiseRemoves(rejected(), [scorecard(1), scorecard(2, { notes: '' }), others])).toEqual([
      { what: 'name', count: 1 },
      { what: 'contact details', count: 1 },
      { what: 'notes', count: 1 },
      { what: 'decision rationale', count: 1 },
      { what: 'evidence notes on scorecards', count: 2 },
      { what: 'scorecard notes', count: 1 },
    ]);
  });

  it('lists nothing once the candidate and scorecards are anonymised', () => {
    const cards = anonymiseScorecards([scorecard(1)]);
    expect(whatAnonymiseRemoves(anonymiseCandidate(rejected(), NOW), cards)).toEqual([]);
  });
});

describe('whatDeleteRemoves', () => {
  it('lists the record, its history and every scorecard with its scores', () => {
    expect(whatDeleteRemoves(rejected(), [scorecard(1), scorecard(2)])).toEqual([
      { what: 'candidate record (name, contact, source and notes)', count: 1 },
      { what: 'stage moves', count: 1 },
      { what: 'take-home records', count: 1 },
      { what: 'decision and its rationale', count: 1 },
      { what: 'scorecards', count: 2 },
      { what: 'scores', count: 2 },
      { what: 'recommendations', count: 2 },
      { what: 'evidence notes on scorecards', count: 2 },
      { what: 'scorecard notes', count: 2 },
    ]);
  });

  it('lists only the record for a candidate with nothing else', () => {
    expect(whatDeleteRemoves(candidate(), [])).toEqual([{ what: 'candidate record (name, contact, source and notes)', count: 1 }]);
  });
});
