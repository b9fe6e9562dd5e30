/**
 * Turbine's capability-library file: the scales, areas and capabilities alone, to share a
 * library with another manager. Same wrapper habits as the workspace file: format and
 * version first, a newer version refused with its own message, records checked with the
 * stored schemas, then references.
 */
import { z } from 'zod';
import { Capability, CapabilityArea, LevelScale } from '../../schemas/capability.ts';
import { IsoDateTime, ShortText } from '../../schemas/common.ts';
import type { DraftScale, FrameworkDraft, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { nameKey, type CapabilityLibrary } from '../../domain/library-merge.ts';
import { jsonPath, problemsFromZod } from '../problems.ts';
import { finishDraft, isRecord, normaliseText, refuse, titleFor } from './common.ts';
import { checkShareFile, type ShareFileKind } from '../share-file.ts';

export const LIBRARY_FORMAT = 'turbine-capability-library';
/** Bump when the file's shape changes, and teach the reader the older shape. */
export const LIBRARY_FORMAT_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  data: CapabilityLibrary;
}

export function libraryFile(library: CapabilityLibrary, exportedAt: string, app: { name: string; version: string }): LibraryFile {
  return {
    format: LIBRARY_FORMAT,
    formatVersion: LIBRARY_FORMAT_VERSION,
    exportedAt,
    app,
    data: { levelScales: library.levelScales, capabilityAreas: library.capabilityAreas, capabilities: library.capabilities },
  };
}

const Header = z.object({ exportedAt: IsoDateTime, app: z.object({ name: ShortText, version: ShortText }) });
const LibraryData = z.object({
  levelScales: z.array(LevelScale).default([]),
  capabilityAreas: z.array(CapabilityArea).default([]),
  capabilities: z.array(Capability).default([]),
});

const LIBRARY_KIND: ShareFileKind = {
  format: LIBRARY_FORMAT,
  version: LIBRARY_FORMAT_VERSION,
  what: 'capability library',
  versionName: 'library',
  called: 'a capability library',
  exportFrom: 'Design → Capabilities',
  notWorkspace: 'not a capability library',
  workspaceHint: 'import workspace files from Data → Import, which replaces or merges the whole workspace.',
};

export function readLibraryFile(fileName: string, text: string): FrameworkReadResult {
  const check = checkShareFile(normaliseText(text), LIBRARY_KIND);
  if (!check.ok) return refuse(fileName, check.reason, check.problems.map((p) => ({ where: p.path, message: p.message })));
  const raw = check.raw;
  const header = Header.safeParse(raw);
  const data = LibraryData.safeParse(raw.data ?? {});
  const schemaProblems = [
    ...(header.success ? [] : problemsFromZod(header.error.issues, raw)),
    ...(isRecord(raw.data) ? (data.success ? [] : problemsFromZod(data.error.issues, raw.data, ['data'])) : [{ path: '$.data', message: 'must be an object holding levelScales, capabilityAreas and capabilities' }]),
  ];
  if (schemaProblems.length > 0 || !data.success)
    return refuse(fileName, 'some values are not what Turbine expects', schemaProblems.map((p) => ({ where: p.path, message: p.message })));

  const referenceProblems = checkReferences(data.data);
  if (referenceProblems.length > 0) return refuse(fileName, 'some records point to records that are not in it, or share an id', referenceProblems);
  return finishDraft(libraryToDraft(data.data, fileName), {
    where: '$.data.capabilities',
    message: 'no capabilities found: the library holds none. Export a library that has capabilities.',
  });
}

function checkReferences(data: CapabilityLibrary): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const idsOf = (kind: keyof CapabilityLibrary) => {
    const ids = new Map<string, number>();
    data[kind].forEach((r, i) => {
      const first = ids.get(r.id);
      if (first === undefined) ids.set(r.id, i);
      else problems.push({ where: jsonPath(['data', kind, i, 'id']), message: `repeats the id ${r.id} of $.data.${kind}[${first}]` });
    });
    return ids;
  };
  const scales = idsOf('levelScales');
  const areas = idsOf('capabilityAreas');
  idsOf('capabilities');
  data.capabilities.forEach((c, i) => {
    if (!areas.has(c.areaId)) problems.push({ where: jsonPath(['data', 'capabilities', i, 'areaId']), message: `points to area ${c.areaId}, which is not in the file` });
    if (!scales.has(c.scaleId)) problems.push({ where: jsonPath(['data', 'capabilities', i, 'scaleId']), message: `points to scale ${c.scaleId}, which is not in the file` });
  });
  return problems;
}

/**
 * A library as a draft: areas in their order, capabilities under their area, scales by name.
 * Two scales with the same name become "Name" and "Name (2)", as planLibraryMerge names them.
 * The library must be whole (every areaId and scaleId present): stored data and checked files are.
 */
export function libraryToDraft(library: CapabilityLibrary, fileName: string): FrameworkDraft {
  const scaleNames = new Map<string, string>();
  const taken = new Set<string>();
  const scales: DraftScale[] = library.levelScales.map((s) => {
    let name = s.name.trim();
    for (let k = 2; taken.has(nameKey(name)); k++) name = `${s.name.trim()} (${k})`;
    taken.add(nameKey(name));
    scaleNames.set(s.id, name);
    return { name, levels: [...s.levels].sort((a, b) => a.value - b.value).map((l) => ({ value: l.value, name: l.name, description: l.description })) };
  });
  const areas = [...library.capabilityAreas]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({ id: a.id, draft: { name: a.name, description: a.description, capabilities: [] as FrameworkDraft['areas'][number]['capabilities'] } }));
  const byId = new Map(areas.map((a) => [a.id, a.draft]));
  for (const c of library.capabilities) {
    const area = byId.get(c.areaId);
    const scaleName = scaleNames.get(c.scaleId);
    if (!area || scaleName === undefined) throw new Error(`Capability ${c.id} points to an area or scale that is not in the library.`);
    area.capabilities.push({
      name: c.name,
      kind: c.kind,
      description: c.description,
      scaleName,
      descriptors: c.descriptors.map((d) => ({
        level: d.level,
        criteria: [...d.criteria],
        examples: [...d.examples],
        ...(d.detailed ? { detailed: d.detailed.map((x) => ({ ...x, ...(x.examples ? { examples: [...x.examples] } : {}), ...(x.links ? { links: x.links.map((l) => ({ ...l })) } : {}) })) } : {}),
      })),
      ...(c.target ? { target: { ...c.target } } : {}),
    });
  }
  const draftAreas = areas.map((a) => a.draft);
  return { fileName, format: 'turbine-library', title: titleFor(fileName, draftAreas.map((a) => a.name)), scales, areas: draftAreas };
}

