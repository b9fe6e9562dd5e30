import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { panelScorecard, panelWriteProblem, readDraft, readKit, submitScorecard, writeDraft, writeKit } from './panel-doc.ts';
import type { InterviewKitPart } from './interview-kit-file.ts';

const cap = '0e0e0e0e-0000-4000-8000-000000000001';
const part: InterviewKitPart = {
  partId: '0b0b0b0b-0000-4000-8000-00000000000a',
  issuedAt: '2026-11-23T09:00:00.000Z',
  candidate: { id: '0c0c0c0c-0000-4000-8000-000000000001', name: 'Ines Duarte' },
  opening: { title: 'Software engineer' },
  stage: { id: '0d0d0d0d-0000-4000-8000-000000000001', name: 'Phone screen', kind: 'screen' },
  interviewer: { name: 'Tomás Herrera' },
  capabilities: [{ id: cap, name: 'Incident response' }],
  questions: [],
};
const scorecard = { scores: [{ capabilityId: cap, score: 3, evidence: 'Calm' }], recommendation: 'yes' as const, notes: '', questionNotes: [], submittedAt: '2026-11-23T10:00:00.000Z' };

/** What a connection's edit would send: the update between the server's state and the edited copy. */
function editOf(server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

function issued() {
  const doc = new Y.Doc();
  writeKit(doc, part);
  return doc;
}

describe('a kit document', () => {
  it('maps the Yjs scorecard to the Zod scorecard: not started, in progress, submitted, or refused', () => {
    const doc = issued();
    expect(readKit(doc)).toEqual(part);
    expect(panelScorecard(doc, part)).toEqual({ state: 'not-started' });
    writeDraft(doc, { notes: 'half' });
    expect(readDraft(doc)).toEqual({ notes: 'half' });
    expect(panelScorecard(doc, part)).toEqual({ state: 'in-progress' });
    submitScorecard(doc, scorecard);
    expect(panelScorecard(doc, part)).toEqual({ state: 'submitted', scorecard });

    const incomplete = issued();
    submitScorecard(incomplete, { ...scorecard, scores: [] });
    expect(panelScorecard(incomplete, part)).toEqual({ state: 'refused', why: 'the submitted scorecard has no score for Incident response (give one, or “No signal”)' });
    const wrong = issued();
    wrong.getMap('scorecard').set('submitted', { recommendation: 'maybe' });
    expect(panelScorecard(wrong, part).state).toBe('refused');
    // A kit that does not read as one is no kit.
    const broken = new Y.Doc();
    broken.getMap('kit').set('part', { partId: 'x' });
    expect(readKit(broken)).toBeUndefined();
  });

  it('lets the interviewer write only their scorecard, and not once it is submitted', () => {
    const doc = issued();
    expect(panelWriteProblem(doc, editOf(doc, (d) => writeDraft(d, { notes: 'x' })), 'interviewer')).toBeUndefined();
    expect(panelWriteProblem(doc, editOf(doc, (d) => submitScorecard(d, scorecard)), 'interviewer')).toBeUndefined();
    expect(panelWriteProblem(doc, editOf(doc, (d) => writeKit(d, { ...part, due: '2026-12-01' })), 'interviewer')).toBe('the interviewer may write only the scorecard');
    expect(panelWriteProblem(doc, editOf(doc, (d) => d.getMap('kit').delete('part')), 'interviewer')).toBe('the interviewer may write only the scorecard');
    expect(panelWriteProblem(doc, editOf(doc, (d) => d.getArray('extra').push([1])), 'interviewer')).toBe('a kit document holds only the kit and the scorecard, not extra');
    submitScorecard(doc, scorecard);
    expect(panelWriteProblem(doc, editOf(doc, (d) => submitScorecard(d, { ...scorecard, recommendation: 'no' })), 'interviewer')).toBe('a submitted scorecard cannot change');
    expect(panelWriteProblem(doc, editOf(doc, (d) => writeDraft(d, { notes: 'after' })), 'interviewer')).toBeUndefined();
  });

  it('lets the manager write only the kit', () => {
    const doc = issued();
    expect(panelWriteProblem(doc, editOf(doc, (d) => writeKit(d, { ...part, due: '2026-12-01' })), 'manager')).toBeUndefined();
    expect(panelWriteProblem(doc, editOf(doc, (d) => submitScorecard(d, scorecard)), 'manager')).toBe('the manager may write only the kit');
  });
});
