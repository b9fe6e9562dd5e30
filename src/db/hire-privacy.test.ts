import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport, readSettings, readWorkspace } from './workspace.ts';
import { anonymiseCandidate, deleteCandidate, previewRemoval, readPrivacy, setRetentionDays } from './hire-privacy.ts';
import { readCalibrationData } from './hire-calibration.ts';
import { saveCandidateDetails } from './candidates.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { calibration } from '../domain/hire/calibration.ts';
import { dueForRetention } from '../domain/hire/retention.ts';
import { kinds, type WorkspaceData } from '../schemas/workspace.ts';
import { referencesOf } from '../schemas/references.ts';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T09:00:00.000Z';
let db: TurbineDB;
let n = 0;
let sample: WorkspaceData;
/** The workspace as stored right after the import: what every test compares with. */
let stored: WorkspaceData;
beforeEach(async () => {
  db = new TurbineDB(`hire-privacy-test-${n++}`);
  useDatabase(db);
  sample = sampleWorkspace(TODAY);
  await commitImport(sample, 'replace');
  stored = sorted(await readWorkspace());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const byName = (w: WorkspaceData, name: string) => w.candidates.find((c) => c.name === name)!;

/** Every reference in the workspace that points at a record that is not there. */
function dangling(w: WorkspaceData): string[] {
  const present = new Map(kinds.map((k) => [k, new Set((w[k] as { id: string }[]).map((r) => r.id))]));
  return kinds.flatMap((k) =>
    (w[k] as never[]).flatMap((r: { id: string }) =>
      referencesOf(k, r as never).filter((ref) => !present.get(ref.to)!.has(ref.id)).map((ref) => `${k}/${r.id} → ${ref.to}/${ref.id}`),
    ),
  );
}

/** Every kind in id order, so two reads compare whatever order storage returns them in. */
function sorted(w: WorkspaceData): WorkspaceData {
  const out = { ...w } as Record<string, unknown>;
  for (const k of kinds) out[k] = [...(w[k] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  return out as unknown as WorkspaceData;
}

/** The workspace with the given candidate and their scorecards left out, to compare the rest with. */
function without(w: WorkspaceData, candidateId: string) {
  const s = sorted(w);
  return { ...s, candidates: s.candidates.filter((c) => c.id !== candidateId), scorecards: s.scorecards.filter((x) => x.candidateId !== candidateId) };
}

describe('retention setting', () => {
  it('is 180 days by default, can be changed, and refuses a value out of range without writing', async () => {
    expect((await readPrivacy()).settings.retentionDays).toBe(180);
    const before = dueForRetention((await readPrivacy()).candidates, TODAY, await readSettings());
    expect(before).toEqual([]);
    await setRetentionDays(14);
    expect((await readSettings()).retentionDays).toBe(14);
    // Diego was turned down 25 days ago, Hana withdrew 17 days ago.
    const due = dueForRetention((await readPrivacy()).candidates, TODAY, await readSettings());
    expect(due.map((d) => d.candidate.name)).toEqual(['Diego Alvarez', 'Hana Sato']);
    await expect(setRetentionDays(0)).rejects.toThrow();
    await expect(setRetentionDays(2.5)).rejects.toThrow();
    expect((await readSettings()).retentionDays).toBe(14);
  });
});

describe('anonymiseCandidate', () => {
  it('removes exactly what the preview said, keeps scores for calibration, and touches nothing else', async () => {
    const diego = byName(sample, 'Diego Alvarez');
    const preview = await previewRemoval(diego.id);
    expect(preview.anonymise).toEqual([
      { what: 'name', count: 1 },
      { what: 'contact details', count: 1 },
      { what: 'notes', count: 1 },
      { what: 'decision rationale', count: 1 },
      { what: 'evidence notes on scorecards', count: 5 },
    ]);
    const calibrationBefore = calibration(await readCalibrationData());

    expect(await anonymiseCandidate(diego.id, NOW)).toEqual(preview.anonymise);

    const after = await readWorkspace();
    const a = after.candidates.find((c) => c.id === diego.id)!;
    expect(a).toEqual({ ...diego, name: 'Anonymised candidate ' + diego.id.replaceAll('-', '').slice(-6).toUpperCase(), contact: '', notes: '', decision: { ...diego.decision!, rationale: '' }, anonymisedAt: NOW, updatedAt: expect.any(String) });
    const cardsBefore = sample.scorecards.filter((s) => s.candidateId === diego.id);
    const cardsAfter = after.scorecards.filter((s) => s.candidateId === diego.id);
    expect(cardsAfter).toEqual(cardsBefore.map((c) => ({ ...c, notes: '', scores: c.scores.map((s) => ({ ...s, evidence: '' })) })));
    const text = JSON.stringify(after);
    for (const gone of [diego.name, diego.contact, diego.notes, diego.decision!.rationale, ...cardsBefore.flatMap((c) => c.scores.map((s) => s.evidence))]) {
      expect(text).not.toContain(gone);
    }
    // Every other record is as it was.
    expect(without(after, diego.id)).toEqual(without(stored, diego.id));
    // Calibration counts the same scores.
    expect(calibration(await readCalibrationData())).toEqual(calibrationBefore);
    // Nothing more to remove: a second anonymise removes nothing and changes nothing.
    expect((await previewRemoval(diego.id)).anonymise).toEqual([]);
    expect(await anonymiseCandidate(diego.id, '2027-01-01T00:00:00.000Z')).toEqual([]);
    expect(sorted(await readWorkspace())).toEqual(sorted(after));
  });

  it('refuses a details form opened before the anonymising, so it cannot write the name back', async () => {
    const diego = byName(stored, 'Diego Alvarez');
    await anonymiseCandidate(diego.id, NOW);
    const anonymised = (await readWorkspace()).candidates.find((c) => c.id === diego.id)!;
    await expect(saveCandidateDetails(diego.id, { name: diego.name, source: diego.source, contact: diego.contact, notes: diego.notes }, diego.updatedAt)).rejects.toMatchObject({ name: 'StaleRecordError' });
    expect((await readWorkspace()).candidates.find((c) => c.id === diego.id)).toEqual(anonymised);
  });

  it('refuses a candidate that is no longer there, writing nothing', async () => {
    await expect(anonymiseCandidate('40000000-0000-4000-8000-00000000ffff', NOW)).rejects.toThrow('no longer in the workspace');
    expect(sorted(await readWorkspace())).toEqual(stored);
  });
});

describe('deleteCandidate', () => {
  it('removes the candidate and their scorecards, exactly as previewed, leaving no dangling reference', async () => {
    const hana = byName(sample, 'Hana Sato');
    const preview = await previewRemoval(hana.id);
    expect(preview.delete).toEqual([
      { what: 'candidate record (name, contact, source and notes)', count: 1 },
      { what: 'stage moves', count: 1 },
      { what: 'scorecards', count: 1 },
      { what: 'scores', count: 2 },
      { what: 'recommendations', count: 1 },
      { what: 'evidence notes on scorecards', count: 2 },
    ]);
    expect(await deleteCandidate(hana.id)).toEqual(preview.delete);
    const after = await readWorkspace();
    expect(after.candidates.some((c) => c.id === hana.id)).toBe(false);
    expect(after.scorecards.some((s) => s.candidateId === hana.id)).toBe(false);
    expect(await db.scorecardSets.get(hana.id)).toBeUndefined();
    expect(after.scorecards).toHaveLength(sample.scorecards.length - 1);
    expect(without(after, hana.id)).toEqual(without(stored, hana.id));
    expect(dangling(after)).toEqual([]);
    await expect(deleteCandidate(hana.id)).rejects.toThrow('no longer in the workspace');
  });

  it('rolls back entirely when the transaction fails part-way', async () => {
    const diego = byName(sample, 'Diego Alvarez');
    const original = db.candidates.delete.bind(db.candidates);
    db.candidates.delete = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.candidates.delete;
    await expect(deleteCandidate(diego.id)).rejects.toThrow('disk full');
    db.candidates.delete = original;
    expect(sorted(await readWorkspace())).toEqual(stored);
  });
});
