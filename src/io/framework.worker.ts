/**
 * Reading a framework file runs here, off the page: YAML and CSV parsing and the Zod
 * checks of a large framework take long enough to freeze a page, and a worker may use
 * Zod's compiled parsers, which the page's CSP forbids. The page gets the outcome and
 * the merge plan, both plain data.
 */
import { checkFrameworkFileSize, readFrameworkFile } from './frameworks/read-framework.ts';
import { planLibraryMerge, type CapabilityLibrary, type LibraryMergePlan } from '../domain/library-merge.ts';
import type { FrameworkDraft, FrameworkProblem } from '../domain/framework-draft.ts';

export type FrameworkRequest = { file: File; library: CapabilityLibrary };
export type FrameworkReply =
  | { ok: true; draft: FrameworkDraft; plan: LibraryMergePlan }
  | { ok: false; headline: string; problems: FrameworkProblem[] };

self.onmessage = async (event: MessageEvent<FrameworkRequest>) => {
  const { file, library } = event.data;
  const result = checkFrameworkFileSize(file.name, file.size) ?? readFrameworkFile(file.name, await file.text());
  const reply: FrameworkReply = result.ok
    ? { ok: true, draft: result.draft, plan: planLibraryMerge(result.draft, library, () => crypto.randomUUID()) }
    : { ok: false, headline: result.headline, problems: result.problems };
  self.postMessage(reply);
};
