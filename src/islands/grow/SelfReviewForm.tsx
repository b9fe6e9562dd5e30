/**
 * The person's side of the self-review, in their own browser with no account: open the file
 * their manager sent, fill in strengths, wins, areas to grow, goal status and their own
 * levels, and save a reply file to send back. The file and the answers stay in this browser
 * (and nowhere else) until they clear them, so closing the tab loses nothing.
 */
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { z } from 'zod';
import { Id } from '../../schemas/common.ts';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { readSelfReviewFile, selfReviewReplyFile, selfReviewReplyFileName, SelfReviewAnswers, SelfReviewPart } from '../../io/self-review-file.ts';
import { dropUnsavedDraft, keepUnsavedDraft, readUnsavedDraft } from '../../db/unsaved-drafts.ts';
import { GoalStatus } from '../../schemas/goal.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { downloadText } from '../../state/download.ts';
import { createAction } from '../../state/action.ts';
import { formatDay } from '../../domain/day-format.ts';
import type { Problem } from '../../io/problems.ts';
import { goalStatusLabel } from './CheckInSections.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';

/** One self-review at a time is kept in this browser, with the answers so far. */
const KEPT = 'self-review';

/**
 * What this browser keeps between visits: the file and the answers so far. The answers are
 * checked for their shape only: a strength being typed may still be empty (the reply is checked
 * whole when it is saved).
 */
const Kept = z.object({
  part: SelfReviewPart,
  answers: z.object({
    strengths: z.array(z.object({ text: z.string(), howUsed: z.string() })),
    wins: z.array(z.string()),
    areasToGrow: z.string(),
    goals: z.array(z.object({ id: Id, status: GoalStatus })),
    levels: z.array(z.object({ capabilityId: Id, level: z.number().int() })),
  }),
});
type Kept = z.infer<typeof Kept>;

function blankAnswers(part: SelfReviewPart): SelfReviewAnswers {
  return { strengths: [], wins: [], areasToGrow: '', goals: part.goals.map((g) => ({ id: g.id, status: g.status })), levels: [] };
}

export default function SelfReviewForm() {
  // What an earlier visit kept, if it still reads as a self-review (one kept by an older Turbine may not).
  const kept = readUnsavedDraft(KEPT, Kept)?.values;
  const [part, setPart] = createSignal<SelfReviewPart | undefined>(kept?.part);
  const [answers, setAnswers] = createStore<SelfReviewAnswers>(kept?.answers ?? { strengths: [], wins: [], areasToGrow: '', goals: [], levels: [] });
  const [refused, setRefused] = createSignal<{ fileName: string; headline: string; problems: Problem[] }>();
  const action = createAction();

  // Every change is kept in this browser at once, with the file it answers.
  createEffect(
    on(
      () => JSON.stringify(answers),
      () => {
        const p = part();
        if (p) keepUnsavedDraft<Kept>(KEPT, { part: p, answers: structuredClone(unwrap(answers)) });
      },
      { defer: true },
    ),
  );

  const open = async (file: File | undefined) => {
    setRefused(undefined);
    if (!file) return;
    const read = readSelfReviewFile(file.name, await file.text());
    if (!read.ok) return setRefused({ fileName: file.name, headline: read.headline, problems: read.problems });
    setPart(read.value);
    setAnswers(reconcile(blankAnswers(read.value)));
    keepUnsavedDraft<Kept>(KEPT, { part: read.value, answers: blankAnswers(read.value) });
  };

  const clear = () => {
    dropUnsavedDraft(KEPT);
    setPart(undefined);
    setAnswers(reconcile({ strengths: [], wins: [], areasToGrow: '', goals: [], levels: [] }));
  };

  const writeReply = async () => {
    const p = part();
    if (!p) return;
    const a = unwrap(answers);
    const cleaned = SelfReviewAnswers.parse({
      strengths: a.strengths.filter((s) => s.text.trim() !== ''),
      wins: a.wins.filter((w) => w.trim() !== ''),
      areasToGrow: a.areasToGrow,
      goals: a.goals,
      levels: a.levels,
    });
    const file = await selfReviewReplyFile(p, cleaned, new Date().toISOString(), { name: APP_NAME, version: APP_VERSION });
    downloadText(JSON.stringify(file, null, 2), selfReviewReplyFileName(p), 'application/json');
  };
  const save = () => action.run('save your reply', writeReply, 'Your reply is saved as a file. Send it to your manager; they take it into your check-in.');

  const levelOf = (capabilityId: string) => answers.levels.find((l) => l.capabilityId === capabilityId)?.level;
  const setLevel = (capabilityId: string, level: number | undefined) =>
    setAnswers('levels', (list) => [...list.filter((l) => l.capabilityId !== capabilityId), ...(level === undefined ? [] : [{ capabilityId, level }])]);

  return (
    <div class="self-review">
      <section class="card" aria-labelledby="self-review-file-heading">
        <h2 id="self-review-file-heading">Your self-review file</h2>
        <p>Your manager sends you a file for your check-in. Open it here; what you write stays in this browser until you save your reply and clear it.</p>
        <div class="row">
          <label for="self-review-file">{part() ? 'Open another self-review file' : 'Open your self-review file'}</label>
          <input id="self-review-file" type="file" accept="application/json,.json" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </div>
        <Show when={refused()}>{(r) => <ImportRefusal fileName={r().fileName} headline={r().headline} problems={r().problems} more={0} unchanged="Nothing was opened." />}</Show>
      </section>

      <Show when={part()} keyed>
        {(p) => (
          <form class="check-in" aria-labelledby="self-review-heading" onSubmit={(e) => e.preventDefault()}>
            <h2 id="self-review-heading">
              {p.person.name}, your self-review for {p.quarter}
            </h2>

            <Show when={p.goals.length > 0}>
              <section class="card" aria-labelledby="my-goals-heading">
                <h3 id="my-goals-heading">Your goals</h3>
                <For each={p.goals}>
                  {(g, i) => (
                    <Field id={`my-goal-${i()}`} label={g.due ? `${g.text} (due ${formatDay(g.due)})` : g.text}>
                      {(c) => (
                        <select {...c} onChange={(e) => setAnswers('goals', (list) => list.map((x) => (x.id === g.id ? { ...x, status: e.currentTarget.value as GoalStatus } : x)))}>
                          <For each={GoalStatus.options}>
                            {(s) => (
                              <option value={s} selected={(answers.goals.find((x) => x.id === g.id)?.status ?? g.status) === s}>
                                {goalStatusLabel[s]}
                              </option>
                            )}
                          </For>
                        </select>
                      )}
                    </Field>
                  )}
                </For>
              </section>
            </Show>

            <section class="card" aria-labelledby="my-strengths-heading">
              <h3 id="my-strengths-heading">Strengths and wins</h3>
              <For each={answers.strengths}>
                {(s, i) => (
                  <fieldset class="strength">
                    <legend>Strength {i() + 1}</legend>
                    <Field id={`my-strength-${i()}`} label="Strength">
                      {(c) => <input {...c} value={s.text} maxLength={500} onInput={(e) => setAnswers('strengths', i(), 'text', e.currentTarget.value)} />}
                    </Field>
                    <Field id={`my-strength-${i()}-use`} label="How you used it">
                      {(c) => <textarea {...c} rows={2} value={s.howUsed} onInput={(e) => setAnswers('strengths', i(), 'howUsed', e.currentTarget.value)} />}
                    </Field>
                  </fieldset>
                )}
              </For>
              <Show when={answers.strengths.length < 3}>
                <button type="button" onClick={() => setAnswers('strengths', (list) => [...list, { text: '', howUsed: '' }])}>
                  Add a strength
                </button>
              </Show>
              <For each={answers.wins}>
                {(w, i) => (
                  <Field id={`my-win-${i()}`} label={`Win ${i() + 1}`}>
                    {(c) => <input {...c} value={w} maxLength={500} onInput={(e) => setAnswers('wins', i(), e.currentTarget.value)} />}
                  </Field>
                )}
              </For>
              <Show when={answers.wins.length < 3}>
                <button type="button" onClick={() => setAnswers('wins', (list) => [...list, ''])}>
                  Add a win
                </button>
              </Show>
            </section>

            <section class="card" aria-labelledby="my-growing-heading">
              <h3 id="my-growing-heading">Growing</h3>
              <Field id="my-areas" label="Areas you want to grow in" hint={p.lastAreasToGrow ? `Last quarter: ${p.lastAreasToGrow}` : undefined}>
                {(c) => <textarea {...c} rows={3} value={answers.areasToGrow} onInput={(e) => setAnswers('areasToGrow', e.currentTarget.value)} />}
              </Field>
            </section>

            <Show when={p.capabilities.length > 0}>
              <section class="card" aria-labelledby="my-levels-heading">
                <h3 id="my-levels-heading">Your levels</h3>
                <p class="hint">Where you are today, in your own view. Your manager sees it beside theirs.</p>
                <For each={p.capabilities}>
                  {(c) => (
                    <fieldset class="choice">
                      <legend>{c.name}</legend>
                      <For each={c.levels}>
                        {(l) => (
                          <label>
                            <input type="radio" name={`my-level-${c.id}`} value={l.value} checked={levelOf(c.id) === l.value} onChange={() => setLevel(c.id, l.value)} /> {l.value} {l.name}
                            <Show when={l.description}>
                              <span class="hint"> — {l.description}</span>
                            </Show>
                          </label>
                        )}
                      </For>
                      <label>
                        <input type="radio" name={`my-level-${c.id}`} value="" checked={levelOf(c.id) === undefined} onChange={() => setLevel(c.id, undefined)} /> Not saying
                      </label>
                    </fieldset>
                  )}
                </For>
              </section>
            </Show>

            <div class="row">
              <button type="button" disabled={action.pending()} onClick={() => void save()}>
                Save my reply
              </button>
              <Confirm
                variant="inline"
                question="Clear this self-review and your answers from this browser? Save your reply first if you have not sent it."
                confirmLabel="Clear it"
                keepLabel="Keep it"
                onConfirm={clear}
              >
                Clear from this browser
              </Confirm>
            </div>
            <ActionStatus action={action} />
          </form>
        )}
      </Show>
    </div>
  );
}
