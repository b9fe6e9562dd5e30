/**
 * The scorecard an interviewer writes on their own machine around the kit they were given, from a
 * kit file (KitScorecard) or a live link (LiveKitScorecard): the same fields as the scorecard in
 * the manager's Turbine (ScorecardFields), every change handed on as it is typed.
 */
import { createEffect, on, untrack, type JSX } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { InterviewKitPart, InterviewKitScorecard } from '../../io/interview-kit-file.ts';
import { startingNotes } from '../../domain/hire/interview-kit.ts';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import { day } from './candidate-helpers.ts';
import ScorecardFields, { scoresOf, startingScores, SubmitFields, type ScorecardValues } from './ScorecardFields.tsx';

/** A scorecard with nothing written yet, for the kit's capabilities and questions. */
export const blankValues = (part: InterviewKitPart): ScorecardValues => ({
  scores: startingScores(
    part.capabilities.map((c) => c.id),
    [],
  ),
  recommendation: '',
  notes: '',
  questionNotes: startingNotes(part, []),
});

/** What the kit says about itself, under its heading. */
export function briefOf(part: InterviewKitPart, replySavedAt?: string): string {
  return [
    `For ${part.opening.title || 'an opening'}`,
    part.due ? `wanted by ${day(part.due)}` : '',
    `kit given ${day(part.issuedAt)}`,
    replySavedAt ? `your last reply saved ${day(replySavedAt)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The scorecard around a kit, for an interviewer on their own machine: every change goes to
 * `onValues` as it is typed (kept in this browser, or in the live document), and a complete
 * scorecard goes to `submit`.
 */
export default function ScoreKitForm(props: {
  part: InterviewKitPart;
  initial: ScorecardValues;
  onValues: (values: ScorecardValues) => void;
  submitLabel: string;
  /** What submitting does, for its error: "save your scorecard reply". */
  doing: string;
  done: string;
  hint: string;
  brief: string;
  submit: (scorecard: InterviewKitScorecard) => Promise<void> | void;
  children?: JSX.Element;
}) {
  const part = untrack(() => props.part);
  // Kept as typed, so leaving the page loses nothing and needs no warning.
  const form = createForm<ScorecardValues>({ initial: untrack(() => props.initial), doing: untrack(() => props.doing), warnOnLeave: false });
  const onValues = untrack(() => props.onValues);
  createEffect(on(() => JSON.stringify(form.values), () => onValues(structuredClone(unwrap(form.values))), { defer: true }));
  const prefix = `kit-${part.partId}`;

  const submit = (event: SubmitEvent) => {
    const [send, done] = [props.submit, props.done];
    return form.submit(
      event,
      async (values) => {
        const checked = SubmitFields.safeParse(values);
        if (!checked.success) throw checked.error;
        await send({
          scores: scoresOf(values),
          recommendation: values.recommendation as Exclude<ScorecardValues['recommendation'], ''>,
          notes: values.notes.trim(),
          questionNotes: values.questionNotes.filter((n) => n.note.trim() !== ''),
          submittedAt: new Date().toISOString(),
        });
      },
      { done },
    );
  };

  return (
    <section class="card scorecard-form" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>
        {part.interviewer.name}’s scorecard for {part.candidate.name}, {part.stage.name}
      </h2>
      <p class="muted">{props.brief}</p>
      <form class="form stack" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
        <ScorecardFields form={form} prefix={prefix} stage={part.stage} timeBoxHours={part.stage.timeBoxHours} capabilities={part.capabilities} questions={part.questions} />
        <div class="row">
          <button type="submit" disabled={form.action.pending()}>
            {props.submitLabel}
          </button>
          {props.children}
        </div>
        <p class="hint">{props.hint}</p>
        <ActionStatus action={form.action} />
      </form>
    </section>
  );
}
