import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { planIsEmpty, planLibraryMerge, type CapabilityLibrary } from '../../domain/library-merge.ts';
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, libraryFile, libraryToDraft, readLibraryFile } from './turbine-library.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function library(): CapabilityLibrary {
  return {
    levelScales: [
      { id: id(1), name: 'Team scale', levels: [0, 1, 2].map((value) => ({ value, name: `L${value}`, description: `Level ${value}` })) },
      { id: id(2), name: 'Team scale', levels: [{ value: 1, name: 'Junior', description: '' }] },
    ],
    capabilityAreas: [
      { id: id(11), name: 'Running in production', description: 'Ops', order: 1 },
      { id: id(10), name: 'Payments domain', description: '', order: 0 },
    ],
    capabilities: [
      {
        id: id(20),
        areaId: id(11),
        name: 'Incident response',
        kind: 'technical',
        description: 'Leading incidents',
        scaleId: id(1),
        descriptors: [{ level: 2, criteria: ['Leads an incident'], examples: ['Ran the March outage call'] }],
        target: { people: 2, level: 2 },
      },
      { id: id(21), areaId: id(10), name: 'Card schemes', kind: 'domain', description: '', scaleId: id(2), descriptors: [], sample: true },
    ],
  };
}

const fileText = (data: unknown, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ ...libraryFile(library(), '2026-05-01T09:00:00.000Z', { name: 'Turbine', version: '0.1.0' }), data, ...overrides }, null, 2);

function draftOf(r: FrameworkReadResult): FrameworkDraft {
  if (!r.ok) throw new Error(`expected a draft, got: ${r.headline} ${JSON.stringify(r.problems)}`);
  return r.draft;
}

function refused(r: FrameworkReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

describe('libraryFile', () => {
  it('wraps the library with its format, version, date and app', () => {
    const file = libraryFile(library(), '2026-05-01T09:00:00.000Z', { name: 'Turbine', version: '0.1.0' });
    expect(file).toMatchObject({ format: 'turbine-capability-library', formatVersion: 1, exportedAt: '2026-05-01T09:00:00.000Z', app: { name: 'Turbine', version: '0.1.0' } });
    expect(file.data).toEqual(library());
    expect([LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION]).toEqual(['turbine-capability-library', 1]);
  });
});

describe('readLibraryFile', () => {
  it('reads a file it wrote into a draft: areas in order, scales by name, same-named scales told apart', () => {
    const draft = draftOf(readLibraryFile('team.json', fileText(library())));
    expect(draft.format).toBe('turbine-library');
    expect(draft.scales.map((s) => s.name)).toEqual(['Team scale', 'Team scale (2)']);
    expect(draft.areas.map((a) => a.name)).toEqual(['Payments domain', 'Running in production']);
    expect(draft.areas[1]?.capabilities[0]).toEqual({
      name: 'Incident response',
      kind: 'technical',
      description: 'Leading incidents',
      scaleName: 'Team scale',
      descriptors: [{ level: 2, criteria: ['Leads an incident'], examples: ['Ran the March outage call'] }],
      target: { people: 2, level: 2 },
    });
    expect(draft.areas[0]?.capabilities[0]?.scaleName).toBe('Team scale (2)');
  });

  it('gives an empty merge plan when read back into the library it came from', () => {
    const plan = planLibraryMerge(draftOf(readLibraryFile('team.json', fileText(library()))), library(), () => id(99));
    expect(planIsEmpty(plan)).toBe(true);
    expect(plan.capabilities.unchanged).toBe(2);
  });

  it('refuses text that is not JSON, saying where', () => {
    const r = refused(readLibraryFile('team.json', '{\n  "format": "turbine-capability-library",\n  "formatVersion": 1,,\n}'));
    expect(r.headline).toBe('team.json is not a framework Turbine can read: it is not valid JSON.');
    expect(r.problems).toEqual([
      {
        where: 'line 3, column 22',
        message: 'not valid JSON at line 3, column 22: expected a property name in double quotes but found ",". Check that the file was not cut short or edited by hand.',
      },
    ]);
  });

  it('refuses JSON of another kind, and sends a workspace file to Data → Import', () => {
    expect(refused(readLibraryFile('x.json', '{"type":"excalidraw"}')).problems[0]?.message).toMatch(/^"format" is missing/);
    expect(refused(readLibraryFile('x.json', '[1, 2]')).headline).toBe('x.json is not a framework Turbine can read: it is not a Turbine capability library.');
    const workspace = refused(readLibraryFile('backup.json', JSON.stringify({ format: 'turbine-workspace', formatVersion: 1, data: {} })));
    expect(workspace.headline).toBe('backup.json is not a framework Turbine can read: it is a whole Turbine workspace, not a capability library.');
    expect(workspace.problems[0]?.message).toContain('Data → Import');
  });

  it('refuses a newer format version with its own message', () => {
    const r = refused(readLibraryFile('team.json', fileText(library(), { formatVersion: 2 })));
    expect(r.headline).toBe('team.json is not a framework Turbine can read: it was written by a newer Turbine (library format version 2; this one reads up to 1).');
    expect(r.problems).toEqual([{ where: '$.formatVersion', message: 'is 2. Reload Turbine to update it, then import again.' }]);
  });

  it('names the JSON path of every record that breaks the schema', () => {
    const data = library() as unknown as { capabilities: Record<string, unknown>[]; levelScales: Record<string, unknown>[] };
    data.capabilities[0]!.name = '';
    data.capabilities[1]!.kind = 'magic';
    data.levelScales[1]!.levels = [];
    const r = refused(readLibraryFile('team.json', fileText(data)));
    expect(r.headline).toBe('team.json is not a framework Turbine can read: some values are not what Turbine expects.');
    expect(r.problems.map((p) => p.where)).toEqual(['$.data.levelScales[1].levels', '$.data.capabilities[0].name', '$.data.capabilities[1].kind']);
  });

  it('refuses a dangling areaId or scaleId, and a repeated id', () => {
    const data = library();
    data.capabilities[0]!.areaId = id(77);
    data.capabilities[1]!.scaleId = id(78);
    data.capabilityAreas[1]!.id = id(11);
    const r = refused(readLibraryFile('team.json', fileText(data)));
    expect(r.headline).toBe('team.json is not a framework Turbine can read: some records point to records that are not in it, or share an id.');
    expect(r.problems).toEqual([
      { where: '$.data.capabilityAreas[1].id', message: `repeats the id ${id(11)} of $.data.capabilityAreas[0]` },
      { where: '$.data.capabilities[0].areaId', message: `points to area ${id(77)}, which is not in the file` },
      // Area 10 was renamed to a repeated id, so the capability that pointed to it now dangles too.
      { where: '$.data.capabilities[1].areaId', message: `points to area ${id(10)}, which is not in the file` },
      { where: '$.data.capabilities[1].scaleId', message: `points to scale ${id(78)}, which is not in the file` },
    ]);
  });

  it('refuses a library without capabilities', () => {
    const r = refused(readLibraryFile('team.json', fileText({ ...library(), capabilities: [] })));
    expect(r.headline).toBe('team.json is not a framework Turbine can read: no capabilities found.');
  });
});

describe('libraryToDraft', () => {
  it('names the title after the file when there are several areas', () => {
    expect(libraryToDraft(library(), 'team-library.json').title).toBe('Team library');
  });
});
