/**
 * Merging an imported framework into the capability library without duplicating it.
 * Pure: the caller writes plan.scales.add, plan.areas.add and plan.capabilities.{add,update}
 * in one transaction. Importing the same file twice gives an empty second plan.
 */
import type { Capability, CapabilityArea, DetailedCriterion, LevelScale } from '../schemas/capability.ts';
import type { DraftCapability, DraftDescriptor, DraftScale, FrameworkDraft } from './framework-draft.ts';

/** The records a capability library is made of: what is stored, and what a library file holds. */
export interface CapabilityLibrary {
  levelScales: LevelScale[];
  capabilityAreas: CapabilityArea[];
  capabilities: Capability[];
}

export interface LibraryMergePlan {
  scales: { add: LevelScale[] };
  areas: { add: CapabilityArea[] };
  capabilities: { add: Capability[]; update: Capability[]; unchanged: number };
  /** Decisions the manager should know about, e.g. a capability kept on its own scale. */
  notes: string[];
  /** What the file holds (not what changes), for the preview. */
  summary: { areas: number; capabilities: number; levels: number; descriptors: number };
}

/** How names are compared: "  Payments   Domain" and "payments domain" are the same area. */
export function nameKey(name: string): string {
  // NFC only matters beyond ASCII, and normalising every criterion of a large framework is costly.
  const composed = /[^\x20-\x7e\t\n\r]/.test(name) ? name.normalize('NFC') : name;
  return composed.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name as one trimmed line, as records store it. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** "Backend levels (2)" → "backend levels": a scale renamed by an earlier import still matches. */
function baseKey(name: string): string {
  return nameKey(name).replace(/ \(\d+\)$/, '');
}

function levelsKey(levels: readonly { value: number; name: string }[]): string {
  return JSON.stringify([...levels].sort((a, b) => a.value - b.value).map((l) => [l.value, nameKey(l.name)]));
}

export function planLibraryMerge(draft: FrameworkDraft, existing: CapabilityLibrary, newId: () => string): LibraryMergePlan {
  const notes: string[] = [];
  const scales = planScales(draft.scales, existing.levelScales, newId, notes);
  const storedScales = new Map(existing.levelScales.map((s) => [s.id, s]));

  const areasByKey = new Map<string, CapabilityArea>();
  for (const area of existing.capabilityAreas) if (!areasByKey.has(nameKey(area.name))) areasByKey.set(nameKey(area.name), area);
  let nextOrder = existing.capabilityAreas.reduce((max, a) => Math.max(max, a.order + 1), 0);
  const addedAreas: CapabilityArea[] = [];

  const capKey = (areaId: string, name: string) => `${areaId}\u0000${nameKey(name)}`;
  const existingCaps = new Map<string, Capability>();
  for (const cap of existing.capabilities) if (!existingCaps.has(capKey(cap.areaId, cap.name))) existingCaps.set(capKey(cap.areaId, cap.name), cap);

  // Keyed like existingCaps; a second draft capability with the same key merges into the first.
  const added = new Map<string, Capability>();
  const updated = new Map<string, Capability>();
  const matched = new Set<string>();
  const usedScales = new Set<string>();

  for (const draftArea of draft.areas) {
    let area = areasByKey.get(nameKey(draftArea.name));
    if (!area) {
      area = { id: newId(), name: cleanName(draftArea.name), description: draftArea.description, order: nextOrder++ };
      areasByKey.set(nameKey(area.name), area);
      addedAreas.push(area);
    }
    for (const draftCap of draftArea.capabilities) {
      const key = capKey(area.id, draftCap.name);
      usedScales.add(draftCap.scaleName);
      const pending = added.get(key);
      if (pending) {
        added.set(key, mergeInto(pending, draftCap, draftCap.descriptors) ?? pending);
        continue;
      }
      const stored = existingCaps.get(key);
      if (!stored) {
        added.set(key, newCapability(draftCap, area.id, scales.idFor(draftCap.scaleName), newId));
        continue;
      }
      matched.add(key);
      const current = updated.get(key) ?? stored;
      let descriptors = draftCap.descriptors;
      if (stored.scaleId !== scales.matched(draftCap.scaleName)) {
        // Level numbers are all the descriptors share with the stored scale; levels it lacks would be invisible.
        const storedScale = storedScales.get(stored.scaleId);
        const left = storedScale ? descriptors.map((d) => d.level).filter((l) => !storedScale.levels.some((x) => x.value === l)) : [];
        const scaleName = storedScale?.name ?? 'its own scale';
        notes.push(
          `"${stored.name}" stays on its scale "${scaleName}"; the file describes it on "${draftCap.scaleName}", so its descriptors were merged by level number.` +
            (left.length > 0 ? ` Level${left.length === 1 ? '' : 's'} ${left.join(', ')} ${left.length === 1 ? 'is' : 'are'} not on "${scaleName}" and ${left.length === 1 ? 'was' : 'were'} left out.` : ''),
        );
        descriptors = descriptors.filter((d) => !left.includes(d.level));
      }
      const next = mergeInto(current, draftCap, descriptors);
      if (next) updated.set(key, next);
    }
  }

  for (const scale of draft.scales) if (!usedScales.has(scale.name)) scales.idFor(scale.name);

  return {
    scales: { add: scales.added },
    areas: { add: addedAreas },
    capabilities: { add: [...added.values()], update: [...updated.values()], unchanged: matched.size - updated.size },
    notes,
    summary: summarise(draft),
  };
}

/** Nothing to write: the library already holds everything the file brings. */
export function planIsEmpty(plan: LibraryMergePlan): boolean {
  return plan.scales.add.length === 0 && plan.areas.add.length === 0 && plan.capabilities.add.length === 0 && plan.capabilities.update.length === 0;
}

/**
 * Matches each draft scale to a stored one up front; a scale without a match is created only
 * when something uses it, so capabilities that all matched stored ones on other scales do not
 * leave an unused scale behind. A scale no draft capability uses is the file's content in its
 * own right and is added at the end.
 */
function planScales(scales: readonly DraftScale[], existing: readonly LevelScale[], newId: () => string, notes: string[]) {
  const byBase = new Map<string, LevelScale[]>();
  const takenNames = new Set<string>();
  const remember = (scale: LevelScale) => {
    const list = byBase.get(baseKey(scale.name)) ?? [];
    list.push(scale);
    byBase.set(baseKey(scale.name), list);
    takenNames.add(nameKey(scale.name));
  };
  existing.forEach(remember);

  const drafts = new Map(scales.map((s) => [s.name, s]));
  const ids = new Map<string, string>();
  const added: LevelScale[] = [];

  /** The stored scale with this draft scale's name (or an earlier import's "name (2)") and levels. */
  const matchOf = (scale: DraftScale) => {
    const wanted = levelsKey(scale.levels);
    const sameLevels = (byBase.get(baseKey(scale.name)) ?? []).filter((c) => levelsKey(c.levels) === wanted);
    return sameLevels.find((c) => nameKey(c.name) === nameKey(scale.name)) ?? sameLevels[0];
  };
  for (const scale of scales) {
    const match = matchOf(scale);
    if (match) ids.set(scale.name, match.id);
  }

  const idFor = (scaleName: string): string => {
    const known = ids.get(scaleName);
    if (known !== undefined) return known;
    const scale = drafts.get(scaleName);
    // finishDraft guarantees every capability's scale is in the draft.
    if (!scale) throw new Error(`The draft names a scale it does not hold: "${scaleName}".`);
    const match = matchOf(scale);
    if (match) {
      ids.set(scaleName, match.id);
      return match.id;
    }
    const name = freeName(cleanName(scale.name), takenNames);
    if (name !== cleanName(scale.name))
      notes.push(`The library already has a scale called "${cleanName(scale.name)}" with different levels, so the file's scale is added as "${name}".`);
    const record: LevelScale = {
      id: newId(),
      name,
      levels: [...scale.levels].sort((a, b) => a.value - b.value).map((l) => ({ value: l.value, name: cleanName(l.name), description: l.description })),
    };
    remember(record);
    added.push(record);
    ids.set(scaleName, record.id);
    return record.id;
  };
  return { matched: (scaleName: string) => ids.get(scaleName), idFor, added };
}

function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  const base = name.replace(/ \(\d+\)$/, '').slice(0, 190);
  for (let k = 2; ; k++) if (!taken.has(nameKey(`${base} (${k})`))) return `${base} (${k})`;
}

function newCapability(draft: DraftCapability, areaId: string, scaleId: string, newId: () => string): Capability {
  return {
    id: newId(),
    areaId,
    name: cleanName(draft.name),
    kind: draft.kind,
    description: draft.description,
    scaleId,
    descriptors: unionDescriptors([], draft.descriptors),
    ...(draft.target ? { target: { ...draft.target } } : {}),
  };
}

/** The capability with the draft's descriptors added and its empty fields filled, or undefined when nothing changes. */
function mergeInto(current: Capability, draft: DraftCapability, descriptors: readonly DraftDescriptor[]): Capability | undefined {
  const merged = unionDescriptors(current.descriptors, descriptors);
  const fillDescription = current.description.trim() === '' && draft.description.trim() !== '';
  const fillTarget = current.target === undefined && draft.target !== undefined;
  if (merged === current.descriptors && !fillDescription && !fillTarget) return undefined;
  return {
    ...current,
    descriptors: merged,
    ...(fillDescription ? { description: draft.description } : {}),
    ...(fillTarget && draft.target ? { target: { ...draft.target } } : {}),
  };
}

/**
 * Adds criteria, examples and detailed criteria not already there (compared like names),
 * level by level; returns `existing` itself when nothing is new.
 *
 * A library imported before Turbine kept detail holds a detailed criterion flattened: its
 * text among the criteria and its examples among the level's examples. When the file brings
 * that criterion with its detail, the flat copies are taken out, so the structure replaces
 * them rather than repeating them.
 */
function unionDescriptors(existing: Capability['descriptors'], incoming: readonly DraftDescriptor[]): Capability['descriptors'] {
  const result = existing.map((d) => ({ ...d, criteria: [...d.criteria], examples: [...d.examples] }));
  const byLevel = new Map<number, (typeof result)[number]>();
  for (const d of result) if (!byLevel.has(d.level)) byLevel.set(d.level, d);
  const seen = new Map<(typeof result)[number], { criteria: Set<string>; examples: Set<string> }>();
  const seenOf = (d: (typeof result)[number]) => {
    let s = seen.get(d);
    if (!s) {
      s = { criteria: new Set(d.criteria.map(nameKey)), examples: new Set(d.examples.map(nameKey)) };
      seen.set(d, s);
    }
    return s;
  };
  const targetFor = (level: number) => {
    let target = byLevel.get(level);
    if (!target) {
      target = { level, criteria: [], examples: [] };
      byLevel.set(level, target);
      result.push(target);
    }
    return target;
  };
  let changed = false;
  for (const d of incoming) {
    const detailed = (d.detailed ?? []).filter((x) => x.criterion.trim() !== '');
    const detailedKeys = new Set(detailed.map((x) => nameKey(x.criterion)));
    for (const field of ['criteria', 'examples'] as const) {
      for (const text of d[field]) {
        if (text.trim() === '') continue;
        // A plain criterion already held with detail stays there.
        if (field === 'criteria' && byLevel.get(d.level)?.detailed?.some((x) => nameKey(x.criterion) === nameKey(text))) continue;
        const target = targetFor(d.level);
        const s = seenOf(target)[field];
        if (s.has(nameKey(text))) continue;
        s.add(nameKey(text));
        target[field].push(text);
        changed = true;
      }
    }
    if (detailed.length === 0) continue;
    const target = targetFor(d.level);
    const flatCriteria = target.criteria.filter((t) => detailedKeys.has(nameKey(t)));
    if (flatCriteria.length > 0) {
      const restructured = new Set(flatCriteria.map(nameKey));
      const detailExamples = new Set(detailed.filter((x) => restructured.has(nameKey(x.criterion))).flatMap((x) => (x.examples ?? []).map(nameKey)));
      const keptExamples = target.examples.filter((t) => !detailExamples.has(nameKey(t)));
      target.criteria = target.criteria.filter((t) => !restructured.has(nameKey(t)));
      target.examples = keptExamples;
      seen.delete(target);
      changed = true;
    }
    const merged = mergeDetailed(target.detailed ?? [], detailed);
    if (merged !== (target.detailed ?? [])) {
      target.detailed = merged;
      changed = true;
    }
  }
  return changed ? result.filter((d) => descriptorTexts(d).length > 0).sort((a, b) => a.level - b.level) : existing;
}

function summarise(draft: FrameworkDraft): LibraryMergePlan['summary'] {
  let capabilities = 0;
  let descriptors = 0;
  for (const area of draft.areas)
    for (const cap of area.capabilities) {
      capabilities++;
      for (const d of cap.descriptors) descriptors += descriptorTexts(d).length;
    }
  return { areas: draft.areas.length, capabilities, levels: draft.scales.reduce((n, s) => n + s.levels.length, 0), descriptors };
}

/**
 * `into` with `incoming` added: a criterion already there (compared like names) gains the
 * examples and links it lacks and keeps its proficiency unless it had none; a new one is
 * appended. Texts are trimmed, empty ones dropped. Returns `into` itself when nothing changes.
 */
export function mergeDetailed(into: readonly DetailedCriterion[], incoming: readonly DetailedCriterion[]): DetailedCriterion[] {
  const result = into.map(copyDetailed);
  const byKey = new Map<string, DetailedCriterion>();
  for (const d of result) if (!byKey.has(nameKey(d.criterion))) byKey.set(nameKey(d.criterion), d);
  let changed = false;
  for (const item of incoming) {
    const criterion = item.criterion.trim();
    if (criterion === '') continue;
    let target = byKey.get(nameKey(criterion));
    if (!target) {
      target = { criterion };
      byKey.set(nameKey(criterion), target);
      result.push(target);
      changed = true;
    }
    const proficiency = item.proficiency?.trim();
    if (proficiency && !target.proficiency) {
      target.proficiency = proficiency;
      changed = true;
    }
    const examples = new Set((target.examples ?? []).map(nameKey));
    for (const raw of item.examples ?? []) {
      const text = raw.trim();
      if (text === '' || examples.has(nameKey(text))) continue;
      examples.add(nameKey(text));
      (target.examples ??= []).push(text);
      changed = true;
    }
    const urls = new Set((target.links ?? []).map((l) => l.url));
    for (const link of item.links ?? []) {
      if (urls.has(link.url)) continue;
      urls.add(link.url);
      (target.links ??= []).push({ label: link.label.trim() || link.url, url: link.url });
      changed = true;
    }
  }
  return changed ? result : (into as DetailedCriterion[]);
}

function copyDetailed(d: DetailedCriterion): DetailedCriterion {
  return {
    criterion: d.criterion,
    ...(d.examples ? { examples: [...d.examples] } : {}),
    ...(d.proficiency !== undefined ? { proficiency: d.proficiency } : {}),
    ...(d.links ? { links: d.links.map((l) => ({ ...l })) } : {}),
  };
}

/** Every text a descriptor holds: its criteria and examples, and each detailed criterion with its examples. */
export function descriptorTexts(d: { criteria: readonly string[]; examples: readonly string[]; detailed?: readonly DetailedCriterion[] | undefined }): string[] {
  return [...d.criteria, ...(d.detailed ?? []).flatMap((x) => [x.criterion, ...(x.examples ?? [])]), ...d.examples];
}

/** The plan with the kinds the manager chose in the preview for the capabilities it adds (keyed by their new ids). */
export function withKinds(plan: LibraryMergePlan, kinds: Readonly<Record<string, Capability['kind']>>): LibraryMergePlan {
  return {
    ...plan,
    capabilities: { ...plan.capabilities, add: plan.capabilities.add.map((c) => (kinds[c.id] && kinds[c.id] !== c.kind ? { ...c, kind: kinds[c.id]! } : c)) },
  };
}
