import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../test/json-schema.ts';
import { GET as kitSchema } from '../pages/schema/turbine-interview-kit.v1.json.ts';
import { GET as replySchema } from '../pages/schema/turbine-interview-kit-reply.v1.json.ts';
import {
  INTERVIEW_KIT_FORMAT_VERSION,
  interviewKitFile,
  interviewKitFileName,
  interviewKitPart,
  interviewKitReplyFile,
  interviewKitReplyFileName,
  readInterviewKitFile,
  readInterviewKitReply,
  type InterviewKitPart,
  type InterviewKitScorecard,
  type IssuedKit,
} from './interview-kit-file.ts';
import { digestOf } from './exchange.ts';
import { stageKit } from '../domain/hire/interview-kit.ts';

const app = { name: 'Turbine', version: 'test' };
const ids = {
  part: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  candidate: '11111111-1111-4111-8111-111111111111',
  stage: '22222222-2222-4222-8222-222222222222',
  incident: '33333333-3333-4333-8333-333333333333',
  partners: '33333333-3333-4333-8333-333333333334',
  question: '44444444-4444-4444-8444-444444444444',
  tomas: '55555555-5555-4555-8555-555555555555',
};
const anchors = { 1: 'Waits to be told', 2: 'Fixes, then tells', 3: 'Triages, communicates and mitigates in a sensible order', 4: 'Leads the room' };
const stage = {
  id: ids.stage,
  name: 'Phone screen',
  kind: 'screen' as const,
  durationMinutes: 30,
  capabilityIds: [ids.incident, ids.partners],
  questionIds: [ids.question],
  rubric: [{ capabilityId: ids.incident, anchors }],
};
const names: Record<string, string> = { [ids.incident]: 'Incident response', [ids.partners]: 'Partner communication' };
const kit = stageKit(stage, {
  questions: [{ id: ids.question, text: 'Tell us about an incident you were part of.', capabilityIds: [ids.incident], goodLooksLike: 'Triages and communicates before fixing', minutes: 15 }],
  capabilityName: (id) => names[id]!,
});
// The candidate as stored has contact details and notes: none of it may reach the kit.
const candidate = { id: ids.candidate, name: 'Ines Duarte', contact: 'ines@example.com', notes: 'Salary expectations: high', openingId: ids.part };
const part: InterviewKitPart = interviewKitPart({
  partId: ids.part,
  issuedAt: '2026-11-23T09:00:00.000Z',
  candidate,
  opening: { title: 'Software engineer, payments reliability' },
  stage,
  interviewer: { personId: ids.tomas, name: 'Tomás Herrera' },
  kit,
  due: '2026-11-25',
});
const scorecard: InterviewKitScorecard = {
  scores: [
    { capabilityId: ids.incident, score: 3, evidence: 'Led a payments outage and its review.' },
    { capabilityId: ids.partners, score: null, evidence: '' },
  ],
  recommendation: 'yes',
  notes: 'Calm, clear.',
  questionNotes: [{ questionId: ids.question, question: 'Tell us about an incident you were part of.', note: 'Paged the partner team within ten minutes.' }],
  submittedAt: '2026-11-24T15:00:00.000Z',
};
async function issued(over: Partial<IssuedKit> = {}): Promise<IssuedKit[]> {
  return [{ partId: part.partId, digest: await digestOf(part), candidateId: ids.candidate, stageId: ids.stage, interviewer: { personId: ids.tomas, name: 'Tomás Herrera' }, capabilities: part.capabilities, ...over }];
}
const replyText = async (p = part, s = scorecard) => JSON.stringify(await interviewKitReplyFile(p, s, app));

describe('the interview kit file', () => {
  it('travels to the interviewer and back: the kit reads as it was written, the scorecard as it was submitted', async () => {
    expect(readInterviewKitFile('kit.json', JSON.stringify(interviewKitFile(part, app)))).toEqual({ ok: true, value: part });
    const read = await readInterviewKitReply('reply.json', await replyText(), await issued());
    expect(read).toMatchObject({ ok: true, value: { partId: ids.part, candidateId: ids.candidate, stageId: ids.stage, interviewer: { personId: ids.tomas }, scorecard } });
    expect(interviewKitFileName(part)).toBe('turbine-interview-kit-ines-duarte-phone-screen-tomas-herrera-2026-11-23.json');
    expect(interviewKitReplyFileName(part)).toBe('turbine-scorecard-ines-duarte-phone-screen-tomas-herrera-2026-11-23.json');
  });

  it('holds only what the interviewer needs: the candidate’s name, never their contact or notes, and nothing of the panel', () => {
    const file = interviewKitFile(part, app);
    expect(Object.keys(file.data.part).sort()).toEqual(['candidate', 'capabilities', 'due', 'interviewer', 'issuedAt', 'opening', 'partId', 'questions', 'stage']);
    expect(file.data.part.candidate).toEqual({ id: ids.candidate, name: 'Ines Duarte' });
    expect(JSON.stringify(file)).not.toMatch(/ines@example\.com|Salary/);
    // The stage's rubric row and question, as the scorecard form shows them.
    expect(file.data.part.capabilities).toEqual([
      { id: ids.incident, name: 'Incident response', anchors },
      { id: ids.partners, name: 'Partner communication' },
    ]);
    expect(file.data.part.questions).toEqual([{ id: ids.question, text: 'Tell us about an incident you were part of.', goodLooksLike: 'Triages and communicates before fixing', minutes: 15, capabilityNames: ['Incident response'] }]);
  });

  it('is not saved as a reply until every capability has a score or “No signal”', async () => {
    await expect(interviewKitReplyFile(part, { ...scorecard, scores: [scorecard.scores[0]!] }, app)).rejects.toThrow('has no score for Partner communication');
  });

  it('refuses a reply for a kit this workspace did not issue, or one naming another candidate, stage or interviewer', async () => {
    const text = await replyText();
    expect(await readInterviewKitReply('r.json', text, [])).toMatchObject({
      ok: false,
      headline: 'r.json is not a scorecard reply Turbine can take: it answers an interview kit this workspace did not issue for this candidate.',
      problems: [{ path: '$.data.reply.partId', message: 'matches no interview kit this workspace issued for this candidate' }],
    });
    const other = (field: string, value: unknown) => {
      const file = JSON.parse(text) as { data: { reply: Record<string, unknown> } };
      file.data.reply[field] = value;
      return JSON.stringify(file);
    };
    expect(await readInterviewKitReply('r.json', other('candidateId', ids.question), await issued())).toMatchObject({ ok: false, problems: [{ path: '$.data.reply.candidateId' }] });
    expect(await readInterviewKitReply('r.json', other('stageId', ids.question), await issued())).toMatchObject({ ok: false, problems: [{ path: '$.data.reply.stageId' }] });
    expect(await readInterviewKitReply('r.json', other('interviewer', { name: 'Amara Okafor' }), await issued())).toMatchObject({
      ok: false,
      headline: 'r.json is not a scorecard reply Turbine can take: it is from someone other than Tomás Herrera, who the kit was for.',
    });
  });

  it('knows an outside interviewer by their name however it is spaced or cased', async () => {
    const outsider = { ...part, interviewer: { name: 'Ana  Ruiz' } };
    const read = await readInterviewKitReply('r.json', await replyText(outsider), await issued({ digest: await digestOf(outsider), interviewer: { name: 'ana ruiz' } }));
    expect(read.ok).toBe(true);
  });

  it('refuses a scorecard that leaves out a capability of the kit or scores another, by path', async () => {
    const file = JSON.parse(await replyText()) as { data: { reply: { scorecard: InterviewKitScorecard } } };
    file.data.reply.scorecard.scores[1]!.capabilityId = ids.question;
    expect(await readInterviewKitReply('r.json', JSON.stringify(file), await issued())).toMatchObject({
      ok: false,
      headline: expect.stringMatching(/its scorecard does not score the kit’s capabilities\.$/),
      problems: [
        { path: '$.data.reply.scorecard.scores[1].capabilityId', message: 'is not a capability of this kit' },
        { path: '$.data.reply.scorecard.scores', message: 'has no score for Partner communication (give one, or “No signal”)' },
      ],
    });
  });

  it('refuses a reply made from an altered kit, one changed after it was saved, a newer version and the wrong file', async () => {
    const altered = await replyText({ ...part, due: '2026-12-31' });
    expect(await readInterviewKitReply('r.json', altered, await issued())).toMatchObject({ ok: false, headline: expect.stringMatching(/made from an interview kit that was changed after it was exported\.$/) });
    const edited = (await replyText()).replace('Calm, clear.', 'Not calm.');
    expect(await readInterviewKitReply('r.json', edited, await issued())).toMatchObject({ ok: false, headline: expect.stringMatching(/changed after it was saved\.$/), problems: [{ path: '$.data.digest' }] });
    const newer = JSON.parse(await replyText()) as Record<string, unknown>;
    newer.formatVersion = INTERVIEW_KIT_FORMAT_VERSION + 1;
    expect(await readInterviewKitReply('r.json', JSON.stringify(newer), await issued())).toMatchObject({ ok: false, headline: expect.stringMatching(/newer Turbine/) });
    expect(await readInterviewKitReply('kit.json', JSON.stringify(interviewKitFile(part, app)), await issued())).toMatchObject({ ok: false, headline: expect.stringMatching(/it is not a Turbine scorecard reply/) });
    expect(readInterviewKitFile('kit.json', '{"format": "turbine-interview-kit",')).toMatchObject({ ok: false, headline: expect.stringMatching(/not valid JSON/) });
  });
});

describe('the interview kit files’ JSON Schemas', () => {
  const validator = schemaValidator;

  it('accept the files Turbine writes and refuse the other file or a newer version', async () => {
    const kit_ = await validator(kitSchema);
    const reply = await validator(replySchema);
    const kitFile = JSON.parse(JSON.stringify(interviewKitFile(part, app)));
    const replyFile = JSON.parse(await replyText());
    expect(kit_(kitFile), JSON.stringify(kit_.errors)).toBe(true);
    expect(reply(replyFile), JSON.stringify(reply.errors)).toBe(true);
    expect(kit_(replyFile)).toBe(false);
    expect(reply({ ...replyFile, formatVersion: INTERVIEW_KIT_FORMAT_VERSION + 1 })).toBe(false);
  });
});
