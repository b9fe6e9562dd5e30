/**
 * The calibration file: what a recruiting partner needs to calibrate a loop, and no
 * personal data. Built from an allow-list: every field written is named here, so a field
 * added to a schema later stays out of the file until someone decides it belongs.
 *
 * In: openings (title, level, status, capabilities, loop), loops (stages, capabilities,
 * time boxes, rubrics), capabilities (names), every candidate anonymised (whatever their
 * status: stage dates, take-home hours, outcome) and every scorecard anonymised (scores and
 * recommendations). Out: people's names, contacts, notes, evidence, rationales, sources
 * (free text that often names a referrer), who decided, and the loop's and questions'
 * free text. Interviewers become "Interviewer 1", "Interviewer 2", … — the same label on
 * loops and scorecards, so leniency per interviewer can still be worked out.
 */
import type { Candidate, InterviewLoop, Opening, Scorecard } from '../schemas/hiring.ts';
import { anonymiseCandidate, anonymiseScorecards } from '../domain/hire/retention.ts';
import { interviewerKey, type InterviewerRef } from '../domain/hire/visibility.ts';
import { APP_NAME, APP_VERSION } from '../app-info.ts';
import { dayOf } from '../domain/dates.ts';

export const CALIBRATION_FORMAT = 'turbine-calibration';
export const CALIBRATION_FORMAT_VERSION = 1;

export interface CalibrationSource {
  openings: readonly Opening[];
  loops: readonly InterviewLoop[];
  capabilities: readonly { id: string; name: string }[];
  candidates: readonly Candidate[];
  scorecards: readonly Scorecard[];
}

export interface CalibrationFile {
  format: typeof CALIBRATION_FORMAT;
  formatVersion: typeof CALIBRATION_FORMAT_VERSION;
  exportedAt: string;
  app: { name: string; version: string };
  data: {
    openings: unknown[];
    loops: unknown[];
    capabilities: { id: string; name: string }[];
    candidates: unknown[];
    scorecards: unknown[];
  };
}

/** e.g. turbine-calibration-2026-11-23.json */
export function calibrationFileName(exportedAt: string): string {
  return `turbine-calibration-${dayOf(exportedAt)}.json`;
}

/** Only the keys given whose value is not undefined, so optional fields stay absent rather than null. */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function calibrationFile(source: CalibrationSource, exportedAt: string): CalibrationFile {
  // Labels in order of first appearance: loops first (stage order), then scorecards.
  const labels = new Map<string, string>();
  const label = (who: InterviewerRef) => {
    const key = interviewerKey(who);
    let name = labels.get(key);
    if (name === undefined) labels.set(key, (name = `Interviewer ${labels.size + 1}`));
    return { name };
  };

  const loops = source.loops.map((loop) => ({
    id: loop.id,
    name: loop.name,
    stages: loop.stages.map((s) =>
      defined({
        id: s.id,
        name: s.name,
        kind: s.kind,
        capabilityIds: [...s.capabilityIds],
        interviewers: s.interviewers.map(label),
        durationMinutes: s.durationMinutes,
        timeBoxHours: s.timeBoxHours,
        rubric: s.rubric.map((r) => ({ capabilityId: r.capabilityId, anchors: { ...r.anchors } })),
      }),
    ),
  }));

  const openings = source.openings.map((o) =>
    defined({
      id: o.id,
      title: o.title,
      level: o.level,
      status: o.status,
      mustHave: [...o.mustHave],
      niceToHave: [...o.niceToHave],
      loopId: o.loopId,
      targetDaysToDecision: o.targetDaysToDecision,
    }),
  );

  const candidates = source.candidates.map((original) => {
    const c = anonymiseCandidate(original, exportedAt);
    return defined({
      id: c.id,
      openingId: c.openingId,
      name: c.name,
      status: c.status,
      moves: c.moves.map((m) => ({ stageId: m.stageId, at: m.at })),
      takeHomes: c.takeHomes.map((t) => defined({ stageId: t.stageId, sentAt: t.sentAt, returnedAt: t.returnedAt, reportedHours: t.reportedHours })),
      decision: c.decision && { outcome: c.decision.outcome, at: c.decision.at, early: c.decision.early },
      decisionViewOpenedEarlyAt: c.decisionViewOpenedEarly?.at,
      closedAt: c.closedAt,
    });
  });

  const scorecards = anonymiseScorecards([...source.scorecards]).map((card) =>
    defined({
      id: card.id,
      candidateId: card.candidateId,
      stageId: card.stageId,
      interviewer: label(card.interviewer),
      scores: card.scores.map((s) => ({ capabilityId: s.capabilityId, score: s.score })),
      recommendation: card.recommendation,
      submittedAt: card.submittedAt,
    }),
  );

  return {
    format: CALIBRATION_FORMAT,
    formatVersion: CALIBRATION_FORMAT_VERSION,
    exportedAt,
    app: { name: APP_NAME, version: APP_VERSION },
    data: {
      openings,
      loops,
      capabilities: source.capabilities.map((c) => ({ id: c.id, name: c.name })),
      candidates,
      scorecards,
    },
  };
}
