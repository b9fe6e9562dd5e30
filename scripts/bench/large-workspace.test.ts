import { describe, expect, it } from 'vitest';
import { kinds, WorkspaceData } from '../../src/schemas/workspace.ts';
import { findDanglingReferences, findDuplicateIds } from '../../src/io/read-workspace-file.ts';
import { benchSize, largeWorkspace, type WorkspaceSize } from './large-workspace.ts';

const small: WorkspaceSize = { people: 12, capabilities: 20, assessments: 300, candidates: 45, scorecards: 260, checkIns: 30 };

function countsOf(w: WorkspaceData): WorkspaceSize {
  return {
    people: w.people.length,
    capabilities: w.capabilities.length,
    assessments: w.assessments.length,
    candidates: w.candidates.length,
    scorecards: w.scorecards.length,
    checkIns: w.checkIns.length,
  };
}

function expectValid(w: WorkspaceData) {
  expect(WorkspaceData.safeParse(w).success).toBe(true);
  expect(findDuplicateIds(w)).toEqual([]);
  expect(findDanglingReferences(w)).toEqual([]);
}

describe('largeWorkspace', () => {
  it('has exactly the requested counts and is valid', () => {
    const w = largeWorkspace(small);
    expect(countsOf(w)).toEqual(small);
    expectValid(w);
    for (const kind of kinds) for (const r of w[kind]) expect(r.sample).toBeUndefined();
  });

  it.each([
    { ...small, assessments: 240 }, // exactly one per cell
    { ...small, assessments: 1000 }, // more than one per cell: history
    { ...small, scorecards: 45 * 10 + 7 }, // more than one card per interviewer and stage
    { ...small, candidates: 1, scorecards: 0 },
    { people: 0, capabilities: 0, assessments: 0, candidates: 0, scorecards: 0, checkIns: 0 },
    { people: 1, capabilities: 1, assessments: 5, candidates: 3, scorecards: 2, checkIns: 9 },
  ])('handles edge sizes: %o', (size) => {
    const w = largeWorkspace(size);
    expect(countsOf(w)).toEqual(size);
    expectValid(w);
  });

  it('is deterministic for a size and seed, and differs with the seed', () => {
    expect(largeWorkspace(small, 7)).toEqual(largeWorkspace(small, 7));
    expect(largeWorkspace(small, 8).people[0]?.id).not.toBe(largeWorkspace(small, 7).people[0]?.id);
  });

  it('refuses sizes it cannot satisfy', () => {
    expect(() => largeWorkspace({ ...small, people: 0 })).toThrow(RangeError);
    expect(() => largeWorkspace({ ...small, candidates: 0 })).toThrow(RangeError);
    expect(() => largeWorkspace({ ...small, checkIns: -1 })).toThrow(RangeError);
  });

  it('fills every person × capability cell before repeating one', () => {
    const w = largeWorkspace({ ...small, assessments: 240 });
    expect(new Set(w.assessments.map((a) => `${a.personId}|${a.capabilityId}`)).size).toBe(240);
  });

  it('scores only stages of the candidate’s own loop, on the capabilities those stages assess', () => {
    const w = largeWorkspace(small);
    const loopOfOpening = new Map(w.openings.map((o) => [o.id, w.interviewLoops.find((l) => l.id === o.loopId)!]));
    const candidate = new Map(w.candidates.map((c) => [c.id, c]));
    for (const s of w.scorecards) {
      const c = candidate.get(s.candidateId)!;
      const stage = loopOfOpening.get(c.openingId)!.stages.find((st) => st.id === s.stageId);
      expect(stage).toBeDefined();
      expect(c.moves.map((m) => m.stageId)).toContain(s.stageId);
      expect(s.scores.map((x) => x.capabilityId)).toEqual(stage!.capabilityIds);
    }
  });

  it('builds the benchmark size with the right counts, valid', () => {
    // How long this takes is the bench's business (npm run bench), not a unit test's.
    const w = largeWorkspace(benchSize);
    expect(countsOf(w)).toEqual(benchSize);
    expect(w.openings.length).toBe(50);
    expect(w.interviewLoops.length).toBe(10);
    expectValid(w);
  });
});
