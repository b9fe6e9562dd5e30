/**
 * The manager's side of interview kits on fake-indexeddb: a kit given out is kept on the
 * candidate, the interviewer's reply (written by the file module, as their Turbine does) is read
 * against it and taken in as their submitted scorecard, and a second reply, the same reply again
 * and a stale preview each do what the manager chose or nothing at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { addCandidate, readCandidatesPage, readScorecards, recordInterviewKitIssued, saveScorecard, takePanelScorecard, takeScorecardReplies, type ReplyToTake } from './candidates.ts';
import { anonymiseCandidate } from './hire-privacy.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { stageKit } from '../domain/hire/interview-kit.ts';
import { replySteps } from '../domain/hire/kit-replies.ts';
import { interviewKitReplyFile, issueInterviewKit, issuedKitsOf, readInterviewKitReply, type InterviewKitPart, type InterviewKitReply } from '../io/interview-kit-file.ts';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T09:00:00.000Z`;
const app = { name: 'Turbine', version: 'test' };

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`interview-kits-test-${n++}`);
  useDatabase(db);
  await commitImport(sampleWorkspace(TODAY), 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Ines at the sample loop's phone screen, with Tomás's kit given out for it. */
async function kitGivenOut() {
  const page = await readCandidatesPage();
  const opening = page.openings[0]!;
  const loop = page.loops.find((l) => l.id === opening.loopId)!;
  const screen = loop.stages[0]!;
  const tomas = page.people.find((p) => p.name === 'Tomás Herrera')!;
  const ines = await addCandidate({ openingId: opening.id, name: 'Ines Duarte', source: 'Referral', contact: 'ines@example.com', notes: 'Asked about remote work', firstStageId: screen.id, at: NOW });
  const capabilityName = (id: string) => page.capabilities.find((c) => c.id === id)!.name;
  const { part, issued } = await issueInterviewKit({
    partId: crypto.randomUUID(),
    issuedAt: NOW,
    candidate: ines,
    opening,
    stage: screen,
    interviewer: { personId: tomas.id, name: tomas.name },
    kit: stageKit(screen, { questions: page.questions, capabilityName }),
    due: '2026-11-24',
  });
  await recordInterviewKitIssued(ines.id, issued);
  return { ines, screen, tomas, part };
}

/** Tomás's reply as his own Turbine saves it. */
async function replyText(part: InterviewKitPart, score: number, submittedAt: string) {
  const file = await interviewKitReplyFile(
    part,
    {
      scores: part.capabilities.map((c, i) => ({ capabilityId: c.id, score: i === 0 ? score : null, evidence: i === 0 ? ' Walked through a refund outage. ' : '' })),
      recommendation: 'yes',
      notes: 'Calm and clear.',
      questionNotes: [
        { questionId: part.questions[0]!.id, question: part.questions[0]!.text, note: 'Good triage order.' },
        { questionId: part.questions[1]!.id, question: part.questions[1]!.text, note: '  ' },
      ],
      submittedAt,
    },
    app,
  );
  return JSON.stringify(file);
}

/** What the manager's Turbine does with chosen files: read each against the issued kits, then plan. */
async function preview(files: { fileName: string; text: string }[]) {
  const page = await readCandidatesPage();
  const issued = issuedKitsOf(page.candidates);
  const read: { fileName: string; reply: InterviewKitReply }[] = [];
  for (const f of files) {
    const r = await readInterviewKitReply(f.fileName, f.text, issued);
    if (!r.ok) throw new Error(r.headline);
    read.push({ fileName: f.fileName, reply: r.value });
  }
  const cards = new Map(await Promise.all(page.candidates.map(async (c) => [c.id, await readScorecards(c.id)] as const)));
  return replySteps(read, { candidate: (id) => page.candidates.find((c) => c.id === id), scorecards: (id) => cards.get(id) ?? [] });
}

const takeOf = (step: Awaited<ReturnType<typeof preview>>[number], replace = false): ReplyToTake => ({
  reply: step.reply,
  found: 'existing' in step ? { id: step.existing.id, updatedAt: step.existing.updatedAt } : undefined,
  replace,
});

describe('interview kits in the manager’s workspace', () => {
  it('keeps the kit given out, then takes the reply in as the interviewer’s submitted scorecard', async () => {
    const { ines, screen, tomas, part } = await kitGivenOut();
    const stored = (await db.candidates.get(ines.id))!;
    expect(stored.interviewKits).toEqual([
      expect.objectContaining({ partId: part.partId, stageId: screen.id, interviewer: { personId: tomas.id, name: 'Tomás Herrera' }, due: '2026-11-24', capabilities: part.capabilities.map((c) => ({ id: c.id, name: c.name })) }),
    ]);

    const steps = await preview([{ fileName: 'scorecard.json', text: await replyText(part, 3, '2026-11-24T16:00:00.000Z') }]);
    expect(steps.map((s) => s.kind)).toEqual(['new']);
    const { taken, kept } = await takeScorecardReplies(steps.map((s) => takeOf(s)), '2026-11-25T08:00:00.000Z');
    expect(kept).toBe(0);
    const cards = await readScorecards(ines.id);
    expect(cards).toEqual(taken);
    expect(cards[0]).toMatchObject({
      candidateId: ines.id,
      stageId: screen.id,
      interviewer: { personId: tomas.id },
      recommendation: 'yes',
      notes: 'Calm and clear.',
      submittedAt: '2026-11-24T16:00:00.000Z',
      source: 'kit',
      scores: [
        { capabilityId: part.capabilities[0]!.id, score: 3, evidence: 'Walked through a refund outage.' },
        { capabilityId: part.capabilities[1]!.id, score: null, evidence: '' },
      ],
    });
    // Only the notes written are kept, as when the scorecard is written in Turbine.
    expect(cards[0]!.questionNotes).toEqual([{ questionId: part.questions[0]!.id, question: part.questions[0]!.text, note: 'Good triage order.' }]);
    expect((await db.candidates.get(ines.id))!.interviewKits[0]!.repliedAt).toBe('2026-11-25T08:00:00.000Z');
  });

  it('says the same reply taken again is in already, and offers to replace or keep for a second one', async () => {
    const { ines, part } = await kitGivenOut();
    const first = await replyText(part, 3, '2026-11-24T16:00:00.000Z');
    await takeScorecardReplies((await preview([{ fileName: 'a.json', text: first }])).map((s) => takeOf(s)), NOW);
    expect((await preview([{ fileName: 'a.json', text: first }])).map((s) => s.kind)).toEqual(['already-in']);

    const corrected = await replyText(part, 4, '2026-11-24T17:00:00.000Z');
    const [step] = await preview([{ fileName: 'b.json', text: corrected }]);
    expect(step!.kind).toBe('replaces');
    // Kept: nothing changes.
    const before = await readScorecards(ines.id);
    expect(await takeScorecardReplies([takeOf(step!, false)], NOW)).toEqual({ taken: [], kept: 1 });
    expect(await readScorecards(ines.id)).toEqual(before);
    // Replaced: the same scorecard, now with the corrected reply's scores.
    await takeScorecardReplies([takeOf(step!, true)], NOW);
    const after = await readScorecards(ines.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before[0]!.id, submittedAt: '2026-11-24T17:00:00.000Z', scores: [expect.objectContaining({ score: 4 }), expect.anything()] });
  });

  it('offers to replace a draft written in Turbine, and refuses a take whose preview is stale, writing nothing', async () => {
    const { ines, screen, tomas, part } = await kitGivenOut();
    const draft = await saveScorecard({ candidateId: ines.id, stageId: screen.id, interviewer: { personId: tomas.id }, scores: [], notes: 'Half written' });
    const [step] = await preview([{ fileName: 'a.json', text: await replyText(part, 2, '2026-11-24T16:00:00.000Z') }]);
    expect(step).toMatchObject({ kind: 'replaces', existing: { id: draft.id } });
    // The draft changes in another tab after the preview.
    await saveScorecard({ candidateId: ines.id, stageId: screen.id, interviewer: { personId: tomas.id }, scores: [], notes: 'Now more', read: { updatedAt: draft.updatedAt } });
    const before = { cards: await readScorecards(ines.id), candidate: await db.candidates.get(ines.id) };
    await expect(takeScorecardReplies([takeOf(step!, true)], NOW)).rejects.toThrow('Tomás Herrera’s scorecard for Ines Duarte changed since the preview');
    expect({ cards: await readScorecards(ines.id), candidate: await db.candidates.get(ines.id) }).toEqual(before);
  });

  it('takes the one submitted last of two files answering the same kit', async () => {
    const { part } = await kitGivenOut();
    const steps = await preview([
      { fileName: 'late.json', text: await replyText(part, 4, '2026-11-24T18:00:00.000Z') },
      { fileName: 'early.json', text: await replyText(part, 2, '2026-11-24T16:00:00.000Z') },
    ]);
    expect(steps.map((s) => [s.fileName, s.kind])).toEqual([
      ['late.json', 'new'],
      ['early.json', 'superseded'],
    ]);
  });

  it('refuses every reply of an import when one candidate was anonymised since, writing nothing', async () => {
    const { ines, part } = await kitGivenOut();
    const steps = await preview([{ fileName: 'a.json', text: await replyText(part, 3, '2026-11-24T16:00:00.000Z') }]);
    await anonymiseCandidate(ines.id, NOW);
    const before = await db.candidates.get(ines.id);
    await expect(takeScorecardReplies(steps.map((s) => takeOf(s)), NOW)).rejects.toThrow('anonymised, so scorecards about them can no longer be written');
    expect(await readScorecards(ines.id)).toEqual([]);
    expect(await db.candidates.get(ines.id)).toEqual(before);
    // The kit stays: it holds nothing about the candidate, and says which stage and interviewer it was for.
    expect(before!.interviewKits).toHaveLength(1);
    await expect(recordInterviewKitIssued(ines.id, before!.interviewKits[0]!)).rejects.toThrow('no interview kit can be given out about them');
  });

  it('takes a scorecard submitted live in as the interviewer’s, over their draft but never over a submitted one', async () => {
    const { ines, screen, tomas, part } = await kitGivenOut();
    const submitted = {
      scores: part.capabilities.map((c) => ({ capabilityId: c.id, score: 2, evidence: ' Unsure ' })),
      recommendation: 'no' as const,
      notes: '',
      questionNotes: [],
      submittedAt: '2026-11-23T11:00:00.000Z',
    };
    const draft = await saveScorecard({ candidateId: ines.id, stageId: screen.id, interviewer: { personId: tomas.id }, scores: [], notes: 'Started here' });
    const first = await takePanelScorecard(ines.id, part.partId, submitted, '2026-11-23T11:00:01.000Z');
    expect(first).toEqual({ taken: expect.objectContaining({ id: draft.id, source: 'panel', submittedAt: '2026-11-23T11:00:00.000Z', recommendation: 'no' }) });
    expect((await readScorecards(ines.id))[0]!.scores[0]!.evidence).toBe('Unsure');
    expect((await db.candidates.get(ines.id))!.interviewKits[0]!.repliedAt).toBe('2026-11-23T11:00:01.000Z');
    // Submitted is final: a second submission keeps the first.
    const again = await takePanelScorecard(ines.id, part.partId, { ...submitted, recommendation: 'strong-yes' }, NOW);
    expect(again).toEqual({ kept: expect.objectContaining({ recommendation: 'no' }) });
    await anonymiseCandidate(ines.id, NOW);
    expect(await takePanelScorecard(ines.id, part.partId, submitted, NOW)).toEqual({ gone: expect.stringMatching(/was anonymised$/) });
    expect(await takePanelScorecard('0f0f0f0f-0000-4000-8000-000000000000', part.partId, submitted, NOW)).toEqual({ gone: 'the candidate is no longer in the workspace' });
  });
});
