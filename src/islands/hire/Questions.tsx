/**
 * The question bank: questions tagged with the capabilities they assess, with what good
 * looks like and the minutes they need, and where each is asked (which loops and stages).
 * A question a loop still asks cannot be deleted; the refusal says where it is used.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveStore } from '../../state/live-store.ts';
import { describeError } from '../../domain/errors.ts';
import { deleteQuestion, readLoopsPage, saveQuestion } from '../../db/hire-setup.ts';
import { groupByArea, questionUsage } from '../../domain/hire/setup.ts';
import type { RecordOf } from '../../schemas/records.ts';
import CapabilityPicker from './CapabilityPicker.tsx';

type Question = RecordOf<'questions'>;

export default function Questions(props: { base: string }) {
  const data = createLiveStore(readLoopsPage);
  const [editing, setEditing] = createSignal<Question | 'new'>();
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  const [filter, setFilter] = createSignal('');

  const capabilityName = createMemo(() => new Map((data.data()?.library.capabilities ?? []).map((c) => [c.id, c.name])));
  const usage = createMemo(() => questionUsage(data.data()?.loops ?? []));
  const groups = createMemo(() => groupByArea(data.data()?.library.capabilityAreas ?? [], data.data()?.library.capabilities ?? []));
  const shown = createMemo(() => (data.data()?.questions ?? []).filter((q) => !filter() || q.capabilityIds.includes(filter())));

  const remove = async (q: Question) => {
    setMessage(undefined);
    try {
      await deleteQuestion(q.id);
      setMessage({ ok: true, text: `Deleted the question “${q.text}”.` });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e, 'delete this question') });
    }
  };

  return (
    <Show when={data.data()} fallback={data.error() ? <p class="notice error" role="alert">{describeError(data.error(), 'read your workspace')}</p> : <p role="status">Loading…</p>}>
      {(d) => (
        <div class="stack">
          <div class="row">
            <button type="button" onClick={() => { setMessage(undefined); setEditing('new'); }}>Add a question</button>
            <Show when={message()}>
              {(m) => <p class={`notice ${m().ok ? 'ok' : 'error'}`} role={m().ok ? 'status' : 'alert'}>{m().text}</p>}
            </Show>
          </div>
          <Show when={editing()} keyed>
            {(target) => (
              <QuestionForm
                initial={target === 'new' ? undefined : target}
                groups={groups()}
                onSaved={(q) => {
                  setEditing(undefined);
                  setMessage({ ok: true, text: `Saved the question “${q.text}”.` });
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
                                    <a href={`${props.base}/hire/loops/?loop=${u.loopId}#stage-${u.stageId}`}>{u.loopName}: {u.stageName}</a>
                                  </li>
                                )}
                              </For>
                            </ul>
                          </Show>
                        </dd>
                      </dl>
                      <div class="row tight">
                        <button type="button" class="secondary small" aria-label={`Edit the question “${q.text}”`} onClick={() => { setMessage(undefined); setEditing(q); }}>Edit</button>
                        <button type="button" class="secondary small" aria-label={`Delete the question “${q.text}”`} onClick={() => void remove(q)}>Delete</button>
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
  const q = props.initial && { ...props.initial };
  const [text, setText] = createSignal(q?.text ?? '');
  const [good, setGood] = createSignal(q?.goodLooksLike ?? '');
  const [minutes, setMinutes] = createSignal(q?.minutes !== undefined ? String(q.minutes) : '');
  const [capabilityIds, setCapabilityIds] = createSignal<string[]>(q ? [...q.capabilityIds] : []);
  const [error, setError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!text().trim()) return setError('Write the question.');
    const m = minutes().trim() === '' ? undefined : Number(minutes());
    if (m !== undefined && (!Number.isInteger(m) || m < 0 || m > 600)) return setError('Minutes needed must be a whole number from 0 to 600.');
    try {
      props.onSaved(await saveQuestion({ ...(q ?? {}), text: text().trim(), goodLooksLike: good(), minutes: m, capabilityIds: capabilityIds() }));
    } catch (e) {
      setError(describeError(e, 'save this question'));
    }
  };

  return (
    <form class="card stack form" aria-labelledby="question-form-heading" onSubmit={(e) => void submit(e)}>
      <h2 id="question-form-heading">{q ? 'Edit the question' : 'Add a question'}</h2>
      <div class="field">
        <label for="question-text">Question</label>
        <textarea id="question-text" rows={2} value={text()} onInput={(e) => setText(e.currentTarget.value)} required ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      <div class="field">
        <label for="question-good">What good looks like</label>
        <textarea id="question-good" rows={3} value={good()} onInput={(e) => setGood(e.currentTarget.value)} />
      </div>
      <div class="field narrow">
        <label for="question-minutes">Minutes needed</label>
        <input id="question-minutes" class="short-number" type="number" min="0" max="600" step="1" value={minutes()} onInput={(e) => setMinutes(e.currentTarget.value)} />
      </div>
      <CapabilityPicker legend="Capabilities it assesses" idPrefix="question-cap" groups={props.groups} selected={capabilityIds()} onChange={setCapabilityIds} />
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <div class="row">
        <button type="submit">{q ? 'Save changes' : 'Add question'}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>Cancel</button>
      </div>
    </form>
  );
}
