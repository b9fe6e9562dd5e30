import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../test/json-schema.ts';
import { GET as partSchema } from '../pages/schema/turbine-self-review.v1.json.ts';
import { GET as replySchema } from '../pages/schema/turbine-self-review-reply.v1.json.ts';
import { readSelfReviewFile, readSelfReviewReply, selfReviewFile, selfReviewReplyFile, SELF_REVIEW_FORMAT_VERSION, type ExpectedReply, type SelfReviewAnswers, type SelfReviewPart } from './self-review-file.ts';
import { digestOf } from './exchange.ts';

const app = { name: 'Turbine', version: 'test' };
const part: SelfReviewPart = {
  partId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  person: { id: '11111111-1111-4111-8111-111111111111', name: 'Mei Lin' },
  quarter: '2026-Q4',
  issuedAt: '2026-12-01T09:00:00.000Z',
  goals: [{ id: '22222222-2222-4222-8222-222222222222', text: 'Write three runbooks', status: 'on-track' }],
  capabilities: [{ id: '33333333-3333-4333-8333-333333333333', name: 'Observability', description: '', levels: [{ value: 0, name: 'None', description: '' }, { value: 1, name: 'Learning', description: 'Reads dashboards' }] }],
  lastAreasToGrow: 'Writing things down',
};
const answers: SelfReviewAnswers = {
  strengths: [{ text: 'Calm in incidents', howUsed: 'Ran the Black Friday call' }],
  wins: ['Shipped refunds v2'],
  areasToGrow: 'Debugging from traces',
  goals: [{ id: part.goals[0]!.id, status: 'done' }],
  levels: [{ capabilityId: part.capabilities[0]!.id, level: 1 }],
};

async function expected(over: Partial<ExpectedReply> = {}): Promise<ExpectedReply> {
  return { personId: part.person.id, personName: 'Mei Lin', quarter: '2026-Q4', issued: [{ partId: part.partId, digest: await digestOf(part), issuedAt: part.issuedAt }], ...over };
}
const replyText = async (p = part, a = answers) => JSON.stringify(await selfReviewReplyFile(p, a, '2026-12-02T10:00:00.000Z', app));

describe('the self-review file', () => {
  it('travels to the person and back: the part reads as it was written, the reply as it was answered', async () => {
    const read = readSelfReviewFile('mei.json', JSON.stringify(selfReviewFile(part, app)));
    expect(read).toEqual({ ok: true, value: part });
    const reply = await readSelfReviewReply('reply.json', await replyText(), await expected());
    expect(reply.ok && reply.value.answers).toEqual(answers);
  });

  it('holds nothing about anyone else: only the fields of the part', () => {
    const file = selfReviewFile(part, app);
    expect(Object.keys(file.data.part).sort()).toEqual(['capabilities', 'goals', 'issuedAt', 'lastAreasToGrow', 'partId', 'person', 'quarter']);
  });

  it('refuses a reply of someone else, for another quarter, or for a file this workspace did not issue', async () => {
    const text = await replyText();
    const other = await readSelfReviewReply('r.json', text, await expected({ personId: '99999999-9999-4999-8999-999999999999', personName: 'Ana' }));
    expect(other).toMatchObject({ ok: false, headline: 'r.json is not a self-review reply for Ana, 2026-Q4 Turbine can take: it is the reply of someone else.' });
    const quarter = await readSelfReviewReply('r.json', text, await expected({ quarter: '2027-Q1' }));
    expect(quarter).toMatchObject({ ok: false, problems: [{ path: '$.data.reply.quarter', message: 'is 2026-Q4, not 2027-Q1' }] });
    const unknown = await readSelfReviewReply('r.json', text, await expected({ issued: [] }));
    expect(unknown.ok === false && unknown.headline).toMatch(/did not issue/);
  });

  it('refuses a reply made from an altered self-review file, or changed after it was saved', async () => {
    const altered = await replyText({ ...part, capabilities: [] });
    expect(await readSelfReviewReply('r.json', altered, await expected())).toMatchObject({ ok: false, headline: expect.stringMatching(/changed after it was exported/) });
    const file = JSON.parse(await replyText()) as { data: { reply: { answers: SelfReviewAnswers } } };
    file.data.reply.answers.levels[0]!.level = 4;
    expect(await readSelfReviewReply('r.json', JSON.stringify(file), await expected())).toMatchObject({ ok: false, headline: expect.stringMatching(/changed after it was saved/), problems: [{ path: '$.data.digest' }] });
  });

  it('refuses a newer version, the wrong kind of file, broken JSON and wrong values, by path', async () => {
    const newer = JSON.parse(await replyText()) as Record<string, unknown>;
    newer.formatVersion = SELF_REVIEW_FORMAT_VERSION + 1;
    expect(await readSelfReviewReply('r.json', JSON.stringify(newer), await expected())).toMatchObject({ ok: false, headline: expect.stringMatching(/newer Turbine/) });
    expect(await readSelfReviewReply('r.json', JSON.stringify(selfReviewFile(part, app)), await expected())).toMatchObject({ ok: false, headline: expect.stringMatching(/it is not a Turbine self-review reply/) });
    expect(readSelfReviewFile('p.json', '{"format": "turbine-self-review",')).toMatchObject({ ok: false, headline: expect.stringMatching(/not valid JSON/) });
    const wrong = structuredClone(selfReviewFile(part, app)) as unknown as { data: { part: { goals: { status: string }[] } } };
    wrong.data.part.goals[0]!.status = 'finished';
    expect(readSelfReviewFile('p.json', JSON.stringify(wrong))).toMatchObject({ ok: false, problems: [{ path: '$.data.part.goals[0].status' }] });
  });
});

describe('the self-review files’ JSON Schemas', () => {
  const validator = schemaValidator;

  it('accept the files Turbine writes', async () => {
    const part_ = await validator(partSchema);
    const reply = await validator(replySchema);
    expect(part_(JSON.parse(JSON.stringify(selfReviewFile(part, app)))), JSON.stringify(part_.errors)).toBe(true);
    expect(reply(JSON.parse(await replyText())), JSON.stringify(reply.errors)).toBe(true);
  });

  it('refuse what the import refuses: the other file, a newer version, a missing digest, a fourth strength', async () => {
    const part_ = await validator(partSchema);
    const reply = await validator(replySchema);
    const replyFile = JSON.parse(await replyText());
    expect(part_(replyFile)).toBe(false);
    expect(reply({ ...replyFile, formatVersion: SELF_REVIEW_FORMAT_VERSION + 1 })).toBe(false);
    expect(reply({ ...replyFile, data: { reply: replyFile.data.reply } })).toBe(false);
    const four = { ...replyFile, data: { ...replyFile.data, reply: { ...replyFile.data.reply, answers: { ...answers, strengths: Array(4).fill(answers.strengths[0]) } } } };
    expect(reply(four)).toBe(false);
    await expect(readSelfReviewReply('four.json', JSON.stringify(four), await expected())).resolves.toMatchObject({ ok: false });
  });
});
