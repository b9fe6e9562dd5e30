import type { RecordKind } from './kinds.ts';
import type { RecordOf } from './records.ts';

/** One pointer from a record to another record, with where it sits in the record. */
export interface Reference {
  /** Path inside the record, e.g. ["stages", 0, "capabilityIds", 2]. */
  path: (string | number)[];
  to: RecordKind;
  id: string;
}

type RefFinder<K extends RecordKind> = (r: RecordOf<K>, out: Reference[]) => void;

const one = (out: Reference[], path: (string | number)[], to: RecordKind, id: string | undefined) => {
  if (id !== undefined) out.push({ path, to, id });
};
const many = (out: Reference[], path: (string | number)[], to: RecordKind, ids: readonly string[]) => {
  ids.forEach((id, i) => out.push({ path: [...path, i], to, id }));
};

/**
 * Which fields of each kind point at which other kind. Import uses this to refuse
 * dangling references; "remove sample data" uses it to remove what depended on samples.
 */
const finders: { [K in RecordKind]: RefFinder<K> } = {
  teams: () => {},
  people: () => {},
  levelScales: () => {},
  capabilityAreas: () => {},
  capabilities: (r, out) => {
    one(out, ['areaId'], 'capabilityAreas', r.areaId);
    one(out, ['scaleId'], 'levelScales', r.scaleId);
  },
  systems: (r, out) => {
    many(out, ['ownerIds'], 'people', r.ownerIds);
    many(out, ['capabilityIds'], 'capabilities', r.capabilityIds);
    r.history?.authors.forEach((a, i) => one(out, ['history', 'authors', i, 'personId'], 'people', a.personId));
  },
  goals: (r, out) => {
    one(out, ['personId'], 'people', r.personId);
    many(out, ['capabilityIds'], 'capabilities', r.capabilityIds);
  },
  assessments: (r, out) => {
    one(out, ['personId'], 'people', r.personId);
    one(out, ['capabilityId'], 'capabilities', r.capabilityId);
  },
  oneOnOnes: (r, out) => one(out, ['personId'], 'people', r.personId),
  decisions: () => {},
  questions: (r, out) => many(out, ['capabilityIds'], 'capabilities', r.capabilityIds),
  interviewLoops: (r, out) =>
    r.stages.forEach((s, i) => {
      many(out, ['stages', i, 'capabilityIds'], 'capabilities', s.capabilityIds);
      many(out, ['stages', i, 'questionIds'], 'questions', s.questionIds);
      s.interviewers.forEach((iv, j) => one(out, ['stages', i, 'interviewers', j, 'personId'], 'people', iv.personId));
      s.rubric.forEach((row, j) => one(out, ['stages', i, 'rubric', j, 'capabilityId'], 'capabilities', row.capabilityId));
    }),
  openings: (r, out) => {
    many(out, ['mustHave'], 'capabilities', r.mustHave);
    many(out, ['niceToHave'], 'capabilities', r.niceToHave);
    one(out, ['loopId'], 'interviewLoops', r.loopId);
  },
  candidates: (r, out) => {
    one(out, ['openingId'], 'openings', r.openingId);
    one(out, ['personId'], 'people', r.personId);
    r.interviewKits.forEach((k, i) => one(out, ['interviewKits', i, 'interviewer', 'personId'], 'people', k.interviewer.personId));
  },
  scorecards: (r, out) => {
    one(out, ['candidateId'], 'candidates', r.candidateId);
    one(out, ['interviewer', 'personId'], 'people', r.interviewer.personId);
    r.scores.forEach((s, i) => one(out, ['scores', i, 'capabilityId'], 'capabilities', s.capabilityId));
  },
  // A template names no one and nothing of this workspace, so it can travel to another manager.
  onboardingTemplates: () => {},
  onboardingPlans: (r, out) => {
    one(out, ['personId'], 'people', r.personId);
    one(out, ['buddyId'], 'people', r.buddyId);
    one(out, ['systemId'], 'systems', r.systemId);
    one(out, ['capabilityId'], 'capabilities', r.capabilityId);
    r.items.forEach((it, i) => {
      one(out, ['items', i, 'capabilityId'], 'capabilities', it.capabilityId);
      one(out, ['items', i, 'areaId'], 'capabilityAreas', it.areaId);
      one(out, ['items', i, 'systemId'], 'systems', it.systemId);
      one(out, ['items', i, 'buddyId'], 'people', it.buddyId);
    });
  },
  checkIns: (r, out) => {
    one(out, ['personId'], 'people', r.personId);
    many(out, ['goalIds'], 'goals', r.goalIds);
    r.stretch.forEach((s, i) => {
      if (s.systemId) one(out, ['stretch', i, 'systemId'], 'systems', s.systemId);
      if (s.capabilityId) one(out, ['stretch', i, 'capabilityId'], 'capabilities', s.capabilityId);
    });
    r.levels.forEach((l, i) => one(out, ['levels', i, 'capabilityId'], 'capabilities', l.capabilityId));
  },
  ninetyDayPlans: (r, out) => r.tasks.forEach((t, i) => one(out, ['tasks', i, 'personId'], 'people', t.personId)),
};

export function referencesOf<K extends RecordKind>(kind: K, record: RecordOf<K>): Reference[] {
  const out: Reference[] = [];
  (finders[kind] as RefFinder<K>)(record, out);
  return out;
}

