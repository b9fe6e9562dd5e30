/**
 * Decision records: one row per decision in the `decisions` table (indexed by date).
 * Each write builds the whole record and checks it with the Decision schema before
 * it reaches the table, and stamps `updatedAt`; an edit over a version another tab saved
 * since the form read it is refused (fresh.ts). Errors propagate to the island, which
 * shows them.
 */
import { Decision } from '../schemas/decision.ts';
import type { Person } from '../schemas/person.ts';
import { database } from './database.ts';
import { checkFresh, stamp } from './fresh.ts';

export type DecisionStatus = Decision['status'];

/** What the decision forms hand over. The quick form leaves context and input empty. */
export interface DecisionDraft {
  title: string;
  date: string;
  decided: string;
  why: string;
  decidedBy: string;
  context: string;
  input: string[];
  status: DecisionStatus;
}

function buildRecord(base: { id: string; sample?: boolean | undefined; updatedAt?: string | undefined }, draft: DecisionDraft): Decision {
  return Decision.parse({
    id: base.id,
    updatedAt: stamp(base.updatedAt),
    title: draft.title,
    date: draft.date,
    decided: draft.decided.trim(),
    why: draft.why.trim(),
    decidedBy: draft.decidedBy.trim(),
    context: draft.context.trim(),
    input: draft.input.map((name) => name.trim()).filter((name) => name !== ''),
    status: draft.status,
    ...(base.sample !== undefined ? { sample: base.sample } : {}),
  });
}

/** Records a decision; returns its id. */
export async function addDecision(draft: DecisionDraft): Promise<string> {
  const record = buildRecord({ id: crypto.randomUUID() }, draft);
  await database().decisions.add(record);
  return record.id;
}

/**
 * Rewrites a decision (a proposal becoming a decision, a decision superseded, a typo fixed).
 * `readAt` is the `updatedAt` of the decision as the form read it: the edit is refused when
 * another tab saved it since, or removed it.
 */
export async function updateDecision(id: string, draft: DecisionDraft, readAt: string | undefined): Promise<void> {
  const db = database();
  await db.transaction('rw', db.decisions, async () => {
    const current = await checkFresh(db.decisions, { id, updatedAt: readAt }, `The decision “${draft.title.trim() || 'without a title'}”`);
    await db.decisions.put(buildRecord(current, draft));
  });
}

export async function deleteDecision(id: string): Promise<void> {
  await database().decisions.delete(id);
}

export interface DecisionsPage {
  /** Newest first. */
  decisions: Decision[];
  /** Names of people on the team, for "who decides" and "who gave input" suggestions. */
  names: string[];
}

export async function readDecisionsPage(): Promise<DecisionsPage> {
  const db = database();
  return db.transaction('r', db.decisions, db.people, async () => {
    const [decisions, people] = await Promise.all([db.decisions.orderBy('date').reverse().toArray(), db.people.toArray()]);
    return { decisions, names: currentNames(people) };
  });
}

function currentNames(people: readonly Person[]): string[] {
  return people
    .filter((p) => p.status !== 'moved-on')
    .map((p) => p.name)
    .sort((a, b) => a.localeCompare(b));
}
