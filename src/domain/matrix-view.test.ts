import { describe, expect, it } from 'vitest';
import { areaRuns, capabilitiesInView, descriptorText, levelBand, levelLabel, levelStyle, peopleInView, strongOf, visibleWindow } from './matrix-view.ts';
import { defaultScale } from './default-scale.ts';

const person = (id: string, name: string, status: 'member' | 'moved-on' = 'member') => ({ id, name, role: '', level: '', status, fit: '' });
const cap = (id: string, areaId: string, name: string) => ({ id, areaId, name, kind: 'technical' as const, description: '', scaleId: 's', descriptors: [] });
const monzo = { id: 'm', name: 'Monzo levels', levels: [1, 2, 3, 4, 5, 6].map((v) => ({ value: v, name: `Level ${v}`, description: '' })) };

describe('what the matrix shows', () => {
  it('lists current people by name, narrowed by the filter', () => {
    const people = [person('b', 'Bea'), person('a', 'Ada'), person('c', 'Cy', 'moved-on')];
    expect(peopleInView(people, { areaId: '', person: '' }).map((p) => p.name)).toEqual(['Ada', 'Bea']);
    expect(peopleInView(people, { areaId: '', person: 'BE' }).map((p) => p.name)).toEqual(['Bea']);
    expect(peopleInView(people, { areaId: '', person: '', personId: 'a' }).map((p) => p.name)).toEqual(['Ada']);
  });

  it('groups capabilities by area order, then name, and finds the runs of each area', () => {
    const areas = [{ id: 'y', name: 'Y', description: '', order: 1 }, { id: 'x', name: 'X', description: '', order: 0 }];
    const caps = [cap('1', 'y', 'b'), cap('2', 'x', 'z'), cap('3', 'y', 'a'), cap('4', 'x', 'a')];
    const cols = capabilitiesInView(areas, caps, { areaId: '', person: '' });
    expect(cols.map((c) => c.id)).toEqual(['4', '2', '3', '1']);
    expect(areaRuns(cols)).toEqual([{ areaId: 'x', start: 0, length: 2 }, { areaId: 'y', start: 2, length: 2 }]);
    expect(capabilitiesInView(areas, caps, { areaId: 'y', person: '' }).map((c) => c.id)).toEqual(['3', '1']);
  });
});

describe('levels', () => {
  it('names a level, without repeating a bare "Level N"', () => {
    expect(levelLabel(defaultScale(), 3)).toBe('3 Strong');
    expect(levelLabel(monzo, 5)).toBe('5');
    expect(levelLabel(defaultScale(), 9)).toBe('9');
  });

  it('colours by position on the scale, so 6 on 1–6 looks like 4 on 0–4', () => {
    expect(levelBand(defaultScale(), 4)).toBe(4);
    expect(levelBand(monzo, 6)).toBe(4);
    expect(levelBand(monzo, 1)).toBe(0);
    expect(levelBand({ ...monzo, levels: [{ value: 3, name: 'Only', description: '' }] }, 3)).toBe(4);
  });

  it('makes the strong level, the one targets count from, look different from the level below on every scale', () => {
    for (const scale of [defaultScale(), monzo, { ...monzo, levels: [3, 4, 5].map((v) => ({ value: v, name: `L${v}`, description: '' })) }]) {
      const strong = strongOf(scale);
      const values = scale.levels.map((l) => l.value);
      for (const v of values) expect(levelStyle(scale, v).strong).toBe(v >= strong);
      const justBelow = values.filter((v) => v < strong).pop();
      if (justBelow !== undefined) expect(levelBand(scale, justBelow)).toBeLessThan(levelBand(scale, strong));
      // Colours below and at-or-above never overlap.
      expect(Math.max(...values.filter((v) => v < strong).map((v) => levelBand(scale, v)), -1)).toBeLessThanOrEqual(2);
      expect(Math.min(...values.filter((v) => v >= strong).map((v) => levelBand(scale, v)))).toBeGreaterThanOrEqual(3);
    }
    // Monzo's 1–6: 4 is strong, and 3 and 4 no longer share a colour.
    expect(strongOf(monzo)).toBe(4);
    expect(levelBand(monzo, 3)).not.toBe(levelBand(monzo, 4));
  });

  it("prefers the capability's own descriptor over the scale's words", () => {
    const c = { ...cap('1', 'x', 'Testing'), descriptors: [{ level: 3, criteria: ['Designs the test strategy.', 'Coaches others.'], examples: [] }] };
    expect(descriptorText(c, defaultScale(), 3)).toBe('Designs the test strategy. Coaches others.');
    expect(descriptorText(c, defaultScale(), 1)).toBe('Learning with guidance; needs help to finish work here.');
  });
});

describe('visibleWindow', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleWindow(0, 360, 36, 300)).toEqual({ first: 0, end: 13 });
    expect(visibleWindow(3600, 360, 36, 300)).toEqual({ first: 97, end: 113 });
    expect(visibleWindow(10_000, 360, 36, 50)).toEqual({ first: 50, end: 50 });
  });
});
