import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport, readWorkspace } from './workspace.ts';
import { readHireToday } from './hire-today.ts';
import { addCandidate, moveCandidate, readCandidatesPage, recordDecision, saveScorecard, setCandidateStatus } from './candidates.ts';
import { anonymiseCandidate, setRetentionDays } from './hire-privacy.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { hireToday } from '../domain/hire/today.ts';
import { emptyWorkspace } from '../schemas/records.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T09:00:00.000Z`;

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`hire-today-test-${n++}`);
  useDatabase(db);
  await commitImport(sampleWorkspace(TODAY), 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The sample's opening and loop, and a new candidate who has reached the screen and the interview. */
async function inesInTheLoop() {
  const page = await readCandidatesPage();
  const opening = page.openings[0]!;
  const loop = page.loops.find((l) => l.id === opening.loopId)!;
  const [screen, , interview] = loop.stages;
  const ines = await addCandidate({ openingId: opening.id, name: 'Ines Duarte', source: '', contact: '', notes: '', firstStageId: screen!.id, at: '2026-11-16T10:00:00.000Z' });
  await moveCandidate(ines.id, interview!.id, '2026-11-18T10:00:00.000Z');
  return { opening, loop, screen: screen!, interview: interview!, ines };
}

const lines = (d: Awaited<ReturnType<typeof readHireToday>>) => d.missing.map((m) => `${m.candidate.name} · ${m.stage.name}: ${m.interviewer} (${m.since})`);

describe('readHireToday', () => {
  it('has nothing to say about an empty workspace', async () => {
    await commitImport(emptyWorkspace() as WorkspaceData, 'replace');
    expect(await readHireToday(TODAY)).toEqual({ missing: [], retentionDue: [] });
  });

  it('has nothing to say about the sample on its first day: every scorecard is in and nobody is due yet', async () => {
    expect(await readHireToday(TODAY)).toEqual({ missing: [], retentionDue: [] });
  });

  it('lists the scorecards missing for a stored candidate, until they are submitted (a draft does not count)', async () => {
    const { opening, screen, interview, ines } = await inesInTheLoop();
    const first = await readHireToday(TODAY);
    expect(lines(first)).toEqual([
      'Ines Duarte · Phone screen: Tomás Herrera (2026-11-16)',
      'Ines Duarte · Incident and design interview: Amara Okafor (2026-11-18)',
      'Ines Duarte · Incident and design interview: Rachel Adeyemi (2026-11-18)',
    ]);
    expect(first.missing[0]).toMatchObject({ candidate: { id: ines.id, name: 'Ines Duarte' }, opening: { id: opening.id, title: opening.title }, stage: { id: screen.id } });

    const scores = (stage: typeof screen) => stage.capabilityIds.map((capabilityId) => ({ capabilityId, score: 3, evidence: '' }));
    await saveScorecard({ candidateId: ines.id, stageId: screen.id, interviewer: screen.interviewers[0]!, scores: scores(screen), recommendation: 'yes', notes: '' }, NOW);
    await saveScorecard({ candidateId: ines.id, stageId: interview.id, interviewer: interview.interviewers[0]!, scores: scores(interview), recommendation: 'yes', notes: '' });
    expect(lines(await readHireToday(TODAY))).toEqual([
      'Ines Duarte · Incident and design interview: Amara Okafor (2026-11-18)',
      'Ines Duarte · Incident and design interview: Rachel Adeyemi (2026-11-18)',
    ]);

    // Decided (a hire keeps her active until she joins): nothing is awaited any more.
    expect((await recordDecision(ines.id, { outcome: 'hire', rationale: 'Strong on incidents.', decidedBy: 'EM', at: NOW, early: true })).status).toBe('active');
    expect((await readHireToday(TODAY)).missing).toEqual([]);
  });

  it('stops listing a candidate who leaves active, and lists them for removal once their retention date comes', async () => {
    const { ines } = await inesInTheLoop();
    await setCandidateStatus(ines.id, 'withdrawn', '2026-11-20T12:00:00.000Z');
    expect(await readHireToday(TODAY)).toEqual({ missing: [], retentionDue: [] });

    // Diego was turned down 25 days ago, Hana withdrew 17 days ago, Ines 3 days ago.
    await setRetentionDays(14);
    const due = await readHireToday(TODAY);
    expect(due.retentionDue.map((d) => d.name)).toEqual(['Diego Alvarez', 'Hana Sato']);
    expect(due.retentionDue[0]!.retentionDate).toBe('2026-11-12');
    expect((await readHireToday('2026-12-04')).retentionDue.map((d) => d.name)).toEqual(['Diego Alvarez', 'Hana Sato', 'Ines Duarte']);

    await anonymiseCandidate(due.retentionDue[0]!.candidateId, NOW);
    expect((await readHireToday(TODAY)).retentionDue.map((d) => d.name)).toEqual(['Hana Sato']);
  });

  it('answers as the domain does over the whole stored workspace', async () => {
    await inesInTheLoop();
    await setRetentionDays(14);
    const w = await readWorkspace();
    const expected = hireToday({ today: TODAY, candidates: w.candidates, openings: w.openings, loops: w.interviewLoops, scorecards: w.scorecards, people: w.people, settings: { retentionDays: 14 } });
    expect(await readHireToday(TODAY)).toEqual(expected);
    expect(expected.missing.length).toBeGreaterThan(0);
    expect(expected.retentionDue.length).toBeGreaterThan(0);
  });
});
