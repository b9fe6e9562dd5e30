import { describe, expect, it } from 'vitest';
import { InterviewLoop, Question } from '../schemas/hiring.ts';
import type { Capability, CapabilityArea } from '../schemas/capability.ts';
import { DEFAULT_SCALE_ID } from '../domain/default-scale.ts';
import { planLoopImport, type LoopImportReceiver } from '../domain/hire/loop-import.ts';
import { LOOP_FORMAT, LOOP_FORMAT_VERSION, loopFile, loopFileName, readLoopFile, type LoopReadResult } from './loop-file.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const APP = { name: 'Turbine', version: '0.1.0' };
const AT = '2026-11-23T09:00:00.000Z';

const areas: CapabilityArea[] = [{ id: id(1), name: 'Reliability', description: '', order: 0 }];
const capabilities: Capability[] = [
  { id: id(10), areaId: id(1), name: 'Incident response', kind: 'technical', description: 'Leading incidents', scaleId: DEFAULT_SCALE_ID, descriptors: [] },
  { id: id(11), areaId: id(1), name: 'Observability', kind: 'technical', description: '', scaleId: DEFAULT_SCALE_ID, descriptors: [] },
  { id: id(12), areaId: id(1), name: 'Unused', kind: 'technical', description: '', scaleId: DEFAULT_SCALE_ID, descriptors: [] },
];
const people = [{ id: id(20), name: 'Tomás Ruiz', status: 'member' as const }];
const questions: Question[] = [
  Question.parse({ id: id(30), text: 'Walk me through an incident you led.', capabilityIds: [id(10)], goodLooksLike: 'Calm, structured', minutes: 20, sample: true }),
  Question.parse({ id: id(31), text: 'Not in the loop', capabilityIds: [id(12)] }),
];
const anchors = { 1: 'Blames', 2: 'Follows a runbook', 3: 'Leads', 4: 'Teaches' };
const loop = InterviewLoop.parse({
  id: id(40),
  name: 'Reliability loop',
  description: 'Same for everyone',
  sample: true,
  stages: [
    { id: id(41), name: 'Screen', kind: 'screen', capabilityIds: [id(10)], interviewers: [{ personId: id(20) }], durationMinutes: 30, questionIds: [id(30)], rubric: [{ capabilityId: id(10), anchors }] },
    { id: id(42), name: 'Exercise', kind: 'take-home', capabilityIds: [id(11)], interviewers: [{ name: 'Hana Ito' }], timeBoxHours: 3 },
  ],
});
const sources = { questions, capabilities, capabilityAreas: areas, people };
const file = () => loopFile(loop, sources, AT, APP);
const text = (f: unknown) => JSON.stringify(f, null, 2);

function refused(r: LoopReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}
function read(r: LoopReadResult) {
  if (!r.ok) throw new Error(`expected a loop: ${r.headline} ${JSON.stringify(r.problems)}`);
  return r.data;
}
let n = 1000;
const newId = () => id(n++);

describe('loopFile', () => {
  it('wraps the loop with the questions it asks and the capabilities it names, interviewers by name, no sample flags', () => {
    const f = file();
    expect(f).toMatchObject({ format: 'turbine-interview-loop', formatVersion: 1, exportedAt: AT, app: APP });
    expect([LOOP_FORMAT, LOOP_FORMAT_VERSION]).toEqual(['turbine-interview-loop', 1]);
    expect(f.data.questions.map((q) => q.id)).toEqual([id(30)]);
    expect(f.data.questions[0]).not.toHaveProperty('sample');
    expect(f.data.capabilities).toEqual([
      { id: id(10), name: 'Incident response', kind: 'technical', description: 'Leading incidents', area: 'Reliability' },
      { id: id(11), name: 'Observability', kind: 'technical', description: '', area: 'Reliability' },
    ]);
    expect(f.data.loop.stages.map((s) => s.interviewers)).toEqual([[{ name: 'Tomás Ruiz' }], [{ name: 'Hana Ito' }]]);
    expect(f.data.loop).not.toHaveProperty('sample');
    expect(f.data.loop.stages[0]?.rubric).toEqual([{ capabilityId: id(10), anchors }]);
  });

  it('names the file after the loop and the day', () => {
    expect(loopFileName({ name: 'Reliability loop: L4/L5' }, '2026-11-23')).toBe('turbine-loop-reliability-loop-l4-l5-2026-11-23.json');
  });
});

describe('readLoopFile', () => {
  it('reads back a file it wrote', () => {
    const data = read(readLoopFile('loop.json', text(file())));
    expect(data).toEqual(file().data);
  });

  it('refuses text that is not JSON, saying where', () => {
    const r = refused(readLoopFile('loop.json', '{\n  "format": "turbine-interview-loop",,\n}'));
    expect(r.headline).toBe('loop.json is not an interview loop Turbine can import: it is not valid JSON.');
    expect(r.problems[0]?.path).toBe('line 2, column 38');
  });

  it('refuses an empty file', () => {
    expect(refused(readLoopFile('loop.json', '  ')).headline).toMatch(/it is empty/);
  });

  it('refuses another format, and a workspace file with its own advice', () => {
    const other = refused(readLoopFile('x.json', text({ format: 'turbine-capability-library', formatVersion: 1 })));
    expect(other.headline).toMatch(/it is not a Turbine interview loop/);
    expect(other.problems).toEqual([{ path: '$.format', message: expect.stringContaining('"format" is "turbine-capability-library"') }]);
    const workspace = refused(readLoopFile('x.json', text({ format: 'turbine-workspace', formatVersion: 1 })));
    expect(workspace.headline).toMatch(/a whole Turbine workspace/);
    expect(refused(readLoopFile('x.json', '[1]')).problems[0]?.path).toBe('$');
  });

  it('refuses a newer version, and a missing one', () => {
    const newer = refused(readLoopFile('loop.json', text({ ...file(), formatVersion: 2 })));
    expect(newer.headline).toBe('loop.json is not an interview loop Turbine can import: it was written by a newer Turbine (loop format version 2; this one reads up to 1).');
    expect(refused(readLoopFile('loop.json', text({ ...file(), formatVersion: '1' }))).problems).toEqual([{ path: '$.formatVersion', message: 'must be a whole number from 1' }]);
  });

  it('lists schema errors with their JSON paths', () => {
    const f = file() as unknown as { exportedAt: unknown; data: { loop: { stages: Record<string, unknown>[] }; questions: Record<string, unknown>[] } };
    f.exportedAt = 'yesterday';
    f.data.loop.stages[1]!.kind = 'onsite';
    f.data.loop.stages[1]!.timeBoxHours = 'three';
    f.data.questions[0]!.text = '';
    const r = refused(readLoopFile('loop.json', text(f)));
    expect(r.headline).toMatch(/some values are not what Turbine expects/);
    expect(r.problems.map((p) => p.path)).toEqual(['$.exportedAt', '$.data.loop.stages[1].kind', '$.data.loop.stages[1].timeBoxHours', '$.data.questions[0].text']);
    expect(r.problems[2]?.message).toBe('must be a number, not a string');
  });

  it('refuses a file without data', () => {
    expect(refused(readLoopFile('loop.json', text({ ...file(), data: 3 }))).problems).toEqual([{ path: '$.data', message: 'must be an object holding loop, questions and capabilities' }]);
  });

  it('refuses references to records that are not in the file, team members by id, and repeated ids', () => {
    const f = file();
    f.data.loop.stages[0]!.questionIds.push(id(31));
    f.data.loop.stages[1]!.rubric.push({ capabilityId: id(12), anchors });
    f.data.loop.stages[1]!.interviewers.push({ personId: id(20) });
    f.data.questions.push({ ...f.data.questions[0]!, capabilityIds: [id(99)] });
    const r = refused(readLoopFile('loop.json', text(f)));
    expect(r.headline).toMatch(/point to records that are not in it, or share an id/);
    expect(r.problems).toEqual([
      { path: '$.data.questions[1].id', message: `repeats the id ${id(30)}` },
      { path: '$.data.questions[1].capabilityIds[0]', message: `points to capability ${id(99)}, which is not in $.data.capabilities` },
      { path: '$.data.loop.stages[0].questionIds[1]', message: `points to question ${id(31)}, which is not in $.data.questions` },
      { path: '$.data.loop.stages[1].rubric[0].capabilityId', message: `points to capability ${id(12)}, which is not in $.data.capabilities` },
      { path: '$.data.loop.stages[1].interviewers[1].personId', message: expect.stringContaining('a loop file names its interviewers') },
    ]);
  });
});

describe('planLoopImport', () => {
  const receiver = (over: Partial<LoopImportReceiver> = {}): LoopImportReceiver => ({ capabilityAreas: [], capabilities: [], people: [], questions: [], loops: [], ...over });

  it('into an empty workspace: new ids everywhere, missing capabilities created in an "Imported" area on the default scale', () => {
    const plan = planLoopImport(file().data, receiver(), newId);
    const known = new Set([id(10), id(11), id(30), id(40), id(41), id(42)]);
    expect(known.has(plan.loop.id)).toBe(false);
    expect(plan.loop.stages.some((s) => known.has(s.id))).toBe(false);
    expect(plan.area).toMatchObject({ name: 'Imported', order: 0 });
    expect(plan.capabilities.add.map((c) => [c.name, c.areaId, c.scaleId])).toEqual([
      ['Incident response', plan.area!.id, DEFAULT_SCALE_ID],
      ['Observability', plan.area!.id, DEFAULT_SCALE_ID],
    ]);
    expect(plan.usesDefaultScale).toBe(true);
    const [incident, obs] = plan.capabilities.add;
    expect(plan.loop.stages[0]).toMatchObject({ capabilityIds: [incident!.id], rubric: [{ capabilityId: incident!.id, anchors }], questionIds: [plan.questions.add[0]!.id] });
    expect(plan.loop.stages[1]?.capabilityIds).toEqual([obs!.id]);
    expect(plan.questions.add[0]).toMatchObject({ text: 'Walk me through an incident you led.', capabilityIds: [incident!.id] });
    expect(plan.interviewers).toEqual({ matched: [], named: ['Tomás Ruiz', 'Hana Ito'] });
    expect(plan.loop.name).toBe('Reliability loop');
  });

  it('back into the workspace it came from: capabilities matched by name, questions reused, people matched, the loop named apart', () => {
    const plan = planLoopImport(file().data, receiver({ capabilityAreas: areas, capabilities, people, questions, loops: [loop] }), newId);
    expect(plan.capabilities.add).toEqual([]);
    expect(plan.area).toBeUndefined();
    expect(plan.usesDefaultScale).toBe(false);
    expect(plan.capabilities.matched.map((c) => c.name)).toEqual(['Incident response', 'Observability']);
    expect(plan.questions).toEqual({ add: [], reused: [{ text: 'Walk me through an incident you led.' }] });
    expect(plan.loop.stages[0]).toMatchObject({ capabilityIds: [id(10)], questionIds: [id(30)], interviewers: [{ personId: id(20) }] });
    expect(plan.loop.stages[1]?.interviewers).toEqual([{ name: 'Hana Ito' }]);
    expect(plan.interviewers).toEqual({ matched: ['Tomás Ruiz'], named: ['Hana Ito'] });
    expect(plan.loop.name).toBe('Reliability loop (imported)');
    expect(planLoopImport(file().data, receiver({ loops: [loop, { name: 'reliability loop (imported)' }] }), newId).loop.name).toBe('Reliability loop (imported 2)');
  });

  it('matches names ignoring case and spacing, and reuses an existing "Imported" area', () => {
    const imported: CapabilityArea = { id: id(2), name: 'imported', description: '', order: 4 };
    const plan = planLoopImport(
      file().data,
      receiver({ capabilityAreas: [imported], capabilities: [{ ...capabilities[0]!, id: id(50), areaId: id(2), name: '  incident   RESPONSE ' }] }),
      newId,
    );
    expect(plan.area).toBeUndefined();
    expect(plan.capabilities.matched).toEqual([{ name: '  incident   RESPONSE ' }]);
    expect(plan.capabilities.add.map((c) => [c.name, c.areaId])).toEqual([['Observability', id(2)]]);
  });
});
