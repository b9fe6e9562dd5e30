/**
 * The interview kit for one stage: what the interviewer has in front of them while they
 * interview. The stage's brief (its kind, duration or time box), the questions chosen for it
 * from the bank, each with "what good looks like" and a note field, and for each capability
 * the stage assesses, the rubric (what a 1, 2, 3 and 4 look like), always expanded.
 *
 * Everything comes in as plain props, with no reads and no writes: the scorecard form uses it
 * in the manager's Turbine, and a kit file sent to an interviewer can render the same form in
 * theirs. Scoring is the caller's: `score` renders the control for one capability under its
 * rubric and gets the ids of the anchors, to describe each score with its anchor.
 *
 * Every text here may come from an imported file: it is rendered as text, never as HTML.
 */
import { For, Show, type JSX } from 'solid-js';
import Field from './Field.tsx';
import { plural } from '../domain/words.ts';

export type KitScore = 1 | 2 | 3 | 4;
export const KIT_SCORES: readonly KitScore[] = [1, 2, 3, 4];

export interface KitStage {
  name: string;
  kind: 'screen' | 'take-home' | 'interview' | 'debrief';
  durationMinutes?: number | undefined;
}

export interface KitCapability {
  id: string;
  name: string;
  /** What each score looks like; absent when the stage's rubric says nothing about it. */
  anchors?: Record<KitScore, string> | undefined;
}

export interface KitQuestion {
  id: string;
  text: string;
  goodLooksLike: string;
  minutes?: number | undefined;
  /** The names of the capabilities it is tagged with. */
  capabilityNames: readonly string[];
}

const kindWords: Record<KitStage['kind'], string> = { screen: 'Screen', 'take-home': 'Take-home', interview: 'Interview', debrief: 'Debrief' };

/** The ids the kit gives its parts, for a caller that describes its controls with them. */
export const kitIds = (prefix: string) => ({
  heading: `${prefix}-kit`,
  anchor: (capabilityId: string, score: KitScore) => `${prefix}-anchor-${capabilityId}-${score}`,
  note: (questionId: string) => `${prefix}-note-${questionId}`,
});

export default function InterviewKit(props: {
  /** Unique on the page: ids of the kit's fields start with it. */
  idPrefix: string;
  stage: KitStage;
  /** Take-homes: how long the candidate is asked to spend. */
  timeBoxHours?: number | undefined;
  capabilities: readonly KitCapability[];
  questions: readonly KitQuestion[];
  /** The interviewer's note on a question so far. */
  note: (questionId: string) => string;
  /** Absent for a read-only kit: the notes are shown as text. */
  onNote?: ((questionId: string, text: string) => void) | undefined;
  /** The scoring control for one capability, placed under its rubric. */
  score?: (capability: KitCapability, anchorId: (score: KitScore) => string | undefined) => JSX.Element;
}) {
  const ids = () => kitIds(props.idPrefix);
  const questionMinutes = () => props.questions.reduce((sum, q) => sum + (q.minutes ?? 0), 0);
  const brief = () => {
    const parts = [kindWords[props.stage.kind]];
    if (props.stage.kind === 'take-home') parts.push(props.timeBoxHours ? `time box ${plural(props.timeBoxHours, 'hour')}: the candidate was asked to spend no longer` : 'no time box was set');
    else if (props.stage.durationMinutes) parts.push(plural(props.stage.durationMinutes, 'minute'));
    if (props.questions.length > 0) parts.push(`${plural(props.questions.length, 'question')}${questionMinutes() > 0 ? ` (about ${questionMinutes()} min)` : ''}`);
    return parts.join(' · ');
  };

  return (
    <section class="interview-kit stack" aria-labelledby={ids().heading}>
      <h5 id={ids().heading}>Interview kit: {props.stage.name}</h5>
      <p class="kit-brief">{brief()}</p>

      <h6>Questions</h6>
      <Show
        when={props.questions.length > 0}
        fallback={<p class="muted">No questions were chosen from the bank for this stage: ask about the capabilities below, and write what you heard as evidence.</p>}
      >
        <ol class="kit-questions">
          <For each={props.questions}>
            {(q) => (
              <li>
                <fieldset class="kit-question">
                  <legend>{q.text}</legend>
                  <Show when={q.minutes !== undefined || q.capabilityNames.length > 0}>
                    <p class="muted">
                      {[q.minutes !== undefined ? `${q.minutes} min` : '', q.capabilityNames.length > 0 ? `assesses ${q.capabilityNames.join(', ')}` : ''].filter(Boolean).join(' · ')}
                    </p>
                  </Show>
                  <Show when={q.goodLooksLike.trim()}>
                    <p class="kit-good prewrap">
                      <strong>What good looks like:</strong> {q.goodLooksLike}
                    </p>
                  </Show>
                  <Show
                    when={props.onNote}
                    fallback={
                      <p class="prewrap">
                        <strong>Notes:</strong> {props.note(q.id) || '—'}
                      </p>
                    }
                  >
                    {(onNote) => (
                      <Field id={ids().note(q.id)} label="Notes on this question">
                        {(control) => <textarea {...control} rows="2" value={props.note(q.id)} onInput={(e) => onNote()(q.id, e.currentTarget.value)} />}
                      </Field>
                    )}
                  </Show>
                </fieldset>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <h6>Capabilities: what a 1, 2, 3 and 4 look like</h6>
      <For each={props.capabilities}>
        {(c) => (
          <fieldset class="kit-capability">
            <legend>{c.name}</legend>
            <Show when={c.anchors} fallback={<p class="muted">The loop has no rubric for {c.name} at this stage: score against the level descriptors your team uses.</p>}>
              {(anchors) => (
                <ol class="kit-anchors" aria-label={`What a 1, 2, 3 and 4 look like for ${c.name}`}>
                  <For each={KIT_SCORES}>
                    {(n) => (
                      <li id={ids().anchor(c.id, n)}>
                        <span class="kit-score" aria-hidden="true">{n}</span>
                        <span class="prewrap">{anchors()[n].trim() || 'Not described'}</span>
                      </li>
                    )}
                  </For>
                </ol>
              )}
            </Show>
            {props.score?.(c, (n) => (c.anchors ? ids().anchor(c.id, n) : undefined))}
          </fieldset>
        )}
      </For>
    </section>
  );
}
