import { describe, expect, it } from 'vitest';
import { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import type { FrameworkDraft } from './framework-draft.ts';
import { nameKey, planIsEmpty, planLibraryMerge, type CapabilityLibrary, type LibraryMergePlan } from './library-merge.ts';

function ids() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

const emptyLibrary = (): CapabilityLibrary => ({ levelScales: [], capabilityAreas: [], capabilities: [] });

/** What the library holds after the plan is written, as the caller's transaction would. */
function apply(library: CapabilityLibrary, plan: LibraryMergePlan): CapabilityLibrary {
  const updates = new Map(plan.capabilities.update.map((c) => [c.id, c]));
  return {
    levelScales: [...library.levelScales, ...plan.scales.add],
    capabilityAreas: [...library.capabilityAreas, ...plan.areas.add],
    capabilities: [...library.capabilities.map((c) => updates.get(c.id) ?? c), ...plan.capabilities.add],
  };
}

function expectValidRecords(plan: LibraryMergePlan) {
  for (const s of plan.scales.add) expect(LevelScale.parse(s)).toEqual(s);
  for (const a of plan.areas.add) expect(CapabilityArea.parse(a)).toEqual(a);
  for (const c of [...plan.capabilities.add, ...plan.capabilities.update]) expect(Capability.parse(c)).toEqual(c);
}

const backendScale = { name: 'Backend levels', levels: [1, 2, 3, 4].map((value) => ({ value, name: `Level ${value}`, description: '' })) };

function backendDraft(): FrameworkDraft {
  return {
    fileName: 'backend.md',
    format: 'monzo',
    title: 'Backend',
    scales: [backendScale],
    areas: [
      {
        name: 'Backend',
        description: 'Building services',
        capabilities: [
          {
            name: 'Communication',
            kind: 'non-technical',
            description: '',
            scaleName: 'Backend levels',
            descriptors: [
              { level: 1, criteria: ['Gives status updates'], examples: [] },
              { level: 2, criteria: ['Gives feedback when asked'], examples: ['Reviews code kindly'] },
            ],
          },
          {
            name: 'Leadership',
            kind: 'non-technical',
            description: '',
            scaleName: 'Backend levels',
            // Sparse: this topic starts at level 3.
            descriptors: [{ level: 3, criteria: ['Mentors new engineers'], examples: [] }],
          },
        ],
      },
    ],
  };
}

describe('planLibraryMerge', () => {
  it('adds everything to an empty library, as valid records, with a summary of the file', () => {
    const plan = planLibraryMerge(backendDraft(), emptyLibrary(), ids());
    expect(plan.scales.add).toHaveLength(1);
    expect(plan.areas.add).toEqual([{ id: expect.any(String), name: 'Backend', description: 'Building services', order: 0 }]);
    expect(plan.capabilities.add.map((c) => c.name)).toEqual(['Communication', 'Leadership']);
    expect(plan.capabilities.add.every((c) => c.scaleId === plan.scales.add[0]?.id && c.areaId === plan.areas.add[0]?.id)).toBe(true);
    expect(plan.capabilities.update).toEqual([]);
    expect(plan.summary).toEqual({ areas: 1, capabilities: 2, levels: 4, descriptors: 4 });
    expect(planIsEmpty(plan)).toBe(false);
    expectValidRecords(plan);
  });

  it('keeps a sparse topic sparse', () => {
    const plan = planLibraryMerge(backendDraft(), emptyLibrary(), ids());
    expect(plan.capabilities.add.find((c) => c.name === 'Leadership')?.descriptors).toEqual([{ level: 3, criteria: ['Mentors new engineers'], examples: [] }]);
  });

  it('gives an empty plan when the same file is imported twice', () => {
    const newId = ids();
    const first = planLibraryMerge(backendDraft(), emptyLibrary(), newId);
    const second = planLibraryMerge(backendDraft(), apply(emptyLibrary(), first), newId);
    expect(planIsEmpty(second)).toBe(true);
    expect(second.capabilities.unchanged).toBe(2);
    expect(second.notes).toEqual([]);
    expect(second.summary).toEqual(first.summary);
  });

  it('reuses an area with the same name in another case and spacing, and adds new areas after the existing ones', () => {
    const library: CapabilityLibrary = {
      levelScales: [],
      capabilityAreas: [
        { id: '10000000-0000-4000-8000-000000000001', name: '  BACKEND ', description: '', order: 0 },
        { id: '10000000-0000-4000-8000-000000000002', name: 'Delivery', description: '', order: 4 },
      ],
      capabilities: [],
    };
    const draft = backendDraft();
    draft.areas.push({ name: 'Payments  domain', description: '', capabilities: [] });
    const plan = planLibraryMerge(draft, library, ids());
    expect(plan.areas.add).toEqual([{ id: expect.any(String), name: 'Payments domain', description: '', order: 5 }]);
    expect(plan.capabilities.add.every((c) => c.areaId === '10000000-0000-4000-8000-000000000001')).toBe(true);
  });

  it('updates a matched capability with the descriptors it lacks, without repeating any, and fills only what is empty', () => {
    const newId = ids();
    const first = planLibraryMerge(backendDraft(), emptyLibrary(), newId);
    const library = apply(emptyLibrary(), first);
    const stored = library.capabilities[0]!;
    library.capabilities[0] = { ...stored, kind: 'technical', description: 'How we talk', descriptors: [{ level: 2, criteria: ['gives  feedback when ASKED'], examples: [] }] };

    const draft = backendDraft();
    const cap = draft.areas[0]!.capabilities[0]!;
    cap.description = 'From the file';
    cap.target = { people: 2, level: 3 };
    cap.descriptors.push({ level: 4, criteria: ['Coaches others'], examples: ['Ran a feedback workshop'] });

    const plan = planLibraryMerge(draft, library, newId);
    expect(plan.capabilities.add).toEqual([]);
    expect(plan.capabilities.update).toHaveLength(1);
    const updated = plan.capabilities.update[0]!;
    expect(updated.id).toBe(stored.id);
    expect(updated.kind).toBe('technical');
    expect(updated.description).toBe('How we talk');
    expect(updated.target).toEqual({ people: 2, level: 3 });
    expect(updated.descriptors).toEqual([
      { level: 1, criteria: ['Gives status updates'], examples: [] },
      { level: 2, criteria: ['gives  feedback when ASKED'], examples: ['Reviews code kindly'] },
      { level: 4, criteria: ['Coaches others'], examples: ['Ran a feedback workshop'] },
    ]);
    expect(plan.capabilities.unchanged).toBe(1);
    expectValidRecords(plan);
  });

  it('reuses a scale with the same name and levels, and adds a same-named scale with other levels under a new name', () => {
    const existingScale = { id: '20000000-0000-4000-8000-000000000001', name: 'backend LEVELS', levels: backendScale.levels };
    const same = planLibraryMerge(backendDraft(), { ...emptyLibrary(), levelScales: [existingScale] }, ids());
    expect(same.scales.add).toEqual([]);
    expect(same.capabilities.add.every((c) => c.scaleId === existingScale.id)).toBe(true);

    const other = { ...existingScale, levels: [{ value: 1, name: 'Junior', description: '' }] };
    const newId = ids();
    const plan = planLibraryMerge(backendDraft(), { ...emptyLibrary(), levelScales: [other] }, newId);
    expect(plan.scales.add.map((s) => s.name)).toEqual(['Backend levels (2)']);
    expect(plan.notes).toEqual([expect.stringContaining('added as "Backend levels (2)"')]);
    expectValidRecords(plan);

    // The renamed scale is found again next time, not added a third time.
    const again = planLibraryMerge(backendDraft(), apply({ ...emptyLibrary(), levelScales: [other] }, plan), newId);
    expect(planIsEmpty(again)).toBe(true);
  });

  it('keeps a matched capability on its own scale, merges by level number, and says so', () => {
    const turbine = {
      id: '20000000-0000-4000-8000-000000000002',
      name: 'Turbine 0–4',
      levels: [0, 1, 2].map((value) => ({ value, name: `L${value}`, description: '' })),
    };
    const area = { id: '10000000-0000-4000-8000-000000000001', name: 'Backend', description: '', order: 0 };
    const leadership: Capability = {
      id: '30000000-0000-4000-8000-000000000001',
      areaId: area.id,
      name: 'leadership',
      kind: 'non-technical',
      description: '',
      scaleId: turbine.id,
      descriptors: [],
    };
    const draft = backendDraft();
    draft.areas[0]!.capabilities[1]!.descriptors.unshift({ level: 1, criteria: ['Helps a peer'], examples: [] });
    const plan = planLibraryMerge(draft, { levelScales: [turbine], capabilityAreas: [area], capabilities: [leadership] }, ids());
    const updated = plan.capabilities.update[0]!;
    expect(updated.scaleId).toBe(turbine.id);
    expect(updated.descriptors).toEqual([{ level: 1, criteria: ['Helps a peer'], examples: [] }]);
    expect(plan.notes).toEqual([
      '"leadership" stays on its scale "Turbine 0–4"; the file describes it on "Backend levels", so its descriptors were merged by level number. Level 3 is not on "Turbine 0–4" and was left out.',
    ]);
  });

  it('adds no scale that only matched capabilities on other scales would have used', () => {
    const turbine = { id: '20000000-0000-4000-8000-000000000002', name: 'Turbine 0–4', levels: [{ value: 3, name: 'Strong', description: '' }] };
    const area = { id: '10000000-0000-4000-8000-000000000001', name: 'Backend', description: '', order: 0 };
    const stored = (n: number, name: string): Capability => ({
      id: `30000000-0000-4000-8000-00000000000${n}`,
      areaId: area.id,
      name,
      kind: 'non-technical',
      description: '',
      scaleId: turbine.id,
      descriptors: [],
    });
    const plan = planLibraryMerge(backendDraft(), { levelScales: [turbine], capabilityAreas: [area], capabilities: [stored(1, 'Communication'), stored(2, 'Leadership')] }, ids());
    expect(plan.scales.add).toEqual([]);
    expect(plan.notes).toHaveLength(2);
    expectValidRecords(plan);
  });

  it('merges two draft capabilities with the same name in one area into one record', () => {
    const draft = backendDraft();
    draft.areas[0]!.capabilities.push({
      name: 'COMMUNICATION',
      kind: 'technical',
      description: 'Second copy',
      scaleName: 'Backend levels',
      descriptors: [{ level: 1, criteria: ['Gives status updates', 'Writes clear PRs'], examples: [] }],
    });
    const plan = planLibraryMerge(draft, emptyLibrary(), ids());
    const communication = plan.capabilities.add.filter((c) => nameKey(c.name) === 'communication');
    expect(communication).toHaveLength(1);
    expect(communication[0]?.description).toBe('Second copy');
    expect(communication[0]?.descriptors[0]?.criteria).toEqual(['Gives status updates', 'Writes clear PRs']);
  });
});

describe('planLibraryMerge with detailed criteria', () => {
  const sublevels = (): FrameworkDraft => {
    const draft = backendDraft();
    draft.areas[0]!.capabilities[0]!.descriptors = [
      {
        level: 1,
        criteria: [],
        examples: [],
        detailed: [
          { criterion: 'Criteria for sublevel A', examples: ['Asks for help', 'Welcomes feedback'] },
          { criterion: 'Criteria for sublevel B', examples: ['Uses the right channel', 'Welcomes feedback'], proficiency: 'Foundational', links: [{ label: 'Guide', url: 'https://example.com/guide' }] },
        ],
      },
    ];
    return draft;
  };

  it('stores each example under its criterion, counts every text, and a second import changes nothing', () => {
    const plan = planLibraryMerge(sublevels(), emptyLibrary(), ids());
    expectValidRecords(plan);
    const communication = plan.capabilities.add.find((c) => c.name === 'Communication')!;
    expect(communication.descriptors).toEqual([{ level: 1, criteria: [], examples: [], detailed: sublevels().areas[0]!.capabilities[0]!.descriptors[0]!.detailed }]);
    expect(plan.summary.descriptors).toBe(6 + 1); // two labels, four examples, and Leadership's criterion
    expect(planIsEmpty(planLibraryMerge(sublevels(), apply(emptyLibrary(), plan), ids()))).toBe(true);
  });

  it('adds the examples a criterion lacks, keeping its proficiency', () => {
    const first = planLibraryMerge(sublevels(), emptyLibrary(), ids());
    const library = apply(emptyLibrary(), first);
    const more = sublevels();
    more.areas[0]!.capabilities[0]!.descriptors[0]!.detailed = [{ criterion: 'criteria for sublevel b', examples: ['Helps a new starter'], proficiency: 'Expert' }];
    const plan = planLibraryMerge(more, library, ids());
    expectValidRecords(plan);
    expect(plan.capabilities.update[0]!.descriptors[0]!.detailed![1]).toEqual({
      criterion: 'Criteria for sublevel B',
      examples: ['Uses the right channel', 'Welcomes feedback', 'Helps a new starter'],
      proficiency: 'Foundational',
      links: [{ label: 'Guide', url: 'https://example.com/guide' }],
    });
  });

  it('replaces what an earlier import flattened with the structure, rather than repeating it', () => {
    // What Turbine stored before it kept detail: labels among the criteria, examples merged.
    const flat = sublevels();
    flat.areas[0]!.capabilities[0]!.descriptors = [
      { level: 1, criteria: ['Criteria for sublevel A', 'Criteria for sublevel B', 'Their own criterion'], examples: ['Asks for help', 'Welcomes feedback', 'Uses the right channel', 'Their own example'] },
    ];
    const library = apply(emptyLibrary(), planLibraryMerge(flat, emptyLibrary(), ids()));
    const plan = planLibraryMerge(sublevels(), library, ids());
    expectValidRecords(plan);
    expect(plan.capabilities.update.map((c) => c.name)).toEqual(['Communication']);
    expect(plan.capabilities.update[0]!.descriptors).toEqual([
      { level: 1, criteria: ['Their own criterion'], examples: ['Their own example'], detailed: sublevels().areas[0]!.capabilities[0]!.descriptors[0]!.detailed },
    ]);
    expect(planIsEmpty(planLibraryMerge(sublevels(), apply(library, plan), ids()))).toBe(true);
  });
});
