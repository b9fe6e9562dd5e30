/**
 * The promise of local-first: export → wipe → import gives back exactly the same
 * workspace, whatever it holds. Property-based: fast-check generates workspaces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TurbineDB, useDatabase } from '../db/database.ts';
import { clearWorkspace, commitImport, readWorkspace } from '../db/workspace.ts';
import { exportWorkspace } from './export-workspace.ts';
import { readWorkspaceFile } from './read-workspace-file.ts';
import { emptyWorkspace } from '../schemas/records.ts';
import { WorkspaceData } from '../schemas/workspace.ts';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"quoted" \\ back\nslash', '🚀 émoji ✓', '\u0000nul', ''),
);
const name = text.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 200);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

const workspace = fc
  .record({
    people: fc.uniqueArray(fc.record({ id: fc.uuid({ version: 4 }), name, role: text, status: fc.constantFrom('member', 'new-hire', 'moved-on'), startDate: fc.option(isoDate, { nil: undefined }) }), { selector: (p) => p.id, maxLength: 6 }),
    areas: fc.uniqueArray(fc.record({ id: fc.uuid({ version: 4 }), name }), { selector: (a) => a.id, minLength: 1, maxLength: 3 }),
    scaleId: fc.uuid({ version: 4 }),
    caps: fc.array(fc.record({ id: fc.uuid({ version: 4 }), name, kind: fc.constantFrom('technical', 'non-technical', 'domain'), description: text }), { maxLength: 6 }),
    decisions: fc.array(fc.record({ id: fc.uuid({ version: 4 }), title: name, why: text, date: isoDate, input: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
    assessmentSeeds: fc.array(fc.record({ id: fc.uuid({ version: 4 }), p: fc.nat(), c: fc.nat(), level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), at: isoDateTime, interested: fc.boolean() }), { maxLength: 12 }),
    lastExportAt: fc.option(isoDateTime, { nil: undefined }),
  })
  .map((g): WorkspaceData => {
    const ws = emptyWorkspace();
    const unique = <T extends { id: string }>(rows: T[], taken: Set<string>) => rows.filter((r) => !taken.has(r.id) && taken.add(r.id));
    const taken = new Set<string>([g.scaleId]);
    ws.people = unique(g.people, taken).map((p) => ({ ...p, level: '', fit: '' })) as WorkspaceData['people'];
    ws.capabilityAreas = unique(g.areas, taken).map((a, i) => ({ ...a, description: '', order: i }));
    ws.levelScales = [{ id: g.scaleId, name: 'Default', levels: [0, 1, 2, 3, 4].map((v) => ({ value: v, name: `L${v}`, description: '' })) }];
    ws.capabilities = unique(g.caps, taken).map((c, i) => ({ ...c, areaId: ws.capabilityAreas[i % ws.capabilityAreas.length]!.id, scaleId: g.scaleId, descriptors: [] })) as WorkspaceData['capabilities'];
    ws.decisions = unique(g.decisions, taken).map((d) => ({ ...d, context: '', decided: '', decidedBy: '', status: 'decided' as const }));
    if (ws.people.length && ws.capabilities.length)
      ws.assessments = unique(g.assessmentSeeds, taken).map((a) => ({
        id: a.id,
        personId: ws.people[a.p % ws.people.length]!.id,
        capabilityId: ws.capabilities[a.c % ws.capabilities.length]!.id,
        level: a.level,
        interested: a.interested,
        at: a.at,
        source: 'manager' as const,
      }));
    ws.settings = { retentionDays: 180, ...(g.lastExportAt ? { lastExportAt: g.lastExportAt } : {}) };
    return WorkspaceData.parse(ws);
  });

describe('export → wipe → import', () => {
  let db: TurbineDB;
  beforeAll(() => {
    db = new TurbineDB('round-trip');
    useDatabase(db);
  });
  afterAll(async () => {
    db.close();
    await db.delete();
  });

  it('writes pure ASCII that parses back to the same text, emoji and all', async () => {
    const data = emptyWorkspace();
    data.decisions.push({ id: '12345678-1234-4234-8234-123456789abc', title: 'Équipe – 🚀 naïve “quotes”', context: 'line\nbreak', decided: '', why: '', decidedBy: 'Zoë', input: [], date: '2026-11-23', status: 'decided' });
    await commitImport(data, 'replace');
    const { text, records } = await exportWorkspace('2026-11-23T09:00:00.000Z');
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(records).toBe(1);
    expect(JSON.parse(text).data.decisions).toEqual(data.decisions);
  });

  it('gives back identical data for any workspace', async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (original) => {
        await commitImport(original, 'replace');
        const exported = (await exportWorkspace('2026-11-23T09:00:00.000Z')).text;
        await clearWorkspace();
        const read = readWorkspaceFile(exported);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        await commitImport(read.file.data, 'replace');
        const back = await readWorkspace();
        for (const kind of Object.keys(original) as (keyof WorkspaceData)[]) {
          const sortById = (v: unknown) => (Array.isArray(v) ? [...v].sort((a, b) => (a.id < b.id ? -1 : 1)) : v);
          const expected = kind === 'settings' ? { ...original.settings, lastExportAt: '2026-11-23T09:00:00.000Z' } : original[kind];
          expect(sortById(back[kind]), kind).toEqual(sortById(expected));
        }
      }),
      { numRuns: 60 },
    );
  });
});

