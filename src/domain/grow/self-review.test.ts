import { describe, expect, it } from 'vitest';
import { selfReviewPartOf, withAnswers } from './self-review.ts';
import { defaultScale } from '../default-scale.ts';
import type { Capability, LevelScale } from '../../schemas/capability.ts';

const goal = '22222222-2222-4222-8222-222222222222';
const cap = '33333333-3333-4333-8333-333333333333';
const other = '44444444-4444-4444-8444-444444444444';

describe('the self-review', () => {
  it('sends the person their goals and the capabilities looked at, each level described, and nothing else', () => {
    const capability = { id: cap, areaId: cap, name: 'Observability', kind: 'technical', description: 'Sees what production does', scaleId: 'x', descriptors: [{ level: 1, criteria: ['Reads dashboards'] }] } as unknown as Capability;
    const part = selfReviewPartOf(
      {
        person: { id: '11111111-1111-4111-8111-111111111111', name: 'Mei Lin' },
        quarter: '2026-Q4',
        values: { goals: [{ id: goal, text: ' Write runbooks ', status: 'on-track', capabilityIds: [] }, { id: 'x', text: '', status: 'not-started', capabilityIds: [] }], levels: [{ capabilityId: cap, manager: 2 }, { capabilityId: other }] },
        capabilities: [capability],
        scaleOf: () => defaultScale() as LevelScale,
        lastAreasToGrow: 'Writing',
      },
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      '2026-12-01T09:00:00.000Z',
    );
    expect(part.goals).toEqual([{ id: goal, text: 'Write runbooks', status: 'on-track' }]);
    expect(part.capabilities.map((c) => c.name)).toEqual(['Observability']);
    expect(part.capabilities[0]!.levels.find((l) => l.value === 1)?.description).toBe('Reads dashboards');
    // The manager's own level is not sent.
    expect(JSON.stringify(part)).not.toContain('"manager"');
  });

  it('takes their answers in without overwriting what the manager wrote', () => {
    const merged = withAnswers(
      {
        strengths: [{ text: 'Calm in incidents', howUsed: '' }],
        wins: [],
        areasToGrow: 'Writing things down',
        goals: [{ id: goal, text: 'Write runbooks', status: 'on-track' as const, capabilityIds: [] }],
        levels: [{ capabilityId: cap, manager: 2 }],
      },
      {
        strengths: [{ text: 'calm in incidents ', howUsed: 'x' }, { text: 'Mentoring', howUsed: 'Paired with Sam' }],
        wins: ['Refunds v2'],
        areasToGrow: 'Public speaking',
        goals: [{ id: goal, status: 'done' }],
        levels: [{ capabilityId: cap, level: 3 }, { capabilityId: other, level: 1 }],
      },
    );
    expect(merged.strengths.map((s) => s.text)).toEqual(['Calm in incidents', 'Mentoring']);
    expect(merged.wins).toEqual(['Refunds v2']);
    expect(merged.areasToGrow).toBe('Writing things down\n\nIn their words: Public speaking');
    expect(merged.goals[0]!.status).toBe('done');
    expect(merged.levels).toEqual([{ capabilityId: cap, manager: 2, self: 3 }, { capabilityId: other, self: 1 }]);
  });
});
