/**
 * Small wording helpers, so sentences built from pieces read as if written by hand:
 * a quoted text that already ends a sentence gets no second full stop, a sentence that
 * starts with a label or a status starts with a capital, and counts agree with their noun.
 * Pure string functions; the UI and the domain both use them.
 */

/** Characters that end a sentence. */
const ENDS = /[.!?…]$/u;
/** Closing quotes and brackets that may follow a sentence's end: `“Done.”` ends with the full stop. */
const CLOSERS = /[”’"'»)\]]+$/u;

/** True if the text already ends a sentence, looking past closing quotes and brackets. */
export function endsSentence(text: string): boolean {
  return ENDS.test(text.trimEnd().replace(CLOSERS, ''));
}

/**
 * Ends a sentence with a full stop unless it already ends with . ! ? or …
 * (before any closing quote): `Done: “Ship it.”` stays as it is, `Done: “Ship it”` gets its full stop.
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === '') return trimmed;
  return endsSentence(trimmed) ? trimmed : `${trimmed}.`;
}

/** A user's text in curly quotes, trimmed: `“Ship it.”`. */
export function quote(text: string): string {
  return `“${text.trim()}”`;
}

/** A sentence that ends with a quoted text: `Saved “Ship it.”` rather than `Saved “Ship it.”.`. */
export function sentenceEndingWithQuote(before: string, text: string): string {
  return endSentence(`${before}${quote(text)}`);
}

/**
 * Capitalises the first letter of a sentence, past any leading quote or bracket:
 * `in progress since Monday` → `In progress since Monday`. The rest is left alone.
 */
export function capitalise(text: string): string {
  return text.replace(/^([\s“‘"'(«]*)(\p{Ll})/u, (_, lead: string, letter: string) => `${lead}${letter.toUpperCase()}`);
}

/** A count with its noun: `1 hour`, `3 hours`, `2 capabilities` (pass `many` when it is not `one` + s). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A count used as an adjective, always singular and hyphenated: `a 3-hour time box`, `a 1-day course`. */
export function countAdjective(n: number, unit: string): string {
  return `${formatCount(n)}-${unit}`;
}

/**
 * `Label: value` when there is a value to show, otherwise `empty` (undefined by default, so the
 * caller can leave the phrase out): never `Name: ` with nothing after it. A number gets its
 * noun when `unit` says what it counts (`Reported: 5 hours`).
 */
export function labelled(label: string, value: string | number | undefined | null, options: { unit?: [one: string, many?: string]; empty?: string } = {}): string | undefined {
  if (value === undefined || value === null) return options.empty;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return options.empty;
    return `${label}: ${options.unit ? plural(value, options.unit[0], options.unit[1]) : formatCount(value)}`;
  }
  const text = value.trim();
  return text === '' ? options.empty : `${label}: ${text}`;
}

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Thousands grouped and at most one decimal: 1,250 and 2.5, not 2.4999999. */
function formatCount(n: number): string {
  return counts.format(n);
}
