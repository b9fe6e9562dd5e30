/**
 * Turbine's interview-loop file: one loop template with the questions it asks and the
 * capabilities it names, to share with another manager. Same habits as the workspace and
 * library files: the wrapper and version first (a newer version is refused with its own
 * message), then every record against the stored schemas, then the references inside the
 * file. Nothing in it points outside it: interviewers are written by name, because the
 * receiver's team is not the sender's.
 *
 * Reading gives a checked file; planLoopImport turns it into records for the receiver's
 * workspace: capabilities matched by name (missing ones created in an "Imported" area),
 * interviewers matched to people by name, and new ids for the loop, its stages and its
 * questions, so importing the same file twice gives two loops that never collide.
 */
import { z } from 'zod';
import { CapabilityKind } from '../schemas/capability.ts';
import type { Capability, CapabilityArea } from '../schemas/capability.ts';
import { Id, IsoDateTime, Name, ShortText, Text } from '../schemas/common.ts';
import { InterviewLoop, Question } from '../schemas/hiring.ts';
import type { Person } from '../schemas/person.ts';
import { DEFAULT_SCALE_ID } from '../domain/default-scale.ts';
import { nameKey } from '../domain/library-merge.ts';
import { jsonPath, problemsFromZod, type Problem } from './problems.ts';
import { checkShareFile, isRecord, type ShareFileKind } from './share-file.ts';

export const LOOP_FORMAT = 'turbine-interview-loop';
/** Bump when the file's shape changes, and teach the reader the older shape. */
export const LOOP_FORMAT_VERSION = 1;

const LOOP_KIND: ShareFileKind = {
  format: LOOP_FORMAT,
  version: LOOP_FORMAT_VERSION,
  what: 'interview loop',
  versionName: 'loop',
  called: 'a loop file',
  exportFrom: 'Hire → Loops',
  notWorkspace: 'not one loop',
  workspaceHint: 'import workspace files from Data → Import a workspace.',
};
/** Where capabilities the receiver does not have yet are created. */
export const IMPORTED_AREA_NAME = 'Imported';
/** A loop file is a few kilobytes; anything this big is not one. */
export const MAX_LOOP_FILE_BYTES = 5 * 1024 * 1024;

/** A capability as the file names it: enough to match it by name or create it. */
export const LoopFileCapability = z.object({
  id: Id,
  name: Name,
  kind: CapabilityKind.default('technical'),
  description: Text.default(''),
  /** The sender's area, kept so the receiver can see where it came from. */
  area: ShortText.default(''),
});
export type LoopFileCapability = z.infer<typeof LoopFileCapability>;

export const LoopFileData = z.object({
  loop: InterviewLoop,
  questions: z.array(Question).default([]),
  capabilities: z.array(LoopFileCapability).default([]),
});
export type LoopFileData = z.infer<typeof LoopFileData>;

const Header = z.object({ exportedAt: IsoDateTime, app: z.object({ name: ShortText, version: ShortText }) });

export interface LoopFile {
  format: typeof LOOP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  data: LoopFileData;
}

type Loop = InterviewLoop;

/** Everything the file is written from: the loop and the records it points at. */
export interface LoopSources {
  questions: readonly Question[];
  capabilities: readonly Pick<Capability, 'id' | 'name' | 'kind' | 'description' | 'areaId'>[];
  capabilityAreas: readonly Pick<CapabilityArea, 'id' | 'name'>[];
  people: readonly Pick<Person, 'id' | 'name'>[];
}

export function loopFile(loop: Loop, from: LoopSources, exportedAt: string, app: { name: string; version: string }): LoopFile {
  const questionIds = new Set(loop.stages.flatMap((s) => s.questionIds));
  const questions = from.questions.filter((q) => questionIds.has(q.id)).map(({ sample: _s, ...q }) => structuredClone(q));
  const capabilityIds = new Set([
    ...loop.stages.flatMap((s) => [...s.capabilityIds, ...s.rubric.map((r) => r.capabilityId)]),
    ...questions.flatMap((q) => q.capabilityIds),
  ]);
  const areaName = new Map(from.capabilityAreas.map((a) => [a.id, a.name]));
  const personName = new Map(from.people.map((p) => [p.id, p.name]));
  const { sample: _sample, ...rest } = structuredClone(loop);
  return {
    format: LOOP_FORMAT,
    formatVersion: LOOP_FORMAT_VERSION,
    exportedAt,
    app,
    data: {
      loop: {
        ...rest,
        stages: rest.stages.map((s) => ({
          ...s,
          // By name: the receiver matches names to their own people, or keeps them as named outsiders.
          interviewers: s.interviewers.map((iv) => ({ name: (iv.personId ? personName.get(iv.personId) : undefined) ?? iv.name ?? 'A team member' })),
        })),
      },
      questions,
      capabilities: from.capabilities
        .filter((c) => capabilityIds.has(c.id))
        .map((c) => ({ id: c.id, name: c.name, kind: c.kind, description: c.description, area: areaName.get(c.areaId) ?? '' })),
    },
  };
}

export function loopFileName(loop: Pick<Loop, 'name'>, day: string): string {
  const slug = loop.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'loop';
  return `turbine-loop-${slug}-${day}.json`;
}

export type LoopReadResult = { ok: true; data: LoopFileData } | { ok: false; headline: string; problems: Problem[] };

/** Enough to fix a file in one pass, short enough to read. */
const MAX_PROBLEMS = 20;

function refuse(fileName: string, reason: string, problems: Problem[] = []): LoopReadResult {
  return { ok: false, headline: `${fileName} is not an interview loop Turbine can import: ${reason}.`, problems: problems.slice(0, MAX_PROBLEMS) };
}


export function readLoopFile(fileName: string, text: string): LoopReadResult {
  if (text.length > MAX_LOOP_FILE_BYTES) return refuse(fileName, `it is larger than ${MAX_LOOP_FILE_BYTES / 1024 / 1024} MB, far more than a loop needs`);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return refuse(fileName, 'it is empty');
  const check = checkShareFile(clean, LOOP_KIND);
  if (!check.ok) return refuse(fileName, check.reason, check.problems);
  const raw = check.raw;
  const header = Header.safeParse(raw);
  const problems: Problem[] = header.success ? [] : problemsFromZod(header.error.issues, raw);
  if (!isRecord(raw.data)) {
    problems.push({ path: '$.data', message: 'must be an object holding loop, questions and capabilities' });
    return refuse(fileName, 'some values are not what Turbine expects', problems);
  }
  const data = LoopFileData.safeParse(raw.data);
  if (!data.success) problems.push(...problemsFromZod(data.error.issues, raw.data, ['data']));
  if (problems.length > 0 || !data.success) return refuse(fileName, 'some values are not what Turbine expects', problems);

  const references = checkReferences(data.data);
  if (references.length > 0) return refuse(fileName, 'some records point to records that are not in it, or share an id', references);
  return { ok: true, data: data.data };
}

function checkReferences(data: LoopFileData): Problem[] {
  const problems: Problem[] = [];
  const idsOf = (records: readonly { id: string }[], path: (string | number)[]) => {
    const ids = new Set<string>();
    records.forEach((r, i) => {
      if (ids.has(r.id)) problems.push({ path: jsonPath([...path, i, 'id']), message: `repeats the id ${r.id}` });
      ids.add(r.id);
    });
    return ids;
  };
  const capabilities = idsOf(data.capabilities, ['data', 'capabilities']);
  const questions = idsOf(data.questions, ['data', 'questions']);
  idsOf(data.loop.stages, ['data', 'loop', 'stages']);
  const capability = (path: (string | number)[], id: string) => {
    if (!capabilities.has(id)) problems.push({ path: jsonPath(path), message: `points to capability ${id}, which is not in $.data.capabilities` });
  };
  data.questions.forEach((q, i) => q.capabilityIds.forEach((id, j) => capability(['data', 'questions', i, 'capabilityIds', j], id)));
  data.loop.stages.forEach((s, i) => {
    const at = ['data', 'loop', 'stages', i];
    s.capabilityIds.forEach((id, j) => capability([...at, 'capabilityIds', j], id));
    s.rubric.forEach((r, j) => capability([...at, 'rubric', j, 'capabilityId'], r.capabilityId));
    s.questionIds.forEach((id, j) => {
      if (!questions.has(id)) problems.push({ path: jsonPath([...at, 'questionIds', j]), message: `points to question ${id}, which is not in $.data.questions` });
    });
    s.interviewers.forEach((iv, j) => {
      if (iv.personId !== undefined)
        problems.push({ path: jsonPath([...at, 'interviewers', j, 'personId']), message: 'points to a team member, who is not in the file: a loop file names its interviewers ("name") instead' });
    });
  });
  return problems;
}


// ---------------------------------------------------------------- planning the import

export interface LoopImportReceiver {
  capabilityAreas: readonly CapabilityArea[];
  capabilities: readonly Capability[];
  people: readonly Pick<Person, 'id' | 'name' | 'status'>[];
  questions: readonly Question[];
  loops: readonly Pick<Loop, 'name'>[];
}

export interface LoopImportPlan {
  loop: Loop;
  questions: { add: Question[]; reused: { text: string }[] };
  capabilities: { matched: { name: string }[]; add: Capability[] };
  /** The "Imported" area, when it must be created for the capabilities added. */
  area?: CapabilityArea;
  /** Whether the added capabilities need the default scale (created if it is missing). */
  usesDefaultScale: boolean;
  interviewers: { matched: string[]; named: string[] };
}

/**
 * How a checked file lands in the receiver's workspace. Pure: the caller writes the plan in
 * one transaction (src/db/hire-setup.ts plans again inside it, against what is stored then).
 */
export function planLoopImport(data: LoopFileData, receiver: LoopImportReceiver, newId: () => string): LoopImportPlan {
  // Capabilities by name, anywhere in the library; with two of the same name, the one in an area named like the sender's.
  const areaName = new Map(receiver.capabilityAreas.map((a) => [a.id, nameKey(a.name)]));
  const byName = new Map<string, Capability[]>();
  for (const c of receiver.capabilities) byName.set(nameKey(c.name), [...(byName.get(nameKey(c.name)) ?? []), c]);
  let area = receiver.capabilityAreas.find((a) => nameKey(a.name) === nameKey(IMPORTED_AREA_NAME));
  let newArea: CapabilityArea | undefined;
  const capabilityId = new Map<string, string>();
  const matched: { name: string }[] = [];
  const added: Capability[] = [];
  for (const c of data.capabilities) {
    const candidates = byName.get(nameKey(c.name)) ?? [];
    const found = candidates.find((x) => areaName.get(x.areaId) === nameKey(c.area)) ?? candidates[0];
    if (found) {
      capabilityId.set(c.id, found.id);
      matched.push({ name: found.name });
      continue;
    }
    if (!area) {
      area = newArea = {
        id: newId(),
        name: IMPORTED_AREA_NAME,
        description: 'Capabilities that arrived with an imported interview loop. Move them to the right area, or merge them into yours.',
        order: receiver.capabilityAreas.reduce((max, a) => Math.max(max, a.order + 1), 0),
      };
    }
    const record: Capability = {
      id: newId(),
      areaId: area.id,
      name: c.name,
      kind: c.kind,
      description: c.description,
      scaleId: DEFAULT_SCALE_ID,
      descriptors: [],
    };
    added.push(record);
    capabilityId.set(c.id, record.id);
    // A second capability of the same name in the file lands on the first.
    byName.set(nameKey(c.name), [record]);
    areaName.set(record.areaId, nameKey(area.name));
  }
  const cap = (id: string) => capabilityId.get(id)!;

  // Questions get new ids; one whose text is already in the bank is reused, not duplicated.
  const bank = new Map(receiver.questions.map((q) => [nameKey(q.text), q]));
  const questionId = new Map<string, string>();
  const addQuestions: Question[] = [];
  const reused: { text: string }[] = [];
  for (const q of data.questions) {
    const existing = bank.get(nameKey(q.text));
    if (existing) {
      questionId.set(q.id, existing.id);
      reused.push({ text: existing.text });
      continue;
    }
    const { sample: _s, ...rest } = q;
    const record: Question = { ...rest, id: newId(), capabilityIds: [...new Set(q.capabilityIds.map(cap))] };
    addQuestions.push(record);
    questionId.set(q.id, record.id);
    bank.set(nameKey(q.text), record);
  }

  // Interviewers named like a current team member become that person; others stay named outsiders.
  const people = new Map(receiver.people.filter((p) => p.status !== 'moved-on').map((p) => [nameKey(p.name), p]));
  const interviewers = { matched: [] as string[], named: [] as string[] };
  const stages = data.loop.stages.map((s) => ({
    ...s,
    id: newId(),
    capabilityIds: [...new Set(s.capabilityIds.map(cap))],
    questionIds: [...new Set(s.questionIds.map((id) => questionId.get(id)!))],
    rubric: s.rubric.map((r) => ({ ...r, capabilityId: cap(r.capabilityId) })),
    interviewers: s.interviewers.map((iv) => {
      const person = people.get(nameKey(iv.name ?? ''));
      if (person) {
        if (!interviewers.matched.includes(person.name)) interviewers.matched.push(person.name);
        return { personId: person.id };
      }
      if (iv.name && !interviewers.named.includes(iv.name)) interviewers.named.push(iv.name);
      return { name: iv.name };
    }),
  }));

  const { sample: _sample, ...loop } = data.loop;
  return {
    loop: { ...loop, id: newId(), name: freeName(data.loop.name, receiver.loops.map((l) => l.name)), stages },
    questions: { add: addQuestions, reused },
    capabilities: { matched, add: added },
    ...(newArea ? { area: newArea } : {}),
    usesDefaultScale: added.length > 0,
    interviewers,
  };
}

/** The loop's own name, or "Name (imported)", "Name (imported 2)" … when a loop already has it. */
function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map(nameKey));
  if (!used.has(nameKey(name))) return name;
  const base = name.slice(0, 180);
  if (!used.has(nameKey(`${base} (imported)`))) return `${base} (imported)`;
  for (let k = 2; ; k++) if (!used.has(nameKey(`${base} (imported ${k})`))) return `${base} (imported ${k})`;
}
