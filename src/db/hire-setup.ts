/**
 * Hire set-up commands: openings, interview loops and the question bank (the tables
 * `openings`, `interviewLoops` and `questions`; an imported loop may also add to
 * `capabilityAreas`, `capabilities` and `levelScales`). The UI calls these and never writes
 * a table itself. Each record is validated with its Zod schema before it is written, and
 * every reference it holds is checked against what is stored, inside the same transaction.
 * An edit is refused when another tab saved the record since the form read it, or removed
 * it (fresh.ts); every write stamps `updatedAt`.
 */
import { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import { InterviewLoop, Opening, Question } from '../schemas/hiring.ts';
import type { RecordOf } from '../schemas/records.ts';
import { defaultScale, DEFAULT_SCALE_ID } from '../domain/default-scale.ts';
import { copyLoop, copyName, describeUses, questionUsage, tidyStage } from '../domain/hire/setup.ts';
import type { LoopFileData } from '../schemas/loop-file.ts';
import { planLoopImport, type LoopImportPlan } from '../domain/hire/loop-import.ts';
import { database } from './database.ts';
import { readLibrary, readMatrix, readPeople, type MatrixData } from './design.ts';
import { checkFresh, stamp } from './fresh.ts';

type OpeningRecord = RecordOf<'openings'>;
type LoopRecord = RecordOf<'interviewLoops'>;
type QuestionRecord = RecordOf<'questions'>;
type CandidateRecord = RecordOf<'candidates'>;

const newId = () => crypto.randomUUID();

// ---------------------------------------------------------------- reads

export interface HireSetup {
  openings: OpeningRecord[];
  loops: LoopRecord[];
  questions: QuestionRecord[];
}

async function readSetup(): Promise<HireSetup> {
  const db = database();
  const [openings, loops, questions] = await Promise.all([db.openings.toArray(), db.interviewLoops.toArray(), db.questions.toArray()]);
  openings.sort((a, b) => a.title.localeCompare(b.title));
  loops.sort((a, b) => a.name.localeCompare(b.name));
  questions.sort((a, b) => a.text.localeCompare(b.text));
  return { openings, loops, questions };
}

/** The Openings page: openings with their candidates' statuses, loops, and the matrix for the current gaps. */
export async function readOpeningsPage(): Promise<HireSetup & { candidates: Pick<CandidateRecord, 'id' | 'openingId' | 'status'>[]; matrix: MatrixData }> {
  const db = database();
  const [setup, candidates, matrix] = await Promise.all([readSetup(), db.candidates.toArray(), readMatrix()]);
  return { ...setup, candidates: candidates.map((c) => ({ id: c.id, openingId: c.openingId, status: c.status })), matrix };
}

/** The Loops and Questions pages: the set-up records, the capability library and the people who can interview. */
export async function readLoopsPage() {
  const [setup, library, people] = await Promise.all([readSetup(), readLibrary(), readPeople()]);
  return { ...setup, library, people };
}
export type LoopsPageData = Awaited<ReturnType<typeof readLoopsPage>>;

// ---------------------------------------------------------------- openings

export type OpeningInput = Omit<OpeningRecord, 'id'> & { id?: string };

/** Adds an opening, or saves an edit; an edit is refused when another tab changed or removed it since. */
export async function saveOpening(opening: OpeningInput): Promise<OpeningRecord> {
  const checked = Opening.parse({ ...opening, id: opening.id ?? newId() });
  const overlap = checked.mustHave.filter((id) => checked.niceToHave.includes(id));
  if (overlap.length) throw new Error('a capability cannot be both a must-have and a nice-to-have');
  const db = database();
  return db.transaction('rw', db.openings, db.capabilities, db.interviewLoops, async () => {
    const stored = await checkFresh(db.openings, opening, `The opening “${checked.title}”`);
    const ids = [...checked.mustHave, ...checked.niceToHave];
    const found = await db.capabilities.bulkGet(ids);
    if (found.some((c) => c === undefined)) throw new Error('one of its capabilities is no longer in the library');
    if (checked.loopId && !(await db.interviewLoops.get(checked.loopId))) throw new Error('its loop is no longer in the workspace');
    const record = { ...checked, updatedAt: stamp(stored?.updatedAt) };
    await db.openings.put(record);
    return record;
  });
}

// ---------------------------------------------------------------- loops

export type LoopInput = Omit<LoopRecord, 'id'> & { id?: string };

/**
 * Saves a loop template; stages are tidied (see tidyStage) and every reference is checked.
 * An edit is refused when another tab changed or removed the loop since the editor read it.
 */
export async function saveLoop(loop: LoopInput): Promise<LoopRecord> {
  const checked = InterviewLoop.parse({ ...loop, id: loop.id ?? newId() });
  checked.stages = checked.stages.map(tidyStage);
  const db = database();
  return db.transaction('rw', [db.interviewLoops, db.capabilities, db.questions, db.people], async () => {
    const stored = await checkFresh(db.interviewLoops, loop, `The loop “${checked.name}”`);
    await checkLoopReferences(checked);
    const record = { ...checked, updatedAt: stamp(stored?.updatedAt) };
    await db.interviewLoops.put(record);
    return record;
  });
}

async function checkLoopReferences(loop: LoopRecord): Promise<void> {
  const db = database();
  const capabilityIds = [...new Set(loop.stages.flatMap((s) => [...s.capabilityIds, ...s.rubric.map((r) => r.capabilityId)]))];
  if ((await db.capabilities.bulkGet(capabilityIds)).some((c) => c === undefined)) throw new Error('a stage names a capability that is no longer in the library');
  const questionIds = [...new Set(loop.stages.flatMap((s) => s.questionIds))];
  if ((await db.questions.bulkGet(questionIds)).some((q) => q === undefined)) throw new Error('a stage asks a question that is no longer in the bank');
  const personIds = [...new Set(loop.stages.flatMap((s) => s.interviewers.flatMap((i) => (i.personId ? [i.personId] : []))))];
  if ((await db.people.bulkGet(personIds)).some((p) => p === undefined)) throw new Error('an interviewer is no longer in the workspace');
}

/**
 * A new, empty loop. Built for an opening (`forOpening`), it becomes that opening's loop in the
 * same transaction, so the opening never points at a loop that is not there, nor the loop's
 * checks at no opening. An opening that has a loop by then (chosen in another tab) is refused
 * rather than silently switched.
 */
export async function createLoop(name: string, forOpening?: string): Promise<LoopRecord> {
  if (forOpening === undefined) return saveLoop({ name, description: '', stages: [] });
  const db = database();
  return db.transaction('rw', [db.interviewLoops, db.openings, db.capabilities, db.questions, db.people], async () => {
    const opening = await db.openings.get(forOpening);
    if (!opening) throw new Error('the opening it was for is no longer in the workspace');
    if (opening.loopId !== undefined && (await db.interviewLoops.get(opening.loopId))) {
      throw new Error(`${opening.title} already has a loop: open it from the list, or choose another loop on the opening`);
    }
    const loop = await saveLoop({ name, description: '', stages: [] });
    await db.openings.put(Opening.parse({ ...opening, loopId: loop.id, updatedAt: stamp(opening.updatedAt) }));
    return loop;
  });
}

/** A copy with new ids for the loop and its stages, named "Copy of …". */
export async function duplicateLoop(id: string): Promise<LoopRecord> {
  const db = database();
  return db.transaction('rw', db.interviewLoops, async () => {
    const loop = await db.interviewLoops.get(id);
    if (!loop) throw new Error('that loop is no longer in the workspace');
    const names = (await db.interviewLoops.toArray()).map((l) => l.name);
    const record = InterviewLoop.parse({ ...copyLoop(loop, copyName(loop.name, names), newId), updatedAt: stamp() });
    await db.interviewLoops.put(record);
    return record;
  });
}

/** Removes a loop no opening uses; one in use is refused, naming the openings. */
export async function deleteLoop(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.interviewLoops, db.openings, async () => {
    const users = (await db.openings.toArray()).filter((o) => o.loopId === id);
    if (users.length) throw new Error(`it is the loop of ${users.map((o) => o.title).join(', ')}: choose another loop for ${users.length === 1 ? 'that opening' : 'those openings'} first`);
    await db.interviewLoops.delete(id);
  });
}

// ---------------------------------------------------------------- questions

export type QuestionInput = Omit<QuestionRecord, 'id'> & { id?: string };

/** Adds a question to the bank, or saves an edit; an edit is refused when another tab changed or removed it since. */
export async function saveQuestion(question: QuestionInput): Promise<QuestionRecord> {
  const checked = Question.parse({ ...question, id: question.id ?? newId() });
  const db = database();
  return db.transaction('rw', db.questions, db.capabilities, async () => {
    const stored = await checkFresh(db.questions, question, 'This question');
    if ((await db.capabilities.bulkGet(checked.capabilityIds)).some((c) => c === undefined)) throw new Error('one of its capabilities is no longer in the library');
    const record = { ...checked, updatedAt: stamp(stored?.updatedAt) };
    await db.questions.put(record);
    return record;
  });
}

/** Removes a question no loop asks; one in use is refused, saying where it is used. */
export async function deleteQuestion(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.questions, db.interviewLoops, async () => {
    const uses = questionUsage(await db.interviewLoops.toArray()).get(id);
    if (uses?.length) throw new Error(`it is asked in ${describeUses(uses)}: take it out of ${uses.length === 1 ? 'that stage' : 'those stages'} first`);
    await db.questions.delete(id);
  });
}

// ---------------------------------------------------------------- loop files

/**
 * Writes a checked loop file (see src/io/loop-file.ts) in one transaction. The plan is made
 * again inside it, against what is stored at that moment, and every record is validated;
 * if anything fails, nothing is written.
 */
export async function importLoop(data: LoopFileData): Promise<LoopImportPlan> {
  const db = database();
  return db.transaction('rw', [db.interviewLoops, db.questions, db.capabilities, db.capabilityAreas, db.levelScales, db.people], async () => {
    const [capabilityAreas, capabilities, people, questions, loops] = await Promise.all([
      db.capabilityAreas.toArray(),
      db.capabilities.toArray(),
      db.people.toArray(),
      db.questions.toArray(),
      db.interviewLoops.toArray(),
    ]);
    const plan = planLoopImport(data, { capabilityAreas, capabilities, people, questions, loops }, newId);
    // Everything the plan writes is new (fresh ids), so it is stamped as created now.
    const now = stamp();
    if (plan.usesDefaultScale && !(await db.levelScales.get(DEFAULT_SCALE_ID))) await db.levelScales.put(LevelScale.parse({ ...defaultScale(), updatedAt: now }));
    if (plan.area) await db.capabilityAreas.put(CapabilityArea.parse({ ...plan.area, updatedAt: now }));
    await db.capabilities.bulkPut(plan.capabilities.add.map((c) => Capability.parse({ ...c, updatedAt: now })));
    await db.questions.bulkPut(plan.questions.add.map((q) => Question.parse({ ...q, updatedAt: now })));
    await db.interviewLoops.put(InterviewLoop.parse({ ...plan.loop, updatedAt: now }));
    return plan;
  });
}
