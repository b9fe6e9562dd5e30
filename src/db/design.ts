/**
 * Design-phase commands: the charter, people, the capability library and the matrix.
 * The UI calls these and never writes a table itself. Every record is validated with
 * its Zod schema before it is written, so a bug in a form cannot store a bad record.
 * Assessments are stored grouped per person (record-store.ts); appending one rewrites
 * only that person's group.
 */
import { Team } from '../schemas/team.ts';
import { System, type SystemKind } from '../schemas/system.ts';
import { Person } from '../schemas/person.ts';
import { Capability, CapabilityArea, LevelScale } from '../schemas/capability.ts';
import { Assessment } from '../schemas/assessment.ts';
import type { RecordOf } from '../schemas/records.ts';
import { DEFAULT_SCALE_ID, defaultScale } from '../domain/default-scale.ts';
import type { CapabilityLibrary, LibraryMergePlan } from '../domain/library-merge.ts';
import { database } from './database.ts';
import { groupTable, putGroup, readGroup, readKind } from './record-store.ts';
import { withEdit } from '../domain/matrix-cells.ts';
import { mentoringLoad } from '../domain/act-on-this.ts';
import { checkFresh, stamp, StaleRecordError } from './fresh.ts';
import { addPersonTasks } from './plan-people.ts';
import { localToday } from '../domain/dates.ts';

type TeamRecord = RecordOf<'teams'>;
type SystemRecord = RecordOf<'systems'>;
type PersonRecord = RecordOf<'people'>;
type AreaRecord = RecordOf<'capabilityAreas'>;
type CapabilityRecord = RecordOf<'capabilities'>;
type AssessmentRecord = RecordOf<'assessments'>;

const newId = () => crypto.randomUUID();

// ---------------------------------------------------------------- charter

/** The team charter; a workspace has one team. */
export async function readCharter(): Promise<TeamRecord | undefined> {
  return (await database().teams.toArray())[0];
}

/** The systems and domains the team owns (its scope), by name. */
export async function readSystems(): Promise<SystemRecord[]> {
  const systems = await database().systems.toArray();
  return systems.sort((a, b) => a.name.localeCompare(b.name));
}

/** The charter's scope as edited in its form: systems kept (new ones without an id) and those removed. */
export interface ScopeEdit {
  keep: { id?: string; name: string; kind: SystemKind; updatedAt?: string }[];
  remove: string[];
}

/**
 * Saves the charter and, when given, its scope, in one transaction. Refused when the
 * charter (or a system) changed in another tab since the form read it, or is gone.
 */
export async function saveCharter(team: Omit<TeamRecord, 'id'> & { id?: string }, scope?: ScopeEdit): Promise<TeamRecord> {
  const db = database();
  return db.transaction('rw', db.teams, db.systems, async () => {
    const stored = await checkFresh(db.teams, team, 'The charter');
    if (!stored) {
      // One team per workspace: a second "first charter" means another tab wrote one meanwhile.
      const existing = await db.teams.toCollection().first();
      if (existing) throw new StaleRecordError('The charter', existing);
    }
    const record = Team.parse({ ...team, id: team.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.teams.put(record);
    if (scope) {
      for (const edit of scope.keep) {
        const current = await checkFresh(db.systems, edit, `The system “${edit.name}”`);
        const { updatedAt: _read, ...fields } = edit;
        await db.systems.put(System.parse({ ...(current ?? {}), ...fields, id: edit.id ?? newId(), updatedAt: stamp(current?.updatedAt) }));
      }
      await db.systems.bulkDelete(scope.remove);
    }
    return record;
  });
}

// ---------------------------------------------------------------- people

export async function readPeople(): Promise<PersonRecord[]> {
  const people = await database().people.toArray();
  return people.sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a person, or saves an edit; an edit is refused when another tab changed or removed them since. */
export async function savePerson(person: Omit<PersonRecord, 'id'> & { id?: string }): Promise<PersonRecord> {
  const db = database();
  return db.transaction('rw', db.people, db.ninetyDayPlans, async () => {
    const stored = await checkFresh(db.people, person, `${person.name.trim() || 'This person'}’s record`);
    const record = Person.parse({ ...person, id: person.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.people.put(record);
    if (!stored) await addPersonTasks(db, [record], localToday());
    return record;
  });
}

/**
 * Adds several people at once (a pasted list), all or none, in one transaction. A name
 * already on the team (another tab may have added it since the preview) refuses the whole
 * list, naming who, rather than add them twice.
 */
export async function addPeople(people: readonly (Omit<PersonRecord, 'id' | 'status' | 'fit'> & { status?: PersonRecord['status'] })[]): Promise<PersonRecord[]> {
  const now = stamp();
  const records = people.map((p) => Person.parse({ ...p, id: newId(), updatedAt: now }));
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  const db = database();
  return db.transaction('rw', db.people, db.ninetyDayPlans, async () => {
    const existing = new Set((await db.people.toArray()).map((p) => key(p.name)));
    const clash = records.filter((r) => existing.has(key(r.name)));
    if (clash.length > 0) throw new Error(`${clash.map((r) => r.name).join(', ')} ${clash.length === 1 ? 'is' : 'are'} already on the team; nobody was added`);
    await db.people.bulkAdd(records);
    await addPersonTasks(db, records, localToday());
    return records;
  });
}

/** People who leave are kept with their history; they drop out of the matrix and the insights. */
export async function movePersonOn(id: string, date: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    if (!person) throw new Error('that person is no longer in the workspace');
    await db.people.put(Person.parse({ ...person, status: 'moved-on', movedOnDate: date, updatedAt: stamp(person.updatedAt) }));
  });
}

export async function bringPersonBack(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.people, db.ninetyDayPlans, async () => {
    const person = await db.people.get(id);
    if (!person) throw new Error('that person is no longer in the workspace');
    const { movedOnDate: _gone, ...rest } = person;
    const back = Person.parse({ ...rest, status: 'member', updatedAt: stamp(person.updatedAt) });
    await db.people.put(back);
    // Back on the team while the plan runs: the tasks they had stay, the ones they lack are added.
    await addPersonTasks(db, [back], localToday());
  });
}

// ---------------------------------------------------------------- capability library

export async function readLibrary(): Promise<CapabilityLibrary> {
  const db = database();
  const [levelScales, capabilityAreas, capabilities] = await Promise.all([
    db.levelScales.toArray(),
    db.capabilityAreas.toArray(),
    db.capabilities.toArray(),
  ]);
  capabilityAreas.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  return { levelScales, capabilityAreas, capabilities };
}

/** Adds an area, or saves an edit; an edit is refused when another tab changed or removed it since. */
export async function saveArea(area: Omit<AreaRecord, 'id' | 'order'> & { id?: string; order?: number }): Promise<AreaRecord> {
  const db = database();
  return db.transaction('rw', db.capabilityAreas, async () => {
    const stored = await checkFresh(db.capabilityAreas, area, `The area “${area.name.trim()}”`);
    const order = area.order ?? (await db.capabilityAreas.count());
    const record = CapabilityArea.parse({ ...area, order, id: area.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.capabilityAreas.put(record);
    return record;
  });
}

/**
 * Saves a capability; a new one without a scale gets the default 0–4 scale, created on first use.
 * An edit is refused when another tab changed or removed the capability since the form read it.
 */
export async function saveCapability(
  capability: Omit<CapabilityRecord, 'id' | 'scaleId'> & { id?: string; scaleId?: string },
): Promise<CapabilityRecord> {
  const db = database();
  return db.transaction('rw', db.capabilities, db.levelScales, db.capabilityAreas, async () => {
    const stored = await checkFresh(db.capabilities, capability, `The capability “${capability.name.trim()}”`);
    if (!(await db.capabilityAreas.get(capability.areaId))) throw new Error('its area is no longer in the workspace');
    const scaleId = capability.scaleId ?? (await ensureDefaultScale());
    const record = Capability.parse({ ...capability, scaleId, id: capability.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.capabilities.put(record);
    return record;
  });
}

/** The default 0–4 scale has a fixed id, so workspaces from two machines merge onto one scale. */
async function ensureDefaultScale(): Promise<string> {
  const db = database();
  if (!(await db.levelScales.get(DEFAULT_SCALE_ID))) await db.levelScales.put(LevelScale.parse({ ...defaultScale(), updatedAt: stamp() }));
  return DEFAULT_SCALE_ID;
}

/**
 * Writes a planned framework import (see library-merge.ts) in one transaction. The plan was
 * made from the library as read when the file was chosen: a capability it updates that another
 * tab changed or removed since refuses the whole import, rather than overwrite that change.
 */
export async function applyLibraryMerge(plan: LibraryMergePlan): Promise<void> {
  const db = database();
  await db.transaction('rw', db.levelScales, db.capabilityAreas, db.capabilities, async () => {
    const now = stamp();
    // Checked side by side: a re-imported framework can update hundreds of capabilities.
    const updates = await Promise.all(
      plan.capabilities.update.map(async (update) => {
        const stored = await checkFresh(db.capabilities, update, `The capability “${update.name}”`);
        return Capability.parse({ ...update, updatedAt: stamp(stored.updatedAt) });
      }),
    );
    await db.levelScales.bulkPut(plan.scales.add.map((s) => LevelScale.parse({ ...s, updatedAt: now })));
    await db.capabilityAreas.bulkPut(plan.areas.add.map((a) => CapabilityArea.parse({ ...a, updatedAt: now })));
    await db.capabilities.bulkPut([...plan.capabilities.add.map((c) => Capability.parse({ ...c, updatedAt: now })), ...updates]);
  });
}

// ---------------------------------------------------------------- matrix

export interface MatrixData extends CapabilityLibrary {
  people: PersonRecord[];
  assessments: AssessmentRecord[];
}

/** Everything the matrix and the insights need, read in one snapshot. */
export async function readMatrix(): Promise<MatrixData> {
  const db = database();
  return db.transaction('r', [db.people, db.levelScales, db.capabilityAreas, db.capabilities, groupTable(db, 'assessments')], async () => {
    const [library, people, assessments] = await Promise.all([readLibrary(), readPeople(), readKind(db, 'assessments')]);
    return { ...library, people, assessments: assessments as unknown as AssessmentRecord[] };
  });
}

/** The matrix's history alone, for a page that has the team and library already and reads the levels after them. */
export async function readAssessments(): Promise<AssessmentRecord[]> {
  return (await readKind(database(), 'assessments')) as unknown as AssessmentRecord[];
}

/** Who already mentors how many people (buddies on onboarding not done yet), to choose growth partners with. */
export async function readMentoring(): Promise<Map<string, number>> {
  return mentoringLoad(await database().onboardingPlans.toArray());
}

export type NewAssessment = Omit<AssessmentRecord, 'id' | 'at'> & { at?: string };

/** What an edit did to the history: the entries it added and the ones it corrected (now gone). */
export interface RecordedAssessments {
  added: AssessmentRecord[];
  replaced: AssessmentRecord[];
}

/**
 * Adds observations to the history, all in one transaction, each in its person's grouped
 * row. A quick correction (the same cell, the same source, within minutes: see `withEdit`)
 * replaces the entry it corrects instead of adding one, so typing 2, 3, 2 leaves one entry.
 */
export async function recordAssessments(entries: readonly NewAssessment[]): Promise<RecordedAssessments> {
  const at = new Date().toISOString();
  const records = entries.map((e) => Assessment.parse({ ...e, id: newId(), at: e.at ?? at }));
  const db = database();
  return db.transaction('rw', groupTable(db, 'assessments'), db.people, db.capabilities, async () => {
    for (const record of records) {
      if (!(await db.people.get(record.personId))) throw new Error('that person is no longer in the workspace');
      if (!(await db.capabilities.get(record.capabilityId))) throw new Error('that capability is no longer in the workspace');
    }
    const added: AssessmentRecord[] = [];
    const replaced: AssessmentRecord[] = [];
    for (const personId of new Set(records.map((r) => r.personId))) {
      let group = await readGroup(db, 'assessments', personId);
      for (const record of records) {
        if (record.personId !== personId) continue;
        const edit = withEdit(group, record);
        group = edit.records;
        if (edit.replaced) {
          // A correction of an entry added by this same call is not news to the caller.
          const own = added.indexOf(edit.replaced);
          if (own >= 0) added.splice(own, 1);
          else replaced.push(edit.replaced);
        }
        if (edit.kept) added.push(record);
      }
      await putGroup(db, 'assessments', personId, group);
    }
    return { added, replaced };
  });
}
