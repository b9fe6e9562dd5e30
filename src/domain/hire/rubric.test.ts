import { describe, expect, it } from 'vitest';
import { isSeeded, seededAnchors, seedRubric } from './rubric.ts';

const C = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const levels = (texts: string[]) => texts.map((t, i) => ({ level: i + 1, criteria: [t], examples: [] }));

describe('seededAnchors', () => {
  it('reads score n as level n on the default 0–4 scale, criteria one per line then examples', () => {
    const capability = { descriptors: [...levels(['Follows the runbook', 'Runs an incident', 'Leads big incidents']), { level: 4, criteria: ['Shapes how the company responds', ' '], examples: ['Wrote the incident policy', 'Trains commanders'] }] };
    expect(seededAnchors(capability, undefined)).toEqual({
      1: 'Follows the runbook',
      2: 'Runs an incident',
      3: 'Leads big incidents',
      4: 'Shapes how the company responds\nFor example: Wrote the incident policy; Trains commanders',
    });
  });

  it('maps scores along a longer scale as the hire does, and leaves undescribed scores empty', () => {
    const scale = { levels: [1, 2, 3, 4, 5, 6].map((value) => ({ value, name: `L${value}`, description: '' })) };
    const capability = { descriptors: [{ level: 2, criteria: ['Two'], examples: [] }, { level: 6, criteria: ['Six'], examples: [] }] };
    // On a 1–6 scale: 1 → 2, 2 → 3, 3 → 4, 4 → 6.
    expect(seededAnchors(capability, scale)).toEqual({ 1: 'Two', 2: '', 3: '', 4: 'Six' });
  });

  it('includes a framework’s detailed criteria by their text, after the plain ones', () => {
    const capability = { descriptors: [{ level: 1, criteria: ['Reads the code'], examples: [], detailed: [{ criterion: 'Fixes small bugs', proficiency: 'Working knowledge', links: [{ label: 'Guide', url: 'https://example.com' }] }] }] };
    expect(seededAnchors(capability, undefined)?.[1]).toBe('Reads the code\nFixes small bugs');
  });

  it('gives nothing for a capability without descriptors', () => {
    expect(seededAnchors({ descriptors: [] }, undefined)).toBeUndefined();
  });
});

describe('seedRubric', () => {
  const seeded = { 1: 'a', 2: 'b', 3: 'c', 4: 'd' };
  const seed = (id: string) => (id === C(3) ? undefined : seeded);
  it('adds a seeded row for a capability without one or with an empty one, and never replaces a written row', () => {
    const written = { capabilityId: C(1), anchors: { 1: 'Mine', 2: '', 3: '', 4: '' } };
    const empty = { capabilityId: C(2), anchors: { 1: ' ', 2: '', 3: '', 4: '' } };
    expect(seedRubric([written, empty], [C(1), C(2), C(3), C(4)], seed)).toEqual([written, { capabilityId: C(2), anchors: seeded }, { capabilityId: C(4), anchors: seeded }]);
  });

  it('tells a row still as seeded from an edited one', () => {
    expect(isSeeded({ capabilityId: C(1), anchors: seeded }, seeded)).toBe(true);
    expect(isSeeded({ capabilityId: C(1), anchors: { ...seeded, 2: 'edited' } }, seeded)).toBe(false);
    expect(isSeeded(undefined, seeded)).toBe(false);
  });
});
