/**
 * Privacy commands for the Hire phase: the retention setting, and anonymising or deleting
 * a candidate. Candidates are one row each; their scorecards are read and written as one
 * group per candidate (record-store.ts). Each command is one rw transaction over exactly the
 * tables it changes, and validates every record with Zod before writing it, so a failure
 * anywhere leaves the workspace as it was. Nothing is caught here: the page shows errors.
 *
 * Only scorecards point at candidates (src/schemas/references.ts), so deleting a
 * candidate and their scorecard set leaves no reference dangling.
 */
import { Candidate, Scorecard } from '../schemas/hiring.ts';
import { Settings } from '../schemas/settings.ts';
import { anonymiseCandidate as anonymised, anonymiseScorecards, whatAnonymiseRemoves, whatDeleteRemoves, type Removal } from '../domain/hire/retention.ts';
import type { TurbineDB } from './database.ts';
import { database } from './database.ts';
import { groupTable, putGroup, readGroup } from './record-store.ts';
import { stamp } from './fresh.ts';
import { readSettings } from './workspace.ts';

export interface PrivacyData {
  candidates: Candidate[];
  openings: { id: string; title: string }[];
  settings: Settings;
}

/** What the privacy page lists: candidates, opening titles and the retention setting (scorecards are read per candidate, when asked). */
export async function readPrivacy(): Promise<PrivacyData> {
  const db = database();
  return db.transaction('r', [db.candidates, db.openings, db.settings], async () => {
    const [candidates, openings, settings] = await Promise.all([db.candidates.toArray(), db.openings.toArray(), readSettings()]);
    return { candidates, openings: openings.map((o) => ({ id: o.id, title: o.title })), settings };
  });
}

async function candidateOf(db: TurbineDB, candidateId: string): Promise<Candidate> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error('that candidate is no longer in the workspace');
  return candidate;
}

export interface RemovalPreview {
  candidate: Candidate;
  anonymise: Removal[];
  delete: Removal[];
}

/** Exactly what anonymising and deleting this candidate would remove, for the confirmation. */
export async function previewRemoval(candidateId: string): Promise<RemovalPreview> {
  const db = database();
  return db.transaction('r', [db.candidates, groupTable(db, 'scorecards')], async () => {
    const candidate = await candidateOf(db, candidateId);
    const cards = await readGroup(db, 'scorecards', candidateId);
    return { candidate, anonymise: whatAnonymiseRemoves(candidate, cards), delete: whatDeleteRemoves(candidate, cards) };
  });
}

/** Sets how many days after rejection or withdrawal a candidate's personal data is due for removal. */
export async function setRetentionDays(days: number): Promise<Settings> {
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    const settings = Settings.parse({ ...(await readSettings()), retentionDays: days });
    await db.settings.put({ ...settings, id: 'settings' });
    return settings;
  });
}

/**
 * Removes the candidate's name, contact, notes and rationale and their scorecards' evidence
 * and notes; scores, recommendations, stage dates and the outcome stay for calibration.
 * Returns what was removed.
 */
export async function anonymiseCandidate(candidateId: string, now: string): Promise<Removal[]> {
  const db = database();
  return db.transaction('rw', [db.candidates, groupTable(db, 'scorecards')], async () => {
    const candidate = await candidateOf(db, candidateId);
    const cards = await readGroup(db, 'scorecards', candidateId);
    const removed = whatAnonymiseRemoves(candidate, cards);
    // Anonymised already, with nothing new to remove: leave the records (and their stamp) as they are.
    if (removed.length === 0 && candidate.anonymisedAt !== undefined) return removed;
    // Stamped, so a details form opened before cannot write the removed name back.
    const record = Candidate.parse({ ...anonymised(candidate, now), updatedAt: stamp(candidate.updatedAt) });
    const cleaned = anonymiseScorecards(cards).map((card) => Scorecard.parse(card));
    await db.candidates.put(record);
    await putGroup(db, 'scorecards', candidateId, cleaned);
    return removed;
  });
}

/** Removes the candidate and every scorecard about them. Returns what was removed. */
export async function deleteCandidate(candidateId: string): Promise<Removal[]> {
  const db = database();
  return db.transaction('rw', [db.candidates, groupTable(db, 'scorecards')], async () => {
    const candidate = await candidateOf(db, candidateId);
    const removed = whatDeleteRemoves(candidate, await readGroup(db, 'scorecards', candidateId));
    await putGroup(db, 'scorecards', candidateId, []);
    await db.candidates.delete(candidateId);
    return removed;
  });
}
