import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthorshipMessage, AuthorshipRequest } from './git-log.worker.ts';
import { GIT_LOG_COMMAND } from './git-log.ts';

/** The worker's global, as the module sees it: onmessage set by the module, postMessage collected here. */
const sent: AuthorshipMessage[] = [];
const fakeSelf: { onmessage?: (event: { data: AuthorshipRequest }) => void; postMessage: (message: AuthorshipMessage) => void } = {
  postMessage: (message) => sent.push(message),
};

/** What the worker posts for one request. */
function ask(request: AuthorshipRequest): AuthorshipMessage[] {
  sent.length = 0;
  fakeSelf.onmessage!({ data: request });
  return [...sent];
}

const LOG = ['@bo@x.test', '', 'M\tweb/form.ts', '@Ada@X.test', '', 'A\tweb/form.ts', 'A\tweb/page.ts', 'A\tapi/main.go', ''].join('\n');

describe('the git log worker', () => {
  beforeAll(async () => {
    vi.stubGlobal('self', fakeSelf);
    await import('./git-log.worker.ts');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('posts progress while reading and analysing, then the report with each system', () => {
    const messages = ask({ text: LOG, systems: { web: ['web/'], api: ['api'] } });
    expect(messages.filter((m) => m.type === 'progress')).toEqual([
      { type: 'progress', phase: 'reading', done: 9, total: 9 },
      { type: 'progress', phase: 'analysing', done: 4, total: 4 },
    ]);
    const last = messages.at(-1)!;
    if (last.type !== 'result') throw new Error(`expected a result, got ${last.type}`);
    expect(last.lines).toBe(9);
    expect(last.report.systems.map((s) => [s.key, s.files, s.knownBy.map((a) => a.email), s.truckFactor])).toEqual([
      ['api', 1, ['ada@x.test'], 1],
      ['web', 2, ['ada@x.test', 'bo@x.test'], 2], // without Ada half of web is orphaned: not yet more than half
    ]);
    expect(last.report.repository).toMatchObject({ files: 3, truckFactor: 1, truckFactorAuthors: ['ada@x.test'] });
  });

  it('analyses the whole repository only when no systems are given', () => {
    const last = ask({ text: LOG }).at(-1)!;
    expect(last.type === 'result' && [last.report.systems, last.report.unassignedFiles, last.report.repository.files]).toEqual([[], 3, 3]);
  });

  it('posts the reader’s refusal as an error, with the lines and the command', () => {
    const messages = ask({ text: 'commit 3f2a9c1e\nAuthor: Ada <ada@x.test>\n' });
    expect(messages.at(-1)).toEqual({
      type: 'error',
      headline: expect.stringContaining(GIT_LOG_COMMAND),
      problems: [
        { line: 1, message: expect.stringContaining('default output') },
        { line: 2, message: expect.stringContaining('default output') },
      ],
      moreProblems: 0,
    });
  });

  it('answers a request without text with an error rather than failing silently', () => {
    expect(ask({} as AuthorshipRequest)).toEqual([{ type: 'error', headline: 'There was no text to read.', problems: [], moreProblems: 0 }]);
  });
});
