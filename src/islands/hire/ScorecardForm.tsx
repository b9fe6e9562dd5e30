/**
 * An interviewer's scorecard for one stage, around the stage's interview kit (its questions
 * with a note field each, and each capability's rubric, expanded): a score 1–4 or "no signal"
 * for each capability the stage assesses, each score described by its anchor, evidence for
 * each, an overall recommendation and notes. Saved as a draft, then submitted once: submitting marks
 * each capability still without an answer beside it.
 */
import { createMemo, untrack } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { saveScorecard } from '../../db/candidates.ts';
import type { InterviewerRef } from '../../domain/hire/visibility.ts';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import { stageKit, startingNotes } from '../../domain/hire/interview-kit.ts';
import type { Lookups } from './candidate-helpers.ts';
import ScorecardFields, { scoresOf, startingScores, SubmitFields, type ScorecardValues } from './ScorecardFields.tsx';

type Candidate = RecordOf<'candidates'>;
type Stage = RecordOf<'interviewLoops'>['stages'][number];
type Scorecard = RecordOf<'scorecards'>;
type Question = RecordOf<'questions'>;

export default function ScorecardForm(props: {
  candidate: Candidate;
  stage: Stage;
  viewer: InterviewerRef;
  viewerName: string;
  existing: Scorecard | undefined;
  names: Lookups;
  /** The question bank, for the stage's interview kit. */
  questions: readonly Question[];
}) {
  // The form starts from the stored draft, if any; later changes to it come from this form.
  const { existing, stage } = untrack(() => ({ existing: props.existing, stage: props.stage }));
  const kit = createMemo(() => stageKit(props.stage, { questions: props.questions, capabilityName: props.names.capabilityName }));
  const form = createForm<ScorecardValues>({
    initial: {
      scores: startingScores(stage.capabilityIds, existing?.scores),
      recommendation: existing?.recommendation ?? '',
      notes: existing?.notes ?? '',
      questionNotes: startingNotes(untrack(kit), existing?.questionNotes),
    },
    doing: 'submit the scorecard',
  });
  const prefix = `card-${stage.id}`;
  // The version of this card the form last read or wrote: a save over another tab's is refused.
  let read: { updatedAt?: string | undefined } | undefined = existing ? { updatedAt: existing.updatedAt } : undefined;
  let formElement!: HTMLFormElement;

  /** The card as the command takes it: only the capabilities answered so far. */
  const cardOf = (values: ScorecardValues, whose: { candidateId: string; stageId: string; interviewer: InterviewerRef }) => ({
    ...whose,
    scores: scoresOf(values),
    recommendation: values.recommendation || undefined,
    notes: values.notes,
    questionNotes: values.questionNotes,
    read,
  });
  const whose = () => ({ candidateId: props.candidate.id, stageId: props.stage.id, interviewer: props.viewer });
  const remember = (saved: Scorecard) => {
    read = { updatedAt: saved.updatedAt };
    return saved;
  };

  const submit = (event: SubmitEvent) => {
    const card = whose();
    return form.submit(
      event,
      async (values) => {
        const checked = SubmitFields.safeParse(values);
        if (!checked.success) throw checked.error;
        return remember(await saveScorecard(cardOf(values, card), new Date().toISOString()));
      },
      { done: 'Scorecard submitted.' },
    );
  };
  const saveDraft = () => {
    const card = whose();
    return form.save(formElement, async (values) => remember(await saveScorecard(cardOf(values, card), undefined)), { doing: 'save the draft', done: 'Draft saved. Nobody else sees it.' });
  };

  return (
    <section class="card scorecard-form" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>
        {props.viewerName}’s scorecard, {props.stage.name}
        {props.existing ? ' (draft)' : ''}
      </h4>
      <form ref={formElement} class="form stack" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
        <ScorecardFields form={form} prefix={prefix} stage={props.stage} timeBoxHours={props.stage.timeBoxHours} capabilities={kit().capabilities} questions={kit().questions} />
        <div class="row">
          <button type="submit" disabled={form.action.pending()}>Submit scorecard</button>
          <button type="button" class="secondary" disabled={form.action.pending()} onClick={() => void saveDraft()}>
            Save draft
          </button>
        </div>
        <p class="hint">A submitted scorecard cannot change: by then you will have seen the others’.</p>
        <ActionStatus action={form.action} />
      </form>
    </section>
  );
}
