/**
 * A repository's history pasted by the manager: the output of GIT_LOG_COMMAND, one commit
 * after another, newest first, each an `@e-mail` line, a blank line and one line per file
 * it touched (`A`, `M`, `D` or `T`, a tab, the path):
 *
 *   @ada@example.com
 *
 *   A	src/app.ts
 *   M	README.md
 *
 * Pure: it reads the text into the compact FileHistory of ../domain/learn/authorship.ts
 * (oldest commit first) or refuses it, naming the lines that do not fit and the command to
 * run. Anything else git can print (its default output, --stat, --numstat, renames because
 * --no-renames was left out) is refused rather than half read. E-mails are compared in
 * lower case. `%aE` follows the repository's .mailmap, so one person with two addresses is
 * one author when the .mailmap says so.
 */
import { CHANGE_KINDS, type FileHistory } from '../domain/learn/authorship.ts';
import { endSentence, plural } from '../domain/words.ts';

/** The command whose output this reads. */
export const GIT_LOG_COMMAND = "git log --no-merges --no-renames --format='@%aE' --name-status";
/** Larger pastes are refused: 20 MB of log is several hundred thousand changes. Counted in characters (a byte each for ASCII). */
export const MAX_GIT_LOG_CHARS = 20 * 1024 * 1024;
/** How many problems are described one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10;

export interface GitLogProblem {
  /** 1-based, as an editor counts. */
  line: number;
  message: string;
}

export type GitLogRead =
  | { ok: true; history: FileHistory; lines: number }
  | {
      ok: false;
      /** One sentence for the top of the message: what is wrong and which command to run. */
      headline: string;
      /** The first MAX_LISTED_PROBLEMS lines that do not fit, in order. */
      problems: GitLogProblem[];
      /** Further lines that do not fit, not listed. */
      moreProblems: number;
    };

export interface ReadGitLogOptions {
  /** Called every few thousand lines with the lines read so far. */
  onProgress?: (done: number, total: number) => void;
}

const RUN = `Run ${GIT_LOG_COMMAND} in the repository and paste all it prints`;
const PROGRESS_EVERY = 10_000;
const KIND_CODE: Record<string, number> = Object.fromEntries(CHANGE_KINDS.map((kind, i) => [kind, i]));

/** "Line 3: …." */
export function describeGitLogProblem(problem: GitLogProblem): string {
  return endSentence(`Line ${problem.line}: ${problem.message}`);
}

/** Reads the pasted output of GIT_LOG_COMMAND. */
export function readGitLog(text: string, options: ReadGitLogOptions = {}): GitLogRead {
  if (text.length > MAX_GIT_LOG_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return refuse(`The log is ${mb} MB; Turbine reads at most 20 MB. Run git log on a shorter stretch of history (add --since=2.years) or on part of the repository (add -- <folder>)`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse(`There is nothing to read. ${RUN}`);

  const lines = body.split('\n');
  const authorIds = new Map<string, number>();
  const pathIds = new Map<string, number>();
  const authors: string[] = [];
  const paths: string[] = [];
  // Newest first, as git prints them; turned around at the end.
  const commitAuthor: number[] = [];
  const commitStart: number[] = [];
  const changeFile: number[] = [];
  const changeKind: number[] = [];
  const problems: GitLogProblem[] = [];
  let problemCount = 0;
  const problem = (line: number, message: string) => {
    if (problemCount++ < MAX_LISTED_PROBLEMS) problems.push({ line, message });
  };

  for (let i = 0; i < lines.length; i++) {
    if (options.onProgress && i > 0 && i % PROGRESS_EVERY === 0) options.onProgress(i, lines.length);
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    if (line.startsWith('@')) {
      const email = line.slice(1).trim().toLowerCase();
      if (/\s/.test(email)) {
        problem(i + 1, `“${clip(line)}” holds more than an e-mail: the format must be exactly --format='@%aE'`);
        continue;
      }
      let id = authorIds.get(email);
      if (id === undefined) {
        id = authors.push(email) - 1;
        authorIds.set(email, id);
      }
      commitAuthor.push(id);
      commitStart.push(changeFile.length);
      continue;
    }
    const kind = line.charAt(1) === '\t' ? KIND_CODE[line.charAt(0)] : undefined;
    if (kind === undefined) {
      problem(i + 1, whatIsWrong(line));
      continue;
    }
    if (commitAuthor.length === 0) {
      problem(i + 1, 'a file change before any @e-mail line: the text must start with the @ line of the newest commit (was the top of the output left out?)');
      continue;
    }
    const path = unquote(line.slice(2));
    if (path === undefined || path === '') {
      problem(i + 1, `“${clip(line)}” has no file name git could have written`);
      continue;
    }
    let file = pathIds.get(path);
    if (file === undefined) {
      file = paths.push(path) - 1;
      pathIds.set(path, file);
    }
    changeFile.push(file);
    changeKind.push(kind);
  }
  options.onProgress?.(lines.length, lines.length);

  if (problemCount > 0) {
    const first = problems[0]!;
    const others = problemCount > 1 ? ` (and ${plural(problemCount - 1, 'other line')})` : '';
    return { ok: false, headline: `${describeGitLogProblem(first)} This is not what ${GIT_LOG_COMMAND} prints${others}. ${endSentence(RUN)}`, problems, moreProblems: problemCount - problems.length };
  }
  if (changeFile.length === 0) return refuse(`The log has ${plural(commitAuthor.length, 'commit')} but no file changes: was --name-status left out? ${RUN}`);

  // Oldest commit first, each commit's changes kept in git's order.
  const count = commitAuthor.length;
  const history: FileHistory = {
    authors,
    paths,
    commitAuthor: new Uint32Array(count),
    commitEnd: new Uint32Array(count),
    changeFile: new Uint32Array(changeFile.length),
    changeKind: new Uint8Array(changeFile.length),
  };
  let at = 0;
  for (let c = count - 1, k = 0; c >= 0; c--, k++) {
    const start = commitStart[c]!;
    const end = c + 1 < count ? commitStart[c + 1]! : changeFile.length;
    for (let i = start; i < end; i++, at++) {
      history.changeFile[at] = changeFile[i]!;
      history.changeKind[at] = changeKind[i]!;
    }
    history.commitAuthor[k] = commitAuthor[c]!;
    history.commitEnd[k] = at;
  }
  return { ok: true, history, lines: lines.length };
}

function refuse(headline: string): GitLogRead {
  return { ok: false, headline: endSentence(headline), problems: [], moreProblems: 0 };
}

/** A long line shortened for a message. */
function clip(line: string): string {
  const flat = line.replace(/\t/g, ' ').trimEnd();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** Why a line that is neither `@e-mail` nor `A|M|D|T<tab>path` does not fit, with what to change when it is clear. */
function whatIsWrong(line: string): string {
  if (/^commit [0-9a-f]{7,64}\b/.test(line) || /^(Author|AuthorDate|Commit|CommitDate|Date|Merge):\s/.test(line)) {
    return `“${clip(line)}” is git log’s default output (commit, Author, Date and message): the format must be --format='@%aE'`;
  }
  if (/^[RC]\d*\t/.test(line)) {
    return `“${clip(line)}” is a renamed or copied file: --no-renames was left out, and a moved file has to be read as deleted and added`;
  }
  if (/^(-|\d+)\t(-|\d+)\t/.test(line)) return `“${clip(line)}” counts lines added and removed: use --name-status, not --numstat`;
  if (/^ .* \| +(\d+|Bin)/.test(line) || /^ \d+ files? changed/.test(line)) return `“${clip(line)}” is a --stat summary: use --name-status, not --stat`;
  if (/^ {4}/.test(line)) return `“${clip(line)}” looks like a commit message: the format must be --format='@%aE', which prints no message`;
  if (/^[A-Z]\d*\t/.test(line)) return `“${clip(line)}”: git log --name-status writes no “${line.slice(0, line.indexOf('\t'))}” change for a commit`;
  if (!line.includes('\t') && !/\s/.test(line.trim())) {
    return `“${clip(line)}” is a file name without its change (A, M, D or T): use --name-status, not --name-only`;
  }
  return `“${clip(line)}” is neither an @e-mail line nor a file change`;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
const utf8 = new TextEncoder();

/**
 * A path as git writes it: plain, or in double quotes with C escapes when it holds a quote,
 * a backslash, a control character or (core.quotePath, the default) any non-ASCII byte,
 * written as octal (`"caf\303\251.md"`). Undefined when the quoting is broken.
 */
function unquote(path: string): string | undefined {
  if (!(path.length >= 2 && path.startsWith('"') && path.endsWith('"'))) return path;
  const bytes: number[] = [];
  let run = 1;
  const flush = (to: number) => {
    if (to > run) for (const b of utf8.encode(path.slice(run, to))) bytes.push(b);
  };
  const last = path.length - 1;
  for (let i = 1; i < last; i++) {
    if (path[i] !== '\\') continue;
    flush(i);
    const next = path[i + 1] ?? '';
    const escaped = ESCAPES[next];
    if (/^[0-7]$/.test(next)) {
      const octal = path.slice(i + 1, i + 4);
      if (!/^[0-3][0-7]{2}$/.test(octal)) return undefined;
      bytes.push(parseInt(octal, 8));
      i += 3;
    } else if (escaped !== undefined && i + 1 < last) {
      bytes.push(escaped);
      i += 1;
    } else return undefined;
    run = i + 1;
  }
  flush(last);
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}
