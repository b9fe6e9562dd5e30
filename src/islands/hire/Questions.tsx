/**
 * The question bank: questions tagged with the capabilities they assess, with what good
 * looks like and the minutes they need, and where each is asked (which loops and stages).
 * A question a loop still asks cannot be deleted; the refusal says where it is used.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { href } from '../../state/routes.ts';
import { describeError } from '../../domain/errors.ts';
import { deleteQuestion, readLoopsPage, saveQuestion } from '../../db/hire-setup.ts';
import { groupByArea, questionUsage } from '../../domain/hire/setup.ts';
import type { RecordOf } from '../../schemas/records.ts';
import { sentenceEndingWithQuote } from '../../domain/words.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import CapabilityPicker from '../../components/CapabilityPicker.tsx';

type Question = RecordOf<'questions'>;

/** The fields checked before saving; the minutes are typed as text, empty when not set. */
const QuestionFields = z.object({
  text: z.string().trim().min(1, { error: 'must not be empty' }),
  minutes: z.union([z.literal(''), z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(600, 'must be at most 600')]),
});

export default function Questions() {
  const data = createLiveStore(readLoopsPage);
  const [editing, setEditing] = createSignal<Question | 'new'>();
  const action = createAction();
  const [filter, setFilter] = createSignal('');

  const capabilityName = createMemo(() => new Map((data.data()?.library.capabilities ?? []).map((c) => [c.id, c.name])));
  const usage = createMemo(() => questionUsage(data.data()?.loops ?? []));
  const groups = createMemo(() => groupByArea(data.data()?.library.capabilityAreas ?? [], data.data()?.library.capabilities ?? []));
  const shown = createMemo(() => (data.data()?.questions ?? []).filter((q) => !filter() || q.capabilityIds.includes(filter())));

  const remove = (q: Question) => action.run('delete this question', () => deleteQuestion(q.id), sentenceEndingWithQuote('Deleted the question ', q.text));

  return (
    <Show when={data.data()} fallback={data.error() ? <p class="notice error" role="alert">{describeError(data.error(), 'read your workspace')}</p> : <p role="status">Loading…</p>}>
      {(d) => (
        <div class="stack">
          <div class="row">
            <button type="button" onClick={() => { action.clear(); setEditing('new'); }}>Add a question</button>
          </div>
          <ActionStatus action={action} />
          <Show when={editing()} keyed>
            {(target) => (
              <QuestionForm
                initial={target === 'new' ? undefined : target}
                groups={groups()}
                onSaved={(q) => {
                  setEditing(undefined);
                  action.report(sentenceEndingWithQuote('Saved the question ', q.text));
                }}
                onCancel={() => setEditing(undefined)}
              />
            )}
          </Show>
          <section class="card" aria-labelledby="bank-heading">
            <h2 id="bank-heading">Question bank ({d().questions.length})</h2>
            <div class="field narrow">
              <label for="question-filter">Show questions for</label>
              <select id="question-filter" value={filter()} onChange={(e) => setFilter(e.currentTarget.value)}>
                <option value="">Every capability</option>
                <For each={groups()}>
                  {(g) => (
                    <optgroup label={g.areaName}>
                      <For each={g.capabilities}>{(c) => <option value={c.id}>{c.name}</option>}</For>
                    </optgroup>
                  )}
                </For>
              </select>
            </div>
            <Show when={shown().length > 0} fallback={<p class="muted">{d().questions.length ? 'No question is tagged with that capability yet.' : 'No questions yet. A good question says what it is for: tag it with the capabilities it assesses and write down what a good answer looks like, so every interviewer scores it the same way.'}</p>}>
              <ul class="question-list">
                <For each={shown()}>
                  {(q) => (
                    <li class="question">
                      <p class="question-text">{q.text}</p>
                      <dl class="facts">
                        <dt>Assesses</dt>
                        <dd>{q.capabilityIds.map((id) => capabilityName().get(id) ?? 'a removed capability').join(', ') || 'No capability yet'}</dd>
                        <dt>What good looks like</dt>
                        <dd class="prewrap">{q.goodLooksLike || '—'}</dd>
                        <dt>Time needed</dt>
                        <dd>{q.minutes !== undefined ? `${q.minutes} min` : 'Not set'}</dd>
                        <dt>Used in</dt>
                        <dd>
                          <Show when={usage().get(q.id)?.length} fallback="Not used in any loop yet">
                            <ul class="inline-list">
                              <For each={usage().get(q.id)}>
                                {(u) => (
                                  <li>
                                    <a href={href('hire/loops', { loop: u.loopId }, `stage-${u.stageId}`)}>{u.loopName}: {u.stageName}</a>
                                  </li>
                                )}
                              </For>
                            </ul>
                          </Show>
                        </dd>
                      </dl>
                      <div class="row tight">
                        <button type="button" class="secondary small" aria-label={`Edit the question “${q.text}”`} onClick={() => { action.clear(); setEditing(q); }}>Edit</button>
                        <Confirm question="Delete this question from the bank?" confirmLabel="Yes, delete it" keepLabel="Keep it" onConfirm={() => remove(q)} busy={action.pending()} onAsk={action.clear}>
                          Delete<span class="visually-hidden"> the question “{q.text}”</span>
                        </Confirm>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        </div>
      )}
    </Show>
  );
}

function QuestionForm(props: { initial: Question | undefined; groups: ReturnType<typeof groupByArea<{ id: string; name: string; areaId: string }>>; onSaved: (q: Question) => void; onCancel: () => void }) {
  // A copy of the question as this form read it. The page's live store updates the record in
  // place when another tab saves it, so a copy keeps the `updatedAt` the save is checked against.
  const q = untrack(() => props.initial && { ...props.initial });
  const form = createForm({
    initial: { text: q?.text ?? '', goodLooksLike: q?.goodLooksLike ?? '', minutes: q?.minutes !== undefined ? String(q.minutes) : '', capabilityIds: q ? [...q.capabilityIds] : [] },
    schema: QuestionFields,
    doing: 'save this question',
  });
  const v = form.values;

  const submit = async (event: SubmitEvent) => {
    const onSaved = props.onSaved;
    let saved: Question | undefined;
    const ok = await form.submit(event, async (values) => {
      const minutes = values.minutes.trim() === '' ? undefined : Number(values.minutes);
      saved = await saveQuestion({ ...(q ?? {}), text: values.text.trim(), goodLooksLike: values.goodLooksLike, minutes, capabilityIds: values.capabilityIds });
    });
    if (ok && saved) onSaved(saved);
  };

  return (
    <form class="card stack form" aria-labelledby="question-form-heading" onSubmit={(e) => void submit(e)} novalidate>
      <h2 id="question-form-heading">{q ? 'Edit the question' : 'Add a question'}</h2>
      <Field id="question-text" label="Question" error={form.error('text')}>
        {(control) => <textarea {...control} rows={2} value={v.text} onInput={(e) => form.set('text', e.currentTarget.value)} required ref={(el) => queueMicrotask(() => el.focus())} />}
      </Field>
      <Field id="question-good" label="What good looks like" error={form.error('goodLooksLike')}>
        {(control) => <textarea {...control} rows={3} value={v.goodLooksLike} onInput={(e) => form.set('goodLooksLike', e.currentTarget.value)} />}
      </Field>
      <Field id="question-minutes" class="narrow" label="Minutes needed" error={form.error('minutes')}>
        {(control) => <input {...control} class="short-number" type="number" min="0" max="600" step="1" value={v.minutes} onInput={(e) => form.set('minutes', e.currentTarget.value)} />}
      </Field>
      <CapabilityPicker legend="Capabilities it assesses" idPrefix="question-cap" groups={props.groups} selected={v.capabilityIds} onChange={(ids) => form.set('capabilityIds', ids)} />
      <FormActions action={form.action} submitLabel={q ? 'Save changes' : 'Add question'} onCancel={() => props.onCancel()} />
    </form>
  );
}
