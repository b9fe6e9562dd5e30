/**
 * Reading a pasted git log and working out who knows each system runs here, off the page:
 * a big repository's log is tens of megabytes and hundreds of thousands of changes. The
 * page sends the text and the systems' path prefixes (plain data), and receives progress
 * messages while the log is read and analysed, then one result or one error message.
 * One request per worker; the page terminates it to cancel.
 */
import { readGitLog, type GitLogProblem } from './git-log.ts';
import { endSentence } from '../domain/words.ts';
import { analyseAuthorship, systemByPathPrefix, type AuthorshipReport } from '../domain/learn/authorship.ts';
import { readCodeowners, systemsOfPath } from './surface/codeowners.ts';

export interface AuthorshipRequest {
  /** The output of GIT_LOG_COMMAND (./git-log.ts), as pasted. */
  text: string;
  /**
   * Each system's path prefixes (folders or files from the repository's root, longest match
   * wins: see systemByPathPrefix). Absent: the whole repository only, and `systems` is empty.
   */
  systems?: Record<string, string[]>;
  /**
   * The CODEOWNERS file the systems were imported from: each path then belongs to the system of
   * its deciding pattern (key `codeowners:<pattern>`, as the import keyed it; in a GitLab file
   * the first section that decides it). Takes the place of `systems`.
   */
  codeowners?: string;
}

/** Sent every few thousand lines while reading, then every few thousand changes while analysing. */
export interface AuthorshipProgress {
  type: 'progress';
  /** `reading`: done and total count the text's lines; `analysing`: the history's file changes. */
  phase: 'reading' | 'analysing';
  done: number;
  total: number;
}

/** The last message when the log could be read. */
export interface AuthorshipResult {
  type: 'result';
  report: AuthorshipReport;
  /** Lines read. */
  lines: number;
}

/** The last message when the log was refused or the analysis failed. */
export interface AuthorshipError {
  type: 'error';
  /** A sentence that says what is wrong and, for a log that does not fit, which command to run. */
  headline: string;
  /** The lines that do not fit, first ones only (see describeGitLogProblem). */
  problems: GitLogProblem[];
  /** Further lines that do not fit, not listed. */
  moreProblems: number;
}

export type AuthorshipMessage = AuthorshipProgress | AuthorshipResult | AuthorshipError;

/** Does the work of one request; `post` sends each message (the worker's postMessage). */
export function runAuthorship(request: AuthorshipRequest, post: (message: AuthorshipMessage) => void): void {
  try {
    if (typeof request?.text !== 'string') {
      post({ type: 'error', headline: 'There was no text to read.', problems: [], moreProblems: 0 });
      return;
    }
    const read = readGitLog(request.text, { onProgress: (done, total) => post({ type: 'progress', phase: 'reading', done, total }) });
    if (!read.ok) {
      post({ type: 'error', headline: read.headline, problems: read.problems, moreProblems: read.moreProblems });
      return;
    }
    let systemOf: (path: string) => string | undefined = request.systems ? systemByPathPrefix(request.systems) : () => undefined;
    if (typeof request.codeowners === 'string') {
      const codeowners = readCodeowners(request.codeowners);
      if (codeowners.problems.length > 0) {
        post({ type: 'error', headline: 'The CODEOWNERS file has lines GitHub or GitLab would refuse, so it cannot say which files belong to which system.', problems: codeowners.problems.map((p) => ({ line: p.line, message: p.message })), moreProblems: 0 });
        return;
      }
      systemOf = (path) => systemsOfPath(codeowners.rules, path)[0];
    }
    const report = analyseAuthorship(read.history, systemOf, { onProgress: (done, total) => post({ type: 'progress', phase: 'analysing', done, total }) });
    post({ type: 'result', report, lines: read.lines });
  } catch (e) {
    post({ type: 'error', headline: endSentence(`The log could not be analysed: ${e instanceof Error ? e.message : String(e)}`), problems: [], moreProblems: 0 });
  }
}

self.onmessage = (event: MessageEvent<AuthorshipRequest>) => {
  runAuthorship(event.data, (message) => self.postMessage(message));
};
