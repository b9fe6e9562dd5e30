/**
 * How the matrix lays out and labels what it shows: which people and capabilities
 * are in view after filtering, each level's name and descriptor, the colour band of
 * a level, and which slice of rows/columns a scrolled viewport needs. Pure, so the
 * island stays about events and rendering.
 */
import type { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import type { Person } from '../schemas/person.ts';
import { defaultScale } from './default-scale.ts';
import { strongLevel } from './insights.ts';

export interface MatrixFilter {
  /** '' for every area. */
  areaId: string;
  /** Case-insensitive part of a name; '' for everyone. */
  person: string;
  /** Show only this person (from a link such as ?person=…). */
  personId?: string;
}

/** Current people in name order, narrowed by the filter. */
export function peopleInView(people: readonly Person[], filter: MatrixFilter): Person[] {
  const needle = filter.person.trim().toLocaleLowerCase();
  return people
    .filter((p) => p.status !== 'moved-on')
    .filter((p) => (filter.personId ? p.id === filter.personId : true))
    .filter((p) => !needle || p.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Capabilities grouped by area (areas in their order, capabilities by name), narrowed by the filter. */
export function capabilitiesInView(areas: readonly CapabilityArea[], capabilities: readonly Capability[], filter: MatrixFilter): Capability[] {
  const order = new Map([...areas].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).map((a, i) => [a.id, i]));
  return capabilities
    .filter((c) => !filter.areaId || c.areaId === filter.areaId)
    .sort((a, b) => (order.get(a.areaId) ?? 1e9) - (order.get(b.areaId) ?? 1e9) || a.name.localeCompare(b.name));
}

/** Consecutive runs of columns that share an area, for the area band above the headers. */
export function areaRuns(columns: readonly Capability[]): { areaId: string; start: number; length: number }[] {
  const runs: { areaId: string; start: number; length: number }[] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.areaId === c.areaId) last.length += 1;
    else runs.push({ areaId: c.areaId, start: i, length: 1 });
  });
  return runs;
}

export type ScaleLookup = (scaleId: string) => LevelScale;

export function scaleLookup(scales: readonly LevelScale[]): ScaleLookup {
  const byId = new Map(scales.map((s) => [s.id, s]));
  const fallback = defaultScale() as LevelScale;
  return (id) => byId.get(id) ?? fallback;
}

/** "3 Strong", or just the number when the scale has no name for it beyond "Level 3". */
export function levelLabel(scale: LevelScale, level: number): string {
  const named = scale.levels.find((l) => l.value === level);
  return named && named.name.toLowerCase() !== `level ${level}` ? `${level} ${named.name}` : String(level);
}

/** What a person at this level of this capability does: the capability's own descriptor, else the scale's words. */
export function descriptorText(capability: Capability, scale: LevelScale, level: number): string {
  const own = capability.descriptors.find((d) => d.level === level);
  if (own && own.criteria.length > 0) return own.criteria.join(' ');
  return scale.levels.find((l) => l.value === level)?.description ?? '';
}

export interface LevelStyle {
  /** 0–4, the colour: 0–2 below the strong level, 3–4 at it and above, so the colours change where targets start counting. */
  band: number;
  /** At or above the strong level (the level default targets count): drawn with a mark as well as a colour. */
  strong: boolean;
}

interface ScaleShape {
  strong: number;
  below: number[];
  above: number[];
}

/** Worked out once per scale: the matrix asks for every cell it draws. */
const shapes = new WeakMap<LevelScale, ScaleShape>();

function scaleShape(scale: LevelScale): ScaleShape {
  let shape = shapes.get(scale);
  if (!shape) {
    const strong = strongLevel(scale);
    const values = scale.levels.map((l) => l.value).sort((a, b) => a - b);
    shape = { strong, below: values.filter((v) => v < strong), above: values.filter((v) => v >= strong) };
    shapes.set(scale, shape);
  }
  return shape;
}

/** The strong level of a scale (see insights.ts `strongLevel`), cached per scale for the matrix's cells. */
export function strongOf(scale: LevelScale): number {
  return scaleShape(scale).strong;
}

/**
 * How a level looks on its scale. Levels below the strong one share bands 0–2 by position,
 * levels at or above it bands 3–4, so on every scale, 0–4 or 1–6, the colour changes exactly
 * where a level starts to count for targets (on Monzo's 1–6, 3 and 4 no longer look alike).
 */
export function levelStyle(scale: LevelScale, level: number): LevelStyle {
  const { strong, below, above } = scaleShape(scale);
  if (level >= strong) {
    const i = Math.max(0, above.findIndex((v) => v >= level));
    return { band: above.length <= 1 || level >= above[above.length - 1]! ? 4 : 3 + Math.round(i / (above.length - 1)), strong: true };
  }
  const i = Math.max(0, below.findIndex((v) => v >= level));
  return { band: below.length <= 1 ? 0 : Math.round((i / (below.length - 1)) * 2), strong: false };
}

/** 0–4: the colour band of a level (see `levelStyle`). */
export function levelBand(scale: LevelScale, level: number): number {
  return levelStyle(scale, level).band;
}

export interface Window {
  first: number;
  /** One past the last. */
  end: number;
}

/** The rows (or columns) a viewport shows, with a few extra on each side so scrolling does not flash. */
export function visibleWindow(scroll: number, viewport: number, size: number, count: number, overscan = 3): Window {
  const first = Math.min(count, Math.max(0, Math.floor(scroll / size) - overscan));
  const end = Math.min(count, Math.ceil((scroll + viewport) / size) + overscan);
  return { first, end: Math.max(first, end) };
}
