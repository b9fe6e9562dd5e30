/** The page's side of analysing a pasted git history: one worker per analysis, closed once it answers or is cancelled. */
import type { AuthorshipError, AuthorshipMessage, AuthorshipProgress, AuthorshipRequest, AuthorshipResult } from './git-log.worker.ts';

export interface RunningAnalysis {
  done: Promise<AuthorshipResult | AuthorshipError>;
  cancel: () => void;
}

export function analyseInWorker(request: AuthorshipRequest, onProgress: (progress: AuthorshipProgress) => void): RunningAnalysis {
  const worker = new Worker(new URL('./git-log.worker.ts', import.meta.url), { type: 'module' });
  let settle: (reply: AuthorshipResult | AuthorshipError) => void = () => {};
  const done = new Promise<AuthorshipResult | AuthorshipError>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<AuthorshipMessage>) => {
    if (event.data.type === 'progress') return onProgress(event.data);
    worker.terminate();
    settle(event.data);
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ type: 'error', headline: `The history could not be analysed: ${event.message || 'the analysis stopped unexpectedly'}.`, problems: [], moreProblems: 0 });
  };
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle({ type: 'error', headline: 'Stopped: nothing was kept.', problems: [], moreProblems: 0 });
    },
  };
}
