import { describe, expect, it } from 'vitest';
import { replySteps, scorecardForKit } from './kit-replies.ts';
import type { Candidate, Scorecard } from '../../schemas/hiring.ts';

const kit = (partId: string, interviewer: { personId?: string; name: string }) => ({
  partId,
  issuedAt: '2026-11-23T09:00:00.000Z',
  digest: 'a'.repeat(64),
  stageId: 'screen',
  interviewer,
  capabilities: [{ id: 'incident', name: 'Incident response' }],
});
const ines = { id: 'ines', openingId: 'op', name: 'Ines Duarte', interviewKits: [kit('k1', { personId: 'tomas', name: 'Tomás Herrera' }), kit('k2', { name: 'Rachel Adeyemi' })] } as unknown as Candidate;
const card = (interviewer: Scorecard['interviewer'], extra: Partial<Scorecard> = {}) => ({ id: `card-${JSON.stringify(interviewer)}`, candidateId: 'ines', stageId: 'screen', interviewer, scores: [], notes: '', ...extra }) as Scorecard;
const reply = (partId: string, submittedAt: string, candidateId = 'ines') => ({ partId, candidateId, stageId: 'screen', scorecard: { submittedAt } });

describe('what taking scorecard replies in would do', () => {
  it('finds the interviewer’s scorecard for the stage, a team member by id and an outsider by folded name', () => {
    const cards = [card({ personId: 'tomas' }), card({ name: '  rachel   ADEYEMI ' })];
    expect(scorecardForKit(cards, ines.interviewKits[0]!)).toBe(cards[0]);
    expect(scorecardForKit(cards, ines.interviewKits[1]!)).toBe(cards[1]);
    expect(scorecardForKit(cards, { stageId: 'interview', interviewer: { personId: 'tomas' } })).toBeUndefined();
  });

  it('says new, replaces, already in, superseded and gone', () => {
    const taken = card({ personId: 'tomas' }, { source: 'kit', submittedAt: '2026-11-24T10:00:00.000Z' });
    const draft = card({ name: 'Rachel Adeyemi' });
    const steps = replySteps(
      [
        { fileName: 'tomas.json', reply: reply('k1', '2026-11-24T10:00:00.000Z') },
        { fileName: 'rachel-early.json', reply: reply('k2', '2026-11-24T09:00:00.000Z') },
        { fileName: 'rachel.json', reply: reply('k2', '2026-11-24T11:00:00.000Z') },
        { fileName: 'gone.json', reply: reply('k9', '2026-11-24T11:00:00.000Z') },
        { fileName: 'deleted.json', reply: reply('k1', '2026-11-24T11:00:00.000Z', 'someone-deleted') },
      ],
      { candidate: (id) => (id === 'ines' ? ines : undefined), scorecards: () => [taken, draft] },
    );
    expect(steps.map((s) => [s.fileName, s.kind])).toEqual([
      ['tomas.json', 'already-in'],
      ['rachel-early.json', 'superseded'],
      ['rachel.json', 'replaces'],
      ['gone.json', 'gone'],
      ['deleted.json', 'gone'],
    ]);
    expect(steps[1]).toMatchObject({ by: 'rachel.json' });
    expect(steps[2]).toMatchObject({ existing: draft });
  });

  it('offers to replace a scorecard submitted in Turbine even at the same moment as the reply', () => {
    const written = card({ personId: 'tomas' }, { submittedAt: '2026-11-24T10:00:00.000Z' });
    const [step] = replySteps([{ fileName: 't.json', reply: reply('k1', '2026-11-24T10:00:00.000Z') }], { candidate: () => ines, scorecards: () => [written] });
    expect(step!.kind).toBe('replaces');
  });
});
