import { describe, expect, it } from 'vitest';
import { Candidate, Scorecard } from '../schemas/hiring.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { calibration } from '../domain/hire/calibration.ts';
import { calibrationFile, calibrationFileName } from './calibration-file.ts';

const NOW = '2026-11-23T09:00:00.000Z';
const OPENING = '50000000-0000-4000-8000-000000000001';
const STAGE = '30000000-0000-4000-8000-000000000001';
const CAP = '10000000-0000-4000-8000-000000000001';

/** A candidate and a scorecard with a recognisable string in every free-text or personal field. */
function marked() {
  const candidate = Candidate.parse({
    id: '40000000-0000-4000-8000-0000000000aa',
    openingId: OPENING,
    name: 'ZZNAME Quincy Marsh',
    source: 'ZZSOURCE referral from Olu Bankole',
    contact: 'zzcontact@example.com',
    notes: 'ZZNOTES lives near the office',
    status: 'hired',
    moves: [{ stageId: STAGE, at: '2026-11-01T10:00:00.000Z' }],
    takeHomes: [{ stageId: STAGE, sentAt: '2026-11-01T10:00:00.000Z', reportedHours: 2 }],
    decision: { outcome: 'hire', rationale: 'ZZRATIONALE strong on APIs', decidedBy: 'ZZDECIDER Ada', at: '2026-11-05T10:00:00.000Z', early: true },
    personId: '11111111-1111-4111-8111-1111111111aa',
    closedAt: '2026-11-05T10:00:00.000Z',
    decisionViewOpenedEarly: { at: '2026-11-04T10:00:00.000Z', by: 'ZZOPENER Grace', reason: 'ZZREASON another offer' },
    retainUntil: '2027-01-01',
  });
  const scorecard = Scorecard.parse({
    id: '60000000-0000-4000-8000-0000000000aa',
    candidateId: candidate.id,
    stageId: STAGE,
    interviewer: { name: 'ZZINTERVIEWER Pat Outsider' },
    scores: [{ capabilityId: CAP, score: 3, evidence: 'ZZEVIDENCE designed pagination' }],
    recommendation: 'yes',
    notes: 'ZZCARDNOTES good questions',
    submittedAt: '2026-11-02T10:00:00.000Z',
  });
  return { candidate, scorecard };
}

describe('calibrationFile', () => {
  it('wraps the data in a versioned, dated wrapper and names the file by date', () => {
    const file = calibrationFile({ openings: [], loops: [], capabilities: [], candidates: [], scorecards: [] }, NOW);
    expect(file).toMatchObject({ format: 'turbine-calibration', formatVersion: 1, exportedAt: NOW, app: { name: 'Turbine' } });
    expect(calibrationFileName(NOW)).toBe('turbine-calibration-2026-11-23.json');
  });

  it('leaves no personal field of any candidate or scorecard in the file', () => {
    const { candidate, scorecard } = marked();
    const text = JSON.stringify(calibrationFile({ openings: [], loops: [], capabilities: [], candidates: [candidate], scorecards: [scorecard] }, NOW));
    expect(text).not.toMatch(/ZZ[A-Z]+/);
    for (const s of ['Quincy', 'Marsh', 'Olu Bankole', 'example.com', 'Ada', 'Grace', 'Pat Outsider', candidate.personId!]) expect(text).not.toContain(s);
    // What calibration needs is still there.
    expect(text).toContain('"score":3');
    expect(text).toContain('"recommendation":"yes"');
    expect(text).toContain('"outcome":"hire"');
    expect(text).toContain('"reportedHours":2');
  });

  it('has none of the sample team’s names, contacts, notes or evidence, and the same calibration as the original', () => {
    const w = sampleWorkspace('2026-11-23');
    const file = calibrationFile({ openings: w.openings, loops: w.interviewLoops, capabilities: w.capabilities, candidates: w.candidates, scorecards: w.scorecards }, NOW);
    const text = JSON.stringify(file);
    const personal = [
      ...w.people.map((p) => p.name),
      ...w.candidates.flatMap((c) => [c.name, c.contact, c.notes, c.source, c.decision?.rationale ?? '', c.decision?.decidedBy ?? '']),
      ...w.scorecards.flatMap((s) => [s.notes, s.interviewer.name ?? '', ...s.scores.map((x) => x.evidence)]),
      ...w.interviewLoops.map((l) => l.description),
    ].filter((s) => s.trim().length > 0);
    expect(personal.length).toBeGreaterThan(30);
    for (const s of personal) expect(text, s).not.toContain(s);
    // First names alone too: "Tomás", "Rachel", …
    for (const first of w.people.map((p) => p.name.split(' ')[0]!)) expect(text).not.toContain(first);

    // Interviewers keep one label across loops and scorecards, so leniency can still be computed.
    const d = file.data as unknown as { candidates: Candidate[]; scorecards: Scorecard[] };
    const before = calibration({ candidates: w.candidates, scorecards: w.scorecards, openings: w.openings, loops: w.interviewLoops });
    const after = calibration({
      candidates: d.candidates.map((c) => Candidate.parse(c)),
      scorecards: d.scorecards.map((s) => Scorecard.parse(s)),
      openings: w.openings,
      loops: w.interviewLoops,
    });
    expect(after.interviewers.map((i) => [i.scorecards, i.meanDifference, i.agreement])).toEqual(
      before.interviewers.map((i) => [i.scorecards, i.meanDifference, i.agreement]),
    );
    expect(after.stages).toEqual(before.stages);
    expect(after.capabilities).toEqual(before.capabilities);
    expect(new Set(d.scorecards.map((s) => s.interviewer.name))).toEqual(new Set(['Interviewer 1', 'Interviewer 2', 'Interviewer 3', 'Interviewer 4']));
  });
});
