/**
 * A CODEOWNERS file (GitHub or GitLab) read into system drafts for the surface-area map,
 * and the rules it holds, to tell later which system a file in the repository belongs to.
 * Pure: it returns a preview and writes nothing.
 *
 * The flavour is GitLab when the file has a section header (`[Docs]`, `^[Docs]`,
 * `[Docs][2] @owner`), else GitHub. Then:
 *  - GitHub: each pattern is a system, `codeowners:<pattern as written>`. A pattern listed
 *    twice is one system whose owners come from its last line, as GitHub reads it.
 *  - GitLab: each named section is a system, `codeowners:[Section]`, gathering its patterns
 *    and their owners; names are compared without case and repeated sections combine, as
 *    GitLab does. Rules before the first header are GitLab's unnamed section: each of those
 *    patterns is a system of its own, as in a GitHub file.
 * A pattern with no owner is valid (GitHub: the paths are deliberately unowned; GitLab: the
 * section's default owners apply, else unowned) and still becomes a system, with no owner.
 * The catch-all `*` is named "Everything else (*)": it is what no other line claims.
 *
 * Lines GitHub refuses are problems, and one problem refuses the whole file (no rules, no
 * drafts): GitHub ignores such lines, so importing the rest would give the manager a map
 * that differs from what the repository enforces without saying so.
 *
 * Matching a path follows gitignore through the `ignore` package, with the two places
 * where the hosts differ from gitignore: `docs/*` covers the files directly in docs, not
 * deeper ones (GitHub's documentation says so), and in a GitLab file a relative path with a
 * slash (`internal/README.md`) matches at any depth. Paths are compared with case, as git does.
 */
import ignore from 'ignore';
import { parseCodeownersOwner, refuseText, type OwnerRef, type SurfaceProblem, type SystemDraft } from './owners.ts';

export type CodeownersFlavour = 'github' | 'gitlab';

/** One pattern line. */
export interface CodeownersRule {
  line: number;
  /** As written, with `\ ` read as a space. */
  pattern: string;
  /** Who owns what it matches: its own owners, else (GitLab) its section's defaults. Empty: unowned. */
  owners: OwnerRef[];
  /** The GitLab section it is under, as first written; absent before any header and in GitHub files. */
  section?: string;
  /** GitLab `!pattern`: what it matches needs no owner in its section, whatever comes later. */
  exclusion?: boolean;
  /** GitLab: a relative pattern with a slash matches at any depth (gitignore would anchor it). */
  anywhere?: boolean;
}

export interface CodeownersSection {
  /** As first written. */
  name: string;
  line: number;
  /** Only when every header of this name starts with ^. */
  optional: boolean;
  approvals?: number;
  /** Owners named on the header line(s). */
  defaultOwners: OwnerRef[];
}

export interface CodeownersPreview {
  flavour: CodeownersFlavour;
  /** In file order; empty when there is a problem. */
  rules: CodeownersRule[];
  /** GitLab sections, in order of first appearance. */
  sections: CodeownersSection[];
  /** Systems to add or update; empty when there is a problem. */
  drafts: SystemDraft[];
  /** Lines GitHub or GitLab would refuse. While there is one, nothing is written. */
  problems: SurfaceProblem[];
  /** Patterns listed again further down: the later line wins, so the earlier one is not used. */
  overridden: { line: number; pattern: string; byLine: number }[];
}

/** `[Name]`, `^[Name]`, `[Name][2]`, each optionally followed by default owners. */
const SECTION_HEADER = /^(\^)?\[([^\]]*)\](?:\[([^\]]*)\])?(?:\s+(.*))?$/;
/** The stored externalKey is at most 500 characters, with room for `codeowners:`. */
const MAX_PATTERN = 480;

/** Reads a CODEOWNERS file's text. */
export function readCodeowners(text: string): CodeownersPreview {
  const preview: CodeownersPreview = { flavour: 'github', rules: [], sections: [], drafts: [], problems: [], overridden: [] };
  const refusal = refuseText(text, 'CODEOWNERS file');
  if (refusal) {
    preview.problems.push({ line: 1, message: refusal });
    return preview;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const isHeader = (line: string) => /^\^?\[/.test(line) && SECTION_HEADER.test(line);
  const flavour: CodeownersFlavour = lines.some((l) => isHeader(l.trim())) ? 'gitlab' : 'github';
  preview.flavour = flavour;
  const host = flavour === 'github' ? 'GitHub' : 'GitLab';
  const problem = (line: number, message: string) => preview.problems.push({ line, message });

  const sections = new Map<string, CodeownersSection>();
  let section: CodeownersSection | undefined;

  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;

    if (flavour === 'gitlab' && /^\^?\[/.test(content)) {
      const header = SECTION_HEADER.exec(content);
      const name = header?.[2]?.trim() ?? '';
      if (!header || name === '') {
        problem(line, header ? 'a section header needs a name between the brackets, e.g. [Documentation]' : 'this section header cannot be read: write it as [Section], ^[Section] or [Section][2], then any default owners');
        section = undefined;
        return;
      }
      const approvalsText = header[3];
      if (approvalsText !== undefined && !/^\s*[1-9]\d*\s*$/.test(approvalsText)) problem(line, `the number of approvals “${approvalsText}” must be a whole number of at least 1, as in [${name}][2]`);
      const defaults = readOwners(header[4] ?? '', line, flavour, problem);
      const key = name.toLowerCase();
      const existing = sections.get(key);
      const optional = header[1] === '^';
      if (existing) {
        // GitLab combines sections of the same name; one required header makes the whole section required.
        existing.optional = existing.optional && optional;
        for (const owner of defaults) if (!existing.defaultOwners.some((o) => o.text.toLowerCase() === owner.text.toLowerCase())) existing.defaultOwners.push(owner);
        section = existing;
      } else {
        section = { name, line, optional, defaultOwners: defaults, ...(approvalsText && /^\s*[1-9]\d*\s*$/.test(approvalsText) ? { approvals: Number(approvalsText) } : {}) };
        sections.set(key, section);
        preview.sections.push(section);
      }
      return;
    }

    const tokens = splitLine(content);
    const first = tokens[0]!;
    const ownerTexts = tokens.slice(1);
    if (parseCodeownersOwner(first.text)) {
      problem(line, `the line starts with the owner ${first.text}: a rule starts with the path it covers, then its owners (e.g. /docs/ ${first.text})`);
      return;
    }
    const pattern = first.text;
    let exclusion = false;
    let patternOk = true;
    if (first.raw.startsWith('\\#')) {
      problem(line, `${host} does not read \\# as an escaped #: a pattern cannot start with # (the line would be a comment)`);
      patternOk = false;
    } else if (pattern.startsWith('!')) {
      if (flavour === 'github') {
        problem(line, 'GitHub does not support ! to exclude paths: give the paths their own line with no owner instead, which leaves them unowned');
        patternOk = false;
      } else if (ownerTexts.length > 0) {
        problem(line, 'an exclusion (!pattern) takes no owners: it says the paths need no owner in this section');
        patternOk = false;
      } else exclusion = true;
    }
    if (flavour === 'github' && /[[\]]/.test(pattern)) {
      problem(line, 'GitHub does not support [ ] character ranges in CODEOWNERS: list each path, or use * instead');
      patternOk = false;
    }
    if (pattern === '/') {
      problem(line, 'the pattern / never matches anything: use * to mean every file');
      patternOk = false;
    }
    if (pattern.length > MAX_PATTERN) {
      problem(line, `the pattern is ${pattern.length} characters long; Turbine keeps patterns up to ${MAX_PATTERN}`);
      patternOk = false;
    }
    const owners = readOwners(ownerTexts.map((t) => t.text).join(' '), line, flavour, problem);
    if (!patternOk) return;
    const body = exclusion ? pattern.slice(1) : pattern;
    const rule: CodeownersRule = {
      line,
      pattern,
      // Default owners of every header of this name so far: GitLab combines sections of the same name.
      owners: exclusion ? [] : owners.length > 0 || !section ? owners : [...section.defaultOwners],
      ...(section ? { section: section.name } : {}),
      ...(exclusion ? { exclusion } : {}),
      ...(flavour === 'gitlab' && !body.startsWith('/') && !body.startsWith('**/') && body.replace(/\/$/, '').includes('/') ? { anywhere: true } : {}),
    };
    preview.rules.push(rule);
  });

  if (preview.problems.length > 0) {
    preview.rules = [];
    return preview;
  }
  if (preview.rules.length === 0 && preview.sections.length === 0) {
    problem(1, 'the file holds no rules: a CODEOWNERS line is a path pattern followed by its owners, e.g. /docs/ @mei');
    return preview;
  }
  preview.drafts = drafts(preview);
  return preview;
}

interface Token {
  /** With `\ ` read as a space. */
  text: string;
  raw: string;
}

/** Splits on whitespace, except a space escaped with a backslash, which both hosts allow in paths. */
function splitLine(content: string): Token[] {
  return (content.match(/(?:\\.|\S)+/g) ?? []).map((raw) => ({ raw, text: raw.replace(/\\ /g, ' ') }));
}

function readOwners(text: string, line: number, flavour: CodeownersFlavour, problem: (line: number, message: string) => void): OwnerRef[] {
  const host = flavour === 'github' ? 'GitHub' : 'GitLab';
  const owners: OwnerRef[] = [];
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (const [i, word] of words.entries()) {
    if (word.startsWith('#')) {
      problem(line, `${host} does not allow a comment after the owners (“${words.slice(i).join(' ')}”): move it to a line of its own`);
      break;
    }
    const owner = parseCodeownersOwner(word);
    if (!owner || (owner.kind === 'role' && flavour === 'github')) {
      problem(line, `owner “${word}” is not one ${host} accepts: write @user, @org/team or an e-mail address`);
      continue;
    }
    if (!owners.some((o) => o.text.toLowerCase() === owner.text.toLowerCase())) owners.push(owner);
  }
  return owners;
}

/* ---------- Drafts ---------- */

/** `/plugins/catalog-*` → `plugins/catalog-*`; `*` → `Everything else (*)`. */
export function patternName(pattern: string): string {
  if (pattern === '*' || pattern === '**' || pattern === '/**' || pattern === '**/*') return `Everything else (${pattern})`;
  return pattern.replace(/^\/+/, '');
}

const ownersText = (owners: readonly OwnerRef[]) => owners.map((o) => o.text).join(' ');

function drafts(preview: CodeownersPreview): SystemDraft[] {
  const out: SystemDraft[] = [];
  const byPattern = new Map<string, SystemDraft>();
  const lastLineOf = new Map<string, number>();
  for (const rule of preview.rules) {
    if (rule.section !== undefined || rule.exclusion) continue;
    const earlier = lastLineOf.get(rule.pattern);
    if (earlier !== undefined) preview.overridden.push({ line: earlier, pattern: rule.pattern, byLine: rule.line });
    lastLineOf.set(rule.pattern, rule.line);
    const draft: SystemDraft = {
      externalKey: `codeowners:${rule.pattern}`,
      name: patternName(rule.pattern),
      kind: 'service',
      description: '',
      links: [],
      owners: rule.owners,
      context: rule.owners.length > 0 ? `CODEOWNERS: ${rule.pattern} ${ownersText(rule.owners)}` : `CODEOWNERS: ${rule.pattern} has no owner, so these files are left unowned`,
      line: rule.line,
    };
    const existing = byPattern.get(rule.pattern);
    // The later line wins on GitHub; the system keeps the place (and line) of its first mention.
    if (existing) Object.assign(existing, { owners: draft.owners, context: draft.context });
    else {
      byPattern.set(rule.pattern, draft);
      out.push(draft);
    }
  }
  for (const section of preview.sections) {
    const rules = preview.rules.filter((r) => r.section === section.name);
    const owners: OwnerRef[] = [];
    for (const owner of [...section.defaultOwners, ...rules.flatMap((r) => (r.exclusion ? [] : r.owners))]) {
      if (!owners.some((o) => o.text.toLowerCase() === owner.text.toLowerCase())) owners.push(owner);
    }
    const traits = [section.optional ? 'optional' : undefined, section.approvals ? `${section.approvals} approvals needed` : undefined].filter(Boolean);
    const paths = rules.map((r) => r.pattern);
    out.push({
      externalKey: `codeowners:[${section.name}]`,
      name: section.name,
      kind: 'service',
      description: '',
      links: [],
      owners,
      context: `CODEOWNERS section [${section.name}]${traits.length ? ` (${traits.join(', ')})` : ''}: ${paths.length ? paths.join(', ') : 'no paths yet'}`,
      line: section.line,
    });
  }
  // GitLab files can put a section before an unnamed rule only by a header: order by line for the preview.
  return out.sort((a, b) => a.line - b.line);
}

/* ---------- Which rule owns a path ---------- */

const matchers = new WeakMap<CodeownersRule, (path: string) => boolean>();

function matcherOf(rule: CodeownersRule): (path: string) => boolean {
  const cached = matchers.get(rule);
  if (cached) return cached;
  let glob = rule.exclusion ? rule.pattern.slice(1) : rule.pattern;
  if (rule.anywhere) glob = `**/${glob}`;
  // git's own case rules: docs/ and Docs/ are different directories.
  const ig: ignore.Ignore = ignore({ ignorecase: false }).add(glob);
  // `dir/*` covers what is directly in dir only; any other pattern also covers what is under a matching directory.
  const directOnly = /\/\*$/.test(glob) && !/(^|\/)\*\*\/\*$/.test(glob);
  const matcher = (path: string) => {
    if (!ig.test(path).ignored) return false;
    if (!directOnly) return true;
    const parent = path.replace(/\/$/, '').replace(/\/?[^/]*$/, '');
    return parent === '' || !ig.test(`${parent}/`).ignored;
  };
  matchers.set(rule, matcher);
  return matcher;
}

/** A repository path as the rules expect it: relative, forward slashes; `dir/` means a directory. */
function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

/** The rules that decide a path's owners: one for a GitHub file, up to one per section in a GitLab file. */
export function rulesOfPath(rules: readonly CodeownersRule[], path: string): CodeownersRule[] {
  const target = normalisePath(path);
  if (target === '' || !ignore.isPathValid(target.replace(/\/$/, ''))) return [];
  const decided = new Map<string, CodeownersRule | null>();
  // Last matching pattern wins, so read from the end; in GitLab each section decides on its own.
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    const key = rule.section?.toLowerCase() ?? '';
    if (decided.get(key) === null) continue;
    if (!matcherOf(rule)(target)) continue;
    // A GitLab exclusion cannot be overridden by a later line in its section, so any exclusion that matches wins.
    if (rule.exclusion) decided.set(key, null);
    else if (!decided.has(key)) decided.set(key, rule);
  }
  return [...decided.values()].filter((r): r is CodeownersRule => r !== null).sort((a, b) => a.line - b.line);
}

/**
 * Who owns a path: the owners of the last matching pattern (GitHub), or of the last
 * matching pattern in each section, together (GitLab). `[]` when the path is matched by a
 * line with no owner (deliberately unowned), undefined when no line matches it at all.
 */
export function ownersOfPath(rules: readonly CodeownersRule[], path: string): OwnerRef[] | undefined {
  const deciding = rulesOfPath(rules, path);
  if (deciding.length === 0) return undefined;
  const owners: OwnerRef[] = [];
  for (const owner of deciding.flatMap((r) => r.owners)) if (!owners.some((o) => o.text.toLowerCase() === owner.text.toLowerCase())) owners.push(owner);
  return owners;
}

/**
 * The external keys of the systems a path belongs to, as the drafts name them: the matching
 * pattern's system (GitHub, or GitLab's unnamed section) and each section that matches it.
 */
export function systemsOfPath(rules: readonly CodeownersRule[], path: string): string[] {
  return rulesOfPath(rules, path).map((rule) => `codeowners:${rule.section === undefined ? rule.pattern : `[${rule.section}]`}`);
}
