/**
 * What goes into one stage's interview kit (src/components/InterviewKit.tsx): the stage's
 * capabilities with their rubric rows and the questions chosen for it from the bank, as plain
 * data, and the notes per question a scorecard starts from. Pure, so a kit exported for an
 * interviewer's own machine is built by the same rules as the one in the scorecard.
 */
import type { InterviewLoop, Question, Scorecard } from '../../schemas/hiring.ts';

type Stage = Pick<InterviewLoop['stages'][number], 'capabilityIds' | 'questionIds' | 'rubric'>;
type Anchors = InterviewLoop['stages'][number]['rubric'][number]['anchors'];
export type QuestionNote = NonNullable<Scorecard['questionNotes']>[number];

export interface StageKit {
  capabilities: { id: string; name: string; anchors?: Anchors }[];
  questions: { id: string; text: string; goodLooksLike: string; minutes?: number; capabilityNames: string[] }[];
}

/**
 * The stage's capabilities in its order, each with its rubric row when the row says anything,
 * and its questions in the order chosen. A question no longer in the bank is left out (the
 * loop editor refuses to save one, but an import may hold an old loop).
 */
export function stageKit(
  stage: Stage,
  library: { questions: readonly Question[]; capabilityName: (id: string) => string },
): StageKit {
  const bank = new Map(library.questions.map((q) => [q.id, q]));
  const capabilities = [...new Set(stage.capabilityIds)].map((id) => {
    const anchors = stage.rubric.find((r) => r.capabilityId === id)?.anchors;
    const said = anchors && Object.values(anchors).some((a) => a.trim() !== '');
    return { id, name: library.capabilityName(id), ...(said ? { anchors } : {}) };
  });
  const questions = [...new Set(stage.questionIds)].flatMap((id) => {
    const q = bank.get(id);
    if (!q) return [];
    return [{ id, text: q.text, goodLooksLike: q.goodLooksLike, ...(q.minutes !== undefined ? { minutes: q.minutes } : {}), capabilityNames: q.capabilityIds.map(library.capabilityName) }];
  });
  return { capabilities, questions };
}

/**
 * The notes a scorecard form starts from: one per question of the kit, in its order, with the
 * note stored for it so far; then notes stored for questions the stage no longer asks, so a
 * note once written is never dropped by editing the loop.
 */
export function startingNotes(kit: Pick<StageKit, 'questions'>, stored: readonly QuestionNote[] | undefined): QuestionNote[] {
  const byId = new Map((stored ?? []).map((n) => [n.questionId, n]));
  const asked = kit.questions.map((q) => ({ questionId: q.id, question: q.text, note: byId.get(q.id)?.note ?? '' }));
  const kitIds = new Set(kit.questions.map((q) => q.id));
  return [...asked, ...(stored ?? []).filter((n) => !kitIds.has(n.questionId))];
}
