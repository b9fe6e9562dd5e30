/**
 * How a checked interview-loop file lands in the receiver's workspace: capabilities
 * matched by name (missing ones created in an "Imported" area), interviewers matched to
 * people by name, and new ids for the loop, its stages and its questions, so importing
 * the same file twice gives two loops that never collide. Pure, so both the page's
 * preview and the db command (which plans again inside its transaction) use it.
 */
import type { Capability, CapabilityArea } from '../../schemas/capability.ts';
import type { InterviewLoop, Question } from '../../schemas/hiring.ts';
import type { LoopFileData } from '../../schemas/loop-file.ts';
import type { Person } from '../../schemas/person.ts';
import { DEFAULT_SCALE_ID } from '../default-scale.ts';
import { nameKey } from '../library-merge.ts';

/** Where capabilities the receiver does not have yet are created. */
export const IMPORTED_AREA_NAME = 'Imported';

type Loop = InterviewLoop;

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
