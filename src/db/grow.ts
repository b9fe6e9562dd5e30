/**
 * Grow-phase commands: one person's check-in for one quarter, read with everything that
 * prefills it, saved as the manager types (a draft until it is marked held), and the level
 * checks confirmed into the matrix history. Every record is validated with its schema
 * before it is written; a save over a version another tab saved since is refused (fresh.ts).
 */
import { CheckIn, type IssuedSelfReview, type Engagement, type Evidence, type GrowthStage, type LevelCheck, type ManagerNotes, type Strength, type StretchWork } from '../schemas/check-in.ts';
import { Goal, type GoalStatus } from '../schemas/goal.ts';
import type { RecordOf } from '../schemas/records.ts';
import { database } from './database.ts';
import { groupTable, readGroup, readKind } from './record-store.ts';
import { readLibrary, recordAssessments } from './design.ts';
import type { CapabilityLibrary } from '../domain/library-merge.ts';
import { checkFresh, GoneRecordError, stamp } from './fresh.ts';
import { defaultCapabilitiesToCheck, evidenceOfQuarter, goalsForQuarter, previousCheckIn } from '../domain/grow/check-in.ts';
import { gaps } from '../domain/insights.ts';
import { latestCells, latestCellsByView, cellOf } from '../domain/matrix-cells.ts';
import { addQuarters, localToday } from '../domain/dates.ts';
import { growToday, type GrowToday } from '../domain/grow/today.ts';

type PersonRecord = RecordOf<'people'>;

export interface LevelsNow {
  capabilityId: string;
  /** The manager's latest level in the matrix (manager or check-in sources). */
  manager: number | undefined;
  /** The person's latest self level. */
  self: number | undefined;
  interested: boolean;
}

export interface CheckInPage extends CapabilityLibrary {
  person: PersonRecord;
  quarter: string;
  /** The stored check-in (a draft or held), if one was started. */
  checkIn: CheckIn | undefined;
  previous: CheckIn | undefined;
  /** Every goal of this person, by id, for the check-in's goal list. */
  goals: Goal[];
  /** Goals to start a new check-in with: carried over from before, and set in this quarter. */
  carried: string[];
  setThisQuarter: string[];
  evidence: Evidence[];
  levels: LevelsNow[];
  /** What to look at together when the manager has not chosen. */
  suggestedCapabilities: string[];
  systems: { id: string; name: string }[];
}

/**
 * What every check-in on a page draws on beside the person's own records: the library, the
 * team's gaps (suggested levels to look at) and what evidence is found in (decisions, and the
 * interviews in Hire's scorecards). Read once for a page that moves from person to person; a
 * person's own levels are read afresh each time (see readCheckInPage).
 */
export interface CheckInTeam extends CapabilityLibrary {
  /** Everyone, to choose whose check-in to open next. */
  people: Pick<PersonRecord, 'id' | 'name' | 'status'>[];
  teamGaps: string[];
  decisions: RecordOf<'decisions'>[];
  candidates: Pick<RecordOf<'candidates'>, 'id' | 'name'>[];
  loops: Pick<RecordOf<'interviewLoops'>, 'stages'>[];
  scorecards: RecordOf<'scorecards'>[];
  systems: { id: string; name: string }[];
}

export async function readCheckInTeam(): Promise<CheckInTeam> {
  const db = database();
  const [library, people, assessments, decisions, candidates, loops, scorecards, systems] = await Promise.all([
    readLibrary(),
    db.people.toArray(),
    readKind(db, 'assessments') as Promise<RecordOf<'assessments'>[]>,
    db.decisions.toArray(),
    db.candidates.toArray(),
    db.interviewLoops.toArray(),
    readKind(db, 'scorecards') as Promise<RecordOf<'scorecards'>[]>,
    db.systems.toArray(),
  ]);
  const cells = latestCells(assessments);
  return {
    ...library,
    people: people.map((p) => ({ id: p.id, name: p.name, status: p.status })),
    teamGaps: gaps({ people, areas: library.capabilityAreas, capabilities: library.capabilities, scales: library.levelScales, cells, today: localToday() }).map((g) => g.capabilityId),
    decisions,
    candidates: candidates.map((c) => ({ id: c.id, name: c.name })),
    loops: loops.map((l) => ({ stages: l.stages })),
    scorecards,
    systems: systems.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/**
 * Everything one person's check-in for a quarter shows: their own records read now, the
 * team's part as given (read once by a page going from person to person) or read here.
 */
export async function readCheckInPage(personId: string, quarter: string, team?: CheckInTeam | Promise<CheckInTeam>): Promise<CheckInPage | undefined> {
  const db = database();
  const [person, checkIns, goals, ownAssessments, plans, oneOnOnes, shared] = await Promise.all([
    db.people.get(personId),
    db.checkIns.where('personId').equals(personId).toArray(),
    db.goals.where('personId').equals(personId).toArray(),
    readGroup(db, 'assessments', personId),
    db.onboardingPlans.where('personId').equals(personId).toArray(),
    db.oneOnOnes.where('personId').equals(personId).toArray(),
    team ?? readCheckInTeam(),
  ]);
  if (!person) return undefined;
  const { people: _everyone, teamGaps, decisions, candidates, loops, scorecards, systems, ...library } = shared;
  const cells = latestCellsByView(ownAssessments);
  const levels = library.capabilities.map((c) => {
    const manager = cellOf(cells.manager, personId, c.id);
    const self = cellOf(cells.self, personId, c.id);
    return {
      capabilityId: c.id,
      manager: manager?.level ?? undefined,
      self: self?.level ?? undefined,
      interested: !!(manager?.interested || self?.interested),
    };
  });
  const previous = previousCheckIn(checkIns, personId, quarter);
  const { carried, setThisQuarter } = goalsForQuarter(goals, personId, quarter, previous?.goalIds);
  const openGoalCapabilities = [...carried, ...setThisQuarter].flatMap((g) => g.capabilityIds);
  return {
    ...library,
    person,
    quarter,
    checkIn: checkIns.find((c) => c.quarter === quarter),
    previous,
    goals,
    carried: carried.map((g) => g.id),
    setThisQuarter: setThisQuarter.map((g) => g.id),
    evidence: evidenceOfQuarter(person, quarter, { plans, oneOnOnes, decisions, candidates, loops, scorecards }),
    levels,
    suggestedCapabilities: defaultCapabilitiesToCheck(
      levels.filter((l) => l.interested).map((l) => l.capabilityId),
      teamGaps,
      openGoalCapabilities,
    ),
    systems,
  };
}

/** A goal as the check-in form holds it: an existing goal (with id) or a new one. */
export interface GoalEdit {
  id?: string | undefined;
  text: string;
  status: GoalStatus;
  due?: string | undefined;
  capabilityIds: string[];
}

/** What the check-in form hands over. */
export interface CheckInDraft {
  date: string;
  held: boolean;
  strengths: Strength[];
  wins: string[];
  areasToGrow: string;
  stretch: StretchWork[];
  goals: GoalEdit[];
  feedbackAsked: string;
  feedbackGiven: string;
  engagement: Engagement;
  growthStage?: GrowthStage | undefined;
  growthInTheirWords: string;
  evidence: Evidence[];
  levels: LevelCheck[];
  managerNotes: ManagerNotes;
}

export interface SavedCheckIn {
  checkIn: CheckIn;
  /** The goals as saved, in the form's order (new ones now have ids). */
  goals: Goal[];
}

/**
 * Saves one person's check-in for a quarter with its goals, in one transaction. `read` is the
 * check-in as the form read it (no id for a new one): a save over a version another tab saved
 * since is refused. A goal's status change is recorded with today's date in its history.
 * Strengths, wins and stretch work left empty in the form are not kept.
 */
export async function saveCheckIn(personId: string, quarter: string, draft: CheckInDraft, read: { id?: string | undefined; updatedAt?: string | undefined }): Promise<SavedCheckIn> {
  const db = database();
  const today = localToday();
  return db.transaction('rw', db.checkIns, db.goals, db.people, async () => {
    if (!(await db.people.get(personId))) throw new GoneRecordError('This person');
    const current = await checkFresh(db.checkIns, read, 'This check-in');
    if (!current) {
      const other = await db.checkIns.where('personId').equals(personId).filter((c) => c.quarter === quarter).first();
      if (other) throw new Error(`a check-in for ${quarter} was started in another tab; reload to open it`);
    }
    const goals: Goal[] = [];
    for (const edit of draft.goals) {
      if (edit.text.trim() === '') continue;
      const before = edit.id ? await db.goals.get(edit.id) : undefined;
      const changed = !before || before.status !== edit.status;
      goals.push(
        Goal.parse({
          id: before?.id ?? edit.id ?? crypto.randomUUID(),
          personId,
          text: edit.text,
          setIn: before?.setIn ?? quarter,
          ...(edit.due ? { due: edit.due } : {}),
          status: edit.status,
          history: changed ? [...(before?.history ?? []), { status: edit.status, on: today }] : before.history,
          capabilityIds: edit.capabilityIds,
          ...(before?.sample !== undefined ? { sample: before.sample } : {}),
          updatedAt: stamp(before?.updatedAt),
        }),
      );
    }
    const checkIn = CheckIn.parse({
      id: current?.id ?? crypto.randomUUID(),
      personId,
      quarter,
      date: draft.date,
      held: draft.held,
      strengths: draft.strengths.filter((s) => s.text.trim() !== ''),
      wins: draft.wins.filter((w) => w.trim() !== ''),
      areasToGrow: draft.areasToGrow,
      stretch: draft.stretch.filter((s) => s.text.trim() !== ''),
      goalIds: goals.map((g) => g.id),
      feedbackAsked: draft.feedbackAsked,
      feedbackGiven: draft.feedbackGiven,
      engagement: draft.engagement,
      ...(draft.growthStage ? { growthStage: draft.growthStage } : {}),
      growthInTheirWords: draft.growthInTheirWords,
      evidence: draft.evidence,
      levels: draft.levels,
      managerNotes: draft.managerNotes,
      // Issued self-review files are recorded by their own command, never by the form.
      selfReviews: current?.selfReviews ?? [],
      ...(current?.sample !== undefined ? { sample: current.sample } : {}),
      updatedAt: stamp(current?.updatedAt),
    });
    await db.goals.bulkPut(goals);
    await db.checkIns.put(checkIn);
    return { checkIn, goals };
  });
}

/**
 * Enters the check-in's level checks into the matrix history: the person's level as source
 * "self" and the manager's as "check-in" (only the manager's counts in coverage), each check
 * marked confirmed. Checks already confirmed with the same levels are not entered twice.
 * Returns the check-in as saved.
 */
export async function confirmLevels(checkInId: string, readAt: string | undefined): Promise<CheckIn> {
  const db = database();
  return db.transaction('rw', [db.checkIns, db.people, db.capabilities, groupTable(db, 'assessments')], async () => {
    const current = await checkFresh(db.checkIns, { id: checkInId, updatedAt: readAt }, 'This check-in');
    const at = new Date().toISOString();
    const note = `Check-in ${current.quarter}`;
    const toConfirm = current.levels.filter((l) => !l.confirmedAt && (l.self !== undefined || l.manager !== undefined));
    // "Wants to grow here" stays as the matrix has it: confirming a level does not answer it.
    const cells = latestCellsByView(await readGroup(db, 'assessments', current.personId));
    const entry = (l: LevelCheck, level: number, source: 'self' | 'check-in') => ({
      personId: current.personId,
      capabilityId: l.capabilityId,
      level,
      interested: cellOf(source === 'self' ? cells.self : cells.manager, current.personId, l.capabilityId)?.interested ?? false,
      source,
      note,
      at,
    });
    await recordAssessments(
      toConfirm.flatMap((l) => [...(l.self !== undefined ? [entry(l, l.self, 'self')] : []), ...(l.manager !== undefined ? [entry(l, l.manager, 'check-in')] : [])]),
    );
    const saved = CheckIn.parse({
      ...current,
      levels: current.levels.map((l) => (toConfirm.includes(l) ? { ...l, confirmedAt: at } : l)),
      updatedAt: stamp(current.updatedAt),
    });
    await db.checkIns.put(saved);
    return saved;
  });
}

/**
 * Records a self-review file given to the person for this check-in (its id and digest), so
 * its reply can be taken later. Returns the check-in as saved.
 */
export async function recordSelfReviewIssued(checkInId: string, readAt: string | undefined, issued: IssuedSelfReview): Promise<CheckIn> {
  const db = database();
  return db.transaction('rw', db.checkIns, async () => {
    const current = await checkFresh(db.checkIns, { id: checkInId, updatedAt: readAt }, 'This check-in');
    const saved = CheckIn.parse({ ...current, selfReviews: [...current.selfReviews, issued], updatedAt: stamp(current.updatedAt) });
    await db.checkIns.put(saved);
    return saved;
  });
}

/** Records that the reply to an issued self-review file was taken into the check-in. */
export async function recordSelfReviewReplied(checkInId: string, readAt: string | undefined, partId: string, repliedAt: string): Promise<CheckIn> {
  const db = database();
  return db.transaction('rw', db.checkIns, async () => {
    const current = await checkFresh(db.checkIns, { id: checkInId, updatedAt: readAt }, 'This check-in');
    const saved = CheckIn.parse({
      ...current,
      selfReviews: current.selfReviews.map((s) => (s.partId === partId ? { ...s, repliedAt } : s)),
      updatedAt: stamp(current.updatedAt),
    });
    await db.checkIns.put(saved);
    return saved;
  });
}

export interface TrajectoryTeam extends CapabilityLibrary {
  people: PersonRecord[];
  /** The whole team's matrix history: each person's lines, and the team to draw their radar against. */
  assessments: RecordOf<'assessments'>[];
}

/** What every trajectory draws on, read once for a page that moves from person to person. */
export async function readTrajectoryTeam(): Promise<TrajectoryTeam> {
  const db = database();
  const [library, people, assessments] = await Promise.all([readLibrary(), db.people.toArray(), readKind(db, 'assessments') as Promise<RecordOf<'assessments'>[]>]);
  return { ...library, people, assessments };
}

export interface PersonGrowth {
  person: PersonRecord;
  checkIns: CheckIn[];
  goals: Goal[];
}

/** One person's own part of a trajectory: their check-ins and goals (their matrix history is in the team's). */
export async function readPersonGrowth(personId: string): Promise<PersonGrowth | undefined> {
  const db = database();
  const [person, checkIns, goals] = await Promise.all([db.people.get(personId), db.checkIns.where('personId').equals(personId).toArray(), db.goals.where('personId').equals(personId).toArray()]);
  return person ? { person, checkIns, goals } : undefined;
}

export interface TeamGrowthData extends CapabilityLibrary {
  people: PersonRecord[];
  assessments: RecordOf<'assessments'>[];
  checkIns: CheckIn[];
}

/** What the team's view over quarters needs: the matrix history and the check-ins. */
export async function readTeamGrowth(): Promise<TeamGrowthData> {
  const db = database();
  const [library, people, assessments, checkIns] = await Promise.all([readLibrary(), db.people.toArray(), readKind(db, 'assessments') as Promise<RecordOf<'assessments'>[]>, db.checkIns.toArray()]);
  return { ...library, people, assessments, checkIns };
}

export interface GrowTodayData extends GrowToday {
  /** Names of the capabilities the lines mention. */
  capabilityNames: Record<string, string>;
}

/** Home's Grow lines for a quarter: read on their own, so the phase cards never wait for them. */
export async function readGrowToday(quarter: string, today: string): Promise<GrowTodayData> {
  const db = database();
  const [people, thisQuarter, lastQuarter, goals, openings] = await Promise.all([
    db.people.toArray(),
    db.checkIns.where('quarter').equals(quarter).toArray(),
    db.checkIns.where('quarter').equals(addQuarters(quarter, -1)).toArray(),
    db.goals.toArray(),
    db.openings.toArray(),
  ]);
  const lines = growToday({ people, today, thisQuarter, lastQuarter, goals, openings });
  // Names only for the few capabilities a line mentions.
  const ids = [...new Set(lines.grewIntoOpenings.map((g) => g.capabilityId))];
  const capabilityNames = Object.fromEntries((await db.capabilities.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c.name]] : [])));
  return { ...lines, capabilityNames };
}
