/**
 * What every framework reader shares: refusing a file with a headline and capped problems,
 * YAML parsing that reports lines, Zod issues in the words of the file's own paths, and
 * finishDraft, which makes any reader's output a clean draft (names unique, descriptors
 * sorted and de-duplicated, lengths within what the stored schemas accept).
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import type { DraftCapability, DraftDescriptor, DraftScale, FrameworkDraft, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { descriptorTexts, mergeDetailed, nameKey } from '../../domain/library-merge.ts';
import type { DetailedCriterion } from '../../schemas/capability.ts';
import { problemsFromZod } from '../problems.ts';
import { endSentence } from '../../domain/words.ts';

/** Enough to fix a file in one pass, short enough to read. */
export const MAX_FRAMEWORK_PROBLEMS = 20;

const MAX_NAME = 200;
const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_URL = 2000;

export function refuse(fileName: string, reason: string, problems: FrameworkProblem[]): FrameworkReadResult {
  const shown =
    problems.length > MAX_FRAMEWORK_PROBLEMS
      ? [
          ...problems.slice(0, MAX_FRAMEWORK_PROBLEMS - 1),
          { where: fileName, message: `and ${problems.length - MAX_FRAMEWORK_PROBLEMS + 1} more problems: fix these, then import again to see the rest` },
        ]
      : problems;
  return { ok: false, headline: endSentence(`${fileName} is not a framework Turbine can read: ${reason}`), problems: shown };
}

/** A BOM and Windows or old Mac line endings must not change what a file means. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A name as one trimmed line. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** "technical-skills" → "Technical skills"; "codeQuality" → "Code quality". */
export function humanise(name: string): string {
  const words = cleanName(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ')).toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "frameworks/backend-engineering.md" → "Backend engineering". */
export function nameFromFileName(fileName: string): string {
  return humanise(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
}

// One code point of an emoji sequence: pictographs plus the joiners, variation selectors,
// keycaps, skin tones, flags and tags that build them. Tested a code point at a time so a
// long title cannot make the regular expression backtrack.
const EMOJI_POINT = /^(?:\p{Extended_Pictographic}|\u200D|\uFE0F|\u20E3|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]|\s)$/u;

/** "🛠️ Backend Engineering Framework" → "Backend Engineering Framework". */
export function stripEmoji(title: string): string {
  const points = Array.from(title);
  let start = 0;
  let end = points.length;
  while (start < end && EMOJI_POINT.test(points[start]!)) start++;
  while (end > start && EMOJI_POINT.test(points[end - 1]!)) end--;
  return cleanName(points.slice(start, end).join(''));
}

// Words that describe how people work with others and with themselves, not what they build.
// A guess the manager confirms: the preview shows each capability's kind and lets them change it.
const NON_TECHNICAL_WORDS = new Set([
  'coaching',
  'collaboration',
  'comms',
  'communication',
  'conduct',
  'culture',
  'curiosity',
  'feedback',
  'impact',
  'independent',
  'influence',
  'leadership',
  'learning',
  'mentoring',
  'mentorship',
  'organising',
  'organizing',
  'others',
  'ownership',
  'people',
  'planning',
  'self',
  'stakeholders',
  'team',
  'teamwork',
]);
// Technical despite a word above: "Machine Learning" is about models, not about learning to grow.
const TECHNICAL_PHRASES = /\b(machine|deep|reinforcement|statistical) learning\b|\bcapacity planning\b/;

/** A guess from the name: non-technical when one of its words is in NON_TECHNICAL_WORDS, e.g. "Comms & Feedback", "Team Work". */
export function kindFromName(name: string): DraftCapability['kind'] {
  const words = humanise(name).toLowerCase();
  if (TECHNICAL_PHRASES.test(words)) return 'technical';
  return words.split(/[^\p{L}]+/u).some((w) => NON_TECHNICAL_WORDS.has(w)) ? 'non-technical' : 'technical';
}

/** The preview's title: the one area's name, else the file's name. */
export function titleFor(fileName: string, areaNames: readonly string[]): string {
  return areaNames.length === 1 && areaNames[0] ? areaNames[0] : nameFromFileName(fileName);
}

/* ---------- YAML ---------- */

export interface YamlSource {
  value: unknown;
  /** "line 12" for the node at a path, or its nearest ancestor in the file. */
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML that starts at line `firstLine` of the file (front matter starts after its `---`),
 * so every problem names the line the manager sees in their editor.
 */
export function parseYaml(text: string, firstLine = 1): { ok: true; source: YamlSource } | { ok: false; problems: FrameworkProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // A tab breaks the structure around it, and the errors that follow are echoes of it.
    const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
    const problems = (tabs.length > 0 ? tabs : doc.errors).map((e) => yamlProblem(e, firstLine));
    return { ok: false, problems: problems.filter((p, i) => problems.findIndex((q) => q.where === p.where) === i) };
  }
  return { ok: true, source: { value: doc.toJS(), lineAt: (path) => lineAt(doc, lines, path, firstLine) } };
}

function yamlProblem(error: YAMLError, firstLine: number): FrameworkProblem {
  const line = error.linePos?.[0]?.line;
  const where = line === undefined ? 'YAML' : `line ${line + firstLine - 1}`;
  const detail = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { where, message: 'uses a tab for indentation; YAML needs spaces. Replace the tab at the start of the line with spaces.' };
    case 'DUPLICATE_KEY':
      return { where, message: 'repeats a key already used in the same block, so one value would be lost. Remove or rename one of them.' };
    case 'MULTIPLE_DOCS':
      return { where, message: 'starts a second YAML document (a line of ---). A framework holds one: remove this line or what follows it.' };
    case 'MISSING_CHAR':
      return { where, message: `${detail}. Check that every quote and bracket opened on or before this line is closed.` };
    default:
      return { where, message: `${detail}. Check the indentation, colons and quotes on this line (text containing ": " or starting with a quote needs double quotes around it).` };
  }
}

function lineAt(doc: Document, lines: LineCounter, path: readonly PropertyKey[], firstLine: number): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

/** "topics[2].content[0].level" — the path as it reads in the file. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out === '' ? 'the top level' : out;
}

/** Where a problem is, in both the file's terms and the editor's: "topics[2].content[0].level (line 40)". */
export function whereIn(source: YamlSource, path: readonly PropertyKey[]): string {
  const line = source.lineAt(path);
  return line === undefined ? pathText(path) : `${pathText(path)} (line ${line})`;
}

/* ---------- Zod for framework files ---------- */

export const LEVEL_RULE = 'a level must be a whole number from 0 to 20';
const TEXT_RULE = 'must be text';

/** A level as a number or a numeric string ("3"). */
export const LevelValue = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z.number({ error: LEVEL_RULE }).int({ error: LEVEL_RULE }).min(0, { error: LEVEL_RULE }).max(20, { error: LEVEL_RULE }),
);

/** Text as YAML writes it: a number such as `2024` is text too. */
export const TextValue = z.union([z.string(), z.number()], { error: TEXT_RULE }).transform(String);

/** A list of text where empty items (`-` alone) are skipped. */
export const TextList = z
  .array(TextValue.nullable())
  .nullish()
  .transform((items) => (items ?? []).filter((t): t is string => t !== null));

export function zodProblems(issues: readonly z.core.$ZodIssue[], input: unknown, where: (path: readonly PropertyKey[]) => string): FrameworkProblem[] {
  return issues.map((issue) => {
    const value = valueAt(input, issue.path);
    return { where: where(issue.path), message: describe(issue, value, input) };
  });
}

function describe(issue: z.core.$ZodIssue, value: unknown, input: unknown): string {
  if (issue.message === LEVEL_RULE)
    return value === undefined || value === null ? `is missing: ${LEVEL_RULE}` : `is ${JSON.stringify(value)}; ${LEVEL_RULE}`;
  if (issue.message === TEXT_RULE) {
    if (isKeyValue(value))
      return 'is a "key: value" pair where text belongs, because the text contains a colon followed by a space. Put the whole text in double quotes.';
    return `must be text, not ${Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`}`;
  }
  return problemsFromZod([issue], input)[0]?.message ?? issue.message;
}

function isKeyValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/* ---------- finishing a draft ---------- */

/**
 * Merges areas and capabilities that share a name (compared as planLibraryMerge does), unions
 * their descriptors level by level without repeats, sorts, and checks what the stored schemas
 * will check, so a draft that comes out of here always becomes valid records.
 * `noCapabilities` says, in the format's terms, why a file without any is refused.
 */
export function finishDraft(raw: FrameworkDraft, noCapabilities: FrameworkProblem): FrameworkReadResult {
  const problems: FrameworkProblem[] = [];
  const checkName = (name: string, what: string) => {
    if (name === '') problems.push({ where: what, message: 'has no name: give it one' });
    else if (name.length > MAX_NAME)
      problems.push({ where: `${what} "${name.slice(0, 40)}…"`, message: `has a name of ${name.length} characters; Turbine keeps names to ${MAX_NAME}. Shorten it.` });
  };

  const scales: DraftScale[] = [];
  const scaleNames = new Set<string>();
  for (const scale of raw.scales) {
    const name = cleanName(scale.name);
    checkName(name, 'a scale');
    const levels = new Map<number, DraftScale['levels'][number]>();
    for (const level of [...scale.levels].sort((a, b) => a.value - b.value)) {
      if (levels.has(level.value)) continue;
      if (!isLevel(level.value)) problems.push({ where: `scale "${name}"`, message: `has level ${level.value}; ${LEVEL_RULE}` });
      const levelName = cleanName(level.name);
      checkName(levelName, `level ${level.value} of scale "${name}"`);
      levels.set(level.value, { value: level.value, name: levelName, description: level.description.trim() });
    }
    if (levels.size === 0) problems.push({ where: `scale "${name}"`, message: 'has no levels: give it at least one' });
    scaleNames.add(name);
    scales.push({ name, levels: [...levels.values()] });
  }

  const areas = new Map<string, { name: string; description: string; capabilities: Map<string, DraftCapability> }>();
  for (const rawArea of raw.areas) {
    const name = cleanName(rawArea.name);
    checkName(name, 'an area');
    let area = areas.get(nameKey(name));
    if (!area) {
      area = { name, description: '', capabilities: new Map() };
      areas.set(nameKey(name), area);
    }
    if (area.description === '') area.description = rawArea.description.trim();
    for (const rawCap of rawArea.capabilities) {
      const capName = cleanName(rawCap.name);
      checkName(capName, `a capability in "${name}"`);
      if (!scaleNames.has(cleanName(rawCap.scaleName)))
        problems.push({ where: `capability "${capName}"`, message: `is on scale "${rawCap.scaleName}", which the file does not define` });
      const cap = area.capabilities.get(nameKey(capName));
      if (!cap) {
        area.capabilities.set(nameKey(capName), {
          name: capName,
          kind: rawCap.kind,
          description: rawCap.description.trim(),
          scaleName: cleanName(rawCap.scaleName),
          descriptors: mergeDescriptors([], rawCap.descriptors),
          ...(rawCap.target ? { target: rawCap.target } : {}),
        });
        continue;
      }
      if (cap.description === '') cap.description = rawCap.description.trim();
      if (!cap.target && rawCap.target) cap.target = rawCap.target;
      cap.descriptors = mergeDescriptors(cap.descriptors, rawCap.descriptors);
    }
  }

  const draft: FrameworkDraft = {
    ...raw,
    scales,
    areas: [...areas.values()].map((a) => ({ name: a.name, description: a.description, capabilities: [...a.capabilities.values()] })),
  };
  for (const area of draft.areas) {
    if (area.description.length > MAX_TEXT) problems.push(tooLong(`area "${area.name}"`, 'description'));
    for (const cap of area.capabilities) {
      if (cap.description.length > MAX_TEXT) problems.push(tooLong(`capability "${cap.name}"`, 'description'));
      for (const d of cap.descriptors) {
        if (!isLevel(d.level)) problems.push({ where: `capability "${cap.name}"`, message: `has a descriptor for level ${d.level}; ${LEVEL_RULE}` });
        if (descriptorTexts(d).some((t) => t.length > MAX_TEXT)) problems.push(tooLong(`capability "${cap.name}", level ${d.level}`, 'criterion or example'));
        for (const x of d.detailed ?? []) {
          if ((x.proficiency ?? '').length > MAX_SHORT) problems.push({ where: `capability "${cap.name}", level ${d.level}`, message: `has a proficiency longer than ${MAX_SHORT} characters; shorten it` });
          for (const link of x.links ?? [])
            if (link.url.length > MAX_URL || link.label.length > MAX_SHORT) problems.push({ where: `capability "${cap.name}", level ${d.level}`, message: `has a link longer than Turbine keeps (${MAX_SHORT} characters for its label, ${MAX_URL} for its address); shorten it` });
        }
      }
    }
  }
  if (problems.length > 0) return refuse(raw.fileName, 'some names or texts do not fit', problems);
  if (draft.areas.every((a) => a.capabilities.length === 0)) return refuse(raw.fileName, 'no capabilities found', [noCapabilities]);
  return { ok: true, draft };
}

function isLevel(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 20;
}

function tooLong(where: string, what: string): FrameworkProblem {
  return { where, message: `has a ${what} longer than ${MAX_TEXT.toLocaleString('en')} characters; shorten it` };
}

function mergeDescriptors(into: DraftDescriptor[], incoming: readonly DraftDescriptor[]): DraftDescriptor[] {
  const keyOf = (field: 'criteria' | 'examples', text: string) => `${field}:${nameKey(text)}`;
  type Entry = { level: number; criteria: string[]; examples: string[]; detailed: DetailedCriterion[]; seen: Set<string> };
  const byLevel = new Map<number, Entry>(
    into.map((d) => [
      d.level,
      { level: d.level, criteria: [...d.criteria], examples: [...d.examples], detailed: d.detailed ?? [], seen: new Set([...d.criteria.map((t) => keyOf('criteria', t)), ...d.examples.map((t) => keyOf('examples', t))]) },
    ]),
  );
  for (const d of incoming) {
    let target = byLevel.get(d.level);
    if (!target) {
      target = { level: d.level, criteria: [], examples: [], detailed: [], seen: new Set() };
      byLevel.set(d.level, target);
    }
    for (const field of ['criteria', 'examples'] as const)
      for (const raw of d[field]) {
        const text = raw.trim();
        const key = keyOf(field, text);
        if (text === '' || target.seen.has(key)) continue;
        target.seen.add(key);
        target[field].push(text);
      }
    if (d.detailed) target.detailed = mergeDetailed(target.detailed, d.detailed);
  }
  return [...byLevel.values()]
    .map(({ level, criteria, examples, detailed }) => {
      // A criterion the file gives both alone and with detail is kept once, with its detail.
      const detailedKeys = new Set(detailed.map((x) => nameKey(x.criterion)));
      const plain = detailedKeys.size === 0 ? criteria : criteria.filter((t) => !detailedKeys.has(nameKey(t)));
      return { level, criteria: plain, examples, ...(detailed.length > 0 ? { detailed } : {}) };
    })
    .filter((d) => descriptorTexts(d).length > 0)
    .sort((a, b) => a.level - b.level);
}

export { isRecord } from '../share-file.ts';
