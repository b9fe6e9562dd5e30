/**
 * The Design phase's insights: coverage of each capability against its target,
 * gaps, bus factor, single points of failure, lone experts, where nobody wants to
 * grow, and the radar. Only current people count: anyone "moved-on" is ignored, and so is
 * a new hire until their start date. Levels are read from the manager's view of the
 * current matrix cells (a self-assessment never counts); a cleared cell (level null) is unrated.
 */
import type { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import type { Person } from '../schemas/person.ts';
import { DEFAULT_SCALE_LEVELS } from './default-scale.ts';
import { localToday } from './dates.ts';
import { type CellIndex, cellOf, latestCells } from './matrix-cells.ts';
import type { Assessment } from '../schemas/assessment.ts';

export interface InsightsInput {
  readonly people: readonly Person[];
  readonly areas: readonly CapabilityArea[];
  readonly capabilities: readonly Capability[];
  readonly scales: readonly LevelScale[];
  /** The manager's view of the matrix (see matrix-cells.ts). */
  readonly cells: CellIndex;
  /** The local calendar day: people whose start date is after it do not count yet. Left out, everyone not moved on counts. */
  readonly today?: string;
}

type ScaleLike = Pick<LevelScale, 'levels'> | undefined;

/** A capability whose scale is missing is read on the default 0–4 scale (none … expert who teaches). */
const DEFAULT_LEVEL_VALUES = DEFAULT_SCALE_LEVELS.map((l) => l.value);

function levelValues(scale: ScaleLike): number[] {
  if (!scale || scale.levels.length === 0) return DEFAULT_LEVEL_VALUES;
  return scale.levels.map((l) => l.value).sort((a, b) => a - b);
}

/**
 * The level from which someone can carry the capability alone: the level 60% of the
 * way from the lowest to the highest by position, rounded up (0–4 → 3, 1–6 → 4,
 * three levels → the third, one level → that level).
 */
export function strongLevel(scale: ScaleLike): number {
  const values = levelValues(scale);
  // 3/5 in integers, so float rounding can never push the index up by one.
  return values[Math.ceil((3 * (values.length - 1)) / 5)]!;
}

/** The top level of the scale. */
export function expertLevel(scale: ScaleLike): number {
  const values = levelValues(scale);
  return values[values.length - 1]!;
}

/**
 * Without an explicit target a capability needs two people at the strong level of its
 * scale, so no one person is a single point of failure.
 */
export const DEFAULT_TARGET = { people: 2, level: 'strong' } as const;

export interface EffectiveTarget {
  people: number;
  level: number;
  /** False when the default target applies. */
  explicit: boolean;
}

export function effectiveTarget(capability: Pick<Capability, 'target'>, scale: ScaleLike): EffectiveTarget {
  return targetWith(capability, strongLevel(scale));
}

function targetWith(capability: Pick<Capability, 'target'>, strong: number): EffectiveTarget {
  if (capability.target) return { people: capability.target.people, level: capability.target.level, explicit: true };
  return { people: DEFAULT_TARGET.people, level: strong, explicit: false };
}

export interface CapabilityCoverage {
  capabilityId: string;
  areaId: string;
  name: string;
  target: EffectiveTarget;
  /** Current people at or above the target level, in people order. */
  meeting: string[];
  /** People still missing to reach the target; 0 when met. */
  gap: number;
  strongLevel: number;
  /** Current people at or above the strong level. */
  strong: string[];
  /** Their levels, in the same order as `strong`. */
  strongLevels: number[];
  busFactor: number;
  /** Current people who want to grow here, whether or not they are rated. */
  wantToGrow: string[];
  /** Current people with a level here. */
  rated: number;
  /** Mean of the rated people's levels as a share of the scale (see `share`); null when nobody is rated. */
  meanShare: number | null;
}

export interface SinglePointOfFailure {
  capabilityId: string;
  personId: string;
}

export interface OnlyExpert {
  personId: string;
  /** The capabilities where they are the only strong person, in capability order. */
  capabilityIds: string[];
}

export interface RadarArea {
  areaId: string;
  name: string;
  /** 0–1, or null when nothing in the area is rated. */
  value: number | null;
  /** How many ratings the value is based on. */
  ratings: number;
}

export interface Insights {
  coverage: CapabilityCoverage[];
  gaps: CapabilityCoverage[];
  singlePointsOfFailure: SinglePointOfFailure[];
  onlyExperts: OnlyExpert[];
  nobodyWantsToGrow: CapabilityCoverage[];
  teamRadar: RadarArea[];
}

interface ScaleInfo {
  min: number;
  max: number;
  strong: number;
}

/** Where a level sits on its scale, 0 (lowest) to 1 (highest), so scales of different shape compare. */
function share(level: number, s: ScaleInfo): number {
  if (s.max === s.min) return level >= s.max ? 1 : 0;
  // Clamped: a level outside the scale (e.g. 0 on a 3–5 framework scale) still plots on the chart.
  return Math.min(1, Math.max(0, (level - s.min) / (s.max - s.min)));
}

function scaleInfos(input: Pick<InsightsInput, 'scales'>): (c: Capability) => ScaleInfo {
  const byId = new Map(input.scales.map((s) => [s.id, s]));
  const cache = new Map<string, ScaleInfo>();
  return (c) => {
    let info = cache.get(c.scaleId);
    if (!info) {
      const scale = byId.get(c.scaleId);
      const values = levelValues(scale);
      info = { min: values[0]!, max: values[values.length - 1]!, strong: strongLevel(scale) };
      cache.set(c.scaleId, info);
    }
    return info;
  };
}

/** Counted in the team's figures: not moved on, and started (a start date after `today` is a hire still to come). */
export function countsToday(person: Pick<Person, 'status' | 'startDate'>, today: string | undefined): boolean {
  return person.status !== 'moved-on' && !(today && person.startDate && person.startDate > today);
}

const currentPeople = (people: readonly Person[], today: string | undefined) => people.filter((p) => countsToday(p, today));

/** Coverage of every capability, in capability order. */
export function coverage(input: InsightsInput): CapabilityCoverage[] {
  const people = currentPeople(input.people, input.today);
  // Each person's row fetched once, so the inner loop is a single lookup.
  const rows = people.map((p) => input.cells.get(p.id));
  const infoOf = scaleInfos(input);
  return input.capabilities.map((c) => {
    const info = infoOf(c);
    const target = targetWith(c, info.strong);
    const meeting: string[] = [];
    const strong: string[] = [];
    const strongLevels: number[] = [];
    const wantToGrow: string[] = [];
    let rated = 0;
    let shareSum = 0;
    for (let i = 0; i < people.length; i++) {
      const cell = rows[i]?.get(c.id);
      if (!cell) continue;
      const id = people[i]!.id;
      if (cell.interested) wantToGrow.push(id);
      if (cell.level === null) continue;
      rated++;
      shareSum += share(cell.level, info);
      if (cell.level >= target.level) meeting.push(id);
      if (cell.level >= info.strong) {
        strong.push(id);
        strongLevels.push(cell.level);
      }
    }
    return {
      capabilityId: c.id,
      areaId: c.areaId,
      name: c.name,
      target,
      meeting,
      gap: Math.max(0, target.people - meeting.length),
      strongLevel: info.strong,
      strong,
      strongLevels,
      busFactor: strong.length,
      wantToGrow,
      rated,
      meanShare: rated === 0 ? null : shareSum / rated,
    };
  });
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Severity, most severe first: the larger share of the target still missing (1 =
 * nobody at the target level); then more people missing; then fewer people wanting
 * to grow there (less hope of closing it from within); then by name, then id.
 */
function gapsFrom(all: CapabilityCoverage[]): CapabilityCoverage[] {
  return all
    .filter((c) => c.gap > 0)
    .sort(
      (a, b) =>
        b.gap / b.target.people - a.gap / a.target.people ||
        b.gap - a.gap ||
        a.wantToGrow.length - b.wantToGrow.length ||
        a.name.localeCompare(b.name) ||
        compareIds(a.capabilityId, b.capabilityId),
    );
}

function singlePointsFrom(all: CapabilityCoverage[]): SinglePointOfFailure[] {
  return all.filter((c) => c.busFactor === 1).map((c) => ({ capabilityId: c.capabilityId, personId: c.strong[0]! }));
}

/** Most capabilities first; ties by person name, then id. */
function onlyExpertsFrom(spofs: SinglePointOfFailure[], people: readonly Person[]): OnlyExpert[] {
  const byPerson = new Map<string, string[]>();
  for (const s of spofs) {
    const list = byPerson.get(s.personId);
    if (list) list.push(s.capabilityId);
    else byPerson.set(s.personId, [s.capabilityId]);
  }
  const names = new Map(people.map((p) => [p.id, p.name]));
  return [...byPerson]
    .filter(([, ids]) => ids.length >= 2)
    .map(([personId, capabilityIds]) => ({ personId, capabilityIds }))
    .sort(
      (a, b) =>
        b.capabilityIds.length - a.capabilityIds.length ||
        (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? '') ||
        compareIds(a.personId, b.personId),
    );
}

/** Areas by `order`, then name, as the matrix shows them. */
const orderedAreas = (areas: readonly CapabilityArea[]) => [...areas].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

/**
 * Per area: the mean over its rated capabilities of each capability's mean share
 * (see `share`), so every capability weighs the same however many people are rated
 * in it. Unrated cells and unrated capabilities are left out.
 */
function radarFrom(
  areas: readonly CapabilityArea[],
  perCapability: { areaId: string; meanShare: number | null; rated: number }[],
): RadarArea[] {
  const sums = new Map<string, { total: number; capabilities: number; ratings: number }>();
  for (const c of perCapability) {
    if (c.meanShare === null) continue;
    const s = sums.get(c.areaId) ?? { total: 0, capabilities: 0, ratings: 0 };
    s.total += c.meanShare;
    s.capabilities++;
    s.ratings += c.rated;
    sums.set(c.areaId, s);
  }
  return orderedAreas(areas).map((a) => {
    const s = sums.get(a.id);
    return { areaId: a.id, name: a.name, value: s ? s.total / s.capabilities : null, ratings: s?.ratings ?? 0 };
  });
}

const nobodyWantsToGrowFrom = (all: CapabilityCoverage[]) => all.filter((c) => c.wantToGrow.length === 0);

/** Capabilities below target, most severe first. */
export function gaps(input: InsightsInput): CapabilityCoverage[] {
  return gapsFrom(coverage(input));
}

/** Capabilities only one current person can carry alone, in capability order. */
export function singlePointsOfFailure(input: InsightsInput): SinglePointOfFailure[] {
  return singlePointsFrom(coverage(input));
}

/** People who are the only strong one in two or more capabilities: overloaded, and a flight risk. */
export function onlyExperts(input: InsightsInput): OnlyExpert[] {
  return onlyExpertsFrom(singlePointsFrom(coverage(input)), input.people);
}

/** Capabilities where no current person wants to grow, in capability order. */
export function nobodyWantsToGrow(input: InsightsInput): CapabilityCoverage[] {
  return nobodyWantsToGrowFrom(coverage(input));
}

/** The team's level per area, 0–1, in area order. */
export function teamRadar(input: InsightsInput): RadarArea[] {
  return radarFrom(input.areas, coverage(input));
}

/**
 * One person's level per area, on the same terms as `teamRadar`, to draw against it.
 * Computed for whoever is asked, moved-on or not: it is their own record, not a team figure.
 */
export function personRadar(input: InsightsInput, personId: string): RadarArea[] {
  const infoOf = scaleInfos(input);
  return radarFrom(
    input.areas,
    input.capabilities.map((c) => {
      const level = cellOf(input.cells, personId, c.id)?.level ?? null;
      return { areaId: c.areaId, meanShare: level === null ? null : share(level, infoOf(c)), rated: level === null ? 0 : 1 };
    }),
  );
}

/** Everything the Design insights screen shows, from one coverage pass. */
export function insights(input: InsightsInput): Insights {
  const all = coverage(input);
  const spofs = singlePointsFrom(all);
  return {
    coverage: all,
    gaps: gapsFrom(all),
    singlePointsOfFailure: spofs,
    onlyExperts: onlyExpertsFrom(spofs, input.people),
    nobodyWantsToGrow: nobodyWantsToGrowFrom(all),
    teamRadar: radarFrom(input.areas, all),
  };
}

/**
 * The insights of stored records as read for the matrix: builds the manager's view of the
 * current cells from the history first. `today` (the local day) decides who has started.
 */
export function insightsOf(
  data: {
    people: Person[];
    capabilityAreas: CapabilityArea[];
    capabilities: Capability[];
    levelScales: LevelScale[];
    assessments: readonly Assessment[];
  },
  today: string = localToday(),
): { input: InsightsInput; result: Insights } {
  const input = { people: data.people, areas: data.capabilityAreas, capabilities: data.capabilities, scales: data.levelScales, cells: latestCells(data.assessments), today };
  return { input, result: insights(input) };
}
