import { describe, expect, it } from 'vitest';
import { unscoredCapabilities } from './scorecard.ts';

describe('unscoredCapabilities', () => {
  const stage = { capabilityIds: ['testing', 'design', 'incidents'] };

  it('names each assessed capability without a score, in the stage’s order', () => {
    expect(unscoredCapabilities(stage, [{ capabilityId: 'design' }])).toEqual(['testing', 'incidents']);
  });

  it('counts “no signal” as an answer, and ignores scores for capabilities the stage does not assess', () => {
    const scores = [
      { capabilityId: 'testing', score: 3 },
      { capabilityId: 'design', score: null },
      { capabilityId: 'incidents', score: 1 },
      { capabilityId: 'other', score: 2 },
    ];
    expect(unscoredCapabilities(stage, scores)).toEqual([]);
  });

  it('names a capability listed twice on the stage once', () => {
    expect(unscoredCapabilities({ capabilityIds: ['testing', 'testing'] }, [])).toEqual(['testing']);
  });
});
