/**
 * An onboarding checklist written in Markdown, read as a template draft: GitHub and GitLab issue
 * templates (`.github/ISSUE_TEMPLATE/*.md`, `.gitlab/issue_templates/*.md`) hold their steps as
 * task lists (`- [ ] …`) under headings. Pure: it reads the text into a draft (items with their
 * period, workday offset, type, owner and sub-steps, plus what was left out and why) and writes
 * nothing. When `problems` is not empty the draft holds no items: nothing may be written.
 *
 * Read with a Markdown parser (mdast-util-from-markdown with the GFM task-list and strikethrough
 * extensions and YAML front matter), never with regular expressions over the text, so links, code
 * spans and emphasis come out as the words a reader sees. Raw HTML is never kept: `<details>`
 * blocks only lend their `<summary>` text to the section name, and a task list the parser reads
 * as Markdown inside them counts like any other.
 *
 * How the parts of a file become a template:
 * - **Title**: the front matter's `name` (a GitHub issue template's name), else its `title`,
 *   else the first `# Heading`, else the file name.
 * - **Time**: a heading that names a time sets the period and workday offset of the items after
 *   it, until the next heading that names one (see timeOfHeading). A single day or week pins where
 *   it starts ("Day 3" → offset 2, "Week 2" → offset 5); a span ("First 30 days", "Days 31–60",
 *   "Month 2") is due by its last workday; "Before day 1" is the workday before the start.
 *   Before any such heading, items are in week 1, due by its Friday.
 * - **Section**: the headings that name no time (with a `<details>` block's summary), outer
 *   first, joined by " › ": "Access Requests › For Engineers".
 * - **Items**: every `- [ ]` or `- [x]` item whose parent is not itself a task. Ticked items are
 *   imported undone (a template starts undone) and counted. An item struck through as a whole
 *   (`~~…~~`) is left out and listed in `skipped`; struck words inside an item are dropped.
 * - **Sub-steps**: task items nested under an item, at any depth, in order. Plain bullets,
 *   paragraphs and code under an item become its notes.
 * - **Owner**: a prefix such as "Manager: …", "Buddy: …" or "New team member: …" (see OWNERS)
 *   sets who does it and is removed from the title; without one, the new person does.
 * - **Type**: guessed from the title's words (see TYPE_WORDS), for the manager to confirm.
 */
import type { Html, Link, ListItem, Nodes, Paragraph, Parents, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { LineCounter, parseDocument } from 'yaml';
import { plural } from '../domain/words.ts';
import { markdownText } from './markdown-text.ts';
import { defaultOffsetOf, offsetOfCalendarDay, periodOfOffset, type OnboardingPeriod } from '../domain/workdays.ts';
import type { OnboardingPlan } from '../schemas/onboarding.ts';

export type OnboardingItemType = OnboardingPlan['items'][number]['type'];
export type ChecklistOwner = 'manager' | 'buddy' | 'learner';

/** One item of the checklist, with the line it starts on (1-based, as an editor counts). */
export interface ChecklistItemDraft {
  /** Plain text, at most 500 characters (a longer one is cut; its full text starts the notes). */
  title: string;
  period: OnboardingPeriod;
  /** Workdays after the plan's start the item is due (see ../domain/workdays.ts). */
  offset: number;
  type: OnboardingItemType;
  owner: ChecklistOwner;
  /** The headings above it that name no time, outer first, joined by " › "; '' when none. */
  section: string;
  /** Nested task items, plain text, in the file's order. */
  steps: string[];
  /** The first http(s) link in the item's own line, if any. */
  url?: string;
  /** Plain bullets, paragraphs and code under the item, as text; '' when none. */
  notes: string;
  line: number;
}

export interface ChecklistSkipped {
  line: number;
  title: string;
  why: string;
}

export interface ChecklistProblem {
  /** Absent when the problem is the whole file (empty, binary, too big). */
  line?: number;
  message: string;
}

export interface OnboardingChecklistDraft {
  title: string;
  items: ChecklistItemDraft[];
  /** Items and sub-steps that were ticked in the file; they start undone. */
  ticked: number;
  skipped: ChecklistSkipped[];
  /** What stops the file from being imported. When not empty, `items` is empty. */
  problems: ChecklistProblem[];
}

/** 1 MB: a checklist is a page of text; anything bigger is not one. */
export const MAX_CHECKLIST_BYTES = 1024 * 1024;
const MAX_TITLE = 500;
const MAX_TEMPLATE_TITLE = 200;
const MAX_NOTES = 20_000;
const IN_HTML = 'inside an HTML block';
const NO_TASKS = 'found no `- [ ]` items; Turbine reads task lists under headings';

/**
 * Owner prefixes, written before a colon or a dash ("Manager: add to Slack"), lower case.
 * Anything else before a colon ("Data Engineers: …", "Netsuite 101: …") stays in the title.
 */
const OWNERS: Record<string, ChecklistOwner> = {
  manager: 'manager',
  'hiring manager': 'manager',
  'engineering manager': 'manager',
  'team lead': 'manager',
  buddy: 'buddy',
  'onboarding buddy': 'buddy',
  mentor: 'buddy',
  'new team member': 'learner',
  'team member': 'learner',
  'new hire': 'learner',
  'new starter': 'learner',
  'new joiner': 'learner',
  learner: 'learner',
  you: 'learner',
};
const OWNER_PREFIX = /^([\p{L} ]{2,30}?)\s*(?::|\s[-–—])\s*(\S[\s\S]*)$/u;

/**
 * The item type guessed from a title: the type whose word comes first wins; no word means read.
 * Kept small on purpose: the preview shows every guess and the manager changes the wrong ones.
 */
const TYPE_WORDS: readonly [OnboardingItemType, RegExp][] = [
  ['read', /\b(?:read|reads|reading|skim|skims|skimming|watch|watches|watching)\b/i],
  ['pair', /\b(?:pair|pairs|paired|pairing)\b/i],
  ['shadow', /\b(?:shadow|shadows|shadowing|join|joins|joining|attend|attends|attending)\b/i],
  [
    'ship',
    /\b(?:ship|ships|shipping|merge|merges|merging|deploy|deploys|deploying|fix|fixes|fixing)\b|\b(?:open|raise|submit|create)\s+(?:an?\s+|your\s+(?:first\s+)?)?(?:MR|PR|merge request|pull request)s?\b/i,
  ],
  ['present', /\b(?:present|presents|presenting|demo|demos|share|shares|sharing)\b/i],
];

/** Guesses an item's type from its words (see TYPE_WORDS). */
export function guessItemType(title: string): OnboardingItemType {
  let best: { type: OnboardingItemType; at: number } = { type: 'read', at: Number.POSITIVE_INFINITY };
  for (const [type, words] of TYPE_WORDS) {
    const at = words.exec(title)?.index;
    if (at !== undefined && at < best.at) best = { type, at };
  }
  return best.type;
}

/** Splits an owner prefix off a title: "Manager: add to Slack" → manager, "add to Slack". */
export function ownerOf(text: string): { owner: ChecklistOwner; title: string } | undefined {
  const m = OWNER_PREFIX.exec(text);
  const owner = m ? OWNERS[m[1]!.trim().replace(/\s+/g, ' ').toLowerCase()] : undefined;
  return owner ? { owner, title: m![2]!.trim() } : undefined;
}

export interface HeadingTime {
  period: OnboardingPeriod;
  offset: number;
}

const NUMBER_WORDS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };

const span = (lastDay: number): HeadingTime => {
  const offset = offsetOfCalendarDay(Math.max(1, lastDay));
  return { period: periodOfOffset(offset), offset };
};
const single = (unit: string, n: number): HeadingTime => {
  if (unit === 'month') return span(30 * n);
  const offset = unit === 'week' ? 5 * (n - 1) : offsetOfCalendarDay(n);
  return { period: periodOfOffset(offset), offset };
};

/**
 * The time a heading names, or undefined when it names none. Days count from a plan that starts
 * on a Monday, so "Day 3" is its third workday and "Day 30" its 22nd (see workdays.ts):
 * - before the start: "Before day 1", "Before you start", "Pre-boarding", "Day 0" → offset −1;
 * - a span, due by its end: "Days 31–60", "Weeks 2-4", "First 30 days", "90 days", "Month 2";
 * - one day or week, due where it starts: "Day 3", "First day", "Week 2", "Second week".
 */
export function timeOfHeading(heading: string): HeadingTime | undefined {
  const text = heading
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b/g, (w) => String(NUMBER_WORDS[w]))
    .replace(/(\d)\s*(?:to|through|until)\s*(\d)/g, '$1-$2');
  if (/\b(?:before\s+(?:(?:day|week)\s*1\b|(?:the\s+|your\s+)?first\s+day|you\s+start|(?:your\s+)?start)|pre-?(?:boarding|start|arrival)\b|day\s*0\b)/.test(text)) {
    return { period: 'week-1', offset: -1 };
  }
  let m = /\b(day|week|month)s?\s*(\d{1,3})\s*-\s*(\d{1,3})\b/.exec(text) ?? /\b(\d{1,3})\s*-\s*(\d{1,3})\s*(day|week|month)s?\b/.exec(text);
  if (m) {
    const [unit, end] = /\d/.test(m[1]!) ? [m[3]!, Number(m[2])] : [m[1]!, Number(m[3])];
    return span(end * UNIT_DAYS[unit]!);
  }
  m = /\b(day|week|month)\s*(\d{1,3})\b/.exec(text);
  if (m) return single(m[1]!, Number(m[2]));
  m = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(day|week|month)\b/.exec(text);
  if (m) return single(m[2]!, ORDINALS[m[1]!]!);
  m = /\b(\d{1,3})[\s-]*(day|week|month)s?\b/.exec(text);
  if (m) return span(Number(m[1]) * UNIT_DAYS[m[2]!]!);
  return undefined;
}

/** Reads a Markdown checklist (its text, or the file's bytes) into a template draft. */
export function readOnboardingChecklist(fileName: string, input: string | Uint8Array): OnboardingChecklistDraft {
  const fallbackTitle = titleFromFileName(fileName);
  const refuse = (...problems: ChecklistProblem[]): OnboardingChecklistDraft => ({ title: fallbackTitle, items: [], ticked: 0, skipped: [], problems });

  const decoded = decode(input);
  if ('problem' in decoded) return refuse({ message: decoded.problem });
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return refuse({ message: 'the file is empty: Turbine reads a Markdown checklist, `- [ ]` items under headings' });

  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfmTaskListItem(), gfmStrikethrough({ singleTilde: false })],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });

  const first = tree.children[0];
  if (first?.type !== 'yaml' && /^---[ \t]*\n[ \t]*[\w-]+[ \t]*:/.test(text)) {
    return refuse({ line: 1, message: 'the front matter opened with --- on line 1 is never closed: add a line of --- after its last `key: value` line' });
  }
  const matter: ReturnType<typeof readFrontMatter> = first?.type === 'yaml' ? readFrontMatter(first.value, first.position?.start.line ?? 1) : { fields: {} };
  if ('problems' in matter) return refuse(...matter.problems);

  const h1s = tree.children.filter((n) => n.type === 'heading' && n.depth === 1);
  const title = cut(matter.fields.name || matter.fields.title || (h1s[0] ? clean(textOf(h1s[0])) : '') || fallbackTitle, MAX_TEMPLATE_TITLE);

  // A lone `# Heading` names the document, not a section; several of them are its sections.
  const reader = new Reader(h1s.length === 1 ? h1s[0] : undefined);
  reader.walk(tree);
  const { items, skipped } = reader;
  if (items.length === 0) {
    const inHtml = skipped.find((s) => s.why.startsWith(IN_HTML));
    if (inHtml) return refuse({ line: inHtml.line, message: `the \`- [ ]\` items are ${inHtml.why}` });
    if (skipped.some((s) => s.why.startsWith('struck through'))) return refuse({ message: 'every `- [ ]` item is struck through (~~…~~), so there is nothing to import' });
    return refuse({ message: NO_TASKS });
  }
  return { title, items, ticked: reader.ticked, skipped, problems: [] };
}

/** Sentences for the preview: what will be imported, and what changed on the way. */
export function describeChecklistDraft(draft: OnboardingChecklistDraft): string[] {
  if (draft.problems.length > 0) return [];
  const sections = new Set(draft.items.map((i) => i.section)).size;
  const steps = draft.items.reduce((n, i) => n + i.steps.length, 0);
  const lines = [`${plural(draft.items.length, 'item')} in ${plural(sections, 'section')}${steps > 0 ? `, with ${plural(steps, 'sub-step')}` : ''}.`];
  if (draft.ticked > 0) lines.push(draft.ticked === 1 ? '1 was ticked in the file; it starts undone.' : `${draft.ticked} were ticked in the file; they start undone.`);
  if (draft.skipped.length > 0) lines.push(`${plural(draft.skipped.length, 'item')} left out: see the list below.`);
  return lines;
}

// ——— Reading the tree ———

class Reader {
  items: ChecklistItemDraft[] = [];
  skipped: ChecklistSkipped[] = [];
  ticked = 0;
  private headings: { depth: number; text: string; timed: boolean }[] = [];
  /** One entry per open <details>, holding its summary's text once seen. */
  private details: string[] = [];
  private time: HeadingTime = { period: 'week-1', offset: defaultOffsetOf('week-1') };

  private readonly titleHeading: Nodes | undefined;

  constructor(titleHeading: Nodes | undefined) {
    this.titleHeading = titleHeading;
  }

  walk(parent: Parents): void {
    for (const node of parent.children) this.visit(node);
  }

  private visit(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        const text = clean(textOf(node)).replace(/\s*:$/, '');
        const time = timeOfHeading(text);
        if (time) this.time = time;
        if (node === this.titleHeading) return;
        while (this.headings.length > 0 && this.headings.at(-1)!.depth >= node.depth) this.headings.pop();
        this.headings.push({ depth: node.depth, text, timed: time !== undefined });
        return;
      }
      case 'html':
        this.html(node);
        return;
      case 'list':
        for (const item of node.children) {
          if (typeof item.checked === 'boolean') this.item(item);
          else this.walk(item); // a plain bullet: task items inside it are items of their own
        }
        return;
      case 'blockquote':
        this.walk(node);
        return;
      default:
        // Paragraphs, code, tables, thematic breaks and the front matter hold no items.
        return;
    }
  }

  private section(): string {
    return [...this.headings.filter((h) => !h.timed && h.text !== '').map((h) => h.text), ...this.details.filter((d) => d !== '')].join(' › ');
  }

  /** Keeps track of <details> and <summary>, and reports task items the parser left inside HTML. */
  private html(node: Html): void {
    const value = node.value;
    const tags = /<(\/?)(details|summary)\b[^>]*>/gi;
    for (let m = tags.exec(value); m; m = tags.exec(value)) {
      const [, closing, tag] = m;
      if (tag!.toLowerCase() === 'details') {
        if (closing) this.details.pop();
        else this.details.push('');
      } else if (!closing && this.details.length > 0) {
        const end = value.toLowerCase().indexOf('</summary>', tags.lastIndex);
        if (end >= 0) this.details[this.details.length - 1] = clean(plainFromHtml(value.slice(tags.lastIndex, end)));
      }
    }
    this.tasksInHtml(node);
  }

  private tasksInHtml(node: Html): void {
    const first = node.position?.start.line ?? 0;
    node.value.split('\n').forEach((line, i) => {
      const m = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+(.*\S)/.exec(line);
      if (m) {
        this.skipped.push({
          line: first + i,
          title: cut(clean(plainFromHtml(m[1]!)), MAX_TITLE),
          why: `${IN_HTML}, where Markdown is not read: leave a blank line after the HTML tag above it`,
        });
      }
    });
  }

  private item(node: ListItem): void {
    const line = node.position?.start.line ?? 0;
    const [head, ...rest] = node.children;
    const paragraph = head?.type === 'paragraph' ? head : undefined;
    const nested = countTasks(rest);
    if (paragraph && isStruck(paragraph)) {
      const why = nested > 0 ? `struck through, with its ${plural(nested, 'sub-step')}` : 'struck through';
      this.skipped.push({ line, title: cut(clean(textOf(paragraph, true)), MAX_TITLE), why });
      return;
    }
    const text = paragraph ? clean(textOf(paragraph)) : '';
    const owned = ownerOf(text);
    const fullTitle = owned?.title ?? text;
    if (fullTitle === '') {
      // Nothing to call it: its sub-steps, if any, become items of their own.
      this.skipped.push({ line, title: text, why: 'has no words to use as a title' });
      for (const child of rest) this.visit(child);
      return;
    }
    if (node.checked) this.ticked++;
    const owner = owned?.owner ?? 'learner';
    // Where the item starts decides its time and section, whatever its content holds.
    const { period, offset } = this.time;
    const section = this.section();
    const steps: string[] = [];
    const notes: string[] = [];
    this.collect(rest, owner, steps, notes);
    const title = cut(fullTitle, MAX_TITLE);
    if (title !== fullTitle) notes.unshift(fullTitle);
    const url = paragraph ? firstUrl(paragraph) : undefined;
    this.items.push({
      title,
      period,
      offset,
      type: guessItemType(title),
      owner,
      section,
      steps,
      ...(url ? { url } : {}),
      notes: cut(notes.join('\n'), MAX_NOTES),
      line,
    });
  }

  /** Sub-steps (nested task items, flattened in order) and notes (everything else) of an item. */
  private collect(nodes: readonly RootContent[], owner: ChecklistOwner, steps: string[], notes: string[]): void {
    for (const node of nodes) {
      if (node.type === 'html') {
        this.html(node);
        continue;
      }
      if (node.type === 'heading') {
        this.visit(node);
        continue;
      }
      if (node.type !== 'list') {
        const text = node.type === 'code' ? node.value.trim() : clean(textOf(node));
        if (text !== '') notes.push(text);
        continue;
      }
      for (const sub of node.children) {
        const [head, ...rest] = sub.children;
        const paragraph = head?.type === 'paragraph' ? head : undefined;
        if (typeof sub.checked !== 'boolean') {
          const text = paragraph ? clean(textOf(paragraph)) : '';
          if (text !== '') notes.push(`- ${text}`);
          this.collect(paragraph ? rest : sub.children, owner, steps, notes);
          continue;
        }
        const line = sub.position?.start.line ?? 0;
        if (paragraph && isStruck(paragraph)) {
          this.skipped.push({ line, title: cut(clean(textOf(paragraph, true)), MAX_TITLE), why: 'struck through (a sub-step)' });
          continue;
        }
        const text = paragraph ? clean(textOf(paragraph)) : '';
        const owned = ownerOf(text);
        // A prefix naming the item's own owner says nothing new; another owner's stays in the words.
        const full = owned && owned.owner === owner ? owned.title : text;
        if (full !== '') {
          if (sub.checked) this.ticked++;
          const step = cut(full, MAX_TITLE);
          steps.push(step);
          if (step !== full) notes.push(full);
        }
        this.collect(paragraph ? rest : sub.children, owner, steps, notes);
      }
    }
  }
}

// ——— Helpers ———

function decode(input: string | Uint8Array): { text: string } | { problem: string } {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.byteLength > MAX_CHECKLIST_BYTES) {
    const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en-GB')} KB`;
    return { problem: `the file is ${kb(bytes.byteLength)}; Turbine reads checklists up to 1 MB (${kb(MAX_CHECKLIST_BYTES)})` };
  }
  const binary = 'the file is not text (it holds binary data, as an image, PDF or Word file does): choose the Markdown (.md) checklist itself';
  if (bytes.includes(0) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { problem: binary };
  if (typeof input === 'string') return { text: input };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'the file is not UTF-8 text: save it as UTF-8 in your text editor and import it again' };
  }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

function readFrontMatter(value: string, fenceLine: number): { fields: { name?: string; title?: string } } | { problems: ChecklistProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(value, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const at = error.linePos?.[0]?.line;
        const detail = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return {
          ...(at === undefined ? {} : { line: fenceLine + at }),
          message: `the front matter is not valid YAML (${detail}): check the colons and quotes on this line (a value containing ": " needs quotes around it)`,
        };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { fields: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ line: fenceLine + 1, message: 'the front matter between the --- lines must be `key: value` lines, such as `name: Onboarding`' }] };
  }
  const record = data as Record<string, unknown>;
  const field = (key: string) => {
    const v = record[key];
    return typeof v === 'string' || typeof v === 'number' ? clean(String(v)) : '';
  };
  return { fields: { name: field('name'), title: field('title') } };
}

/** The words of a node, struck-through words dropped unless asked for (a skipped item is listed by its struck words). */
const textOf = (node: Nodes, keepStruck = false) => markdownText(node, { dropStruck: !keepStruck });

/** True when struck-through words are all the item says (an owner prefix aside). */
function isStruck(paragraph: Paragraph): boolean {
  if (!paragraph.children.some((c) => c.type === 'delete')) return false;
  const rest = clean(textOf(paragraph));
  const label = /^([\p{L} ]{2,30}?)\s*[:\-–—]?$/u.exec(rest)?.[1];
  const left = label !== undefined && OWNERS[label.trim().toLowerCase()] ? '' : rest;
  return !/[\p{L}\p{N}]/u.test(left);
}

function countTasks(nodes: readonly RootContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') n++;
    if ('children' in node) n += countTasks(node.children as RootContent[]);
  }
  return n;
}

/** The first http(s) address of an item's own line: a link's, else one written out in the text. */
function firstUrl(paragraph: Paragraph): string | undefined {
  const links: Link[] = [];
  const find = (node: Nodes) => {
    if (node.type === 'link') links.push(node);
    if (node.type !== 'delete' && 'children' in node) for (const c of node.children) find(c);
  };
  find(paragraph);
  const linked = links.map((l) => l.url).find((u) => /^https?:\/\/\S+$/i.test(u));
  if (linked) return linked.slice(0, 2000);
  const written = /\bhttps?:\/\/[^\s<>"'`]+/i.exec(textOf(paragraph))?.[0]?.replace(/[.,;:!?)\]]+$/, '');
  return written?.slice(0, 2000);
}

/** The text of a scrap of HTML: tags dropped, the common entities read. */
function plainFromHtml(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[<>]/g, '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word where one is near, with an ellipsis. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** "docs/onboarding/Data Onboarding.md" → "Data Onboarding"; "new-hire_checklist.md" → "new hire checklist". */
function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(?:md|markdown|txt)$/i, '');
  const words = clean(/\s/.test(base) ? base : base.replace(/[-_]+/g, ' '));
  return cut(words || 'Onboarding checklist', MAX_TEMPLATE_TITLE);
}
