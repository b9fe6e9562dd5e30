/**
 * The scorecard's fields around a stage's interview kit: a score 1–4 or "No signal" for each
 * capability (each score described by its rubric anchor) with its evidence, a note per question,
 * the overall recommendation and notes. Shared by the scorecard form in the manager's Turbine
 * (ScorecardForm) and the interviewer's own, scoring from a kit file (KitScorecard), so both
 * ask the same and check the same before submitting.
 */
import { createMemo, For, Show } from 'solid-js';
import { z } from 'zod';
import type { Form } from '../../state/form.ts';
import type { QuestionNote } from '../../domain/hire/interview-kit.ts';
import Field from '../../components/Field.tsx';
import InterviewKit, { type KitCapability, type KitQuestion, type KitScore, type KitStage } from '../../components/InterviewKit.tsx';
import { recommendationLabels, recommendations } from './candidate-helpers.ts';

/** A choice per capability: "1"–"4", "none" for no signal, "" not chosen yet. */
export type Choice = '' | '1' | '2' | '3' | '4' | 'none';
const choices: { value: Choice; label: string }[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: 'none', label: 'No signal' },
];

export type Recommendation = (typeof recommendations)[number];

export interface ScorecardValues {
  scores: { capabilityId: string; choice: Choice; evidence: string }[];
  recommendation: Recommendation | '';
  notes: string;
  questionNotes: QuestionNote[];
}

/** The values as a browser keeps them between visits (checked for their shape only: a draft may leave anything for later). */
export const KeptScorecardValues = z.object({
  scores: z.array(z.object({ capabilityId: z.string(), choice: z.enum(['', '1', '2', '3', '4', 'none']), evidence: z.string() })),
  recommendation: z.enum(['', ...recommendations]),
  notes: z.string(),
  questionNotes: z.array(z.object({ questionId: z.string(), question: z.string(), note: z.string() })),
});

/**
 * What submitting asks of the form: an answer for each capability, marked beside the one
 * missing it, and a recommendation. A draft may leave any of it for later.
 */
export const SubmitFields = z.object({
  scores: z.array(z.object({ choice: z.string().min(1, { error: 'choose a score or “No signal” before submitting' }) })),
  recommendation: z.string().min(1, { error: 'choose one before submitting' }),
});

/** The scores as stored: only the capabilities answered so far, "No signal" as null. */
export const scoresOf = (values: Pick<ScorecardValues, 'scores'>) =>
  values.scores.filter((s) => s.choice !== '').map((s) => ({ capabilityId: s.capabilityId, score: s.choice === 'none' ? null : Number(s.choice), evidence: s.evidence }));

/** The form's starting scores: one per capability of the kit, with what was stored for it so far. */
export const startingScores = (capabilityIds: readonly string[], stored: readonly { capabilityId: string; score: number | null; evidence: string }[] | undefined): ScorecardValues['scores'] =>
  capabilityIds.map((capabilityId) => {
    const s = stored?.find((x) => x.capabilityId === capabilityId);
    return { capabilityId, choice: (s ? (s.score === null ? 'none' : String(s.score)) : '') as Choice, evidence: s?.evidence ?? '' };
  });

export default function ScorecardFields(props: {
  form: Form<ScorecardValues>;
  /** Unique on the page: the fields' ids start with it. */
  prefix: string;
  stage: KitStage;
  timeBoxHours?: number | undefined;
  capabilities: readonly KitCapability[];
  questions: readonly KitQuestion[];
}) {
  const form = () => props.form;
  const v = () => props.form.values;
  /** The kit's questions, then any note on a question the kit no longer asks (shown with the text it was asked as). */
  const kitQuestions = createMemo(() => {
    const asked = new Set(props.questions.map((q) => q.id));
    const gone = v()
      .questionNotes.filter((n) => !asked.has(n.questionId))
      .map((n) => ({ id: n.questionId, text: n.question, goodLooksLike: '', capabilityNames: [] }));
    return [...props.questions, ...gone];
  });
  const noteIndex = (questionId: string) => v().questionNotes.findIndex((n) => n.questionId === questionId);

  return (
    <>
      <InterviewKit
        idPrefix={props.prefix}
        stage={props.stage}
        timeBoxHours={props.timeBoxHours}
        capabilities={props.capabilities}
        questions={kitQuestions()}
        note={(questionId) => v().questionNotes[noteIndex(questionId)]?.note ?? ''}
        onNote={(questionId, text) => {
          const i = noteIndex(questionId);
          if (i >= 0) return form().set('questionNotes', i, 'note', text);
          // A question added to the stage since the form opened gets its note too.
          const question = props.questions.find((q) => q.id === questionId)?.text ?? '';
          form().set('questionNotes', v().questionNotes.length, { questionId, question, note: text });
        }}
        score={(capability, anchorId) => {
          const i = () => v().scores.findIndex((s) => s.capabilityId === capability.id);
          const score = () => v().scores[i()];
          const id = `${props.prefix}-${capability.id}`;
          const error = () => form().error(`scores.${i()}.choice`);
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
                            onChange={() => form().set('scores', i(), 'choice', choice.value)}
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
                    {(control) => <textarea {...control} rows="2" value={current().evidence} onInput={(e) => form().set('scores', i(), 'evidence', e.currentTarget.value)} />}
                  </Field>
                </div>
              )}
            </Show>
          );
        }}
      />
      <fieldset class="choice" classList={{ invalid: !!form().error('recommendation') }}>
        <legend>Overall recommendation</legend>
        <For each={recommendations}>
          {(r) => (
            <label class="option">
              <input
                type="radio"
                name={`${props.prefix}-recommendation`}
                value={r}
                checked={v().recommendation === r}
                aria-invalid={form().error('recommendation') ? 'true' : undefined}
                aria-describedby={form().error('recommendation') ? `${props.prefix}-recommendation-error` : undefined}
                onChange={() => form().set('recommendation', r)}
              />
              {recommendationLabels[r]}
            </label>
          )}
        </For>
        <Show when={form().error('recommendation')}>
          <span id={`${props.prefix}-recommendation-error`} class="field-error">
            {form().error('recommendation')}
          </span>
        </Show>
      </fieldset>
      <Field id={`${props.prefix}-notes`} label="Notes" error={form().error('notes')}>
        {(control) => <textarea {...control} rows="2" value={v().notes} onInput={(e) => form().set('notes', e.currentTarget.value)} />}
      </Field>
    </>
  );
}
