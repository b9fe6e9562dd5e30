/**
 * The promise of local-first: export → wipe → import gives back exactly the same
 * workspace, whatever it holds, and exporting it again gives the very same file.
 * Property-based: fast-check generates workspaces with records of every kind, linked
 * to each other (src/test/arbitrary-workspace.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TurbineDB, useDatabase } from '../db/database.ts';
import { clearWorkspace, commitImport, readWorkspace } from '../db/workspace.ts';
import { exportWorkspace, textOf } from './export-workspace.ts';
import { readWorkspaceFile } from './read-workspace-file.ts';
import { emptyWorkspace } from '../schemas/records.ts';
import { kinds, type WorkspaceData } from '../schemas/workspace.ts';
import { arbitraryWorkspace } from '../test/arbitrary-workspace.ts';

const EXPORTED_AT = '2026-11-23T09:00:00.000Z';
const sortById = (v: unknown) => (Array.isArray(v) ? [...(v as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)) : v);

/** Export → wipe → read the file as an import does → import. Returns the exported text. */
async function roundTrip(): Promise<string> {
  const exported = textOf(await exportWorkspace(EXPORTED_AT));
  await clearWorkspace();
  const read = readWorkspaceFile(exported);
  if (!read.ok) throw new Error(`the export was refused on import: ${read.failure.headline} ${JSON.stringify(read.failure.problems.slice(0, 3))}`);
  await commitImport(read.file.data, 'replace');
  return exported;
}

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
    const file = await exportWorkspace(EXPORTED_AT);
    const text = textOf(file);
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(file.bytes).toBe(text.length);
    expect(file.records).toBe(1);
    expect(JSON.parse(text).data.decisions).toEqual(data.decisions);
  });

  it('gives back identical data of every kind, and exports the same file again', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryWorkspace, async (original: WorkspaceData) => {
        await commitImport(original, 'replace');
        const first = await roundTrip();
        const back = await readWorkspace();
        // Every kind of kinds.ts, not the keys of `original`, and never an empty one: a kind the
        // generator forgot, or one that export or import drops, must fail here.
        for (const kind of kinds) {
          expect(original[kind].length, `${kind}: generated records`).toBeGreaterThan(0);
          expect(back[kind].length, `${kind}: records after the round trip`).toBe(original[kind].length);
          expect(sortById(back[kind]), kind).toEqual(sortById(original[kind]));
        }
        expect(back.settings).toEqual({ ...original.settings, lastExportAt: EXPORTED_AT });
        // Export → import → export: byte for byte the same file.
        const second = await roundTrip();
        expect(second).toBe(first);
        for (const kind of kinds) expect((JSON.parse(first) as { data: Record<string, unknown[]> }).data[kind]?.length, `${kind} in the file`).toBe(original[kind].length);
      }),
      // No shrinking: every run writes a database, so shrinking a failure takes minutes and
      // outlives the test's timeout, hiding the message. The message names the kind; the seed replays it.
      { numRuns: 60, endOnFailure: true },
    );
  });
});
