import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport, readWorkspace } from './workspace.ts';
import {
  addCandidate,
  hireCandidate,
  moveCandidate,
  openDecisionViewEarly,
  readCandidatesPage,
  readScorecards,
  recordDecision,
  saveCandidateDetails,
  saveScorecard,
  saveTakeHome,
  setCandidateStatus,
} from './candidates.ts';
import { readSummary } from './summary.ts';
import { anonymiseCandidate } from './hire-privacy.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { latestCells } from '../domain/matrix-cells.ts';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T09:00:00.000Z`;

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`candidates-test-${n++}`);
  useDatabase(db);
  await commitImport(sampleWorkspace(TODAY), 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function sample() {
  const page = await readCandidatesPage();
  const opening = page.openings[0]!;
  const loop = page.loops.find((l) => l.id === opening.loopId)!;
  const cap = (name: string) => page.capabilities.find((c) => c.name === name)!.id;
  const person = (name: string) => page.people.find((p) => p.name === name)!.id;
  return { page, opening, loop, cap, person };
}

describe('candidates', () => {
  it('adds a candidate in the first stage, moves them, and dates leaving active', async () => {
    const { opening, loop } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: ' Ana Lima ', source: 'Referral', contact: 'ana@example.com', notes: '', firstStageId: loop.stages[0]!.id, at: NOW });
    expect(c).toMatchObject({ name: 'Ana Lima', status: 'active', moves: [{ stageId: loop.stages[0]!.id, at: NOW }] });
    await moveCandidate(c.id, loop.stages[2]!.id, '2026-11-24T12:00:00.000Z');
    expect((await db.candidates.get(c.id))!.moves.map((m) => m.stageId)).toEqual([loop.stages[0]!.id, loop.stages[2]!.id]);
    await setCandidateStatus(c.id, 'withdrawn', '2026-11-25T12:00:00.000Z');
    expect(await db.candidates.get(c.id)).toMatchObject({ status: 'withdrawn', closedAt: '2026-11-25T12:00:00.000Z' });
    await expect(moveCandidate(c.id, loop.stages[3]!.id, NOW)).rejects.toThrow('only active candidates move');
    await setCandidateStatus(c.id, 'active', NOW);
    expect((await db.candidates.get(c.id))!.closedAt).toBeUndefined();
  });

  it('refuses a candidate without a name or opening, writing nothing', async () => {
    const before = await db.candidates.count();
    const { opening } = await sample();
    await expect(addCandidate({ openingId: opening.id, name: '  ', source: '', contact: '', notes: '', at: NOW })).rejects.toThrow('name');
    await expect(addCandidate({ openingId: crypto.randomUUID(), name: 'X', source: '', contact: '', notes: '', at: NOW })).rejects.toThrow('opening');
    expect(await db.candidates.count()).toBe(before);
  });

  it('refuses a details edit over a version another tab saved, or of a candidate who is gone, writing nothing', async () => {
    const { opening, loop } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', at: NOW });
    const details = { name: 'Ana Lima', source: 'Referral', contact: '', notes: '' };
    const otherTab = await saveCandidateDetails(c.id, details, c.updatedAt);
    await expect(saveCandidateDetails(c.id, { ...details, notes: 'Stale' }, c.updatedAt)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: otherTab });
    expect(await db.candidates.get(c.id)).toEqual(otherTab);
    // A stage move is a change too: a form opened before it is refused rather than saved over it.
    const moved = await moveCandidate(c.id, loop.stages[0]!.id, NOW);
    await expect(saveCandidateDetails(c.id, { ...details, notes: 'Stale' }, otherTab.updatedAt)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: moved });
    await db.candidates.delete(c.id);
    await expect(saveCandidateDetails(c.id, details, moved.updatedAt)).rejects.toMatchObject({ name: 'GoneRecordError' });
    expect(await db.candidates.get(c.id)).toBeUndefined();
  });

  it('keeps one take-home per stage', async () => {
    const { opening, loop } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', at: NOW });
    const stageId = loop.stages[1]!.id;
    await saveTakeHome(c.id, { stageId, sentAt: NOW });
    await saveTakeHome(c.id, { stageId, sentAt: NOW, returnedAt: '2026-11-26T12:00:00.000Z', reportedHours: 5 });
    expect((await db.candidates.get(c.id))!.takeHomes).toEqual([{ stageId, sentAt: NOW, returnedAt: '2026-11-26T12:00:00.000Z', reportedHours: 5 }]);
  });
});

describe('scorecards', () => {
  it('saves a draft, updates it, submits it once and then refuses changes', async () => {
    const { opening, loop, cap, person } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', firstStageId: loop.stages[0]!.id, at: NOW });
    const base = { candidateId: c.id, stageId: loop.stages[0]!.id, interviewer: { personId: person('Tomás Herrera') }, notes: '' };
    const draft = await saveScorecard({ ...base, scores: [{ capabilityId: cap('Incident response'), score: 3, evidence: 'Led one.' }] });
    expect(draft.submittedAt).toBeUndefined();
    // Saving again for the same interviewer and stage updates the same scorecard.
    const again = await saveScorecard({ ...base, read: draft, scores: [{ capabilityId: cap('Incident response'), score: null, evidence: '' }] });
    expect(await readScorecards(c.id)).toHaveLength(1);
    await expect(saveScorecard({ ...base, read: again, scores: [] }, NOW)).rejects.toThrow('recommendation');
    const rest = loop.stages[0]!.capabilityIds.filter((id) => id !== cap('Incident response')).map((capabilityId) => ({ capabilityId, score: null, evidence: '' }));
    const submitted = await saveScorecard({ ...base, read: again, scores: [{ capabilityId: cap('Incident response'), score: 2, evidence: ' x ' }, ...rest], recommendation: 'yes' }, NOW);
    expect(submitted).toMatchObject({ id: draft.id, submittedAt: NOW, scores: [{ score: 2, evidence: 'x' }, ...rest] });
    await expect(saveScorecard({ ...base, read: submitted, scores: [], recommendation: 'no' })).rejects.toThrow('already submitted');
    expect((await db.scorecardSets.get(c.id))!.count).toBe(1);
  });

  it('refuses to submit until every capability the stage assesses is scored or marked no signal; a draft may be incomplete', async () => {
    const { opening, loop, person } = await sample();
    const stage = loop.stages.find((s) => s.capabilityIds.length >= 2)!;
    const [first, ...others] = stage.capabilityIds;
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', at: NOW });
    const base = { candidateId: c.id, stageId: stage.id, interviewer: { personId: person('Tomás Herrera') }, notes: '', recommendation: 'yes' as const };
    const partial = [{ capabilityId: first!, score: 3, evidence: 'Clear.' }];
    const draft = await saveScorecard({ ...base, scores: partial });
    const names = (await readCandidatesPage()).capabilities.filter((cap) => others.includes(cap.id)).map((cap) => cap.name);
    await expect(saveScorecard({ ...base, scores: partial }, NOW)).rejects.toThrow(`score ${names[0]!}`);
    expect(await readScorecards(c.id)).toEqual([draft]);
    const submitted = await saveScorecard({ ...base, read: draft, scores: [...partial, ...others.map((capabilityId) => ({ capabilityId, score: null, evidence: '' }))] }, NOW);
    expect(submitted.submittedAt).toBe(NOW);
  });

  it('keeps the notes per question of the interview kit with the scorecard, leaving out empty ones', async () => {
    const { opening, loop, person } = await sample();
    const stage = loop.stages[0]!;
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', firstStageId: stage.id, at: NOW });
    const [q1, q2] = [crypto.randomUUID(), crypto.randomUUID()];
    const base = { candidateId: c.id, stageId: stage.id, interviewer: { personId: person('Tomás Herrera') }, notes: '', recommendation: 'yes' as const };
    const draft = await saveScorecard({ ...base, scores: [], questionNotes: [{ questionId: q1, question: 'Walk me through an outage.', note: ' Named the runbook. ' }, { questionId: q2, question: 'Paging?', note: '  ' }] });
    expect(draft.questionNotes).toEqual([{ questionId: q1, question: 'Walk me through an outage.', note: 'Named the runbook.' }]);
    const scores = stage.capabilityIds.map((capabilityId) => ({ capabilityId, score: 3, evidence: '' }));
    const submitted = await saveScorecard({ ...base, read: draft, scores, questionNotes: draft.questionNotes }, NOW);
    expect((await readScorecards(c.id))[0]).toEqual(submitted);
    expect(submitted.questionNotes).toEqual(draft.questionNotes);
    // Every capability scored is still the rule, notes or not.
    const other = await addCandidate({ openingId: opening.id, name: 'Bo', source: '', contact: '', notes: '', firstStageId: stage.id, at: NOW });
    await expect(saveScorecard({ ...base, candidateId: other.id, scores: [], questionNotes: draft.questionNotes }, NOW)).rejects.toThrow('before submitting');
  });

  it('refuses to save over a scorecard another tab saved since the form read it', async () => {
    const { opening, loop, person } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', firstStageId: loop.stages[0]!.id, at: NOW });
    const base = { candidateId: c.id, stageId: loop.stages[0]!.id, interviewer: { personId: person('Tomás Herrera') }, notes: '', scores: [] };
    const first = await saveScorecard({ ...base, notes: 'First tab' });
    // A second form that started before the first save, and one that read the first save.
    await expect(saveScorecard({ ...base, notes: 'Second tab' })).rejects.toMatchObject({ name: 'StaleRecordError', fresh: first });
    const other = await saveScorecard({ ...base, read: first, notes: 'Other tab' });
    await expect(saveScorecard({ ...base, read: first, notes: 'Stale' })).rejects.toMatchObject({ name: 'StaleRecordError', fresh: other });
    expect((await readScorecards(c.id)).map((s) => s.notes)).toEqual(['Other tab']);
  });

  it('refuses a score outside 1–4', async () => {
    const { opening, loop, cap, person } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', at: NOW });
    await expect(
      saveScorecard({ candidateId: c.id, stageId: loop.stages[0]!.id, interviewer: { personId: person('Tomás Herrera') }, notes: '', scores: [{ capabilityId: cap('Incident response'), score: 5, evidence: '' }] }),
    ).rejects.toThrow();
    expect(await readScorecards(c.id)).toEqual([]);
  });
});

describe('an anonymised candidate', () => {
  it('is read-only where their personal data was: details, scorecards, rationale and the early-opening reason', async () => {
    const { opening, loop, person } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: 'Referral', contact: 'ana@example.com', notes: 'Likes Go', firstStageId: loop.stages[0]!.id, at: NOW });
    await setCandidateStatus(c.id, 'rejected', NOW);
    await anonymiseCandidate(c.id, NOW);
    const stored = (await db.candidates.get(c.id))!;
    await expect(saveCandidateDetails(c.id, { name: 'Ana Lima', source: '', contact: 'ana@example.com', notes: '' }, stored.updatedAt)).rejects.toThrow('anonymised');
    await expect(saveScorecard({ candidateId: c.id, stageId: loop.stages[0]!.id, interviewer: { personId: person('Tomás Herrera') }, notes: 'Strong', scores: [] })).rejects.toThrow('anonymised');
    await expect(recordDecision(c.id, { outcome: 'no-hire', rationale: 'Thin on incidents', decidedBy: 'Sam', at: NOW, early: false })).rejects.toThrow('anonymised');
    await expect(openDecisionViewEarly(c.id, { by: 'Sam', reason: 'Offer elsewhere', at: NOW })).rejects.toThrow('anonymised');
    await expect(setCandidateStatus(c.id, 'active', NOW)).rejects.toThrow('anonymised');
    expect(await db.candidates.get(c.id)).toEqual(stored);
    expect(await readScorecards(c.id)).toEqual([]);
  });
});

describe('the decision', () => {
  it('records an early opening with who and why, and a no-hire closes the candidate', async () => {
    const { opening } = await sample();
    const c = await addCandidate({ openingId: opening.id, name: 'Ana', source: '', contact: '', notes: '', at: NOW });
    await expect(openDecisionViewEarly(c.id, { by: 'Sam', reason: ' ', at: NOW })).rejects.toThrow('why');
    await openDecisionViewEarly(c.id, { by: 'Sam', reason: 'Competing offer on Friday', at: NOW });
    expect((await db.candidates.get(c.id))!.decisionViewOpenedEarly).toEqual({ by: 'Sam', reason: 'Competing offer on Friday', at: NOW });
    await recordDecision(c.id, { outcome: 'no-hire', rationale: 'Not enough signal on incidents.', decidedBy: 'Sam', at: NOW, early: true });
    expect(await db.candidates.get(c.id)).toMatchObject({ status: 'rejected', closedAt: NOW, decision: { outcome: 'no-hire', early: true } });
  });
});

describe('hireCandidate', () => {
  async function decidedHire() {
    const s = await sample();
    const c = await addCandidate({ openingId: s.opening.id, name: 'Ana Lima', source: '', contact: '', notes: '', at: NOW });
    await recordDecision(c.id, { outcome: 'hire', rationale: 'Strong across the loop.', decidedBy: 'Sam', at: NOW, early: false });
    return { ...s, c };
  }

  it('creates a new hire, appends the confirmed levels with source interview, and marks the candidate hired', async () => {
    const { c, cap } = await decidedHire();
    const people = await db.people.count();
    const result = await hireCandidate({
      candidateId: c.id,
      person: { name: 'Ana Lima', role: 'Software engineer', level: 'L4', startDate: '2026-12-07' },
      levels: [
        { capabilityId: cap('Incident response'), level: 3 },
        { capabilityId: cap('Observability'), level: 2 },
      ],
      at: NOW,
    });
    expect(await db.people.count()).toBe(people + 1);
    expect(await db.people.get(result.person.id)).toMatchObject({ name: 'Ana Lima', status: 'new-hire', startDate: '2026-12-07' });
    const ws = await readWorkspace();
    const mine = ws.assessments.filter((a) => a.personId === result.person.id);
    expect(mine.map((a) => [a.capabilityId, a.level, a.source])).toEqual([
      [cap('Incident response'), 3, 'interview'],
      [cap('Observability'), 2, 'interview'],
    ]);
    expect(latestCells(ws.assessments).get(result.person.id)?.size).toBe(2);
    const hired = await db.candidates.get(c.id);
    expect(hired).toMatchObject({ status: 'hired', personId: result.person.id, closedAt: NOW });
    // Incident response needs 3 people at level 3; one more strong person raises it.
    expect(result.rises.map((r) => r.name)).toContain('Incident response');
    expect(hired!.hireSignal!.rises).toEqual(result.rises);
    const rise = result.rises.find((r) => r.name === 'Incident response')!;
    expect(rise.to).toBe(rise.from + 1);
    // Home says so, without reading the matrix.
    const summary = await readSummary('2026-Q4', TODAY);
    expect(summary.hireSignals).toEqual([{ candidateId: c.id, name: 'Ana Lima', at: NOW, startDate: '2026-12-07', rises: result.rises }]);
    // ...for a month after the start date.
    expect((await readSummary('2027-Q1', '2027-01-06')).hireSignals).toHaveLength(1);
    expect((await readSummary('2027-Q1', '2027-01-10')).hireSignals).toEqual([]);
  });

  it('refuses unknown capabilities and an empty name before writing anything', async () => {
    const { c, cap } = await decidedHire();
    const before = await readWorkspace();
    await expect(
      hireCandidate({
        candidateId: c.id,
        person: { name: 'Ana Lima', role: '', level: '', startDate: '2026-12-07' },
        levels: [
          { capabilityId: cap('Incident response'), level: 3 },
          { capabilityId: crypto.randomUUID(), level: 2 },
        ],
        at: NOW,
      }),
    ).rejects.toThrow('no longer in the workspace');
    await expect(
      hireCandidate({ candidateId: c.id, person: { name: '', role: '', level: '', startDate: '2026-12-07' }, levels: [], at: NOW }),
    ).rejects.toThrow();
    expect(await readWorkspace()).toEqual(before);
  });

  it('writes nothing when a write inside the transaction fails after others succeeded', async () => {
    const { c, cap } = await decidedHire();
    const before = await readWorkspace();
    // Dexie hooks run inside the write's transaction: one counts that the new person
    // was really written, the other makes the candidate's write (the last) fail, as a
    // full disk or another tab's abort would. Without the transaction the person and
    // their levels would stay behind.
    const written: string[] = [];
    db.people.hook('creating', (_key, person) => void written.push(person.name));
    db.candidates.hook('updating', () => {
      throw new Error('the disk is full');
    });
    await expect(
      hireCandidate({
        candidateId: c.id,
        person: { name: 'Ana Lima', role: '', level: '', startDate: '2026-12-07' },
        levels: [{ capabilityId: cap('Incident response'), level: 3 }],
        at: NOW,
      }),
    ).rejects.toThrow('the disk is full');
    expect(written).toEqual(['Ana Lima']);
    expect(await readWorkspace()).toEqual(before);
  });

  it('refuses to hire without a hire decision, or twice', async () => {
    const { opening, c } = await decidedHire();
    const other = await addCandidate({ openingId: opening.id, name: 'Ben', source: '', contact: '', notes: '', at: NOW });
    const person = { name: 'Ben', role: '', level: '', startDate: '2026-12-07' };
    await expect(hireCandidate({ candidateId: other.id, person, levels: [], at: NOW })).rejects.toThrow('"hire" decision');
    await hireCandidate({ candidateId: c.id, person: { ...person, name: 'Ana Lima' }, levels: [], at: NOW });
    await expect(hireCandidate({ candidateId: c.id, person, levels: [], at: NOW })).rejects.toThrow('already joined');
  });
});
