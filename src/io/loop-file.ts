/**
 * Turbine's interview-loop file: one loop template with the questions it asks and the
 * capabilities it names, to share with another manager. Same habits as the workspace and
 * library files: the wrapper and version first (a newer version is refused with its own
 * message), then every record against the stored schemas, then the references inside the
 * file. Nothing in it points outside it: interviewers are written by name, because the
 * receiver's team is not the sender's.
 *
 * Reading gives a checked file (its data shaped by src/schemas/loop-file.ts);
 * src/domain/hire/loop-import.ts plans how it lands in the receiver's workspace.
 */
import type { Capability, CapabilityArea } from '../schemas/capability.ts';
import type { InterviewLoop, Question } from '../schemas/hiring.ts';
import { LoopFileData } from '../schemas/loop-file.ts';
import type { Person } from '../schemas/person.ts';
import { jsonPath, type Problem } from './problems.ts';
import { readShareFileData, shareFileName, type ShareFileKind } from './share-file.ts';

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
/** A loop file is a few kilobytes; anything this big is not one. */
export const MAX_LOOP_FILE_BYTES = 5 * 1024 * 1024;



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
  return shareFileName('loop', loop.name, day);
}

export type LoopReadResult = { ok: true; data: LoopFileData } | { ok: false; headline: string; problems: Problem[] };

/** Enough to fix a file in one pass, short enough to read. */
const MAX_PROBLEMS = 20;

function refuse(fileName: string, reason: string, problems: Problem[] = []): LoopReadResult {
  return { ok: false, headline: `${fileName} is not an interview loop Turbine can import: ${reason}.`, problems: problems.slice(0, MAX_PROBLEMS) };
}

export function readLoopFile(fileName: string, text: string): LoopReadResult {
  if (text.length > MAX_LOOP_FILE_BYTES) return refuse(fileName, `it is larger than ${MAX_LOOP_FILE_BYTES / 1024 / 1024} MB, far more than a loop needs`);
  const read = readShareFileData(text, LOOP_KIND, LoopFileData, 'loop, questions and capabilities');
  if (!read.ok) return refuse(fileName, read.reason, read.problems);

  const references = checkReferences(read.data);
  if (references.length > 0) return refuse(fileName, 'some records point to records that are not in it, or share an id', references);
  return { ok: true, data: read.data };
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
