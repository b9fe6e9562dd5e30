/**
 * An interviewer's scorecard for one stage: a score 1–4 or "no signal" for each
 * capability the stage assesses (with the rubric's anchors), evidence for each, an
 * overall recommendation and notes. Saved as a draft, then submitted once.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { RecordOf } from '../../schemas/records.ts';
import { saveScorecard } from '../../db/candidates.ts';
import type { InterviewerRef } from '../../domain/hire/visibility.ts';
import { createAction } from '../../state/action.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
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

export default function ScorecardForm(props: {
  candidate: Candidate;
  stage: Stage;
  viewer: InterviewerRef;
  viewerName: string;
  existing: Scorecard | undefined;
  names: Lookups;
}) {
  const action = createAction();
  // The form starts from the stored draft, if any; later changes to it come from this form.
  const { existing, stage } = untrack(() => ({ existing: props.existing, stage: props.stage }));
  const [form, setForm] = createStore({
    scores: stage.capabilityIds.map((capabilityId) => {
      const s = existing?.scores.find((x) => x.capabilityId === capabilityId);
      return { capabilityId, choice: (s ? (s.score === null ? 'none' : String(s.score)) : '') as Choice, evidence: s?.evidence ?? '' };
    }),
  });
  const [recommendation, setRecommendation] = createSignal<Recommendation | undefined>(existing?.recommendation);
  const [notes, setNotes] = createSignal(existing?.notes ?? '');
  const prefix = `card-${stage.id}`;
  const anchors = (capabilityId: string) => props.stage.rubric.find((r) => r.capabilityId === capabilityId)?.anchors;

  const draft = () => ({
    candidateId: props.candidate.id,
    stageId: props.stage.id,
    interviewer: props.viewer,
    scores: form.scores.filter((s) => s.choice !== '').map((s) => ({ capabilityId: s.capabilityId, score: s.choice === 'none' ? null : Number(s.choice), evidence: s.evidence })),
    recommendation: recommendation(),
    notes: notes(),
  });

  // saveScorecard refuses a submission that leaves a capability unanswered; its message is shown here.
  const save = (submit: boolean) => {
    const card = draft();
    return action.run(
      submit ? 'submit the scorecard' : 'save the draft',
      () => saveScorecard(card, submit ? new Date().toISOString() : undefined),
      submit ? 'Scorecard submitted.' : 'Draft saved. Nobody else sees it.',
    );
  };

  return (
    <section class="card scorecard-form" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>
        {props.viewerName}’s scorecard, {props.stage.name}
        {props.existing ? ' (draft)' : ''}
      </h4>
      <form
        class="form stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
      >
        <For each={form.scores}>
          {(score, i) => {
            const name = () => props.names.capabilityName(score.capabilityId);
            const id = `${prefix}-${score.capabilityId}`;
            return (
              <fieldset class="score-fieldset">
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
                          onChange={() => setForm('scores', i(), 'choice', choice.value)}
                        />
                        {choice.label}
                      </label>
                    )}
                  </For>
                </div>
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
                <p class="field">
                  <label for={`${id}-evidence`}>Evidence for {name()}</label>
                  <textarea id={`${id}-evidence`} rows="2" value={score.evidence} onInput={(e) => setForm('scores', i(), 'evidence', e.currentTarget.value)} />
                </p>
              </fieldset>
            );
          }}
        </For>
        <fieldset class="choice">
          <legend>Overall recommendation</legend>
          <For each={recommendations}>
            {(r) => (
              <label class="option">
                <input type="radio" name={`${prefix}-recommendation`} value={r} checked={recommendation() === r} onChange={() => setRecommendation(r)} />
                {recommendationLabels[r]}
              </label>
            )}
          </For>
        </fieldset>
        <p class="field">
          <label for={`${prefix}-notes`}>Notes</label>
          <textarea id={`${prefix}-notes`} rows="2" value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
        </p>
        <div class="row">
          <button type="submit">Submit scorecard</button>
          <button type="button" class="secondary" onClick={() => void save(false)}>
            Save draft
          </button>
        </div>
        <p class="hint">A submitted scorecard cannot change: by then you will have seen the others’.</p>
        <ActionStatus action={action} />
      </form>
    </section>
  );
}
