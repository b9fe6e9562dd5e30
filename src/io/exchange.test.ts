import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson, digestOf, exchange } from './exchange.ts';
import type { ShareFileKind } from './share-file.ts';

const kind = (format: string, called: string): ShareFileKind => ({
  format,
  version: 1,
  what: called.replace(/^an? /, ''),
  versionName: 'test',
  called,
  exportFrom: 'a test',
  notWorkspace: `not ${called}`,
  workspaceHint: 'import workspace files from Data → Import a workspace.',
});

// A toy exchange: a question sent to one person, their answer back.
const question = exchange({
  part: { kind: kind('test-question', 'a question file'), schema: z.object({ partId: z.uuid(), to: z.string(), text: z.string() }), holds: 'the question' },
  reply: { kind: kind('test-answer', 'an answer file'), schema: z.object({ partId: z.uuid(), partDigest: z.string(), from: z.string(), answer: z.string() }), holds: 'the answer' },
  issuedFor: 'this test',
  maxBytes: 2000,
  tooLarge: { part: 'it is too large for a question', reply: 'it is too large for an answer' },
});
const app = { name: 'Turbine', version: 'test' };
const part = { partId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', to: 'Mei', text: 'Which system worries you most?' };
const issued = async () => [{ partId: part.partId, digest: await digestOf(part) }];
const answerText = async (p = part) => JSON.stringify(await question.replyFile(p, { from: 'Mei', answer: 'The ledger' }, '2026-12-02T10:00:00.000Z', app));
const fromMei = (reply: { from: string }) => (reply.from === 'Mei' ? undefined : { reason: 'it is from someone else', problems: [{ path: '$.data.reply.from', message: 'is not Mei' }] });

describe('an exchange of a part and its reply', () => {
  it('digests the same content the same way, whatever the order of its keys', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(await digestOf({ b: 1, a: 2 })).toBe(await digestOf({ a: 2, b: 1 }));
    expect(await digestOf({ a: 1 })).not.toBe(await digestOf({ a: 2 }));
  });

  it('sends the part out and takes the reply back, naming the part and its digest', async () => {
    expect(question.readPart('q.json', JSON.stringify(question.partFile(part, '2026-12-01T09:00:00.000Z', app)), 'a question file')).toEqual({ ok: true, value: part });
    const read = await question.readReply('a.json', await answerText(), 'an answer', await issued(), fromMei);
    expect(read).toEqual({ ok: true, value: { partId: part.partId, partDigest: await digestOf(part), from: 'Mei', answer: 'The ledger' } });
  });

  it('checks where the reply belongs before what was issued, then the part it was made from, then its own digest', async () => {
    const text = await answerText();
    const other = text.replace('"from":"Mei"', '"from":"Bo"');
    expect(await question.readReply('a.json', other, 'an answer', [], fromMei)).toMatchObject({ ok: false, headline: 'a.json is not an answer Turbine can take: it is from someone else.', problems: [{ path: '$.data.reply.from' }] });
    expect(await question.readReply('a.json', text, 'an answer', [], fromMei)).toMatchObject({
      ok: false,
      headline: 'a.json is not an answer Turbine can take: it answers a question file this workspace did not issue for this test.',
      problems: [{ path: '$.data.reply.partId', message: 'matches no question file this workspace issued for this test' }],
    });
    const altered = await answerText({ ...part, text: 'Which team worries you most?' });
    expect(await question.readReply('a.json', altered, 'an answer', await issued(), fromMei)).toMatchObject({ ok: false, headline: expect.stringMatching(/made from a question file that was changed after it was exported\.$/) });
    const edited = text.replace('The ledger', 'Nothing');
    expect(await question.readReply('a.json', edited, 'an answer', await issued(), fromMei)).toMatchObject({ ok: false, headline: expect.stringMatching(/changed after it was saved\.$/), problems: [{ path: '$.data.digest' }] });
  });

  it('refuses a file too large before reading it, and a part where a reply is expected', async () => {
    expect(question.readPart('q.json', 'x'.repeat(2001), 'a question file')).toMatchObject({ ok: false, headline: 'q.json is not a question file Turbine can take: it is too large for a question.' });
    const partText = JSON.stringify(question.partFile(part, '2026-12-01T09:00:00.000Z', app));
    expect(await question.readReply('q.json', partText, 'an answer', await issued(), fromMei)).toMatchObject({ ok: false, headline: expect.stringMatching(/it is not a Turbine answer file/) });
  });
});
