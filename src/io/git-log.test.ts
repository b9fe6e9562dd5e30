import { describe, expect, it } from 'vitest';
import { analyseAuthorship, CHANGE_KINDS, degreeOfAuthorship, fileAuthorship, systemByPathPrefix, type FileHistory } from '../domain/learn/authorship.ts';
import { describeGitLogProblem, GIT_LOG_COMMAND, MAX_GIT_LOG_CHARS, MAX_LISTED_PROBLEMS, readGitLog } from './git-log.ts';

const log = (...lines: string[]) => lines.join('\n');

function read(text: string): FileHistory {
  const result = readGitLog(text);
  if (!result.ok) throw new Error(result.headline);
  return result.history;
}

function refusal(text: string) {
  const result = readGitLog(text);
  if (result.ok) throw new Error('the log was read');
  return result;
}

/** The history as readable rows, oldest commit first: `['ada@x.test', 'A a.ts', 'M b.ts']`. */
function rows(h: FileHistory): string[][] {
  let start = 0;
  return Array.from(h.commitAuthor, (author, c) => {
    const end = h.commitEnd[c]!;
    const changes = Array.from({ length: end - start }, (_, i) => `${CHANGE_KINDS[h.changeKind[start + i]!]} ${h.paths[h.changeFile[start + i]!]}`);
    start = end;
    return [h.authors[author]!, ...changes];
  });
}

/**
 * The first three commits of `git log --no-merges --no-renames --format='@%aE' --name-status`
 * run on Turbine's own repository (one author only).
 */
const TURBINE_EXCERPT = log(
  '@maintainers@users.noreply.h-seed-9578b09a.example',
  '',
  'A\te2e/data/surface/backstage/CODEOWNERS',
  'A\te2e/data/surface/backstage/LICENSE',
  'A\te2e/data/surface/backstage/catalog-info.yaml',
  'A\te2e/data/surface/backstage/team-a-group.yaml',
  '@maintainers@users.noreply.h-seed-9578b09a.example',
  '',
  'M\tpackage-lock.json',
  'M\tpackage.json',
  '@maintainers@users.noreply.h-seed-9578b09a.example',
  '',
  'M\tastro.config.mjs',
  'M\tsrc/db/record-store.ts',
  'M\tsrc/db/snapshots.ts',
  'M\tsrc/db/workspace.ts',
  'A\tsrc/io/export-workspace.test.ts',
  'M\tsrc/io/export-workspace.ts',
  'M\tsrc/io/export.worker.ts',
  'M\tsrc/io/json-schema.test.ts',
  'M\tsrc/io/round-trip.test.ts',
  'M\tsrc/io/snapshot.worker.ts',
  '',
);

describe('reading git log output', () => {
  it('reads a real log, newest commit first, into a history oldest commit first', () => {
    const result = readGitLog(TURBINE_EXCERPT);
    expect(result.ok && result.lines).toBe(23);
    const h = read(TURBINE_EXCERPT);
    expect(h.authors).toEqual(['maintainers@users.noreply.h-seed-9578b09a.example']);
    expect(h.paths).toHaveLength(16);
    expect(Array.from(h.commitEnd)).toEqual([10, 12, 16]);
    const r = rows(h);
    expect(r[0]!.slice(0, 2)).toEqual(['maintainers@users.noreply.h-seed-9578b09a.example', 'M astro.config.mjs']);
    expect(r[0]![5]).toBe('A src/io/export-workspace.test.ts');
    expect(r[2]).toEqual(['maintainers@users.noreply.h-seed-9578b09a.example', 'A e2e/data/surface/backstage/CODEOWNERS', 'A e2e/data/surface/backstage/LICENSE', 'A e2e/data/surface/backstage/catalog-info.yaml', 'A e2e/data/surface/backstage/team-a-group.yaml']);
  });

  it('reads several authors, compares e-mails without case, and keeps commits with no file', () => {
    const h = read(log('@Bo@X.test', '', 'M\ta.ts', 'D\tb.ts', '@cy@x.test', '@ada@x.test', '', 'A\ta.ts', 'A\tb.ts', 'T\tc.sh', '@bo@x.TEST', '', 'M\tc.sh'));
    expect(h.authors).toEqual(['bo@x.test', 'cy@x.test', 'ada@x.test']);
    expect(rows(h)).toEqual([['bo@x.test', 'M c.sh'], ['ada@x.test', 'A a.ts', 'A b.ts', 'T c.sh'], ['cy@x.test'], ['bo@x.test', 'M a.ts', 'D b.ts']]);
  });

  it('accepts Windows line ends, a byte order mark and surrounding blank lines', () => {
    expect(rows(read('\uFEFF\r\n\r\n@ada@x.test\r\n\r\nA\tREADME.md\r\n\r\n'))).toEqual([['ada@x.test', 'A README.md']]);
  });

  it('reads paths git quotes: octal UTF-8 bytes, escaped quotes, backslashes and tabs', () => {
    const h = read(log('@ada@x.test', '', 'A\t"docs/caf\\303\\251.md"', 'A\t"say \\"hi\\".txt"', 'A\t"back\\\\slash\\ttab"', 'A\tplain name.txt'));
    expect(h.paths).toEqual(['docs/café.md', 'say "hi".txt', 'back\\slash\ttab', 'plain name.txt']);
  });

  it('reports progress in lines, ending with all of them', () => {
    const calls: [number, number][] = [];
    readGitLog(TURBINE_EXCERPT, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([23, 23]);
  });
});

describe('refusing what is not that output', () => {
  it('refuses an empty paste and says which command to run', () => {
    for (const text of ['', '  \n\n\t\n']) {
      const r = refusal(text);
      expect(r.headline).toBe(`There is nothing to read. Run ${GIT_LOG_COMMAND} in the repository and paste all it prints.`);
      expect(r.problems).toEqual([]);
    }
  });

  it('refuses more than 20 MB before reading a line', () => {
    const r = refusal(`@ada@x.test\n\nA\ta.ts\n${'x'.repeat(MAX_GIT_LOG_CHARS)}`);
    expect(r.headline).toMatch(/^The log is 20\.0 MB; Turbine reads at most 20 MB\./);
    expect(r.problems).toEqual([]);
    expect(readGitLog(`@a\n\nA\t${'x'.repeat(MAX_GIT_LOG_CHARS - 10)}`).ok).toBe(true);
  });

  it('refuses git log’s default output on its first line, naming the command', () => {
    const r = refusal(log('commit 3f2a9c1e0b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e', 'Author: Ada <ada@x.test>', 'Date:   Mon Nov 2 10:00:00 2026 +0100', '', '    Add the app', '', 'A\tapp.ts'));
    expect(r.problems[0]).toEqual({ line: 1, message: expect.stringContaining('git log’s default output') });
    expect(r.problems.map((p) => p.line)).toEqual([1, 2, 3, 5, 7]);
    expect(r.problems[4]!.message).toContain('before any @e-mail line');
    expect(r.headline).toBe(
      `Line 1: “commit 3f2a9c1e0b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e” is git log’s default output (commit, Author, Date and message): the format must be --format='@%aE'. This is not what ${GIT_LOG_COMMAND} prints (and 4 other lines). Run ${GIT_LOG_COMMAND} in the repository and paste all it prints.`,
    );
  });

  it('refuses renames, because --no-renames was left out', () => {
    const r = refusal(log('@ada@x.test', '', 'M\ta.ts', 'R100\told/b.ts\tnew/b.ts', 'C075\tc.ts\td.ts'));
    expect(r.problems).toEqual([
      { line: 4, message: '“R100 old/b.ts new/b.ts” is a renamed or copied file: --no-renames was left out, and a moved file has to be read as deleted and added' },
      { line: 5, message: expect.stringContaining('--no-renames was left out') },
    ]);
  });

  it('refuses --stat, --numstat and --name-only output with the option to use instead', () => {
    const stat = refusal(log('@ada@x.test', '', ' src/app.ts | 12 ++++++------', ' 1 file changed, 6 insertions(+), 6 deletions(-)'));
    expect(stat.problems.map((p) => [p.line, p.message.includes('use --name-status, not --stat')])).toEqual([[3, true], [4, true]]);
    const numstat = refusal(log('@ada@x.test', '', '6\t6\tsrc/app.ts', '-\t-\tlogo.png'));
    expect(numstat.problems.map((p) => [p.line, p.message.includes('not --numstat')])).toEqual([[3, true], [4, true]]);
    const nameOnly = refusal(log('@ada@x.test', '', 'src/app.ts'));
    expect(nameOnly.problems).toEqual([{ line: 3, message: '“src/app.ts” is a file name without its change (A, M, D or T): use --name-status, not --name-only' }]);
  });

  it('refuses a change before any @ line, an @ line with more than an e-mail, a status git does not write for a commit, and broken quoting', () => {
    expect(refusal(log('M\ta.ts', '@ada@x.test', '', 'M\tb.ts')).problems).toEqual([{ line: 1, message: expect.stringContaining('before any @e-mail line') }]);
    expect(refusal(log('@ada@x.test', '', 'M\ta.ts', '@Ada Lovelace', '', 'M\tb.ts')).problems).toEqual([{ line: 4, message: "“@Ada Lovelace” holds more than an e-mail: the format must be exactly --format='@%aE'" }]);
    expect(refusal(log('@ada@x.test', '', 'U\ta.ts')).problems).toEqual([{ line: 3, message: '“U a.ts”: git log --name-status writes no “U” change for a commit' }]);
    expect(refusal(log('@ada@x.test', '', 'A\t"a\\q.ts"', 'A\t"a\\30.ts"', 'A\t')).problems.map((p) => p.line)).toEqual([3, 4, 5]);
  });

  it('refuses a log with commits but no file changes: --name-status was left out', () => {
    expect(refusal(log('@ada@x.test', '@bo@x.test')).headline).toBe(`The log has 2 commits but no file changes: was --name-status left out? Run ${GIT_LOG_COMMAND} in the repository and paste all it prints.`);
  });

  it('lists the first problems and counts the rest', () => {
    const r = refusal(Array.from({ length: 25 }, (_, i) => `line ${i}`).join('\n'));
    expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(r.problems[9]!.line).toBe(10);
    expect(r.moreProblems).toBe(15);
    expect(r.headline).toContain('(and 24 other lines)');
    expect(describeGitLogProblem(r.problems[0]!)).toBe('Line 1: “line 0” is neither an @e-mail line nor a file change.');
  });
});

/** A deterministic xorshift32: the same log on every run. */
function random(seed: number) {
  let x = seed >>> 0;
  return (n: number) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/**
 * A 50,000-line log of 20 developers on 10 systems of 300 files, with three known files:
 * known/solo.ts (Ada creates it and edits it now and then), known/takeover.ts (Ada creates it,
 * Bo edits it 10 times) and known/gone.ts (deleted by the last commit). It also returns what
 * each file's history was, counted independently of the reader and the rules.
 */
function bigLog() {
  const rand = random(20261206);
  const commits: { author: string; changes: string[] }[] = [];
  const files = new Map<string, { creator?: string; changes: Map<string, number>; deleted: boolean }>();
  const touch = (author: string, kind: string, path: string) => {
    const email = author.toLowerCase();
    let file = files.get(path);
    if (!file) files.set(path, (file = { changes: new Map(), deleted: false }));
    if (kind === 'D') file.deleted = true;
    else if (kind === 'A' && file.creator === undefined) {
      file.creator = email;
      file.deleted = false;
    } else {
      file.changes.set(email, (file.changes.get(email) ?? 0) + 1);
      file.deleted = false;
    }
  };
  const commit = (author: string, changes: [kind: string, path: string][]) => {
    commits.push({ author, changes: changes.map(([kind, path]) => `${kind}\t${path}`) });
    for (const [kind, path] of changes) touch(author, kind, path);
  };
  commit('Ada@Example.com', [['A', 'known/solo.ts'], ['A', 'known/takeover.ts'], ['A', 'known/gone.ts']]);
  let lines = 5;
  let soloEdits = 0;
  let takeovers = 0;
  for (let k = 1; lines < 50_000; k++) {
    if (k % 1500 === 0) {
      commit('ada@example.com', [['M', 'known/solo.ts']]);
      soloEdits++;
      lines += 3;
    } else if (k % 700 === 0 && takeovers < 10) {
      commit('BO@example.com', [['M', 'known/takeover.ts']]);
      takeovers++;
      lines += 3;
    }
    const author = `dev${rand(20)}@example.com`;
    const changes = new Map<string, string>();
    for (let n = 1 + rand(5); n > 0; n--) {
      const path = `sys${rand(10)}/f${rand(300)}.ts`;
      if (changes.has(path)) continue;
      const file = files.get(path);
      changes.set(path, !file || file.deleted ? 'A' : rand(40) === 0 ? 'D' : 'M');
    }
    commit(author, [...changes].map(([path, kind]) => [kind, path]));
    lines += 2 + changes.size;
  }
  commit('ada@example.com', [['D', 'known/gone.ts']]);
  const text = commits
    .reverse()
    .map((c) => `@${c.author}\n\n${c.changes.join('\n')}\n`)
    .join('');
  return { text, files, soloEdits, takeovers };
}

describe('a 50,000-line log, read and analysed', () => {
  const big = bigLog();
  const result = readGitLog(big.text);
  if (!result.ok) throw new Error(result.headline);
  const systems: Record<string, string[]> = { known: ['known/'] };
  for (let i = 0; i < 10; i++) systems[`sys${i}`] = [`sys${i}`];
  const report = analyseAuthorship(result.history, systemByPathPrefix(systems));
  const files = fileAuthorship(result.history);

  it('has at least 50,000 lines and every current file', () => {
    expect(result.lines).toBeGreaterThanOrEqual(50_000);
    const current = [...big.files].filter(([, f]) => !f.deleted).map(([path]) => path);
    expect(files.map((f) => f.path)).toEqual(current.sort());
    expect(report.repository.files).toBe(current.length);
    expect(report.systems.map((s) => s.key)).toEqual(['known', 'sys0', 'sys1', 'sys2', 'sys3', 'sys4', 'sys5', 'sys6', 'sys7', 'sys8', 'sys9']);
    expect(report.unassignedFiles).toBe(0);
    expect(report.people).toBe(22);
  });

  it('knows the known files: Ada’s own, the one Bo took over, and the deleted one gone', () => {
    expect(big.soloEdits).toBeGreaterThanOrEqual(5);
    expect(big.takeovers).toBe(10);
    const solo = files.find((f) => f.path === 'known/solo.ts')!;
    expect(solo.contributions).toEqual([{ author: result.history.authors.indexOf('ada@example.com'), firstAuthor: true, deliveries: big.soloEdits, acceptances: 0, doa: expect.closeTo(3.293 + 1.098 + 0.164 * big.soloEdits, 10), normalised: 1, isAuthor: true }]);
    const takeover = files.find((f) => f.path === 'known/takeover.ts')!;
    expect(takeover.authors.map((a) => result.history.authors[a])).toEqual(['bo@example.com']);
    expect(files.some((f) => f.path === 'known/gone.ts')).toBe(false);
    expect(report.systems[0]).toMatchObject({
      key: 'known',
      files: 2,
      knownBy: [
        { email: 'ada@example.com', files: 1, share: 0.5 },
        { email: 'bo@example.com', files: 1, share: 0.5 },
      ],
      truckFactor: 2,
    });
  });

  it('counts every file’s creator, deliveries and acceptances as its history says', () => {
    const emails = result.history.authors;
    const mismatches: string[] = [];
    let checked = 0;
    for (const file of files) {
      const expected = big.files.get(file.path)!;
      const total = [...expected.changes.values()].reduce((a, b) => a + b, 0);
      const people = new Set([...expected.changes.keys(), ...(expected.creator ? [expected.creator] : [])]);
      if (file.contributions.length !== people.size) mismatches.push(`${file.path}: ${file.contributions.length} contributors, expected ${people.size}`);
      for (const c of file.contributions) {
        const email = emails[c.author]!;
        const first = expected.creator === email;
        const deliveries = expected.changes.get(email) ?? 0;
        const doa = degreeOfAuthorship(first, deliveries, total - deliveries);
        if (c.firstAuthor !== first || c.deliveries !== deliveries || c.acceptances !== total - deliveries || Math.abs(c.doa - doa) > 1e-9) {
          mismatches.push(`${file.path} ${email}: ${JSON.stringify(c)}`);
        }
        checked++;
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
});
