import { describe, expect, it } from 'vitest';
import { MAX_LOAD, MAX_NEW_PAIRS, pairKey, suggestPairs, type PairingInput } from './pairing.ts';

const cov = (capabilityId: string, strong: string[], wantToGrow: string[], levels = strong.map(() => 4)) => ({ capabilityId, strong, strongLevels: levels, wantToGrow, busFactor: strong.length });
const base: Omit<PairingInput, 'coverage'> = { singlePointsOfFailure: [], mentoring: new Map(), planned: new Set(), name: (id) => id };

describe('suggestPairs', () => {
  it('puts each learner beside someone strong, scarce capabilities first, with the reason', () => {
    const pairs = suggestPairs({ ...base, coverage: [cov('api', ['ada', 'grace'], ['lin']), cov('ledger', ['ada'], ['mei'])] });
    expect(pairs.map((p) => [p.learnerId, p.capabilityId, p.partnerId])).toEqual([
      ['mei', 'ledger', 'ada'],
      // Ada already has Mei from this list: Grace takes Lin.
      ['lin', 'api', 'grace'],
    ]);
    expect(pairs[0]!.why).toBe('level 4; mentors nobody yet; carries no capability alone; the only one strong here');
  });

  it('never suggests the same expert for everything', () => {
    const learners = ['b', 'c', 'd', 'e'];
    const pairs = suggestPairs({ ...base, coverage: [cov('x', ['ada'], learners), cov('y', ['ada', 'grace'], learners)] });
    const byPartner = Map.groupBy(pairs, (p) => p.partnerId);
    expect(byPartner.get('ada')).toHaveLength(MAX_NEW_PAIRS);
    expect(pairs.filter((p) => p.capabilityId === 'x')).toHaveLength(MAX_NEW_PAIRS);
  });

  it('leaves out partners already mentoring as many as they can, and pairs already planned', () => {
    const mentoring = new Map([['ada', MAX_LOAD]]);
    expect(suggestPairs({ ...base, mentoring, coverage: [cov('ledger', ['ada'], ['mei'])] })).toEqual([]);
    expect(suggestPairs({ ...base, planned: new Set([pairKey('mei', 'ledger')]), coverage: [cov('ledger', ['ada'], ['mei'])] })).toEqual([]);
  });

  it('prefers who mentors fewer, then who carries fewer capabilities alone, then the higher level', () => {
    const c = cov('api', ['ada', 'grace', 'ken'], ['lin'], [3, 4, 3]);
    expect(suggestPairs({ ...base, mentoring: new Map([['grace', 1]]), singlePointsOfFailure: [{ personId: 'ada' }], coverage: [c] })[0]!.partnerId).toBe('ken');
    expect(suggestPairs({ ...base, coverage: [c] })[0]!.partnerId).toBe('grace');
  });

  it('does not pair anyone with themselves or someone already strong', () => {
    expect(suggestPairs({ ...base, coverage: [cov('api', ['ada'], ['ada'])] })).toEqual([]);
  });
});
