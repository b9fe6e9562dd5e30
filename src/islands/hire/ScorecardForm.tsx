/**
 * An interviewer's scorecard for one stage, around the stage's interview kit (its questions
 * with a note field each, and each capability's rubric, expanded): a score 1–4 or "no signal"
 * for each capability the stage assesses, each score described by its anchor, evidence for
 * each, an overall recommendation and notes. Saved as a draft, then submitted once: submitting marks
 * each capability still without an answer beside it.
 */
import { createMemo, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import type { RecordOf } from '../../schemas/records.ts';
import { saveScorecard } from '../../db/candidates.ts';
import type { InterviewerRef } from '../../domain/hire/visibility.ts';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import InterviewKit, { type KitScore } from '../../components/InterviewKit.tsx';
import { stageKit, startingNotes } from '../../domain/hire/interview-kit.ts';
import { recommendationLabels, recommendations, type Lookups } from './candidate-helpers.ts';

type Candidate = RecordOf<'candidates'>;
type Stage = RecordOf<'interviewLoops'>['stages'][number];
type Scorecard = RecordOf<'scorecards'>;
type Question = RecordOf<'questions'>;
type Recommendation = NonNullable<Scorecard['recommendation']>;

/** A choice per capability: "1"–"4", "none" for no signal, "" not chosen yet. */
type Choice = '' | '1' | '2' | '3' | '4' | 'none';
const choices: { value: Choice; label: string }[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: 'none', label: 'No signal' },
];

/**
 * What submitting asks of the form, checked before the command (which checks every capability
 * of the stage as stored again): an answer for each capability, marked beside the one missing
 * it, and a recommendation. A draft may leave any of it for later.
 */
const SubmitFields = z.object({
  scores: z.array(z.object({ choice: z.string().min(1, { error: 'choose a score or “No signal” before submitting' }) })),
  recommendation: z.string().min(1, { error: 'choose one before submitting' }),
});

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
  const form = createForm({
    initial: {
      scores: stage.capabilityIds.map((capabilityId) => {
        const s = existing?.scores.find((x) => x.capabilityId === capabilityId);
        return { capabilityId, choice: (s ? (s.score === null ? 'none' : String(s.score)) : '') as Choice, evidence: s?.evidence ?? '' };
      }),
      recommendation: (existing?.recommendation ?? '') as Recommendation | '',
      notes: existing?.notes ?? '',
      questionNotes: startingNotes(untrack(kit), existing?.questionNotes),
    },
    doing: 'submit the scorecard',
  });
  const v = form.values;
  const prefix = `card-${stage.id}`;
  // The version of this card the form last read or wrote: a save over another tab's is refused.
  let read: { updatedAt?: string | undefined } | undefined = existing ? { updatedAt: existing.updatedAt } : undefined;
  let formElement!: HTMLFormElement;

  /** The kit's questions, then any note on a question the stage no longer asks (shown with the text it was asked as). */
  const kitQuestions = createMemo(() => {
    const asked = new Set(kit().questions.map((q) => q.id));
    const gone = v.questionNotes.filter((n) => !asked.has(n.questionId)).map((n) => ({ id: n.questionId, text: n.question, goodLooksLike: '', capabilityNames: [] }));
    return [...kit().questions, ...gone];
  });
  const noteIndex = (questionId: string) => v.questionNotes.findIndex((n) => n.questionId === questionId);

  /** The card as the command takes it: only the capabilities answered so far. */
  const cardOf = (values: typeof v, whose: { candidateId: string; stageId: string; interviewer: InterviewerRef }) => ({
    ...whose,
    scores: values.scores.filter((s) => s.choice !== '').map((s) => ({ capabilityId: s.capabilityId, score: s.choice === 'none' ? null : Number(s.choice), evidence: s.evidence })),
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
        <InterviewKit
          idPrefix={prefix}
          stage={props.stage}
          timeBoxHours={props.stage.timeBoxHours}
          capabilities={kit().capabilities}
          questions={kitQuestions()}
          note={(questionId) => v.questionNotes[noteIndex(questionId)]?.note ?? ''}
          onNote={(questionId, text) => {
            const i = noteIndex(questionId);
            if (i >= 0) return form.set('questionNotes', i, 'note', text);
            // A question added to the stage since the form opened gets its note too.
            const question = kit().questions.find((q) => q.id === questionId)?.text ?? '';
            form.set('questionNotes', v.questionNotes.length, { questionId, question, note: text });
          }}
          score={(capability, anchorId) => {
            const i = () => v.scores.findIndex((s) => s.capabilityId === capability.id);
            const score = () => v.scores[i()];
            const id = `${prefix}-${capability.id}`;
            const error = () => form.error(`scores.${i()}.choice`);
            return (
              <Show when={score()}>
                {(current) => (
                  <div class="kit-scoring" classList={{ invalid: !!error() }}>
                    <div class="score-choices" role="radiogroup" aria-label={`Score for ${capability.name}`}>
                      <For each={choices}>
                        {(choice) => (
                          <label class="option">
                            <input
                              type="radio"
                              name={`${id}-score`}
                              value={choice.value}
                              checked={current().choice === choice.value}
                              aria-invalid={error() ? 'true' : undefined}
                              aria-describedby={[choice.value === 'none' ? undefined : anchorId(Number(choice.value) as KitScore), error() ? `${id}-score-error` : undefined].filter(Boolean).join(' ') || undefined}
                              onChange={() => form.set('scores', i(), 'choice', choice.value)}
                            />
                            {choice.label}
                          </label>
                        )}
                      </For>
                    </div>
                    <Show when={error()}>
                      <span id={`${id}-score-error`} class="field-error">
                        {error()}
                      </span>
                    </Show>
                    <Field id={`${id}-evidence`} label={`Evidence for ${capability.name}`}>
                      {(control) => <textarea {...control} rows="2" value={current().evidence} onInput={(e) => form.set('scores', i(), 'evidence', e.currentTarget.value)} />}
                    </Field>
                  </div>
                )}
              </Show>
            );
          }}
        />
        <fieldset class="choice" classList={{ invalid: !!form.error('recommendation') }}>
          <legend>Overall recommendation</legend>
          <For each={recommendations}>
            {(r) => (
              <label class="option">
                <input
                  type="radio"
                  name={`${prefix}-recommendation`}
                  value={r}
                  checked={v.recommendation === r}
                  aria-invalid={form.error('recommendation') ? 'true' : undefined}
                  aria-describedby={form.error('recommendation') ? `${prefix}-recommendation-error` : undefined}
                  onChange={() => form.set('recommendation', r)}
                />
                {recommendationLabels[r]}
              </label>
            )}
          </For>
          <Show when={form.error('recommendation')}>
            <span id={`${prefix}-recommendation-error`} class="field-error">
              {form.error('recommendation')}
            </span>
          </Show>
        </fieldset>
        <Field id={`${prefix}-notes`} label="Notes" error={form.error('notes')}>
          {(control) => <textarea {...control} rows="2" value={v.notes} onInput={(e) => form.set('notes', e.currentTarget.value)} />}
        </Field>
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
