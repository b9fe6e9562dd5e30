import { describe, expect, it } from 'vitest';
import type { LevelScale } from '../../schemas/capability.ts';
import type { Scorecard } from '../../schemas/hiring.ts';
import { coverageChange, levelForScore, proposedLevels } from './hired.ts';

const scale = (id: string, values: number[]): LevelScale => ({
  id,
  name: id,
  levels: values.map((value) => ({ value, name: `L${value}`, description: '' })),
});
const zeroToFour = scale('default', [0, 1, 2, 3, 4]);
const oneToSix = scale('six', [1, 2, 3, 4, 5, 6]);

let seq = 0;
const card = (
  personId: string,
  scores: Record<string, number | null>,
  { submitted = true, candidateId = 'cand' } = {},
): Scorecard => ({
  id: `sc${++seq}`,
  candidateId,
  stageId: 'tech',
  interviewer: { personId },
  scores: Object.entries(scores).map(([capabilityId, score]) => ({ capabilityId, score, evidence: '' })),
  notes: '',
  ...(submitted ? { submittedAt: '2026-03-02T10:00:00.000Z' } : {}),
});

describe('levelForScore', () => {
  it('maps the median straight to a level on the default 0–4 scale, rounding down', () => {
    expect([1, 1.5, 2, 2.5, 3, 3.5, 4].map((m) => levelForScore(m, zeroToFour))).toEqual([1, 1, 2, 2, 3, 3, 4]);
    expect(levelForScore(2.5, undefined)).toBe(2);
  });

  it('maps proportionally by position on other scales', () => {
    expect([1, 2, 2.5, 3, 4].map((m) => levelForScore(m, oneToSix))).toEqual([2, 3, 4, 4, 6]);
    expect([1, 2, 3, 4].map((m) => levelForScore(m, scale('sparse', [5, 3, 9])))).toEqual([3, 5, 5, 9]);
    expect(levelForScore(4, scale('one', [2]))).toBe(2);
  });
});

describe('proposedLevels', () => {
  const capabilities = [
    { id: 'api', scaleId: 'default' },
    { id: 'comms', scaleId: 'six' },
    { id: 'design', scaleId: 'default' },
    { id: 'unscored', scaleId: 'default' },
  ];
  const cards = [
    card('ana', { comms: 2, api: 3, design: null }),
    card('ben', { api: 2, comms: 3, design: null, retired: 4 }),
    card('cleo', { api: 4 }),
    card('dan', { api: 1, comms: 1 }, { submitted: false }),
    card('eve', { api: 1 }, { candidateId: 'someone-else' }),
  ];

  it('proposes a level per assessed capability with its evidence count, in capability order', () => {
    expect(proposedLevels({ id: 'cand' }, cards, capabilities, [zeroToFour, oneToSix])).toEqual([
      { capabilityId: 'api', level: 3, medianScore: 3, evidence: 3 },
      { capabilityId: 'comms', level: 4, medianScore: 2.5, evidence: 2 },
    ]);
  });

  it('skips capabilities with only no-signal, never scored, or gone from the framework', () => {
    const ids = proposedLevels({ id: 'cand' }, cards, capabilities, [zeroToFour, oneToSix]).map((p) => p.capabilityId);
    expect(ids).not.toContain('design');
    expect(ids).not.toContain('unscored');
    expect(ids).not.toContain('retired');
  });

  it('reads a capability whose scale is missing on the default scale', () => {
    expect(proposedLevels({ id: 'cand' }, cards, [{ id: 'api', scaleId: 'gone' }], [])).toEqual([
      { capabilityId: 'api', level: 3, medianScore: 3, evidence: 3 },
    ]);
  });
});

describe('coverageChange', () => {
  it('lists the capabilities where more people now meet the target, from and to', () => {
    const before = [
      { capabilityId: 'api', meeting: ['ana'] },
      { capabilityId: 'comms', meeting: ['ana', 'ben'] },
      { capabilityId: 'design', meeting: ['ben'] },
    ];
    const after = [
      { capabilityId: 'api', meeting: ['ana', 'new'] },
      { capabilityId: 'comms', meeting: ['ana', 'ben'] },
      { capabilityId: 'design', meeting: [] },
      { capabilityId: 'infra', meeting: ['new'] },
    ];
    expect(coverageChange(before, after)).toEqual([
      { capabilityId: 'api', from: 1, to: 2 },
      { capabilityId: 'infra', from: 0, to: 1 },
    ]);
  });

  it('leaves out rises where the target was already met: only a changed gap is a signal', () => {
    const target = { people: 2 };
    const before = [
      { capabilityId: 'api', meeting: ['ana'], target },
      { capabilityId: 'comms', meeting: ['ana', 'ben'], target },
    ];
    const after = [
      { capabilityId: 'api', meeting: ['ana', 'new'], target },
      { capabilityId: 'comms', meeting: ['ana', 'ben', 'new'], target },
    ];
    expect(coverageChange(before, after)).toEqual([{ capabilityId: 'api', from: 1, to: 2 }]);
  });
});
