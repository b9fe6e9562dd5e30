/**
 * Reading a framework file runs here, off the page: YAML and CSV parsing and the Zod
 * checks of a large framework take long enough to freeze a page, and a worker may use
 * Zod's compiled parsers, which the page's CSP forbids. The page gets the outcome and
 * the merge plan, both plain data.
 */
import { checkFrameworkFileSize, MAX_FRAMEWORK_FILE_BYTES, readFrameworkBytes } from './frameworks/read-framework.ts';
import { planLibraryMerge, type CapabilityLibrary, type LibraryMergePlan } from '../domain/library-merge.ts';
import type { FrameworkDraft, FrameworkProblem } from '../domain/framework-draft.ts';

export type FrameworkRequest = { file: File; library: CapabilityLibrary };
/** One way to import the file, with its plan; a file read more than one way (FT tracks) has several. */
export type FrameworkOption = { label: string; draft: FrameworkDraft; plan: LibraryMergePlan };
export type FrameworkReply =
  | { ok: true; draft: FrameworkDraft; plan: LibraryMergePlan; choice?: { question: string; why: string; options: FrameworkOption[] } }
  | { ok: false; headline: string; problems: FrameworkProblem[] };

self.onmessage = async (event: MessageEvent<FrameworkRequest>) => {
  const { file, library } = event.data;
  const plan = (draft: FrameworkDraft) => planLibraryMerge(draft, library, () => crypto.randomUUID());
  // The size is checked before the bytes are read at all.
  const result = file.size > MAX_FRAMEWORK_FILE_BYTES || file.size === 0 ? checkFrameworkFileSize(file.name, file.size)! : readFrameworkBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  let reply: FrameworkReply;
  if (!result.ok) reply = { ok: false, headline: result.headline, problems: result.problems };
  else if (!result.choice) reply = { ok: true, draft: result.draft, plan: plan(result.draft) };
  else {
    const options = result.choice.options.map((o) => ({ label: o.label, draft: o.draft, plan: plan(o.draft) }));
    reply = { ok: true, draft: options[0]!.draft, plan: options[0]!.plan, choice: { question: result.choice.question, why: result.choice.why, options } };
  }
  self.postMessage(reply);
};
