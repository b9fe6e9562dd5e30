/**
 * When each person's next 1:1 is, which 1:1s are overdue, and which action items
 * are still open. Pure and Zod-free (type-only imports), because Home uses it and
 * must stay small and fast.
 *
 * The rules, for a current person (moved-on people are never due):
 *  - a 1:1 dated after today is a planned one, not a held one;
 *  - the last 1:1 is the latest held one;
 *  - the next 1:1 is the earliest planned 1:1 or the next date set on the latest held
 *    1:1 that has one (if it falls after the last 1:1), whichever comes first from today on;
 *    failing that, a next date that has already passed;
 *  - overdue: the next date is before today ("overdue"); or they never had a 1:1 and
 *    none is planned ("never"); or no next 1:1 is planned and the last one was more than
 *    UNPLANNED_AFTER_DAYS ago ("unplanned"), so a log without next dates still nags.
 *  - someone whose start date is after today is not due yet.
 */
import type { OneOnOne } from '../schemas/one-on-one.ts';
import type { Person } from '../schemas/person.ts';
import { daysBetween } from './dates.ts';
import { plural } from './words.ts';

/** With no next 1:1 set, a conversation is due this long after the last one (about monthly). */
export const UNPLANNED_AFTER_DAYS = 30;

type PersonLike = Pick<Person, 'id' | 'name' | 'status'> & { startDate?: string | undefined };
type OneOnOneLike = Pick<OneOnOne, 'id' | 'personId' | 'date' | 'nextDate'>;

export type CadenceState =
  /** A next 1:1 is planned today or later. */
  | 'planned'
  /** The planned next 1:1 date has passed. */
  | 'overdue'
  /** A current person who has never had a 1:1 and has none planned. */
  | 'never'
  /** Had 1:1s, none planned, and the last was a while ago. */
  | 'unplanned'
  /** Had 1:1s, none planned, but the last one was recent. */
  | 'recent'
  /** Not due: moved on, or not started yet. */
  | 'not-due';

export interface Cadence {
  personId: string;
  state: CadenceState;
  overdue: boolean;
  /** Date of the latest held 1:1. */
  last?: string;
  /** Date of the next 1:1 as planned (may be in the past when overdue). */
  next?: string;
  /** Days since the next date passed ("overdue"), or since the last 1:1 ("unplanned"). */
  days?: number;
  /** How many 1:1s were held. */
  held: number;
}

/** The 1:1 cadence of one person, from their own 1:1s (others are ignored). */
export function cadenceOf(person: PersonLike, oneOnOnes: readonly OneOnOneLike[], today: string): Cadence {
  const mine = oneOnOnes.filter((o) => o.personId === person.id);
  const held = mine.filter((o) => o.date <= today);
  const last = held.reduce<string | undefined>((max, o) => (max === undefined || o.date > max ? o.date : max), undefined);
  const base = { personId: person.id, held: held.length, ...(last ? { last } : {}) };

  if (person.status === 'moved-on' || (person.startDate !== undefined && person.startDate > today)) {
    return { ...base, state: 'not-due', overdue: false };
  }

  // The next date set most recently: on the latest held 1:1 that has one.
  let setOn: OneOnOneLike | undefined;
  for (const o of held) {
    if (o.nextDate === undefined) continue;
    if (!setOn || o.date > setOn.date || (o.date === setOn.date && o.nextDate > setOn.nextDate!)) setOn = o;
  }
  const fromLog = setOn?.nextDate !== undefined && (last === undefined || setOn.nextDate > last) ? setOn.nextDate : undefined;
  const upcoming = [...mine.filter((o) => o.date > today).map((o) => o.date), ...(fromLog && fromLog >= today ? [fromLog] : [])].sort();

  if (upcoming.length > 0) return { ...base, state: 'planned', overdue: false, next: upcoming[0]! };
  if (fromLog) return { ...base, state: 'overdue', overdue: true, next: fromLog, days: daysBetween(fromLog, today) };
  if (last === undefined) return { ...base, state: 'never', overdue: true };
  const since = daysBetween(last, today);
  if (since > UNPLANNED_AFTER_DAYS) return { ...base, state: 'unplanned', overdue: true, days: since };
  return { ...base, state: 'recent', overdue: false };
}

/** Every person's cadence, keyed by person id. */
export function cadences(people: readonly PersonLike[], oneOnOnes: readonly OneOnOneLike[], today: string): Map<string, Cadence> {
  const byPerson = new Map<string, OneOnOneLike[]>();
  for (const o of oneOnOnes) {
    const list = byPerson.get(o.personId);
    if (list) list.push(o);
    else byPerson.set(o.personId, [o]);
  }
  return new Map(people.map((p) => [p.id, cadenceOf(p, byPerson.get(p.id) ?? [], today)]));
}

export interface OverdueOneOnOne {
  personId: string;
  name: string;
  cadence: Cadence;
}

/**
 * The people due a 1:1, most urgent first: never met, then the longest overdue, then
 * the longest since a 1:1 with none planned; ties by name.
 */
export function overdueOneOnOnes(people: readonly PersonLike[], oneOnOnes: readonly OneOnOneLike[], today: string): OverdueOneOnOne[] {
  const all = cadences(people, oneOnOnes, today);
  const rank = (c: Cadence) => (c.state === 'never' ? 0 : c.state === 'overdue' ? 1 : 2);
  return people
    .map((p) => ({ personId: p.id, name: p.name, cadence: all.get(p.id)! }))
    .filter((o) => o.cadence.overdue)
    .sort((a, b) => rank(a.cadence) - rank(b.cadence) || (b.cadence.days ?? 0) - (a.cadence.days ?? 0) || a.name.localeCompare(b.name));
}

export interface OpenActionItem {
  oneOnOneId: string;
  itemId: string;
  text: string;
  owner: string;
  personId: string;
  personName: string;
  /** The date of the 1:1 the item came from. */
  date: string;
}

type WithItems = OneOnOneLike & Pick<OneOnOne, 'actionItems'>;

/**
 * Action items not done yet, from the 1:1s of people still on the team, oldest 1:1
 * first (what has waited longest). A moved-on person's items stay in their log.
 */
export function openActionItems(people: readonly PersonLike[], oneOnOnes: readonly WithItems[]): OpenActionItem[] {
  const current = new Map(people.filter((p) => p.status !== 'moved-on').map((p) => [p.id, p.name]));
  const out: OpenActionItem[] = [];
  for (const o of oneOnOnes) {
    const personName = current.get(o.personId);
    if (personName === undefined) continue;
    for (const item of o.actionItems) {
      if (item.done) continue;
      out.push({ oneOnOneId: o.id, itemId: item.id, text: item.text, owner: item.owner, personId: o.personId, personName, date: o.date });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.personName.localeCompare(b.personName));
}

/** One person's log as the page shows it: newest first; on the same day by next date, then id, so the order is stable. */
export function logNewestFirst<O extends OneOnOneLike>(oneOnOnes: readonly O[], personId: string): O[] {
  return oneOnOnes
    .filter((o) => o.personId === personId)
    .sort((a, b) => b.date.localeCompare(a.date) || (b.nextDate ?? '').localeCompare(a.nextDate ?? '') || a.id.localeCompare(b.id));
}

/** A template's questions as a plain-text outline for the notes: numbered, a blank line after each for the answer. */
export function questionOutline(title: string, questions: readonly string[]): string {
  return `${title}\n\n${questions.map((q, i) => `${i + 1}. ${q}\n`).join('\n')}`;
}

/** Notes with an outline added at the end, after what is already written. */
export function appendToNotes(notes: string, outline: string): string {
  return notes.trim() === '' ? outline : `${notes.trimEnd()}\n\n${outline}`;
}

/** How a cadence reads in a sentence: "4 days overdue", "never", "due today", … */
export function describeCadence(c: Cadence): string {
  switch (c.state) {
    case 'never':
      return 'never had a 1:1';
    case 'overdue':
      return `${plural(c.days ?? 0, 'day')} overdue`;
    case 'unplanned':
      return `none planned; the last was ${plural(c.days ?? 0, 'day')} ago`;
    case 'planned':
      return 'planned';
    case 'recent':
      return 'none planned yet';
    case 'not-due':
      return 'not due';
  }
}
