import { describe, expect, it } from 'vitest';
import { previewImport } from './import-preview.ts';
import { tinyWorkspace } from '../test/workspaces.ts';
import { emptyWorkspace } from '../schemas/records.ts';

describe('previewImport', () => {
  it('counts everything as new into an empty workspace', () => {
    const p = previewImport(tinyWorkspace(), emptyWorkspace(), 'replace');
    expect(p.totals).toEqual({ inFile: 7, added: 7, changed: 0, unchanged: 0, removed: 0, kept: 0 });
  });

  it('tells new, changed, unchanged and removed apart when replacing', () => {
    const existing = tinyWorkspace();
    const incoming = tinyWorkspace();
    incoming.people[0]!.name = 'Ada L.';
    incoming.people.splice(1, 1);
    incoming.decisions.push({ id: '12345678-1234-4234-8234-123456789abc', title: 'Adopt trunk-based development', context: '', decided: '', why: '', decidedBy: '', input: [], date: '2026-11-01', status: 'decided' });
    const people = previewImport(incoming, existing, 'replace').kinds.find((k) => k.kind === 'people')!;
    expect(people).toMatchObject({ inFile: 1, added: 0, changed: 1, unchanged: 0, removed: 1, kept: 0 });
    const decisions = previewImport(incoming, existing, 'replace').kinds.find((k) => k.kind === 'decisions')!;
    expect(decisions).toMatchObject({ added: 1 });
  });

  it('keeps rather than removes when merging', () => {
    const existing = tinyWorkspace();
    const incoming = emptyWorkspace();
    const p = previewImport(incoming, existing, 'merge');
    expect(p.totals.removed).toBe(0);
    expect(p.totals.kept).toBe(7);
  });

  it('ignores key order and undefined fields when deciding what changed', () => {
    const existing = tinyWorkspace();
    const incoming = tinyWorkspace();
    const { id, name, ...rest } = incoming.people[0]!;
    incoming.people[0] = { ...rest, name, id, startDate: undefined };
    expect(previewImport(incoming, existing, 'merge').kinds.find((k) => k.kind === 'people')!.unchanged).toBe(2);
  });
});
