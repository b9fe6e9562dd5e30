/**
 * Hire → Candidates commands: candidates and their stage moves, take-homes, scorecards,
 * the decision and the hire itself. Candidates are one row each in `candidates`; a
 * candidate's scorecards are read and written as one group (record-store.ts), so a
 * candidate's page reads one row however many scorecards the workspace holds.
 * Every record is checked with its Zod schema before it is written; errors propagate
 * to the island, which shows them. Writes that touch several tables (the hire) run in
 * one transaction with no catch inside: all of it lands or none of it does.
 */
import { Candidate, Scorecard, type IssuedInterviewKit } from '../schemas/hiring.ts';
import { Person } from '../schemas/person.ts';
import { Assessment } from '../schemas/assessment.ts';
import type { RecordOf } from '../schemas/records.ts';
import { coverageChange, type CoverageRise } from '../domain/hire/hired.ts';
import { interviewerKey, isSubmitted, type InterviewerRef } from '../domain/hire/visibility.ts';
import { unscoredCapabilities } from '../domain/hire/scorecard.ts';
import { scorecardForKit } from '../domain/hire/kit-replies.ts';
import { insightsOf } from '../domain/insights.ts';
import { database } from './database.ts';
import { addPersonTasks } from './plan-people.ts';
import { localToday } from '../domain/dates.ts';
import { checkFresh, GoneRecordError, ReplacedWorkspaceError, StaleRecordError, stamp } from './fresh.ts';
import { wasWorkspaceReplacedElsewhere } from './lifecycle.ts';
import { groupTable, putGroup, readGroup, readKind, writeKind, type PlainRecord } from './record-store.ts';

type CandidateRecord = RecordOf<'candidates'>;
type ScorecardRecord = RecordOf<'scorecards'>;
type AssessmentRecord = RecordOf<'assessments'>;

const newId = () => crypto.randomUUID();

// ---------------------------------------------------------------- reading

export interface CandidatesPage {
  openings: RecordOf<'openings'>[];
  loops: RecordOf<'interviewLoops'>[];
  /** Every candidate of every opening; the island filters, searches and pages them. */
  candidates: CandidateRecord[];
  /** Everyone, moved-on people included, so old interviewers keep their names. */
  people: RecordOf<'people'>[];
  capabilities: RecordOf<'capabilities'>[];
  levelScales: RecordOf<'levelScales'>[];
  /** The question bank, for each stage's interview kit. */
  questions: RecordOf<'questions'>[];
}

export async function readCandidatesPage(): Promise<CandidatesPage> {
  const db = database();
  return db.transaction('r', [db.openings, db.interviewLoops, db.candidates, db.people, db.capabilities, db.levelScales, db.questions], async () => {
    const [openings, loops, candidates, people, capabilities, levelScales, questions] = await Promise.all([
      db.openings.toArray(),
      db.interviewLoops.toArray(),
      db.candidates.toArray(),
      db.people.toArray(),
      db.capabilities.toArray(),
      db.levelScales.toArray(),
      db.questions.toArray(),
    ]);
    openings.sort((a, b) => a.title.localeCompare(b.title));
    people.sort((a, b) => a.name.localeCompare(b.name));
    return { openings, loops, candidates, people, capabilities, levelScales, questions };
  });
}

/** One candidate's scorecards (drafts included). */
export async function readScorecards(candidateId: string): Promise<ScorecardRecord[]> {
  return readGroup(database(), 'scorecards', candidateId);
}

// ---------------------------------------------------------------- candidates

export interface NewCandidate {
  openingId: string;
  name: string;
  source: string;
  contact: string;
  notes: string;
  /** When given, the candidate enters this stage at `at`. */
  firstStageId?: string | undefined;
  at: string;
}

export async function addCandidate(input: NewCandidate): Promise<CandidateRecord> {
  const record = Candidate.parse({
    id: newId(),
    openingId: input.openingId,
    name: input.name.trim(),
    source: input.source.trim(),
    contact: input.contact.trim(),
    notes: input.notes.trim(),
    status: 'active',
    moves: input.firstStageId ? [{ stageId: input.firstStageId, at: input.at }] : [],
    takeHomes: [],
    updatedAt: stamp(),
  });
  if (record.name === '') throw new Error('name: must not be empty');
  const db = database();
  await db.transaction('rw', db.candidates, db.openings, async () => {
    if (!(await db.openings.get(record.openingId))) throw new Error('that opening is no longer in the workspace');
    await db.candidates.add(record);
  });
  return record;
}

/**
 * Reads, changes and rewrites one candidate in a transaction, checking the result. The change
 * applies to the candidate as stored (a stage move, a status), so it needs no freshness check;
 * its new stamp makes a details form opened before it refuse to save over it.
 */
async function updateCandidate(id: string, change: (c: CandidateRecord) => CandidateRecord): Promise<CandidateRecord> {
  const db = database();
  return db.transaction('rw', db.candidates, async () => {
    const current = await db.candidates.get(id);
    if (!current) throw new Error('this candidate is no longer in the workspace (they may have been deleted in another tab)');
    const record = Candidate.parse({ ...change(current), updatedAt: stamp(current.updatedAt) });
    await db.candidates.put(record);
    return record;
  });
}

export interface CandidateDetails {
  name: string;
  source: string;
  contact: string;
  notes: string;
}

/**
 * Saves the candidate's name, source, contact and notes. `readAt` is the `updatedAt` of the
 * candidate as the form read it: the save is refused when another tab changed the candidate
 * since, or removed them.
 */
export async function saveCandidateDetails(id: string, details: CandidateDetails, readAt: string | undefined): Promise<CandidateRecord> {
  const name = details.name.trim();
  if (name === '') throw new Error('name: must not be empty');
  const db = database();
  return db.transaction('rw', db.candidates, async () => {
    const current = await checkFresh(db.candidates, { id, updatedAt: readAt }, `${name}’s record`);
    refuseAnonymised(current, 'their name, contact and notes can no longer be written');
    const record = Candidate.parse({ ...current, name, source: details.source.trim(), contact: details.contact.trim(), notes: details.notes.trim(), updatedAt: stamp(current.updatedAt) });
    await db.candidates.put(record);
    return record;
  });
}

/**
 * An anonymised candidate's personal data is gone for good: the fields that held it (name,
 * contact, notes, scorecard evidence and notes, the decision's rationale, the reason for
 * opening the decision view early) are read-only, so nothing about them is written back.
 */
function refuseAnonymised(candidate: CandidateRecord, what: string): void {
  if (candidate.anonymisedAt !== undefined) throw new Error(`this candidate was anonymised, so ${what}`);
}

/** Records that the candidate reached a stage on a date (the next one, or any chosen stage). */
export async function moveCandidate(id: string, stageId: string, at: string): Promise<CandidateRecord> {
  return updateCandidate(id, (c) => {
    if (c.status !== 'active') throw new Error(`${c.name} is ${c.status}: only active candidates move between stages`);
    return { ...c, moves: [...c.moves, { stageId, at }] };
  });
}

/** Active again clears closedAt; leaving active (hired, rejected, withdrawn) sets it, so retention counts from then. */
export async function setCandidateStatus(id: string, status: CandidateRecord['status'], at: string): Promise<CandidateRecord> {
  return updateCandidate(id, (c) => {
    if (status === c.status) return c;
    refuseAnonymised(c, 'their status can no longer change');
    if (status === 'active') {
      const { closedAt: _closed, ...rest } = c;
      return { ...rest, status };
    }
    return { ...c, status, closedAt: at };
  });
}

export type TakeHomeRecord = CandidateRecord['takeHomes'][number];

/** Records a take-home's sent and returned times and the hours the candidate reports (one per stage). */
export async function saveTakeHome(id: string, takeHome: TakeHomeRecord): Promise<CandidateRecord> {
  return updateCandidate(id, (c) => ({
    ...c,
    takeHomes: [...c.takeHomes.filter((t) => t.stageId !== takeHome.stageId), takeHome],
  }));
}

// ---------------------------------------------------------------- scorecards

export interface ScorecardDraft {
  /** Absent for a new scorecard. */
  id?: string | undefined;
  candidateId: string;
  stageId: string;
  interviewer: InterviewerRef;
  scores: ScorecardRecord['scores'];
  recommendation?: ScorecardRecord['recommendation'];
  notes: string;
  /** Notes per question of the interview kit; empty ones are not stored. */
  questionNotes?: ScorecardRecord['questionNotes'];
  /**
   * The scorecard as the form read it: absent when the form started a new one, else its
   * `updatedAt`. A save over a version the form did not read (another tab saved the same
   * interviewer's card since) is refused.
   */
  read?: { updatedAt?: string | undefined } | undefined;
}

/**
 * Saves an interviewer's scorecard as a draft, or submits it (`submitAt`). One scorecard
 * per interviewer per stage: saving again updates it. A submitted scorecard is final:
 * its author has seen the others' since, so changing it would break independence.
 * Submitting needs every capability scored (or marked "no signal") and a recommendation.
 */
export async function saveScorecard(draft: ScorecardDraft, submitAt?: string): Promise<ScorecardRecord> {
  if (submitAt !== undefined && draft.recommendation === undefined) throw new Error('choose an overall recommendation before submitting');
  const db = database();
  return db.transaction('rw', [groupTable(db, 'scorecards'), db.candidates, db.openings, db.interviewLoops, db.capabilities], async () => {
    if (wasWorkspaceReplacedElsewhere()) throw new ReplacedWorkspaceError();
    const candidate = await db.candidates.get(draft.candidateId);
    if (!candidate) throw new Error('this candidate is no longer in the workspace');
    refuseAnonymised(candidate, 'scorecards about them can no longer be written');
    if (submitAt !== undefined) await checkComplete(candidate, draft);
    const cards = await readGroup(db, 'scorecards', draft.candidateId);
    const key = interviewerKey(draft.interviewer);
    const existing = cards.find((s) => (draft.id !== undefined && s.id === draft.id) || (s.stageId === draft.stageId && interviewerKey(s.interviewer) === key));
    if (existing?.submittedAt !== undefined) throw new Error('this scorecard was already submitted and can no longer change');
    if (draft.read !== undefined || existing !== undefined) {
      if (existing === undefined) throw new GoneRecordError('This scorecard');
      if (draft.read === undefined || draft.read.updatedAt !== existing.updatedAt) throw new StaleRecordError('This scorecard', existing);
    }
    const questionNotes = (draft.questionNotes ?? []).map((q) => ({ ...q, note: q.note.trim() })).filter((q) => q.note !== '');
    const record = Scorecard.parse({
      id: existing?.id ?? newId(),
      candidateId: draft.candidateId,
      stageId: draft.stageId,
      interviewer: draft.interviewer,
      scores: draft.scores.map((s) => ({ ...s, evidence: s.evidence.trim() })),
      ...(draft.recommendation !== undefined ? { recommendation: draft.recommendation } : {}),
      notes: draft.notes.trim(),
      ...(questionNotes.length > 0 ? { questionNotes } : {}),
      ...(submitAt !== undefined ? { submittedAt: submitAt } : {}),
      ...(existing?.sample !== undefined ? { sample: existing.sample } : {}),
      updatedAt: stamp(existing?.updatedAt),
    });
    const all = existing ? cards.map((s) => (s.id === existing.id ? record : s)) : [...cards, record];
    await putGroup(db, 'scorecards', draft.candidateId, all);
    return record;
  });
}

/** Refuses to submit a scorecard that leaves a capability of its stage (as stored now) without an answer. */
async function checkComplete(candidate: CandidateRecord, draft: ScorecardDraft): Promise<void> {
  const db = database();
  const opening = await db.openings.get(candidate.openingId);
  const loop = opening?.loopId === undefined ? undefined : await db.interviewLoops.get(opening.loopId);
  const stage = loop?.stages.find((s) => s.id === draft.stageId);
  if (!stage) throw new Error('this stage is no longer in the opening’s interview loop, so the scorecard cannot be checked: keep it as a draft');
  const missing = unscoredCapabilities(stage, draft.scores);
  if (missing.length === 0) return;
  const names = await db.capabilities.bulkGet(missing);
  throw new Error(`score ${names.map((c) => c?.name ?? 'a capability no longer in the library').join(', ')} (or choose “No signal”) before submitting`);
}

// ---------------------------------------------------------------- interview kits

/** Records a kit file given to an interviewer for one stage, so that their reply can be taken in. */
export async function recordInterviewKitIssued(candidateId: string, issued: IssuedInterviewKit): Promise<CandidateRecord> {
  return updateCandidate(candidateId, (c) => {
    refuseAnonymised(c, 'no interview kit can be given out about them');
    return { ...c, interviewKits: [...c.interviewKits, issued] };
  });
}

/** A scorecard as an interviewer submits it from their own machine, by file or live. */
export type SubmittedScorecard = Pick<ScorecardRecord, 'scores' | 'notes'> & {
  recommendation: NonNullable<ScorecardRecord['recommendation']>;
  questionNotes: NonNullable<ScorecardRecord['questionNotes']>;
  submittedAt: string;
};

/** A scorecard reply the reader took (checked against the kit it answers), and what the manager chose for it. */
export interface ReplyToTake {
  reply: { partId: string; candidateId: string; scorecard: SubmittedScorecard };
  /** The interviewer's scorecard for the stage as the preview found it, if any: the take is refused when it changed since. */
  found?: { id: string; updatedAt?: string | undefined } | undefined;
  /** Replace what the preview found; false keeps it, and the reply is left out. */
  replace: boolean;
}

/** The interviewer's submitted scorecard from their kit's answer, in place of `existing` if there is one. */
function scorecardOfKit(candidateId: string, kit: IssuedInterviewKit, submitted: SubmittedScorecard, existing: ScorecardRecord | undefined, source: 'kit' | 'panel'): ScorecardRecord {
  const { scores, recommendation, notes, questionNotes, submittedAt } = submitted;
  const notesOnQuestions = questionNotes.map((q) => ({ ...q, note: q.note.trim() })).filter((q) => q.note !== '');
  return Scorecard.parse({
    id: existing?.id ?? newId(),
    candidateId,
    stageId: kit.stageId,
    // As the loop names them: a team member by id, an outsider by name.
    interviewer: kit.interviewer.personId !== undefined ? { personId: kit.interviewer.personId } : { name: kit.interviewer.name },
    scores: scores.map((s) => ({ ...s, evidence: s.evidence.trim() })),
    recommendation,
    notes: notes.trim(),
    ...(notesOnQuestions.length > 0 ? { questionNotes: notesOnQuestions } : {}),
    submittedAt,
    source,
    updatedAt: stamp(existing?.updatedAt),
  });
}

/**
 * Takes scorecard replies in, in one transaction: each becomes the submitted scorecard of the
 * interviewer its kit was for (source "kit"), replacing theirs for the stage only where the
 * manager chose to, and its kit is marked answered. Refused whole, with nothing written, when a
 * candidate or a kit is gone, a candidate was anonymised, or an interviewer's scorecard changed
 * since the preview.
 */
export async function takeScorecardReplies(takes: readonly ReplyToTake[], at: string): Promise<{ taken: ScorecardRecord[]; kept: number }> {
  const db = database();
  return db.transaction('rw', [groupTable(db, 'scorecards'), db.candidates], async () => {
    if (wasWorkspaceReplacedElsewhere()) throw new ReplacedWorkspaceError();
    const taken: ScorecardRecord[] = [];
    let kept = 0;
    for (const [candidateId, theirs] of Map.groupBy(takes, (t) => t.reply.candidateId)) {
      const candidate = await db.candidates.get(candidateId);
      if (!candidate) throw new Error('a reply is about a candidate who is no longer in the workspace (deleted in another tab?): choose the files again');
      refuseAnonymised(candidate, 'scorecards about them can no longer be written');
      let cards = await readGroup(db, 'scorecards', candidateId);
      let kits = candidate.interviewKits;
      for (const { reply, found, replace } of theirs) {
        const kit = kits.find((k) => k.partId === reply.partId);
        if (!kit) throw new Error(`the interview kit a reply answers is no longer on ${candidate.name}’s record: choose the files again`);
        const existing = scorecardForKit(cards, kit);
        if (existing?.id !== found?.id || existing?.updatedAt !== found?.updatedAt)
          throw new Error(`${kit.interviewer.name}’s scorecard for ${candidate.name} changed since the preview: choose the files again`);
        if (existing && !replace) {
          kept += 1;
          continue;
        }
        const record = scorecardOfKit(candidateId, kit, reply.scorecard, existing, 'kit');
        cards = existing ? cards.map((s) => (s.id === existing.id ? record : s)) : [...cards, record];
        kits = kits.map((k) => (k.partId === kit.partId ? { ...k, repliedAt: at } : k));
        taken.push(record);
      }
      if (kits === candidate.interviewKits) continue;
      await putGroup(db, 'scorecards', candidateId, cards);
      await db.candidates.put(Candidate.parse({ ...candidate, interviewKits: kits, updatedAt: stamp(candidate.updatedAt) }));
    }
    return { taken, kept };
  });
}

export type PanelTake = { taken: ScorecardRecord } | { kept: ScorecardRecord } | { gone: string };

/**
 * Takes a scorecard submitted live on the sync server in, as the interviewer's submitted
 * scorecard (source "panel"), in one transaction with its kit marked answered. Their draft
 * written in this Turbine gives way to it; a scorecard they already submitted stays (submitted
 * is final), and so does everything once the kit was answered. A candidate or kit that is gone,
 * or a candidate anonymised since, takes nothing in, and says why.
 */
export async function takePanelScorecard(candidateId: string, partId: string, submitted: SubmittedScorecard, at: string): Promise<PanelTake> {
  const db = database();
  return db.transaction('rw', [groupTable(db, 'scorecards'), db.candidates], async () => {
    if (wasWorkspaceReplacedElsewhere()) throw new ReplacedWorkspaceError();
    const candidate = await db.candidates.get(candidateId);
    if (!candidate) return { gone: 'the candidate is no longer in the workspace' };
    if (candidate.anonymisedAt !== undefined) return { gone: `${candidate.name} was anonymised` };
    const kit = candidate.interviewKits.find((k) => k.partId === partId);
    if (!kit) return { gone: `the kit is no longer on ${candidate.name}’s record` };
    const cards = await readGroup(db, 'scorecards', candidateId);
    const existing = scorecardForKit(cards, kit);
    if (existing && (isSubmitted(existing) || kit.repliedAt !== undefined)) return { kept: existing };
    const record = scorecardOfKit(candidateId, kit, submitted, existing, 'panel');
    await putGroup(db, 'scorecards', candidateId, existing ? cards.map((s) => (s.id === existing.id ? record : s)) : [...cards, record]);
    const kits = candidate.interviewKits.map((k) => (k.partId === partId ? { ...k, repliedAt: at } : k));
    await db.candidates.put(Candidate.parse({ ...candidate, interviewKits: kits, updatedAt: stamp(candidate.updatedAt) }));
    return { taken: record };
  });
}

// ---------------------------------------------------------------- the decision

/** The hiring manager chose to see the whole puzzle before every scorecard was in; kept with who, when and why. */
export async function openDecisionViewEarly(id: string, choice: { by: string; reason: string; at: string }): Promise<CandidateRecord> {
  const by = choice.by.trim();
  if (by === '') throw new Error('who is opening it: must not be empty');
  if (choice.reason.trim() === '') throw new Error('why: say why it cannot wait for every scorecard');
  return updateCandidate(id, (c) => {
    refuseAnonymised(c, 'a reason about them can no longer be written');
    return { ...c, decisionViewOpenedEarly: { at: choice.at, by, reason: choice.reason.trim() } };
  });
}

export interface DecisionInput {
  outcome: 'hire' | 'no-hire';
  rationale: string;
  decidedBy: string;
  at: string;
  /** Taken before every expected scorecard was in. */
  early: boolean;
}

/**
 * Records the decision. "No hire" closes the candidate as rejected; "hire" keeps them
 * active until they join the team (hireCandidate), since an offer can still be declined.
 */
export async function recordDecision(id: string, input: DecisionInput): Promise<CandidateRecord> {
  if (input.rationale.trim() === '') throw new Error('rationale: say why, in a sentence or two');
  if (input.decidedBy.trim() === '') throw new Error('decided by: must not be empty');
  return updateCandidate(id, (c) => {
    if (c.status === 'hired') throw new Error(`${c.name} has already joined the team`);
    refuseAnonymised(c, 'a decision rationale about them can no longer be written');
    const decision = { outcome: input.outcome, rationale: input.rationale.trim(), decidedBy: input.decidedBy.trim(), at: input.at, early: input.early };
    if (input.outcome === 'no-hire') return { ...c, decision, status: 'rejected', closedAt: c.closedAt ?? input.at };
    const { closedAt: _closed, ...rest } = c;
    return { ...rest, decision, status: 'active' };
  });
}

// ---------------------------------------------------------------- hired → on the team

export interface HireInput {
  candidateId: string;
  person: { name: string; role: string; level: string; startDate: string };
  /** The levels the manager confirmed, one per capability; capabilities left out are not recorded. */
  levels: readonly { capabilityId: string; level: number }[];
  at: string;
}

export interface HireResult {
  person: RecordOf<'people'>;
  assessments: AssessmentRecord[];
  /** Capabilities where more people meet the target now (also stored on the candidate for Home). */
  rises: (CoverageRise & { name: string })[];
}

/**
 * The candidate joins the team, in one transaction: a person is created (status new-hire,
 * with a start date), the confirmed levels are appended to the matrix history with source
 * "interview", and the candidate is marked hired with a pointer to the person and the
 * coverage it raised. If any part fails nothing is written.
 */
export async function hireCandidate(input: HireInput): Promise<HireResult> {
  const person = Person.parse({
    id: newId(),
    name: input.person.name,
    role: input.person.role.trim(),
    level: input.person.level.trim(),
    startDate: input.person.startDate,
    status: 'new-hire',
    fit: '',
    updatedAt: stamp(),
  });
  const assessments = input.levels.map((l) =>
    Assessment.parse({
      id: newId(),
      personId: person.id,
      capabilityId: l.capabilityId,
      level: l.level,
      interested: false,
      at: input.at,
      source: 'interview',
      note: 'Confirmed from interview scorecards.',
    }),
  );
  const db = database();
  return db.transaction(
    'rw',
    [db.candidates, db.people, groupTable(db, 'assessments'), db.capabilities, db.capabilityAreas, db.levelScales, db.ninetyDayPlans],
    async () => {
      const candidate = await db.candidates.get(input.candidateId);
      if (!candidate) throw new Error('this candidate is no longer in the workspace');
      if (candidate.status === 'hired' || candidate.personId !== undefined) throw new Error(`${candidate.name} has already joined the team`);
      if (candidate.decision?.outcome !== 'hire') throw new Error(`record a "hire" decision for ${candidate.name} first`);
      const [people, capabilityAreas, capabilities, levelScales, history] = await Promise.all([
        db.people.toArray(),
        db.capabilityAreas.toArray(),
        db.capabilities.toArray(),
        db.levelScales.toArray(),
        readKind(db, 'assessments') as unknown as Promise<AssessmentRecord[]>,
      ]);
      const byId = new Map(capabilities.map((c) => [c.id, c]));
      for (const a of assessments) {
        if (!byId.has(a.capabilityId)) throw new Error('a capability being confirmed is no longer in the workspace');
      }
      // The team as it will be on the start date: the hire counts from then, not before.
      const onStart = person.startDate;
      const before = insightsOf({ people, capabilityAreas, capabilities, levelScales, assessments: history }, onStart).result.coverage;
      const after = insightsOf({ people: [...people, person], capabilityAreas, capabilities, levelScales, assessments: [...history, ...assessments] }, onStart).result.coverage;
      const rises = coverageChange(before, after).map((r) => ({ ...r, name: byId.get(r.capabilityId)!.name }));
      const hired = Candidate.parse({
        ...candidate,
        status: 'hired',
        closedAt: candidate.closedAt ?? input.at,
        personId: person.id,
        hireSignal: { at: input.at, rises },
        updatedAt: stamp(candidate.updatedAt),
      });
      await db.people.add(person);
      await addPersonTasks(db, [person], localToday());
      await writeKind(db, 'assessments', assessments as unknown as PlainRecord[], 'append');
      await db.candidates.put(hired);
      return { person, assessments, rises };
    },
  );
}
