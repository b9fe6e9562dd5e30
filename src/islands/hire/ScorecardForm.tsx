/**
 * An interviewer's scorecard for one stage: a score 1–4 or "no signal" for each
 * capability the stage assesses (with the rubric's anchors), evidence for each, an
 * overall recommendation and notes. Saved as a draft, then submitted once: submitting marks
 * each capability still without an answer beside it.
 */
import { For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import type { RecordOf } from '../../schemas/records.ts';
import { saveScorecard } from '../../db/candidates.ts';
import type { InterviewerRef } from '../../domain/hire/visibility.ts';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import { recommendationLabels, recommendations, type Lookups } from './candidate-helpers.ts';

type Candidate = RecordOf<'candidates'>;
type Stage = RecordOf<'interviewLoops'>['stages'][number];
type Scorecard = RecordOf<'scorecards'>;
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
}) {
  // The form starts from the stored draft, if any; later changes to it come from this form.
  const { existing, stage } = untrack(() => ({ existing: props.existing, stage: props.stage }));
  const form = createForm({
    initial: {
      scores: stage.capabilityIds.map((capabilityId) => {
        const s = existing?.scores.find((x) => x.capabilityId === capabilityId);
        return { capabilityId, choice: (s ? (s.score === null ? 'none' : String(s.score)) : '') as Choice, evidence: s?.evidence ?? '' };
      }),
      recommendation: (existing?.recommendation ?? '') as Recommendation | '',
      notes: existing?.notes ?? '',
    },
    doing: 'submit the scorecard',
  });
  const v = form.values;
  const prefix = `card-${stage.id}`;
  const anchors = (capabilityId: string) => props.stage.rubric.find((r) => r.capabilityId === capabilityId)?.anchors;
  let formElement!: HTMLFormElement;

  /** The card as the command takes it: only the capabilities answered so far. */
  const cardOf = (values: typeof v, whose: { candidateId: string; stageId: string; interviewer: InterviewerRef }) => ({
    ...whose,
    scores: values.scores.filter((s) => s.choice !== '').map((s) => ({ capabilityId: s.capabilityId, score: s.choice === 'none' ? null : Number(s.choice), evidence: s.evidence })),
    recommendation: values.recommendation || undefined,
    notes: values.notes,
  });
  const whose = () => ({ candidateId: props.candidate.id, stageId: props.stage.id, interviewer: props.viewer });

  const submit = (event: SubmitEvent) => {
    const card = whose();
    return form.submit(
      event,
      (values) => {
        const checked = SubmitFields.safeParse(values);
        if (!checked.success) throw checked.error;
        return saveScorecard(cardOf(values, card), new Date().toISOString());
      },
      { done: 'Scorecard submitted.' },
    );
  };
  const saveDraft = () => {
    const card = whose();
    return form.save(formElement, (values) => saveScorecard(cardOf(values, card), undefined), { doing: 'save the draft', done: 'Draft saved. Nobody else sees it.' });
  };

  return (
    <section class="card scorecard-form" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>
        {props.viewerName}’s scorecard, {props.stage.name}
        {props.existing ? ' (draft)' : ''}
      </h4>
      <form ref={formElement} class="form stack" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
        <For each={v.scores}>
          {(score, i) => {
            const name = () => props.names.capabilityName(score.capabilityId);
            const id = `${prefix}-${score.capabilityId}`;
            const error = () => form.error(`scores.${i()}.choice`);
            return (
              <fieldset class="score-fieldset" classList={{ invalid: !!error() }}>
                <legend>{name()}</legend>
                <div class="score-choices">
                  <For each={choices}>
                    {(choice) => (
                      <label class="option">
                        <input
                          type="radio"
                          name={`${id}-score`}
                          value={choice.value}
                          checked={score.choice === choice.value}
                          aria-invalid={error() ? 'true' : undefined}
                          aria-describedby={error() ? `${id}-score-error` : undefined}
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
                <Show when={anchors(score.capabilityId)}>
                  {(a) => (
                    <details class="rubric-anchors">
                      <summary>What 1–4 look like for {name()}</summary>
                      <dl class="facts">
                        <For each={[1, 2, 3, 4] as const}>
                          {(n) => (
                            <>
                              <dt>{n}</dt>
                              <dd>{a()[n]}</dd>
                            </>
                          )}
                        </For>
                      </dl>
                    </details>
                  )}
                </Show>
                <Field id={`${id}-evidence`} label={`Evidence for ${name()}`}>
                  {(control) => <textarea {...control} rows="2" value={score.evidence} onInput={(e) => form.set('scores', i(), 'evidence', e.currentTarget.value)} />}
                </Field>
              </fieldset>
            );
          }}
        </For>
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
