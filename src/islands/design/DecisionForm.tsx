/**
 * The decision form. Quick by default: a title, the date and three sentences (what
 * was decided, why, who decides). "More detail" opens the rest of the record: the
 * context, who gave input, and the status. Editing opens with everything shown.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import type { Decision } from '../../schemas/decision.ts';
import type { DecisionDraft, DecisionStatus } from '../../db/decisions.ts';
import { parseNames } from '../../domain/decisions.ts';
import { describeError } from '../../domain/errors.ts';

export const statusLabels: Record<DecisionStatus, string> = { proposed: 'Proposed', decided: 'Decided', superseded: 'Superseded' };
export const statuses = ['proposed', 'decided', 'superseded'] as const;

export default function DecisionForm(props: {
  idPrefix: string;
  initial?: Decision;
  today: string;
  /** People's names, offered for "who decides". */
  names: string[];
  submitLabel: string;
  doing: string;
  onSave: (draft: DecisionDraft) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const p = untrack(() => props.idPrefix);
  const start = untrack(() => props.initial);
  const today = untrack(() => props.today);
  const [title, setTitle] = createSignal(start?.title ?? '');
  const [date, setDate] = createSignal(start?.date ?? today);
  const [decided, setDecided] = createSignal(start?.decided ?? '');
  const [why, setWhy] = createSignal(start?.why ?? '');
  const [decidedBy, setDecidedBy] = createSignal(start?.decidedBy ?? '');
  const [context, setContext] = createSignal(start?.context ?? '');
  const [input, setInput] = createSignal(start?.input.join('\n') ?? '');
  const [status, setStatus] = createSignal<DecisionStatus>(start?.status ?? 'decided');
  const [more, setMore] = createSignal(start !== undefined);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [saved, setSaved] = createSignal<string>();

  const reset = () => {
    setTitle('');
    setDate(today);
    setDecided('');
    setWhy('');
    setDecidedBy('');
    setContext('');
    setInput('');
    setStatus('decided');
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const draft = { title: title(), date: date(), decided: decided(), why: why(), decidedBy: decidedBy(), context: context(), input: parseNames(input()), status: status() };
      await props.onSave(draft);
      if (!props.initial) {
        setSaved(`Saved “${draft.title.trim()}”.`);
        reset();
      }
    } catch (e) {
      setError(describeError(e, props.doing));
    } finally {
      setBusy(false);
    }
  };

  const id = (name: string) => `${p}-${name}`;

  return (
    <form class="decision-form stack no-print" onSubmit={(e) => void submit(e)} aria-busy={busy()}>
      <div class="field-row">
        <p class="field grow">
          <label for={id('title')}>Title</label>
          <input id={id('title')} type="text" required maxLength={200} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} aria-describedby={id('title-hint')} />
          <span id={id('title-hint')} class="muted hint">
            A few words someone would search for in six months.
          </span>
        </p>
        <p class="field">
          <label for={id('date')}>Date</label>
          <input id={id('date')} type="date" required value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </p>
      </div>
      <p class="field">
        <label for={id('decided')}>What was decided?</label>
        <textarea id={id('decided')} rows={2} value={decided()} onInput={(e) => setDecided(e.currentTarget.value)} />
      </p>
      <p class="field">
        <label for={id('why')}>Why?</label>
        <textarea id={id('why')} rows={2} value={why()} onInput={(e) => setWhy(e.currentTarget.value)} />
      </p>
      <p class="field">
        <label for={id('by')}>Who decides?</label>
        <input id={id('by')} type="text" maxLength={500} list={id('names')} value={decidedBy()} onInput={(e) => setDecidedBy(e.currentTarget.value)} />
        <datalist id={id('names')}>
          <For each={props.names}>{(name) => <option value={name} />}</For>
        </datalist>
      </p>

      <p>
        <button type="button" class="secondary" aria-expanded={more()} aria-controls={id('more')} onClick={() => setMore(!more())}>
          {more() ? 'Fewer fields' : 'More detail: context, input, status'}
        </button>
      </p>
      <div id={id('more')} class="stack" hidden={!more()}>
        <p class="field">
          <label for={id('context')}>Context</label>
          <textarea id={id('context')} rows={3} value={context()} onInput={(e) => setContext(e.currentTarget.value)} aria-describedby={id('context-hint')} />
          <span id={id('context-hint')} class="muted hint">
            What led here: the question, the options, what was known then.
          </span>
        </p>
        <p class="field">
          <label for={id('input')}>Who gave input</label>
          <textarea id={id('input')} rows={3} value={input()} onInput={(e) => setInput(e.currentTarget.value)} aria-describedby={id('input-hint')} />
          <span id={id('input-hint')} class="muted hint">
            One name per line.
          </span>
        </p>
        <p class="field">
          <label for={id('status')}>Status</label>
          <select id={id('status')} onChange={(e) => setStatus(e.currentTarget.value as DecisionStatus)}>
            <For each={statuses}>
              {(s) => (
                <option value={s} selected={status() === s}>
                  {statusLabels[s]}
                </option>
              )}
            </For>
          </select>
        </p>
      </div>

      <Show when={error()}>
        <div class="notice error" role="alert">
          <p>{error()}</p>
        </div>
      </Show>
      <p class="row">
        <button type="submit" disabled={busy()}>
          {props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              Cancel
            </button>
          )}
        </Show>
        <span role="status">{saved()}</span>
      </p>
    </form>
  );
}
