import { describe, expect, it } from 'vitest';
import {
  analyseAuthorship,
  CHANGE_KINDS,
  compareOwners,
  degreeOfAuthorship,
  fileAuthorship,
  greedyTruckFactor,
  systemByPathPrefix,
  type ChangeKind,
  type FileHistory,
} from './authorship.ts';

/**
 * A history from commits written oldest first: `['ada', 'A a.ts', 'M b.ts']` is a commit by
 * ada@x.test that adds a.ts and modifies b.ts.
 */
function history(...commits: [author: string, ...changes: string[]][]): FileHistory {
  const authors: string[] = [];
  const paths: string[] = [];
  const commitAuthor: number[] = [];
  const commitEnd: number[] = [];
  const changeFile: number[] = [];
  const changeKind: number[] = [];
  const id = (list: string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.push(value) - 1);
  for (const [author, ...changes] of commits) {
    commitAuthor.push(id(authors, `${author}@x.test`));
    for (const change of changes) {
      const [kind, path] = change.split(' ') as [ChangeKind, string];
      changeKind.push(CHANGE_KINDS.indexOf(kind));
      changeFile.push(id(paths, path));
    }
    commitEnd.push(changeFile.length);
  }
  return {
    authors,
    paths,
    commitAuthor: Uint32Array.from(commitAuthor),
    commitEnd: Uint32Array.from(commitEnd),
    changeFile: Uint32Array.from(changeFile),
    changeKind: Uint8Array.from(changeKind),
  };
}

/** n commits by one author, each changing the same file. */
const edits = (author: string, path: string, n: number) => Array.from({ length: n }, () => [author, `M ${path}`] as [string, string]);

const emailsOf = (h: FileHistory, authors: number[]) => authors.map((a) => h.authors[a]);
const only = (files: ReturnType<typeof fileAuthorship>, path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} is not among the current files`);
  return file;
};

describe('degree of authorship (Avelino et al., ICPC 2016)', () => {
  it('is 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)', () => {
    expect(degreeOfAuthorship(false, 0, 0)).toBeCloseTo(3.293, 10);
    expect(degreeOfAuthorship(true, 0, 0)).toBeCloseTo(4.391, 10);
    expect(degreeOfAuthorship(true, 4, 0)).toBeCloseTo(3.293 + 1.098 + 0.164 * 4, 10);
    expect(degreeOfAuthorship(false, 2, 9)).toBeCloseTo(3.293 + 0.328 - 0.321 * Math.log(10), 10);
  });

  it('gives a single author who creates a file and edits it n times 3.293 + 1.098 + 0.164·n: the creating A is not a delivery', () => {
    const h = history(['ada', 'A app.ts'], ...edits('ada', 'app.ts', 3));
    const [file] = fileAuthorship(h);
    expect(file!.contributions).toEqual([{ author: 0, firstAuthor: true, deliveries: 3, acceptances: 0, doa: expect.closeTo(3.293 + 1.098 + 0.492, 10), normalised: 1, isAuthor: true }]);
    expect(emailsOf(h, file!.authors)).toEqual(['ada@x.test']);
  });

  it('counts others’ changes as acceptances, and the creator stays an author until 0.75 of the top DOA: 9 changes by another keep both, 10 take it over', () => {
    // Creator: 4.391 − 0.321·ln(1 + n); the other: 3.293 + 0.164·n. n = 9: 3.6519 / 4.769 = 0.7658; n = 10: 3.6213 / 4.933 = 0.7341.
    const nine = only(fileAuthorship(history(['ada', 'A core.ts'], ...edits('bo', 'core.ts', 9))), 'core.ts');
    expect(nine.contributions.map((c) => [c.author, c.deliveries, c.acceptances, +c.doa.toFixed(4), +c.normalised.toFixed(4), c.isAuthor])).toEqual([
      [1, 9, 0, 4.769, 1, true],
      [0, 0, 9, 3.6519, 0.7658, true],
    ]);
    const ten = only(fileAuthorship(history(['ada', 'A core.ts'], ...edits('bo', 'core.ts', 10))), 'core.ts');
    expect(ten.contributions.map((c) => [c.author, +c.normalised.toFixed(4), c.isAuthor])).toEqual([
      [1, 1, true],
      [0, 0.7341, false],
    ]);
    expect(ten.authors).toEqual([1]);
  });

  it('needs an absolute DOA of at least 3.293 too: a creator drowned by 30 others’ changes is nobody’s file, 29 still hers', () => {
    // Creator: 4.391 − 0.321·ln(30) = 3.2992 with 29 changes by others; 4.391 − 0.321·ln(31) = 3.2887 with 30. Each other: 3.457 − 0.321·ln(n).
    const others = (n: number) => Array.from({ length: n }, (_, i) => [`dev${i}`, 'M lib.ts'] as [string, string]);
    const held = only(fileAuthorship(history(['ada', 'A lib.ts'], ...others(29))), 'lib.ts');
    expect(held.contributions[0]).toMatchObject({ author: 0, normalised: 1, isAuthor: true });
    expect(held.authors).toEqual([0]);
    const lost = only(fileAuthorship(history(['ada', 'A lib.ts'], ...others(30))), 'lib.ts');
    expect(lost.contributions[0]).toMatchObject({ author: 0, normalised: 1, isAuthor: false });
    expect(lost.contributions[0]!.doa).toBeLessThan(3.293);
    expect(lost.authors).toEqual([]);
  });

  it('takes the earliest A as the creation when history is read oldest first; a later A by someone else is a change', () => {
    const h = history(['ada', 'A x.ts'], ['bo', 'D x.ts'], ['bo', 'A x.ts']);
    const file = only(fileAuthorship(h), 'x.ts');
    expect(file.contributions.map((c) => [h.authors[c.author], c.firstAuthor, c.deliveries, c.acceptances])).toEqual([
      ['ada@x.test', true, 0, 1],
      ['bo@x.test', false, 1, 0],
    ]);
  });

  it('counts T (type changed) as a change and a D as none', () => {
    const h = history(['ada', 'A run.sh'], ['bo', 'T run.sh'], ['bo', 'D run.sh'], ['bo', 'A run.sh']);
    expect(only(fileAuthorship(h), 'run.sh').contributions.find((c) => c.author === 1)!.deliveries).toBe(2);
  });

  it('leaves out files deleted at the end of the history, and keeps a file changed without a known creation (shortened history)', () => {
    const h = history(['ada', 'A gone.ts', 'A kept.ts'], ['bo', 'M gone.ts', 'M old.ts'], ['bo', 'D gone.ts']);
    const files = fileAuthorship(h);
    expect(files.map((f) => f.path)).toEqual(['kept.ts', 'old.ts']);
    expect(only(files, 'old.ts').contributions).toMatchObject([{ author: 1, firstAuthor: false, deliveries: 1, acceptances: 0, isAuthor: true }]);
  });

  it('reports progress in changes, ending with all of them', () => {
    const calls: [number, number][] = [];
    fileAuthorship(history(['ada', 'A a', 'A b'], ['bo', 'M a']), (done, total) => calls.push([done, total]));
    expect(calls.at(-1)).toEqual([3, 3]);
  });
});

describe('greedy truck factor', () => {
  it('is 1 when one person authors 60 % of the files: taking them away orphans more than half', () => {
    const files = [...Array<number[]>(6).fill([0]), ...Array<number[]>(4).fill([1])];
    expect(greedyTruckFactor(files)).toEqual({ value: 1, authors: [0] });
  });

  it('is 2 when two people author half each: exactly 50 % orphaned is not yet more than half', () => {
    const files = [...Array<number[]>(5).fill([0]), ...Array<number[]>(5).fill([1])];
    expect(greedyTruckFactor(files)).toEqual({ value: 2, authors: [0, 1] });
  });

  it('takes away whoever authors the most files first, by the count they started with', () => {
    // 1 authors 4 files, 0 authors 3, 2 authors 1. Without 1: 3 of 7 orphaned (file 2 still has 0); without 0 too: 6 of 7.
    expect(greedyTruckFactor([[0], [0], [0, 1], [1], [1], [1], [2]])).toEqual({ value: 2, authors: [1, 0] });
  });

  it('needs every author of a shared file gone before it is orphaned', () => {
    expect(greedyTruckFactor([[0], [0], [0], [2]])).toEqual({ value: 1, authors: [0] });
    expect(greedyTruckFactor([[0, 1], [0, 1], [0, 1], [2]])).toEqual({ value: 2, authors: [0, 1] });
  });

  it('is 0 when more than half the files already have no author, and for no files', () => {
    expect(greedyTruckFactor([[], [], [0]])).toEqual({ value: 0, authors: [] });
    expect(greedyTruckFactor([])).toEqual({ value: 0, authors: [] });
  });

  it('breaks ties with the tie-break given', () => {
    expect(greedyTruckFactor([[0], [1]], (a, b) => b - a).authors).toEqual([1, 0]);
  });
});

describe('systems and owners', () => {
  // web: ada created both files and bo changed one 10 times (takes it over); api: cy alone; docs: deleted at the end.
  const h = history(
    ['ada', 'A apps/web/page.ts', 'A apps/web/form.ts', 'A README.md'],
    ['cy', 'A services/api/main.go', 'A services/api/db.go', 'A services/apix.go'],
    ...edits('bo', 'apps/web/form.ts', 10),
    ['ada', 'A docs/old.md'],
    ['ada', 'D docs/old.md'],
  );
  const systemOf = systemByPathPrefix({ web: ['apps/web/'], api: ['/services/api'], docs: ['docs'] });
  const report = analyseAuthorship(h, systemOf);

  it('groups current files by system, with each system’s authors, share and truck factor', () => {
    expect(report.systems.map((s) => s.key)).toEqual(['api', 'web']);
    const web = report.systems.find((s) => s.key === 'web')!;
    expect(web).toEqual({
      key: 'web',
      files: 2,
      filesWithoutAuthor: 0,
      knownBy: [
        { email: 'ada@x.test', files: 1, share: 0.5 },
        { email: 'bo@x.test', files: 1, share: 0.5 },
      ],
      topAuthors: [
        { email: 'ada@x.test', files: 1, share: 0.5 },
        { email: 'bo@x.test', files: 1, share: 0.5 },
      ],
      truckFactor: 2,
      truckFactorAuthors: ['ada@x.test', 'bo@x.test'],
    });
    expect(report.systems.find((s) => s.key === 'api')).toMatchObject({ files: 2, truckFactor: 1, truckFactorAuthors: ['cy@x.test'] });
    expect(report.unassignedFiles).toBe(2); // README.md and services/apix.go (a prefix is a folder, not the start of a name)
  });

  it('gives the whole repository its own truck factor over every current file', () => {
    // ada: page.ts, README.md; cy: main.go, db.go, apix.go; bo: form.ts. Without cy 3 of 6 orphaned (not more than half), without ada too 5 of 6.
    expect(report.repository).toMatchObject({ key: '', files: 6, truckFactor: 2, truckFactorAuthors: ['cy@x.test', 'ada@x.test'] });
    expect(report.repository.knownBy.map((a) => [a.email, a.files])).toEqual([
      ['cy@x.test', 3],
      ['ada@x.test', 2],
      ['bo@x.test', 1],
    ]);
    expect(report.commits).toBe(14);
    expect(report.people).toBe(3);
  });

  it('lists at most five top authors', () => {
    const many = history(...Array.from({ length: 7 }, (_, i) => [`dev${i}`, `A f${i}.ts`] as [string, string]));
    const r = analyseAuthorship(many, () => 'all');
    expect(r.systems[0]!.knownBy).toHaveLength(7);
    expect(r.systems[0]!.topAuthors.map((a) => a.email)).toEqual(['dev0@x.test', 'dev1@x.test', 'dev2@x.test', 'dev3@x.test', 'dev4@x.test']);
  });

  it('says where a listed owner is not who knows the code', () => {
    const checks = compareOwners(report, { web: [' Ada@X.test ', 'dee@x.test'], api: ['cy@x.test'], docs: ['ada@x.test'], empty: [] });
    expect(checks).toEqual([
      { key: 'api', files: 2, owners: [{ email: 'cy@x.test', files: 2, share: 1, inTruckFactor: true }], notAuthors: [], knownInstead: [] },
      { key: 'docs', files: 0, owners: [{ email: 'ada@x.test', files: 0, share: 0, inTruckFactor: false }], notAuthors: ['ada@x.test'], knownInstead: [] },
      {
        key: 'web',
        files: 2,
        owners: [
          { email: 'ada@x.test', files: 1, share: 0.5, inTruckFactor: true },
          { email: 'dee@x.test', files: 0, share: 0, inTruckFactor: false },
        ],
        notAuthors: ['dee@x.test'],
        knownInstead: [{ email: 'bo@x.test', files: 1, share: 0.5 }],
      },
    ]);
  });
});

describe('systems by path prefix', () => {
  it('matches folders and files, the longest prefix winning, and the first system for a prefix listed twice', () => {
    const of = systemByPathPrefix({ app: ['src', './src/main.ts'], io: ['src/io/'], again: ['src/io'], all: [''] });
    expect(['src/io/a.ts', 'src/main.ts', 'src/x/y.ts', 'srcx/a.ts', 'README.md'].map(of)).toEqual(['io', 'app', 'app', 'all', 'all']);
    expect(systemByPathPrefix({ app: ['src'] })('lib/a.ts')).toBeUndefined();
  });
});
