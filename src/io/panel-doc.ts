/**
 * One issued kit as a Yjs document on the team's sync server: the map `kit` holds the kit the
 * manager issued (the same part as the kit file), written by the manager and read-only to the
 * interviewer; the map `scorecard` holds the interviewer's draft as they type (`draft`) and,
 * once they submit, the scorecard (`submitted`), read-only to the manager. The server enforces
 * who writes which (panelWriteProblem); this module is the one place that knows the layout, for
 * the browser's both sides and the server.
 */
import * as Y from 'yjs';
import { InterviewKitPart, InterviewKitScorecard, scorecardProblems } from './interview-kit-file.ts';
import type { PanelGrant } from './panel-token.ts';

const KIT = 'kit';
const SCORECARD = 'scorecard';

export function writeKit(doc: Y.Doc, part: InterviewKitPart): void {
  doc.getMap(KIT).set('part', part);
}

/** The kit in the document, if it has arrived and reads as a kit. */
export function readKit(doc: Y.Doc): InterviewKitPart | undefined {
  const read = InterviewKitPart.safeParse(doc.getMap(KIT).get('part'));
  return read.success ? read.data : undefined;
}

/** The interviewer's draft as they type: plain data the form reads back by its own shape. */
export function writeDraft(doc: Y.Doc, draft: unknown): void {
  doc.getMap(SCORECARD).set('draft', draft);
}

export function readDraft(doc: Y.Doc): unknown {
  return doc.getMap(SCORECARD).get('draft');
}

export function submitScorecard(doc: Y.Doc, scorecard: InterviewKitScorecard): void {
  doc.transact(() => doc.getMap(SCORECARD).set('submitted', scorecard));
}

export type PanelScorecard =
  | { state: 'not-started' }
  /** A draft is being written: the manager sees that, never its scores. */
  | { state: 'in-progress' }
  | { state: 'submitted'; scorecard: InterviewKitScorecard }
  /** Something submitted that is not a complete scorecard of this kit: never taken in. */
  | { state: 'refused'; why: string };

/** Where the interviewer's scorecard stands, the submitted one checked with its Zod schema against the kit's capabilities. */
export function panelScorecard(doc: Y.Doc, kit: { capabilities: readonly { id: string; name: string }[] }): PanelScorecard {
  const map = doc.getMap(SCORECARD);
  const submitted = map.get('submitted');
  if (submitted !== undefined) {
    const read = InterviewKitScorecard.safeParse(submitted);
    if (!read.success) return { state: 'refused', why: `the submitted scorecard is not one: ${read.error.issues[0]?.message ?? 'wrong shape'}` };
    const problems = scorecardProblems(kit, read.data);
    if (problems.length > 0) return { state: 'refused', why: `the submitted scorecard ${problems[0]!.message}` };
    return { state: 'submitted', scorecard: read.data };
  }
  return map.has('draft') ? { state: 'in-progress' } : { state: 'not-started' };
}

/**
 * Why an update from a connection with this role may not be applied, or undefined when it may:
 * the interviewer writes only their scorecard, and not once it is submitted; the manager writes
 * only the kit; nobody adds anything else to the document.
 */
export function panelWriteProblem(document: Y.Doc, update: Uint8Array, role: PanelGrant['role']): string | undefined {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
  const theirs = role === 'interviewer' ? SCORECARD : KIT;
  const others = role === 'interviewer' ? KIT : SCORECARD;
  const before = { others: JSON.stringify(probe.getMap(others).toJSON()), submitted: JSON.stringify(probe.getMap(SCORECARD).get('submitted') ?? null) };
  Y.applyUpdate(probe, update);
  const roots = [...probe.share.keys()].filter((k) => k !== KIT && k !== SCORECARD);
  if (roots.length > 0) return `a kit document holds only the kit and the scorecard, not ${roots.join(', ')}`;
  if (JSON.stringify(probe.getMap(others).toJSON()) !== before.others) return `the ${role} may write only the ${theirs}`;
  if (role === 'interviewer' && before.submitted !== 'null' && JSON.stringify(probe.getMap(SCORECARD).get('submitted') ?? null) !== before.submitted)
    return 'a submitted scorecard cannot change';
  return undefined;
}
