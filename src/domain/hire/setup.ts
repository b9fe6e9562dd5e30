/**
 * Pure rules behind the Hire set-up pages (openings, loops, the question bank): drafting
 * an opening from Design's gaps, counting an opening's candidates, where a question is
 * used, which must-haves a loop is checked against, and editing a loop's stages.
 */
import type { Candidate, InterviewLoop, Opening, Question } from '../../schemas/hiring.ts';
import { checkLoop, type LoopFinding } from './loop-checks.ts';
import { plural } from '../words.ts';

type Stage = InterviewLoop['stages'][number];

/** How long a new opening aims to take from first stage to decision, unless the manager says otherwise. */
export const DEFAULT_DAYS_TO_DECISION = 21;

export interface OpeningDraft {
  title: string;
  level: string;
  status: Opening['status'];
  mustHave: string[];
  niceToHave: string[];
  targetDaysToDecision: number;
  loopId?: string;
}

/**
 * A new opening drafted from gap capabilities (Design's "act on this" link carries their ids):
 * they become the must-haves, in the order given, once each, and the title says what the hire
 * is for (openingTitle). The level is left for the manager: only they know it. Ids no longer
 * in the library are left out and returned, so the page can say so rather than store a
 * dangling reference.
 */
export function draftOpening(
  capabilityIds: readonly string[],
  capabilities: readonly { id: string; name: string; areaId?: string }[],
  areas: readonly { id: string; name: string }[] = [],
): { draft: OpeningDraft; unknown: string[] } {
  const byId = new Map(capabilities.map((c) => [c.id, c]));
  const ids = [...new Set(capabilityIds.map((id) => id.trim()).filter((id) => id !== ''))];
  const mustHave = ids.filter((id) => byId.has(id));
  return {
    draft: {
      title: openingTitle(mustHave.map((id) => byId.get(id)!), areas),
      level: '',
      status: 'draft',
      mustHave,
      niceToHave: [],
      targetDaysToDecision: DEFAULT_DAYS_TO_DECISION,
    },
    unknown: ids.filter((id) => !byId.has(id)),
  };
}

/** The role a drafted opening hires; the manager renames it when the team says it otherwise. */
export const DRAFT_ROLE = 'Software engineer';

/**
 * A title that says what the hire is for, the way job titles read: "Software engineer,
 * Observability" for one capability; the area's name when every capability is in one area
 * ("Software engineer, Reliability"); two names for two; the first two and how many more
 * beyond that. Empty for none, so the form asks for a title.
 */
export function openingTitle(capabilities: readonly { name: string; areaId?: string }[], areas: readonly { id: string; name: string }[]): string {
  if (capabilities.length === 0) return '';
  const areaIds = new Set(capabilities.map((c) => c.areaId));
  const area = areaIds.size === 1 ? areas.find((a) => a.id === capabilities[0]!.areaId) : undefined;
  const names = capabilities.map((c) => c.name);
  const focus =
    names.length === 1 ? names[0]! : area ? area.name : names.length === 2 ? joinNames(names) : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  return `${DRAFT_ROLE}, ${focus}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The ids in a "?draft=a,b" parameter. */
export function draftIdsFrom(search: string): string[] {
  const raw = new URLSearchParams(search).get('draft');
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export interface CandidateCounts {
  active: number;
  hired: number;
  /** Rejected or withdrawn. */
  closed: number;
}

export function candidateCounts(candidates: readonly Pick<Candidate, 'openingId' | 'status'>[]): Map<string, CandidateCounts> {
  const counts = new Map<string, CandidateCounts>();
  for (const c of candidates) {
    let entry = counts.get(c.openingId);
    if (!entry) counts.set(c.openingId, (entry = { active: 0, hired: 0, closed: 0 }));
    if (c.status === 'active') entry.active++;
    else if (c.status === 'hired') entry.hired++;
    else entry.closed++;
  }
  return counts;
}

export interface QuestionUse {
  loopId: string;
  loopName: string;
  stageId: string;
  stageName: string;
}

/** Every place a question is asked: loop by loop, stage by stage, in loop order. */
export function questionUsage(loops: readonly Pick<InterviewLoop, 'id' | 'name' | 'stages'>[]): Map<string, QuestionUse[]> {
  const uses = new Map<string, QuestionUse[]>();
  for (const loop of loops)
    for (const stage of loop.stages)
      for (const questionId of new Set(stage.questionIds)) {
        const use = { loopId: loop.id, loopName: loop.name, stageId: stage.id, stageName: stage.name };
        const list = uses.get(questionId);
        if (list) list.push(use);
        else uses.set(questionId, [use]);
      }
  return uses;
}

/** "Backend loop (Phone screen, Onsite); Platform loop (Onsite)". */
export function describeUses(uses: readonly QuestionUse[]): string {
  const byLoop = new Map<string, { name: string; stages: string[] }>();
  for (const u of uses) {
    const entry = byLoop.get(u.loopId) ?? { name: u.loopName, stages: [] };
    entry.stages.push(u.stageName);
    byLoop.set(u.loopId, entry);
  }
  return [...byLoop.values()].map((l) => `${l.name} (${l.stages.join(', ')})`).join('; ');
}

/**
 * The checks for a loop being edited. A loop is checked against the must-haves of the
 * openings it serves; with several, each opening's findings are listed once (the stage
 * findings do not depend on the opening, so they would otherwise repeat).
 */
export function loopFindings(
  loop: InterviewLoop,
  openings: readonly Pick<Opening, 'mustHave'>[],
  names: { capability: (id: string) => string },
): LoopFinding[] {
  const runs = openings.length === 0 ? [checkLoop(loop, undefined, names)] : openings.map((o) => checkLoop(loop, o, names));
  const seen = new Set<string>();
  const out: LoopFinding[] = [];
  for (const f of runs.flat()) {
    const key = `${f.severity}\u0000${f.stageId ?? ''}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  // Problems first, then warnings; within each, the order checkLoop found them in.
  return [...out.filter((f) => f.severity === 'problem'), ...out.filter((f) => f.severity === 'warning')];
}

/**
 * The one line above the findings. With no opening to check against, the must-have check ran
 * on nothing, so the line says that rather than "every check passes".
 */
export function checkSummary(findings: readonly Pick<LoopFinding, 'severity'>[], openingsChecked: number): string {
  const problems = findings.filter((f) => f.severity === 'problem').length;
  const warnings = findings.length - problems;
  const counts = `${plural(problems, 'problem')} and ${plural(warnings, 'warning')}`;
  if (openingsChecked > 0) return findings.length === 0 ? 'No problems found: every check passes.' : `${counts}.`;
  const stages = findings.length === 0 ? 'No problems found in the stages' : `${counts} in the stages`;
  return `${stages}, but no must-have was checked: no opening was chosen. Choose the opening this loop is for.`;
}

/** The openings that hired as many people as they were for and are still running (draft, open or paused): each one can close as filled. */
export function filledOpenings<O extends Pick<Opening, 'id' | 'status' | 'headcount'>>(
  openings: readonly O[],
  candidates: readonly Pick<Candidate, 'openingId' | 'status'>[],
): { opening: O; hired: number; headcount: number; stillActive: number }[] {
  const counts = candidateCounts(candidates);
  return openings.flatMap((opening) => {
    if (opening.status !== 'draft' && opening.status !== 'open' && opening.status !== 'paused') return [];
    const c = counts.get(opening.id) ?? { active: 0, hired: 0, closed: 0 };
    const headcount = opening.headcount ?? 1;
    return c.hired >= headcount ? [{ opening, hired: c.hired, headcount, stillActive: c.active }] : [];
  });
}


/** Moves the stage at `index` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveStage<T>(stages: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= stages.length || to < 0 || to >= stages.length) return [...stages];
  const out = [...stages];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/**
 * A copy of a loop under a new name, with new ids for the loop and every stage: candidates and
 * scorecards point at stage ids, so two loops sharing stage ids would mix their calibration.
 */
export function copyLoop(loop: InterviewLoop, name: string, newId: () => string): InterviewLoop {
  return {
    ...structuredClone(loop),
    id: newId(),
    name,
    sample: undefined,
    stages: loop.stages.map((s) => ({ ...structuredClone(s), id: newId() })),
  };
}

/** "Backend loop" → "Copy of Backend loop", or "Copy of Backend loop (2)" when that is taken. */
export function copyName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  const base = `Copy of ${name}`.slice(0, 190);
  if (!used.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) if (!used.has(`${base} (${k})`.toLowerCase())) return `${base} (${k})`;
}

/**
 * A stage ready to store: rubric rows kept only for capabilities the stage assesses or that say
 * something (an empty row for a capability taken off the stage is noise; a written one is kept
 * so the manager does not lose it, and the checks point at it), a time box only on take-homes.
 */
export function tidyStage(stage: Stage): Stage {
  const rubric = stage.rubric.filter((r) => stage.capabilityIds.includes(r.capabilityId) || Object.values(r.anchors).some((a) => a.trim() !== ''));
  const { timeBoxHours, ...rest } = stage;
  return { ...rest, rubric, ...(stage.kind === 'take-home' && timeBoxHours !== undefined ? { timeBoxHours } : {}) };
}

/** Questions that assess at least one of these capabilities first, then the rest; each group by text. */
export function questionsFor(questions: readonly Question[], capabilityIds: readonly string[]): Question[] {
  const wanted = new Set(capabilityIds);
  const score = (q: Question) => (q.capabilityIds.some((id) => wanted.has(id)) ? 0 : 1);
  return [...questions].sort((a, b) => score(a) - score(b) || a.text.localeCompare(b.text));
}

export interface AreaGroup<C> {
  areaId: string;
  areaName: string;
  capabilities: C[];
}

/** Capabilities grouped under their areas, areas in library order, capabilities by name. */
export function groupByArea<C extends { areaId: string; name: string }>(
  areas: readonly { id: string; name: string }[],
  capabilities: readonly C[],
): AreaGroup<C>[] {
  const groups = areas.map((a) => ({ areaId: a.id, areaName: a.name, capabilities: [] as C[] }));
  const byId = new Map(groups.map((g) => [g.areaId, g]));
  const orphans: C[] = [];
  for (const c of capabilities) (byId.get(c.areaId)?.capabilities ?? orphans).push(c);
  if (orphans.length) groups.push({ areaId: '', areaName: 'Without an area', capabilities: orphans });
  for (const g of groups) g.capabilities.sort((a, b) => a.name.localeCompare(b.name));
  return groups.filter((g) => g.capabilities.length > 0);
}
