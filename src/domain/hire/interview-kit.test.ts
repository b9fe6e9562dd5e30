import { describe, expect, it } from 'vitest';
import { Question } from '../../schemas/hiring.ts';
import { stageKit, startingNotes } from './interview-kit.ts';

const C = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const Q = (n: number) => `40000000-0000-4000-8000-00000000000${n}`;
const names: Record<string, string> = { [C(1)]: 'Incident response', [C(2)]: 'Observability' };
const capabilityName = (id: string) => names[id] ?? 'A capability no longer in the library';
const questions = [
  Question.parse({ id: Q(1), text: 'Walk me through an outage you led.', capabilityIds: [C(1)], goodLooksLike: 'Names the timeline and what changed after.', minutes: 20 }),
  Question.parse({ id: Q(2), text: 'What would you graph first?', capabilityIds: [C(2)] }),
];
const anchors = { 1: 'Has not led one', 2: 'Led with help', 3: 'Leads calmly', 4: 'Teaches others to lead' };

describe('stageKit', () => {
  it('gives the stage’s capabilities with the rubric rows that say something, and its questions in the order chosen', () => {
    const kit = stageKit(
      { capabilityIds: [C(1), C(2)], questionIds: [Q(2), Q(1), Q(9)], rubric: [{ capabilityId: C(1), anchors }, { capabilityId: C(2), anchors: { 1: ' ', 2: '', 3: '', 4: '' } }] },
      { questions, capabilityName },
    );
    expect(kit.capabilities).toEqual([
      { id: C(1), name: 'Incident response', anchors },
      { id: C(2), name: 'Observability' },
    ]);
    // A question no longer in the bank is left out.
    expect(kit.questions).toEqual([
      { id: Q(2), text: 'What would you graph first?', goodLooksLike: '', capabilityNames: ['Observability'] },
      { id: Q(1), text: 'Walk me through an outage you led.', goodLooksLike: 'Names the timeline and what changed after.', minutes: 20, capabilityNames: ['Incident response'] },
    ]);
  });
});

describe('startingNotes', () => {
  it('starts one note per question, keeps what was written, and never drops a note on a question the stage no longer asks', () => {
    const kit = stageKit({ capabilityIds: [], questionIds: [Q(1), Q(2)], rubric: [] }, { questions, capabilityName });
    expect(startingNotes(kit, undefined)).toEqual([
      { questionId: Q(1), question: 'Walk me through an outage you led.', note: '' },
      { questionId: Q(2), question: 'What would you graph first?', note: '' },
    ]);
    const stored = [
      { questionId: Q(2), question: 'What would you graph first?', note: 'Latency, then saturation.' },
      { questionId: Q(7), question: 'A question since taken off the stage', note: 'Good answer.' },
    ];
    expect(startingNotes(kit, stored)).toEqual([
      { questionId: Q(1), question: 'Walk me through an outage you led.', note: '' },
      { questionId: Q(2), question: 'What would you graph first?', note: 'Latency, then saturation.' },
      { questionId: Q(7), question: 'A question since taken off the stage', note: 'Good answer.' },
    ]);
  });
});
