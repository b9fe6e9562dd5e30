import type { z } from 'zod';

/** One thing wrong with an imported file, and where: a JSON path such as $.data.people[3].name. */
export interface Problem {
  path: string;
  message: string;
}

export type ImportFailureKind =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-turbine'
  | 'newer-version'
  | 'schema'
  | 'duplicate-ids'
  | 'dangling-references';

/** Why a file was refused: a headline a manager can act on, and the first problems found. */
export interface ImportFailure {
  kind: ImportFailureKind;
  headline: string;
  problems: Problem[];
  /** How many problems there were in all; `problems` holds only the first few. */
  total: number;
}

/** Enough to find and fix, not so many that the message becomes a wall. */
export const MAX_PROBLEMS_SHOWN = 10;

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * Turns Zod's issues into problems with JSON paths, in the order found. `input` is the
 * value the issue paths start from: issues do not carry the offending value, and the
 * manager needs to hear "is missing" apart from "is a number where text belongs".
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): Problem[] {
  return issues.map((issue) => ({
    path: jsonPath([...prefix, ...issue.path]),
    message: describeIssue(issue, valueAt(input, issue.path)),
  }));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return `is missing (expected ${issue.expected})`;
    return `must be ${withArticle(issue.expected)}, not ${withArticle(typeOf(value))}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown fields: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union') return 'does not match any allowed shape';
  return issue.message;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function withArticle(type: string): string {
  if (type === 'null' || type === 'undefined') return type;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

export function failure(kind: ImportFailureKind, headline: string, problems: Problem[] = []): ImportFailure {
  return { kind, headline, problems: problems.slice(0, MAX_PROBLEMS_SHOWN), total: problems.length };
}

