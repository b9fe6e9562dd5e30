/**
 * `node scripts/bench/sync-sizes.ts`: how large the Yjs documents of docs/sync.md would be for
 * the bench workspace (largeWorkspace(benchSize)), measured rather than guessed. Each record
 * becomes a Y.Map of its fields (a field is the unit that can conflict); assessments, appended
 * and never edited, become a Y.Array per person; a candidate's scorecards a Y.Array per
 * candidate. Prints one Markdown table (median of 3 loads), and a live kit document's size
 * after a scorecard written in 300 keystrokes.
 */
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { benchSize, largeWorkspace } from './large-workspace.ts';
import type { WorkspaceData } from '../../src/schemas/workspace.ts';

type Records = Record<string, unknown>[];

function recordsInto(doc: Y.Doc, kind: string, records: Records) {
  const map = doc.getMap<Y.Map<unknown>>(kind);
  for (const r of records) {
    const fields = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(r)) fields.set(k, v);
    map.set(r.id as string, fields);
  }
}

function groupedInto(doc: Y.Doc, kind: string, records: Records, by: string) {
  const map = doc.getMap<Y.Array<unknown>>(kind);
  for (const [key, group] of Map.groupBy(records, (r) => r[by] as string)) {
    const list = new Y.Array<unknown>();
    list.push(group);
    map.set(key, list);
  }
}

interface Measured {
  name: string;
  records: number;
  json: number;
  update: number;
  gzip: number;
  loadMs: number;
}

function measure(name: string, records: number, json: string, build: (doc: Y.Doc) => void): Measured {
  const doc = new Y.Doc();
  doc.transact(() => build(doc));
  const update = Y.encodeStateAsUpdate(doc);
  const loads = [0, 1, 2].map(() => {
    const t = performance.now();
    Y.applyUpdate(new Y.Doc(), update);
    return performance.now() - t;
  });
  return { name, records, json: Buffer.byteLength(json), update: update.byteLength, gzip: gzipSync(update).byteLength, loadMs: loads.sort((a, b) => a - b)[1]! };
}

const w = largeWorkspace(benchSize) as WorkspaceData & Record<string, Records>;
const kinds = (names: string[]) => names.map((k) => [k, (w[k] ?? []) as Records] as const);
const count = (list: readonly (readonly [string, Records])[]) => list.reduce((n, [, r]) => n + r.length, 0);
const jsonOf = (list: readonly (readonly [string, Records])[]) => JSON.stringify(Object.fromEntries(list));

const team = kinds(['teams', 'people', 'levelScales', 'capabilityAreas', 'capabilities', 'systems', 'decisions', 'oneOnOnes', 'ninetyDayPlans']);
const hiringSetup = kinds(['questions', 'interviewLoops', 'openings']);
const learn = kinds(['onboardingTemplates', 'onboardingPlans']);
const grow = kinds(['goals', 'checkIns']);
const assessments = w.assessments as unknown as Records;
const candidates = w.candidates as unknown as Records;
const scorecards = w.scorecards as unknown as Records;

const rows: Measured[] = [
  measure('team (people, capabilities, systems, decisions, 1:1s, the plan)', count(team), jsonOf(team), (d) => team.forEach(([k, r]) => recordsInto(d, k, r))),
  measure('assessments (a Y.Array per person)', assessments.length, JSON.stringify(assessments), (d) => groupedInto(d, 'assessments', assessments, 'personId')),
  measure('hiring setup (questions, loops, openings)', count(hiringSetup), jsonOf(hiringSetup), (d) => hiringSetup.forEach(([k, r]) => recordsInto(d, k, r))),
  measure('candidates', candidates.length, JSON.stringify(candidates), (d) => recordsInto(d, 'candidates', candidates)),
  measure('scorecards (a Y.Array per candidate)', scorecards.length, JSON.stringify(scorecards), (d) => groupedInto(d, 'scorecards', scorecards, 'candidateId')),
  measure('learn (templates, onboarding plans)', count(learn), jsonOf(learn), (d) => learn.forEach(([k, r]) => recordsInto(d, k, r))),
  measure('grow (goals, check-ins)', count(grow), jsonOf(grow), (d) => grow.forEach(([k, r]) => recordsInto(d, k, r))),
];

// One person's assessments as their own document: the size a per-person split would sync.
const perPerson = [...Map.groupBy(assessments, (a) => a.personId as string).values()].map((group) => {
  const doc = new Y.Doc();
  doc.getArray('assessments').push(group);
  return Y.encodeStateAsUpdate(doc).byteLength;
});

// A live kit: the kit, then a draft rewritten on each of 300 keystrokes, then the submission.
const kit = new Y.Doc();
kit.getMap('kit').set('part', { partId: 'p', capabilities: Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, name: `Capability ${i}`, anchors: { 1: 'a'.repeat(80), 2: 'b'.repeat(80), 3: 'c'.repeat(80), 4: 'd'.repeat(80) } })), questions: Array.from({ length: 3 }, (_, i) => ({ id: `q${i}`, text: 'A question of about this length, with its context?', goodLooksLike: 'g'.repeat(120) })) });
const afterKit = Y.encodeStateAsUpdate(kit).byteLength;
let text = '';
for (let i = 0; i < 300; i++) {
  text += 'x';
  kit.getMap('scorecard').set('draft', { scores: [{ capabilityId: 'c0', choice: '3', evidence: text }], recommendation: '', notes: '', questionNotes: [] });
}
kit.getMap('scorecard').set('submitted', { scores: [{ capabilityId: 'c0', score: 3, evidence: text }], recommendation: 'yes', notes: '', questionNotes: [], submittedAt: '2026-11-23T10:00:00.000Z' });
const afterScoring = Y.encodeStateAsUpdate(kit).byteLength;

const kb = (n: number) => `${(n / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB`;
console.log('| Document | Records | JSON | Yjs update | gzip | Load (median of 3) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.records.toLocaleString('en-GB')} | ${kb(r.json)} | ${kb(r.update)} | ${kb(r.gzip)} | ${r.loadMs.toFixed(0)} ms |`);
const total = rows.reduce((t, r) => ({ json: t.json + r.json, update: t.update + r.update, gzip: t.gzip + r.gzip }), { json: 0, update: 0, gzip: 0 });
console.log(`| **all** | ${rows.reduce((n, r) => n + r.records, 0).toLocaleString('en-GB')} | ${kb(total.json)} | ${kb(total.update)} | ${kb(total.gzip)} | |`);
const sorted = [...perPerson].sort((a, b) => a - b);
console.log(`\nOne person's assessments as their own document: median ${kb(sorted[Math.floor(sorted.length / 2)]!)}, largest ${kb(sorted.at(-1)!)} (${perPerson.length} people).`);
console.log(`A live kit: ${kb(afterKit)} with the kit; ${kb(afterScoring)} after a draft written in 300 keystrokes and the submission.`);
