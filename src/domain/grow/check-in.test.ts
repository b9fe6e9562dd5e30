import { describe, expect, it } from 'vitest';
import { defaultCapabilitiesToCheck, describeDifference, evidenceOfQuarter, goalsForQuarter, previousCheckIn, selfMinusManager, type EvidenceSources } from './check-in.ts';
import { CheckIn } from '../../schemas/check-in.ts';
import type { Goal } from '../../schemas/goal.ts';

const mei = { id: '11111111-1111-4111-8111-111111111111', name: 'Mei Lin' };
const other = '22222222-2222-4222-8222-222222222222';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function goal(n: number, setIn: string, history: [Goal['status'], string][], personId = mei.id): Goal {
  return { id: uuid(n), personId, text: `Goal ${n}`, setIn, status: history.at(-1)?.[0] ?? 'not-started', history: history.map(([status, on]) => ({ status, on })), capabilityIds: [] };
}

describe('goals for a quarter', () => {
  const goals = [
    goal(1, '2026-Q3', [['on-track', '2026-08-01']]),
    // Done during Q3: stays in Q3's history, not carried.
    goal(2, '2026-Q3', [['on-track', '2026-08-01'], ['done', '2026-09-30']]),
    // Dropped on the first day of Q4: it was open when Q4 began, so Q4's check-in shows it (as dropped).
    goal(3, '2026-Q2', [['at-risk', '2026-05-01'], ['dropped', '2026-10-01']]),
    goal(4, '2026-Q4', [['not-started', '2026-10-05']]),
    goal(5, '2026-Q3', [['on-track', '2026-08-01']], other),
    goal(6, '2027-Q1', []),
  ];

  it('carries over the goals still open when the quarter began, and lists the ones set in it', () => {
    const { carried, setThisQuarter } = goalsForQuarter(goals, mei.id, '2026-Q4');
    expect(carried.map((g) => g.text)).toEqual(['Goal 3', 'Goal 1']);
    expect(setThisQuarter.map((g) => g.text)).toEqual(['Goal 4']);
    // In the order the last check-in listed them.
    expect(goalsForQuarter(goals, mei.id, '2026-Q4', [uuid(1), uuid(3)]).carried.map((g) => g.text)).toEqual(['Goal 1', 'Goal 3']);
  });

  it('carries across the year end', () => {
    const { carried } = goalsForQuarter(goals, mei.id, '2027-Q1');
    expect(carried.map((g) => g.text)).toEqual(['Goal 1', 'Goal 4']);
  });

  it('finds the check-in of the quarter before, across the year end', () => {
    const base = { personId: mei.id, date: '2026-12-10' };
    const checkIns = [CheckIn.parse({ ...base, id: uuid(10), quarter: '2026-Q4' }), CheckIn.parse({ ...base, id: uuid(11), quarter: '2026-Q3', personId: other })];
    expect(previousCheckIn(checkIns, mei.id, '2027-Q1')?.id).toBe(uuid(10));
    expect(previousCheckIn(checkIns, mei.id, '2026-Q4')).toBeUndefined();
  });
});

describe('evidence of a quarter', () => {
  const sources: EvidenceSources = {
    plans: [
      {
        id: uuid(20),
        personId: mei.id,
        title: 'Ledger rotation',
        kind: 'rotation',
        startDate: '2026-09-01',
        items: [
          { id: uuid(21), title: 'Pair on a reconciliation', status: 'done', completedOn: '2026-10-02' },
          { id: uuid(22), title: 'Read the model', status: 'done', completedOn: '2026-09-30' },
          { id: uuid(23), title: 'Ship a fix', status: 'doing' },
        ],
      },
    ] as unknown as EvidenceSources['plans'],
    oneOnOnes: [
      {
        id: uuid(30),
        personId: mei.id,
        date: '2026-11-03',
        kind: 'regular',
        notes: '',
        actionItems: [
          { id: uuid(31), text: 'Write the runbook', owner: ' mei lin', done: true },
          { id: uuid(32), text: 'Book the review', owner: 'Amara Okafor', done: true },
          { id: uuid(33), text: 'Draft the proposal', owner: 'Mei Lin', done: false },
        ],
      },
    ],
    decisions: [
      { id: uuid(40), title: 'Move to event sourcing', date: '2026-11-10', decidedBy: 'Mei Lin', input: [], status: 'decided', context: '', decided: '', why: '' },
      { id: uuid(41), title: 'Retire the old API', date: '2026-12-01', decidedBy: 'Amara Okafor', input: ['Tomás Rivera', 'Mei Lin'], status: 'decided', context: '', decided: '', why: '' },
      { id: uuid(42), title: 'Adopt a new queue', date: '2026-12-02', decidedBy: 'Mei Lin', input: [], status: 'proposed', context: '', decided: '', why: '' },
    ],
    candidates: [{ id: uuid(50), name: 'Sam Park' }],
    loops: [{ stages: [{ id: uuid(60), name: 'System design' }] as never }],
    scorecards: [
      { id: uuid(70), candidateId: uuid(50), stageId: uuid(60), interviewer: { personId: mei.id }, scores: [], notes: '', submittedAt: '2026-12-03T15:00:00.000Z' },
      { id: uuid(71), candidateId: uuid(50), stageId: uuid(60), interviewer: { personId: mei.id }, scores: [], notes: '' },
      { id: uuid(72), candidateId: uuid(50), stageId: uuid(60), interviewer: { personId: other }, scores: [], notes: '', submittedAt: '2026-12-03T15:00:00.000Z' },
    ],
  };

  it('lists what the person did in the quarter, newest first, each with where it came from', () => {
    expect(evidenceOfQuarter(mei, '2026-Q4', sources)).toEqual([
      { kind: 'interview', ref: uuid(70), text: 'Interviewed Sam Park (System design)', on: '2026-12-03' },
      { kind: 'decision', ref: uuid(41), text: 'Gave input: Retire the old API', on: '2026-12-01' },
      { kind: 'decision', ref: uuid(40), text: 'Decided: Move to event sourcing', on: '2026-11-10' },
      { kind: 'action-item', ref: `${uuid(30)}/${uuid(31)}`, text: 'Write the runbook', on: '2026-11-03' },
      { kind: 'learn-item', ref: `${uuid(20)}/${uuid(21)}`, text: 'Pair on a reconciliation (Ledger rotation)', on: '2026-10-02' },
    ]);
  });

  it('keeps each quarter to its own days', () => {
    expect(evidenceOfQuarter(mei, '2026-Q3', sources).map((e) => e.text)).toEqual(['Read the model (Ledger rotation)']);
    expect(evidenceOfQuarter({ id: other, name: 'Tomás Rivera' }, '2026-Q4', sources).map((e) => e.text)).toEqual([
      'Interviewed Sam Park (System design)',
      'Gave input: Retire the old API',
    ]);
  });
});

describe('self beside manager', () => {
  it('is the difference once both are given', () => {
    expect(selfMinusManager({ self: 3, manager: 2 })).toBe(1);
    expect(selfMinusManager({ self: 1, manager: 3 })).toBe(-2);
    expect(selfMinusManager({ self: 2 })).toBeUndefined();
    expect(describeDifference(1)).toBe('Rates themselves 1 level higher');
    expect(describeDifference(-2)).toBe('Rates themselves 2 levels lower');
    expect(describeDifference(0)).toBe('The same');
    expect(describeDifference(undefined)).toBe('Not both given yet');
  });

  it('looks by default at what they want to grow in, then the team’s gaps, then their goals’ capabilities, each once', () => {
    expect(defaultCapabilitiesToCheck(['a', 'b'], ['b', 'c'], ['d', 'a'])).toEqual(['a', 'b', 'c', 'd']);
    // Fifteen minutes, not an audit: a team with many gaps still gets a short list.
    expect(defaultCapabilitiesToCheck(['a'], ['b', 'c', 'd', 'e', 'f', 'g', 'h'], [])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
