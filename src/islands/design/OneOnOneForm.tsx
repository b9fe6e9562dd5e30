/**
 * The form to log a 1:1 or change one: date, kind, notes (with the template's
 * questions on offer for a getting-to-know-you 1:1), action items with an owner and
 * a done box, and the next 1:1 date. Everything is plain text; the save itself is the
 * caller's (a command in src/db), and its errors are shown here.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { OneOnOne } from '../../schemas/one-on-one.ts';
import type { OneOnOneDraft, OneOnOneKind } from '../../db/one-on-ones.ts';
import { addDays } from '../../domain/dates.ts';
import { appendToNotes, questionOutline } from '../../domain/one-on-ones.ts';
import { describeError } from '../../domain/errors.ts';

export interface ConversationTemplate {
  title: string;
  summary: string;
  questions: string[];
}

/** How far after a 1:1 the next one is suggested. */
export const SUGGESTED_GAP_DAYS = 14;

export const kindLabels: Record<OneOnOneKind, string> = { regular: 'Regular', 'getting-to-know-you': 'Getting to know you' };

interface Row {
  key: number;
  id?: string | undefined;
  text: string;
  owner: string;
  done: boolean;
}

export default function OneOnOneForm(props: {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The 1:1 being changed; a new 1:1 when absent. */
  initial?: OneOnOne;
  today: string;
  template: ConversationTemplate;
  /** Names offered for an action item's owner. */
  owners: string[];
  submitLabel: string;
  /** "save the 1:1", for error messages. */
  doing: string;
  onSave: (draft: OneOnOneDraft) => Promise<void>;
  onCancel?: () => void;
}) {
  const p = untrack(() => props.idPrefix);
  let nextKey = 0;
  const emptyRow = (): Row => ({ key: nextKey++, text: '', owner: '', done: false });

  const start = untrack(() => props.initial);
  const today = untrack(() => props.today);
  const [date, setDate] = createSignal(start?.date ?? today);
  const [kind, setKind] = createSignal<OneOnOneKind>(start?.kind ?? 'regular');
  const [notes, setNotes] = createSignal(start?.notes ?? '');
  const [nextDate, setNextDate] = createSignal(start ? (start.nextDate ?? '') : addDays(today, SUGGESTED_GAP_DAYS));
  // A new 1:1's next date follows its date until the manager picks one.
  const [nextTouched, setNextTouched] = createSignal(start !== undefined);
  const [rows, setRows] = createStore<Row[]>(
    start && start.actionItems.length > 0
      ? start.actionItems.map((i) => ({ key: nextKey++, id: i.id, text: i.text, owner: i.owner, done: i.done }))
      : [emptyRow()],
  );
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [inserted, setInserted] = createSignal<string>();
  let notesField: HTMLTextAreaElement | undefined;

  const reset = () => {
    setDate(today);
    setKind('regular');
    setNotes('');
    setNextDate(addDays(today, SUGGESTED_GAP_DAYS));
    setNextTouched(false);
    setRows([emptyRow()]);
    setInserted(undefined);
  };

  const changeDate = (value: string) => {
    setDate(value);
    if (!nextTouched() && /^\d{4}-\d{2}-\d{2}$/.test(value)) setNextDate(addDays(value, SUGGESTED_GAP_DAYS));
  };

  const insertQuestions = () => {
    setNotes(appendToNotes(notes(), questionOutline(props.template.title, props.template.questions)));
    setInserted(`Added ${props.template.questions.length} questions to the notes.`);
    notesField?.focus();
    notesField?.setSelectionRange(notesField.value.length, notesField.value.length);
  };

  const addRow = () => {
    const index = rows.length;
    setRows(index, emptyRow());
    document.getElementById(`${p}-item-${index}`)?.focus();
  };

  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    if (rows.length === 0) setRows([emptyRow()]);
    document.getElementById(`${p}-add-item`)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await props.onSave({
        date: date(),
        kind: kind(),
        notes: notes(),
        actionItems: rows.map((r) => ({ id: r.id, text: r.text, owner: r.owner, done: r.done })),
        nextDate: nextDate(),
      });
      if (!props.initial) reset();
    } catch (e) {
      setError(describeError(e, props.doing));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="one-on-one-form stack no-print" onSubmit={(e) => void submit(e)} aria-busy={busy()}>
      <div class="field-row">
        <p class="field">
          <label for={`${p}-date`}>Date</label>
          <input id={`${p}-date`} type="date" required value={date()} onInput={(e) => changeDate(e.currentTarget.value)} />
        </p>
        <fieldset class="choice">
          <legend>Kind</legend>
          <For each={['regular', 'getting-to-know-you'] as const}>
            {(k) => (
              <label class="option">
                <input type="radio" name={`${p}-kind`} value={k} checked={kind() === k} onChange={() => setKind(k)} /> {kindLabels[k]}
              </label>
            )}
          </For>
        </fieldset>
      </div>

      <Show when={kind() === 'getting-to-know-you'}>
        <div class="template-box">
          <p>
            <strong>{props.template.title}.</strong> {props.template.summary}
          </p>
          <details>
            <summary>The {props.template.questions.length} questions</summary>
            <ol>
              <For each={props.template.questions}>{(q) => <li>{q}</li>}</For>
            </ol>
          </details>
          <p class="row">
            <button type="button" class="secondary" onClick={insertQuestions}>
              Add the questions to the notes
            </button>
            <span role="status">{inserted()}</span>
          </p>
        </div>
      </Show>

      <p class="field">
        <label for={`${p}-notes`}>Notes</label>
        <textarea id={`${p}-notes`} ref={notesField} rows={8} value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
      </p>

      <fieldset class="action-item-editor">
        <legend>Action items</legend>
        <p class="muted hint">Who does what before the next 1:1. Empty rows are left out.</p>
        <datalist id={`${p}-owners`}>
          <For each={props.owners}>{(name) => <option value={name} />}</For>
        </datalist>
        <ol class="item-rows">
          <For each={rows}>
            {(row, i) => (
              <li class="item-row">
                <p class="field grow">
                  <label for={`${p}-item-${i()}`}>Action item {i() + 1}</label>
                  <input id={`${p}-item-${i()}`} type="text" maxLength={500} value={row.text} onInput={(e) => setRows(i(), 'text', e.currentTarget.value)} />
                </p>
                <p class="field">
                  <label for={`${p}-owner-${i()}`}>
                    Owner<span class="visually-hidden"> of action item {i() + 1}</span>
                  </label>
                  <input id={`${p}-owner-${i()}`} type="text" maxLength={500} list={`${p}-owners`} value={row.owner} onInput={(e) => setRows(i(), 'owner', e.currentTarget.value)} />
                </p>
                <p class="field check">
                  <input id={`${p}-done-${i()}`} type="checkbox" checked={row.done} onChange={(e) => setRows(i(), 'done', e.currentTarget.checked)} />
                  <label for={`${p}-done-${i()}`}>
                    Done<span class="visually-hidden">: action item {i() + 1}</span>
                  </label>
                </p>
                <button type="button" class="secondary small" onClick={() => removeRow(i())}>
                  Remove<span class="visually-hidden"> action item {i() + 1}</span>
                </button>
              </li>
            )}
          </For>
        </ol>
        <button type="button" id={`${p}-add-item`} class="secondary" onClick={addRow}>
          Add an action item
        </button>
      </fieldset>

      <p class="field">
        <label for={`${p}-next`}>Next 1:1</label>
        <input
          id={`${p}-next`}
          type="date"
          value={nextDate()}
          aria-describedby={`${p}-next-hint`}
          onInput={(e) => {
            setNextTouched(true);
            setNextDate(e.currentTarget.value);
          }}
        />
        <span id={`${p}-next-hint`} class="muted hint">
          Suggested two weeks on. Clear it if none is planned.
        </span>
      </p>

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
      </p>
    </form>
  );
}
