/**
 * Turbine's onboarding-template file: one template of a manager's own, to share with
 * another manager. The same habits as the loop and library files: the wrapper and its
 * version first (a newer version is refused with its own message), then the template
 * against the stored schema, every problem with its JSON path. A template points at
 * nothing outside itself (its items name no person, system or capability), so there are
 * no references to resolve: the receiver's plans add those when they are made from it.
 */
import { z } from 'zod';
import { OnboardingTemplate } from '../schemas/onboarding.ts';
import { jsonPath, type Problem } from './problems.ts';
import { readShareFileData, shareFileName, type ShareFileKind } from './share-file.ts';

export const TEMPLATE_FORMAT = 'turbine-onboarding-template';
/** Bump when the file's shape changes, and teach the reader the older shape. */
export const TEMPLATE_FORMAT_VERSION = 1;

const TEMPLATE_KIND: ShareFileKind = {
  format: TEMPLATE_FORMAT,
  version: TEMPLATE_FORMAT_VERSION,
  what: 'onboarding template',
  versionName: 'template',
  called: 'a template file',
  exportFrom: 'Learn → Templates',
  notWorkspace: 'not one onboarding template',
  workspaceHint: 'import workspace files from Data → Import a workspace.',
};

/** A template of a few hundred items is tens of kilobytes; anything this big is not one. */
export const MAX_TEMPLATE_FILE_BYTES = 2 * 1024 * 1024;

/** What the file carries: the template without what only makes sense in the sender's workspace. */
export const TemplateFileData = z.object({ template: OnboardingTemplate.omit({ sample: true, updatedAt: true }) });
export type TemplateFileData = z.infer<typeof TemplateFileData>;


export interface TemplateFile {
  format: typeof TEMPLATE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  data: TemplateFileData;
}

export function templateFile(template: OnboardingTemplate, exportedAt: string, app: { name: string; version: string }): TemplateFile {
  const { sample: _sample, updatedAt: _updatedAt, ...rest } = structuredClone(template);
  return { format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION, exportedAt, app, data: { template: rest } };
}

export function templateFileName(template: Pick<OnboardingTemplate, 'name'>, day: string): string {
  return shareFileName('template', template.name, day);
}

export type TemplateReadResult = { ok: true; data: TemplateFileData } | { ok: false; headline: string; problems: Problem[] };

/** Enough to fix a file in one pass, short enough to read. */
const MAX_PROBLEMS = 20;

function refuse(fileName: string, reason: string, problems: Problem[] = []): TemplateReadResult {
  return { ok: false, headline: `${fileName} is not an onboarding template Turbine can import: ${reason}.`, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Said before the file is read, when its size alone tells: reading it would only stall the page. */
export function templateFileTooLarge(fileName: string): TemplateReadResult {
  return refuse(fileName, `it is larger than ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB, far more than a template needs`);
}

export function readTemplateFile(fileName: string, text: string): TemplateReadResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) return templateFileTooLarge(fileName);
  const read = readShareFileData(text, TEMPLATE_KIND, TemplateFileData, 'the template');
  if (!read.ok) return refuse(fileName, read.reason, read.problems);
  const repeated = repeatedItemIds(read.data);
  if (repeated.length > 0) return refuse(fileName, 'some items share an id', repeated);
  return { ok: true, data: read.data };
}

function repeatedItemIds(data: TemplateFileData): Problem[] {
  const seen = new Set<string>();
  return data.template.items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ path: jsonPath(['data', 'template', 'items', i, 'id']), message: `repeats the id ${item.id}` }];
  });
}

/**
 * How an imported template lands: always as a new template with ids of the receiver's own
 * (the sender's ids mean nothing here), under a name no template of theirs has yet, so an
 * import never changes a template the receiver already uses.
 */
export function templateToKeep(data: TemplateFileData, takenNames: readonly string[], newId: () => string): Omit<OnboardingTemplate, 'id' | 'sample' | 'updatedAt'> {
  const { id: _id, ...template } = data.template;
  return { ...template, name: freeName(template.name, takenNames), items: template.items.map((item) => ({ ...item, id: newId() })) };
}

function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(name.trim().toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 190)} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
