/**
 * Finding a decision six months on: a search over every field a person might
 * remember (title, context, what was decided, why, who decided, who gave input)
 * and a status filter. Every word of the query must appear somewhere in the record;
 * case and accents are ignored, so "tomas" finds "Tomás".
 */
import type { Decision } from '../schemas/decision.ts';

export type DecisionStatusFilter = Decision['status'] | 'all';

export interface DecisionFilter {
  query: string;
  status: DecisionStatusFilter;
}

type DecisionLike = Pick<Decision, 'title' | 'context' | 'decided' | 'why' | 'decidedBy' | 'input' | 'date' | 'status'>;

/** Lower case, no accents, runs of spaces collapsed: what a search compares. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function haystack(d: DecisionLike): string {
  return normalise([d.title, d.context, d.decided, d.why, d.decidedBy, ...d.input].join('\n'));
}

/** The words of a query; quotes are not special, punctuation is kept (a search for "v2" must find "v2"). */
export function queryWords(query: string): string[] {
  const q = normalise(query);
  return q === '' ? [] : q.split(' ');
}

/** The decisions that match, newest first (ties by title). */
export function filterDecisions<D extends DecisionLike>(decisions: readonly D[], filter: DecisionFilter): D[] {
  const words = queryWords(filter.query);
  return decisions
    .filter((d) => filter.status === 'all' || d.status === filter.status)
    .filter((d) => {
      if (words.length === 0) return true;
      const text = haystack(d);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/**
 * Splits "who gave input", typed one per line, into names. Only line breaks separate:
 * an entry such as "Peter Lindqvist, Finance" must survive an edit unchanged.
 */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
