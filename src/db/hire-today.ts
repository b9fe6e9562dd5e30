/**
 * Home's Hire lines (domain/hire/today.ts), read on their own so the phase cards never wait
 * for them. Candidates are one row each, indexed by status; scorecards are stored as one
 * group per candidate (record-store.ts). With thousands of candidates, most of them long
 * closed, the read stays small: candidates are fetched by status through the index, and
 * scorecards only for the few active candidates a scorecard is still expected of, never
 * the whole kind.
 */
import { awaitingScorecards, hireToday, type HireToday } from '../domain/hire/today.ts';
import { database } from './database.ts';
import { groupTable, readGroups } from './record-store.ts';
import { readSettings } from './workspace.ts';

export type HireTodayData = HireToday;

/** What Hire asks of the manager on `today` (a local calendar day): missing scorecards and retention due. */
export async function readHireToday(today: string): Promise<HireTodayData> {
  const db = database();
  const scorecardSets = groupTable(db, 'scorecards');
  // One read transaction: the scorecards read match the candidates read, even while another tab writes.
  return db.transaction('r', [db.candidates, db.openings, db.interviewLoops, db.people, db.settings, scorecardSets], async () => {
    const [active, rejected, withdrawn, hired, openings, loops, people, settings] = await Promise.all([
      db.candidates.where('status').equals('active').toArray(),
      // Only closed candidates can be due for retention (dueForRetention skips active ones).
      // One equals() per status rather than anyOf(): equals reads the index in one request,
      // anyOf walks a cursor record by record (thousands of round trips, seconds in tests).
      db.candidates.where('status').equals('rejected').toArray(),
      db.candidates.where('status').equals('withdrawn').toArray(),
      db.candidates.where('status').equals('hired').toArray(),
      db.openings.toArray(),
      db.interviewLoops.toArray(),
      db.people.toArray(),
      readSettings(),
    ]);
    const awaiting = awaitingScorecards(active, openings, loops);
    const scorecards = await readGroups(db, 'scorecards', awaiting.map(({ candidate }) => candidate.id));
    return hireToday({
      today,
      candidates: [...active, ...rejected, ...withdrawn, ...hired],
      openings,
      loops,
      scorecards,
      people: people.map((p) => ({ id: p.id, name: p.name })),
      settings,
    });
  });
}
