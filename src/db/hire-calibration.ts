/**
 * Reads for the calibration page and the calibration export: every candidate and every
 * scorecard (40,000 in a large workspace, stored grouped per candidate, see
 * record-store.ts), with the openings, loops, and the names of capabilities and people the
 * page labels them with. One read transaction, so the page never mixes two states.
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../schemas/hiring.ts';
import { database } from './database.ts';
import { groupTable, readKind } from './record-store.ts';

export interface CalibrationData {
  candidates: Candidate[];
  scorecards: Scorecard[];
  openings: Opening[];
  loops: InterviewLoop[];
  capabilities: { id: string; name: string }[];
  people: { id: string; name: string }[];
}

export async function readCalibrationData(): Promise<CalibrationData> {
  const db = database();
  return db.transaction('r', [db.candidates, groupTable(db, 'scorecards'), db.openings, db.interviewLoops, db.capabilities, db.people], async () => {
    const [candidates, scorecards, openings, loops, capabilities, people] = await Promise.all([
      db.candidates.toArray(),
      readKind(db, 'scorecards') as Promise<unknown[]> as Promise<Scorecard[]>,
      db.openings.toArray(),
      db.interviewLoops.toArray(),
      db.capabilities.toArray(),
      db.people.toArray(),
    ]);
    return {
      candidates,
      scorecards,
      openings,
      loops,
      capabilities: capabilities.map((c) => ({ id: c.id, name: c.name })),
      people: people.map((p) => ({ id: p.id, name: p.name })),
    };
  });
}
