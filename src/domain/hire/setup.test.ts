import { describe, expect, it } from 'vitest';
import { InterviewLoop } from '../../schemas/hiring.ts';
import {
  candidateCounts,
  checkSummary,
  copyLoop,
  copyName,
  describeUses,
  draftIdsFrom,
  draftOpening,
  filledOpenings,
  groupByArea,
  joinNames,
  loopFindings,
  moveStage,
  questionUsage,
  tidyStage,
} from './setup.ts';

const C = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const S = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const Q = (n: number) => `40000000-0000-4000-8000-00000000000${n}`;
const capabilities = [
  { id: C(1), name: 'Impact', areaId: 'a2' },
  { id: C(2), name: 'Mastery', areaId: 'a1' },
  { id: C(3), name: 'Influence', areaId: 'a1' },
];
const names = { capability: (id: string) => capabilities.find((c) => c.id === id)?.name ?? '?' };
const loop = (stages: Partial<InterviewLoop['stages'][number]>[]) =>
  InterviewLoop.parse({ id: S(0), name: 'Backend loop', stages: stages.map((s, i) => ({ id: S(i + 1), name: `Stage ${i + 1}`, kind: 'interview', interviewers: [{ name: 'Ada' }], ...s })) });

describe('draftOpening', () => {
  it('makes the gap capabilities the must-haves, once each, and names the opening after them', () => {
    const { draft, unknown } = draftOpening([C(1), C(3), C(1)], capabilities);
    expect(draft).toEqual({ title: 'Software engineer, Impact and Influence', level: '', status: 'draft', mustHave: [C(1), C(3)], niceToHave: [], targetDaysToDecision: 21 });
    expect(unknown).toEqual([]);
  });

  it('titles the opening like a job: one capability by name, one area by its name, more by the first two and a count; the level is left to ask', () => {
    const areas = [{ id: 'a1', name: 'Craft' }, { id: 'a2', name: 'Delivery' }];
    const more = [...capabilities, { id: C(4), name: 'Observability', areaId: 'a2' }];
    expect(draftOpening([C(2)], capabilities, areas).draft.title).toBe('Software engineer, Mastery');
    expect(draftOpening([C(2), C(3)], capabilities, areas).draft.title).toBe('Software engineer, Craft');
    expect(draftOpening([C(1), C(3), C(4)], more, areas).draft.title).toBe('Software engineer, Impact, Influence and 1 more');
    expect(draftOpening([C(2), C(3)], capabilities, areas).draft.level).toBe('');
  });

  it('leaves out ids that are not in the library, and returns them', () => {
    const { draft, unknown } = draftOpening([C(9), C(2), ''], capabilities);
    expect(draft.mustHave).toEqual([C(2)]);
    expect(unknown).toEqual([C(9)]);
  });

  it('gives an untitled draft when no id is known', () => {
    expect(draftOpening([C(9)], capabilities).draft).toMatchObject({ title: '', mustHave: [] });
  });

  it('reads the ids from the ?draft parameter', () => {
    expect(draftIdsFrom(`?draft=${C(1)},${C(2)}`)).toEqual([C(1), C(2)]);
    expect(draftIdsFrom('?loop=x')).toEqual([]);
    expect(draftIdsFrom('?draft=')).toEqual([]);
  });

  it('joins names in prose', () => {
    expect([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});

describe('checkSummary', () => {
  it('says every check passes only when an opening’s must-haves were checked', () => {
    expect(checkSummary([], 1)).toBe('No problems found: every check passes.');
    expect(checkSummary([{ severity: 'problem' }, { severity: 'warning' }, { severity: 'warning' }], 2)).toBe('1 problem and 2 warnings.');
    expect(checkSummary([], 0)).toBe('No problems found in the stages, but no must-have was checked: no opening was chosen. Choose the opening this loop is for.');
    expect(checkSummary([{ severity: 'warning' }], 0)).toBe('0 problems and 1 warning in the stages, but no must-have was checked: no opening was chosen. Choose the opening this loop is for.');
  });
});

describe('filledOpenings', () => {
  const O = (n: number) => `50000000-0000-4000-8000-00000000000${n}`;
  it('lists running openings that hired their headcount (one when unset), with the candidates still active', () => {
    const openings = [
      { id: O(1), status: 'open' as const },
      { id: O(2), status: 'open' as const, headcount: 2 },
      { id: O(3), status: 'paused' as const, headcount: 2 },
      { id: O(4), status: 'filled' as const },
      { id: O(5), status: 'draft' as const },
    ];
    const candidates = [
      { openingId: O(1), status: 'hired' as const },
      { openingId: O(1), status: 'active' as const },
      { openingId: O(1), status: 'active' as const },
      { openingId: O(2), status: 'hired' as const },
      { openingId: O(3), status: 'hired' as const },
      { openingId: O(3), status: 'hired' as const },
      { openingId: O(4), status: 'hired' as const },
      { openingId: O(5), status: 'rejected' as const },
    ];
    expect(filledOpenings(openings, candidates)).toEqual([
      { opening: openings[0], hired: 1, headcount: 1, stillActive: 2 },
      { opening: openings[2], hired: 2, headcount: 2, stillActive: 0 },
    ]);
  });
});

describe('candidateCounts', () => {
  it('counts active, hired, and rejected or withdrawn per opening', () => {
    const counts = candidateCounts([
      { openingId: 'o1', status: 'active' },
      { openingId: 'o1', status: 'active' },
      { openingId: 'o1', status: 'hired' },
      { openingId: 'o1', status: 'rejected' },
      { openingId: 'o1', status: 'withdrawn' },
      { openingId: 'o2', status: 'withdrawn' },
    ]);
    expect(counts.get('o1')).toEqual({ active: 2, hired: 1, closed: 2 });
    expect(counts.get('o2')).toEqual({ active: 0, hired: 0, closed: 1 });
    expect(counts.get('o3')).toBeUndefined();
  });
});

describe('questionUsage', () => {
  it('lists every loop and stage that asks a question, once per stage', () => {
    const a = loop([{ name: 'Screen', questionIds: [Q(1), Q(1)] }, { name: 'Onsite', questionIds: [Q(1), Q(2)] }]);
    const b = { ...loop([{ name: 'Onsite', questionIds: [Q(2)] }]), id: S(9), name: 'Platform loop' };
    const uses = questionUsage([a, b]);
    expect(uses.get(Q(1))?.map((u) => u.stageName)).toEqual(['Screen', 'Onsite']);
    expect(describeUses(uses.get(Q(1))!)).toBe('Backend loop (Screen, Onsite)');
    expect(describeUses(uses.get(Q(2))!)).toBe('Backend loop (Onsite); Platform loop (Onsite)');
    expect(uses.get(Q(3))).toBeUndefined();
  });
});

describe('loopFindings', () => {
  it('checks the must-haves of every opening that uses the loop, listing shared findings once, problems first', () => {
    const l = loop([{ name: 'Onsite', capabilityIds: [C(1)], interviewers: [] }]);
    const findings = loopFindings(l, [{ mustHave: [C(1)] }, { mustHave: [C(1), C(2)] }], names);
    expect(findings.map((f) => f.message)).toEqual([
      'Impact is a must-have but only 1 stage assesses it (Onsite): add it to another stage so no single interview decides.',
      'Mastery is a must-have but no stage assesses it: add it to at least 2 stages.',
      'Onsite has no interviewers yet: choose who runs it.',
    ]);
  });

  it('checks the stages alone when no opening uses the loop', () => {
    expect(loopFindings(loop([{ kind: 'take-home', name: 'Exercise' }]), [], names).map((f) => f.stageId)).toEqual([S(1)]);
  });
});

describe('editing stages', () => {
  it('moves a stage up or down, and ignores moves past either end', () => {
    expect(moveStage(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStage(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStage(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStage(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('copies a loop with new ids for the loop and every stage, and without the sample flag', () => {
    const original = { ...loop([{ name: 'Screen' }, { name: 'Onsite' }]), sample: true };
    let n = 0;
    const copy = copyLoop(original, 'Copy of Backend loop', () => `50000000-0000-4000-8000-00000000000${n++}`);
    expect(copy.id).toBe('50000000-0000-4000-8000-000000000000');
    expect(copy.stages.map((s) => s.id)).toEqual(['50000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002']);
    expect(copy.stages.map((s) => s.name)).toEqual(['Screen', 'Onsite']);
    expect(copy.sample).toBeUndefined();
    copy.stages[0]!.capabilityIds.push(C(1));
    expect(original.stages[0]!.capabilityIds).toEqual([]);
  });

  it('names a copy so it does not clash', () => {
    expect(copyName('Backend', ['Backend'])).toBe('Copy of Backend');
    expect(copyName('Backend', ['Backend', 'Copy of Backend', 'copy of backend (2)'])).toBe('Copy of Backend (3)');
  });

  it('tidies a stage: empty rubric rows for capabilities it no longer assesses go, written ones stay; time boxes only on take-homes', () => {
    const empty = { 1: '', 2: ' ', 3: '', 4: '' };
    const written = { 1: 'none', 2: '', 3: '', 4: '' };
    const stage = loop([
      {
        capabilityIds: [C(1)],
        timeBoxHours: 3,
        rubric: [
          { capabilityId: C(1), anchors: empty },
          { capabilityId: C(2), anchors: empty },
          { capabilityId: C(3), anchors: written },
        ],
      },
    ]).stages[0]!;
    const tidy = tidyStage(stage);
    expect(tidy.rubric.map((r) => r.capabilityId)).toEqual([C(1), C(3)]);
    expect(tidy.timeBoxHours).toBeUndefined();
    expect(tidyStage({ ...stage, kind: 'take-home' }).timeBoxHours).toBe(3);
  });
});

describe('groupByArea', () => {
  it('groups capabilities under their areas in library order, by name, dropping empty areas and keeping orphans', () => {
    const groups = groupByArea(
      [{ id: 'a1', name: 'Craft' }, { id: 'a2', name: 'Leadership' }, { id: 'a3', name: 'Empty' }],
      [...capabilities, { id: C(4), name: 'Lost', areaId: 'gone' }],
    );
    expect(groups.map((g) => [g.areaName, g.capabilities.map((c) => c.name)])).toEqual([
      ['Craft', ['Influence', 'Mastery']],
      ['Leadership', ['Impact']],
      ['Without an area', ['Lost']],
    ]);
  });
});
