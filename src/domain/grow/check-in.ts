/**
 * The rules of a quarterly check-in that reuse what Turbine already knows, so the manager
 * picks rather than retypes: which goals carry over, what last quarter said, what the person
 * did this quarter (evidence), and which capabilities to look at together, self beside manager.
 * Pure: the db layer reads the records, these functions decide.
 */
import { addDays, addQuarters, dayOf, daysOfQuarter, isInQuarter } from '../dates.ts';
import { goalStatusOn } from '../goals.ts';
import type { CheckIn, Evidence, LevelCheck } from '../../schemas/check-in.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Person } from '../../schemas/person.ts';
import type { OnboardingPlan } from '../../schemas/onboarding.ts';
import type { OneOnOne } from '../../schemas/one-on-one.ts';
import type { Decision } from '../../schemas/decision.ts';
import type { Candidate, InterviewLoop, Scorecard } from '../../schemas/hiring.ts';

/** A goal is open until it is done or dropped. */
export const isOpen = (status: Goal['status']): boolean => status !== 'done' && status !== 'dropped';

/**
 * The goals a check-in for `quarter` starts with: those set in the quarter, and those set
 * earlier that were still open when it began (carried over), in the order the last check-in
 * listed them. Done and dropped goals from before stay in their own quarter's check-in, as
 * history.
 */
export function goalsForQuarter(goals: readonly Goal[], personId: string, quarter: string, lastListed: readonly string[] = []): { carried: Goal[]; setThisQuarter: Goal[] } {
  const lastDayBefore = addDays(daysOfQuarter(quarter).first, -1);
  const position = (g: Goal) => {
    const at = lastListed.indexOf(g.id);
    return at < 0 ? lastListed.length : at;
  };
  const own = goals.filter((g) => g.personId === personId).sort((a, b) => a.setIn.localeCompare(b.setIn) || position(a) - position(b));
  return {
    carried: own.filter((g) => g.setIn < quarter && isOpen(goalStatusOn(g, lastDayBefore))).sort((a, b) => position(a) - position(b)),
    setThisQuarter: own.filter((g) => g.setIn === quarter),
  };
}

/** The person's check-in in the quarter before, if there was one. */
export function previousCheckIn(checkIns: readonly CheckIn[], personId: string, quarter: string): CheckIn | undefined {
  const before = addQuarters(quarter, -1);
  return checkIns.find((c) => c.personId === personId && c.quarter === before);
}

/** What Turbine holds about a quarter that can stand as evidence in a check-in. */
export interface EvidenceSources {
  plans: readonly OnboardingPlan[];
  oneOnOnes: readonly OneOnOne[];
  decisions: readonly Decision[];
  candidates: readonly Pick<Candidate, 'id' | 'name'>[];
  scorecards: readonly Scorecard[];
  loops: readonly Pick<InterviewLoop, 'stages'>[];
}

/** The same name, however it was typed ("amara okafor " is Amara Okafor). */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase() && a.trim() !== '';

/**
 * What the person did in the quarter, newest first: Learn items they completed, 1:1 action
 * items they owned that are done, decisions they made or gave input to, and interviews they
 * ran (submitted scorecards). Names are matched as typed, since decisions and action items
 * record people by name.
 */
export function evidenceOfQuarter(person: Pick<Person, 'id' | 'name'>, quarter: string, sources: EvidenceSources): Evidence[] {
  const out: Evidence[] = [];
  for (const plan of sources.plans) {
    if (plan.personId !== person.id) continue;
    for (const item of plan.items) {
      if (item.status === 'done' && item.completedOn && isInQuarter(item.completedOn, quarter))
        out.push({ kind: 'learn-item', ref: `${plan.id}/${item.id}`, text: `${item.title} (${plan.title})`, on: item.completedOn });
    }
  }
  for (const o of sources.oneOnOnes) {
    if (o.personId !== person.id || !isInQuarter(o.date, quarter)) continue;
    for (const item of o.actionItems) if (item.done && sameName(item.owner, person.name)) out.push({ kind: 'action-item', ref: `${o.id}/${item.id}`, text: item.text, on: o.date });
  }
  for (const d of sources.decisions) {
    if (!isInQuarter(d.date, quarter) || d.status === 'proposed') continue;
    if (sameName(d.decidedBy, person.name)) out.push({ kind: 'decision', ref: d.id, text: `Decided: ${d.title}`, on: d.date });
    else if (d.input.some((name) => sameName(name, person.name))) out.push({ kind: 'decision', ref: d.id, text: `Gave input: ${d.title}`, on: d.date });
  }
  const candidateName = new Map(sources.candidates.map((c) => [c.id, c.name]));
  const stageName = new Map(sources.loops.flatMap((l) => l.stages.map((s) => [s.id, s.name] as const)));
  for (const s of sources.scorecards) {
    if (s.interviewer.personId !== person.id || !s.submittedAt || !isInQuarter(s.submittedAt, quarter)) continue;
    const stage = stageName.get(s.stageId);
    out.push({ kind: 'interview', ref: s.id, text: `Interviewed ${candidateName.get(s.candidateId) ?? 'a candidate'}${stage ? ` (${stage})` : ''}`, on: dayOf(s.submittedAt) });
  }
  return out.sort((a, b) => b.on.localeCompare(a.on) || a.text.localeCompare(b.text));
}

/** At most this many capabilities are suggested: a check-in is fifteen minutes, not an audit. */
export const SUGGESTED_AT_MOST = 6;

/**
 * The capabilities to look at together when the manager has not chosen: those the person
 * wants to grow in, then the team's gaps (most severe first, as given), then those tied to
 * their open goals; each once, at most SUGGESTED_AT_MOST. The manager can add any other.
 */
export function defaultCapabilitiesToCheck(growingIn: readonly string[], teamGaps: readonly string[], goalCapabilities: readonly string[]): string[] {
  return [...new Set([...growingIn, ...teamGaps, ...goalCapabilities])].slice(0, SUGGESTED_AT_MOST);
}

/**
 * How far the person's own level is from the manager's: positive when they rate themselves
 * higher. Undefined until both are given.
 */
export function selfMinusManager(check: Pick<LevelCheck, 'self' | 'manager'>): number | undefined {
  return check.self === undefined || check.manager === undefined ? undefined : check.self - check.manager;
}

/** "Rates themselves 1 higher", "The same", … for a difference. */
export function describeDifference(difference: number | undefined): string {
  if (difference === undefined) return 'Not both given yet';
  if (difference === 0) return 'The same';
  const n = Math.abs(difference);
  return `Rates themselves ${n} ${n === 1 ? 'level' : 'levels'} ${difference > 0 ? 'higher' : 'lower'}`;
}
