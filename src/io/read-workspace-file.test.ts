import { describe, expect, it } from 'vitest';
import { checkFileSize, MAX_WORKSPACE_FILE_BYTES, readWorkspaceFile, type ReadResult } from './read-workspace-file.ts';
import { fileText, ids, tinyWorkspace } from '../test/workspaces.ts';

function refused(r: ReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.failure;
}

describe('readWorkspaceFile', () => {
  it('accepts a valid file and returns its data', () => {
    const r = readWorkspaceFile(fileText(tinyWorkspace()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file.data.people.map((p) => p.name)).toEqual(['Ada', 'Grace']);
  });

  it('refuses an empty file', () => {
    expect(refused(readWorkspaceFile('')).kind).toBe('empty');
    expect(refused(readWorkspaceFile('  \n')).kind).toBe('empty');
    expect(checkFileSize(0)?.kind).toBe('empty');
  });

  it('refuses a file over the size limit before reading it, naming both sizes', () => {
    const f = checkFileSize(100 * 1024 * 1024);
    expect(f?.kind).toBe('too-large');
    expect(f?.headline).toContain('100.0 MB');
    expect(f?.headline).toContain('64.0 MB');
    expect(checkFileSize(MAX_WORKSPACE_FILE_BYTES)).toBeUndefined();
  });

  it('says by how much a file just over the limit is too large, instead of two equal sizes', () => {
    expect(checkFileSize(MAX_WORKSPACE_FILE_BYTES + 1)?.headline).toMatch(/^The file is 1 byte over 64\.0 MB; Turbine reads workspace files up to 64\.0 MB\./);
  });

  it('refuses text that is not JSON and says where', () => {
    const f = refused(readWorkspaceFile('{"format": "turbine-workspace",\n  "formatVersion": 1,,}'));
    expect(f.kind).toBe('not-json');
    expect(f.headline).toMatch(/line 2/);
  });

  it.each([
    ['a list', '[1,2]', /a list/],
    ['a number', '42', /a number/],
    ['another app’s JSON', '{"type":"excalidraw","version":2}', /"format" is missing/],
    ['a wrong format name', '{"format":"turbine-library","formatVersion":1}', /"turbine-library"/],
  ])('refuses %s as not a Turbine file', (_, text, detail) => {
    const f = refused(readWorkspaceFile(text));
    expect(f.kind).toBe('not-turbine');
    expect(f.problems[0]?.message).toMatch(detail);
  });

  it('refuses a newer format version with its own message', () => {
    const f = refused(readWorkspaceFile(fileText(tinyWorkspace(), { formatVersion: 7 })));
    expect(f.kind).toBe('newer-version');
    expect(f.headline).toContain('format version 7');
    expect(f.problems[0]?.path).toBe('$.formatVersion');
  });

  it('names the JSON path of every schema violation', () => {
    const data = tinyWorkspace() as unknown as { people: Record<string, unknown>[]; assessments: Record<string, unknown>[] };
    data.people[1]!.name = 42;
    data.assessments[0]!.level = 'high';
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.kind).toBe('schema');
    expect(f.problems).toEqual([
      { path: '$.data.people[1].name', message: 'must be a string, not a number' },
      { path: '$.data.assessments[0].level', message: 'must be a number, not a string' },
    ]);
    expect(f.total).toBe(2);
  });

  it('reports a missing field as missing', () => {
    const data = tinyWorkspace() as unknown as { capabilities: Record<string, unknown>[] };
    delete data.capabilities[0]!.scaleId;
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.problems[0]).toEqual({ path: '$.data.capabilities[0].scaleId', message: 'is missing (expected string)' });
  });

  it('refuses duplicate ids, pointing at both records', () => {
    const data = tinyWorkspace();
    data.people[1]!.id = ids.person;
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.kind).toBe('duplicate-ids');
    expect(f.problems).toEqual([{ path: '$.data.people[1].id', message: `repeats the id ${ids.person} of $.data.people[0]` }]);
  });

  it('refuses dangling references, naming the field that dangles', () => {
    const data = tinyWorkspace();
    data.people.splice(0, 1);
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.kind).toBe('dangling-references');
    expect(f.problems[0]?.path).toBe('$.data.assessments[0].personId');
    expect(f.problems[0]?.message).toContain('people');
  });

  it('finds dangling references nested inside records', () => {
    const data = tinyWorkspace();
    data.interviewLoops.push({
      id: '77777777-7777-4777-8777-777777777777',
      name: 'Backend loop',
      description: '',
      stages: [
        { id: '88888888-8888-4888-8888-888888888888', name: 'Screen', kind: 'screen', capabilityIds: [ids.capability, '99999999-9999-4999-8999-999999999999'], interviewers: [], questionIds: [], rubric: [] },
      ],
    });
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.problems[0]?.path).toBe('$.data.interviewLoops[0].stages[0].capabilityIds[1]');
  });

  it('shows only the first problems but counts them all', () => {
    const data = tinyWorkspace() as unknown as { people: Record<string, unknown>[] };
    data.people = Array.from({ length: 25 }, (_, i) => ({ id: `not-a-uuid-${i}`, name: 'X' }));
    const f = refused(readWorkspaceFile(fileText(data)));
    expect(f.problems).toHaveLength(10);
    expect(f.total).toBe(25);
    expect(f.headline).toMatch(/^25 values/);
  });

  it('keeps imported text exactly as written, markup and all', () => {
    const data = tinyWorkspace();
    data.people[0]!.name = '<img src=x onerror=alert(1)>';
    const r = readWorkspaceFile(fileText(data));
    expect(r.ok && r.file.data.people[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});
