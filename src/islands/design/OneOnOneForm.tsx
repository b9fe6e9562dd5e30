/**
 * The form to log a 1:1 or change one: date, kind, notes (with the template's
 * questions on offer for a getting-to-know-you 1:1), action items with an owner and
 * a done box, and the next 1:1 date. Everything is plain text; the save itself is the
 * caller's (a command in src/db), and its errors are shown here.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { ActionItem, OneOnOne } from '../../schemas/one-on-one.ts';
import { IsoDate } from '../../schemas/common.ts';
import type { OneOnOneDraft, OneOnOneKind } from '../../db/one-on-ones.ts';
import { addDays } from '../../domain/dates.ts';
import { appendToNotes, questionOutline } from '../../domain/one-on-ones.ts';
import { createForm } from '../../state/form.ts';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';

export interface ConversationTemplate {
  title: string;
  summary: string;
  questions: string[];
}

/** How far after a 1:1 the next one is suggested. */
export const SUGGESTED_GAP_DAYS = 14;

export const kindLabels: Record<OneOnOneKind, string> = { regular: 'Regular', 'getting-to-know-you': 'Getting to know you' };

interface Row {
  id?: string | undefined;
  text: string;
  owner: string;
  done: boolean;
}

interface Values {
  date: string;
  kind: OneOnOneKind;
  notes: string;
  actionItems: Row[];
  nextDate: string;
}

/** The fields checked before saving, with the stored record's own rules and messages. */
const OneOnOneFields = OneOnOne.pick({ date: true, kind: true, notes: true }).extend({
  actionItems: z.array(ActionItem.pick({ text: true, owner: true })),
  nextDate: z.union([IsoDate, z.literal('')]),
});

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
  const emptyRow = (): Row => ({ text: '', owner: '', done: false });

  const start = untrack(() => props.initial);
  const today = untrack(() => props.today);
  const blank = (): Values => ({ date: today, kind: 'regular', notes: '', actionItems: [emptyRow()], nextDate: addDays(today, SUGGESTED_GAP_DAYS) });
  const form = createForm<Values>({
    initial: start
      ? {
          date: start.date,
          kind: start.kind,
          notes: start.notes,
          actionItems: start.actionItems.length > 0 ? start.actionItems.map((i) => ({ id: i.id, text: i.text, owner: i.owner, done: i.done })) : [emptyRow()],
          nextDate: start.nextDate ?? '',
        }
      : blank(),
    schema: OneOnOneFields,
    doing: untrack(() => props.doing),
  });
  const v = form.values;
  const rows = () => v.actionItems;
  // A new 1:1's next date follows its date until the manager picks one.
  const [nextTouched, setNextTouched] = createSignal(start !== undefined);
  let notesField: HTMLTextAreaElement | undefined;

  const changeDate = (value: string) => {
    form.set('date', value);
    if (!nextTouched() && /^\d{4}-\d{2}-\d{2}$/.test(value)) form.set('nextDate', addDays(value, SUGGESTED_GAP_DAYS));
  };

  const insertQuestions = () => {
    form.set('notes', appendToNotes(v.notes, questionOutline(props.template.title, props.template.questions)));
    // Said in the form's one status line (FormActions), so the form has a single live region.
    form.action.report(`Added ${props.template.questions.length} questions to the notes.`);
    notesField?.focus();
    notesField?.setSelectionRange(notesField.value.length, notesField.value.length);
  };

  const addRow = () => {
    const index = rows().length;
    form.set('actionItems', index, emptyRow());
    document.getElementById(`${p}-item-${index}`)?.focus();
  };

  const removeRow = (index: number) => {
    form.set('actionItems', (current) => {
      const left = current.filter((_, i) => i !== index);
      return left.length > 0 ? left : [emptyRow()];
    });
    document.getElementById(`${p}-add-item`)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    const save = props.onSave;
    const ok = await form.submit(event, (values) => save(values), start ? {} : { reset: blank() });
    if (ok && !start) setNextTouched(false);
  };

  return (
    <form class="one-on-one-form stack no-print" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
      <div class="field-row">
        <Field id={`${p}-date`} label="Date" error={form.error('date')}>
          {(control) => <input {...control} type="date" required value={v.date} onInput={(e) => changeDate(e.currentTarget.value)} />}
        </Field>
        <fieldset class="choice">
          <legend>Kind</legend>
          <For each={['regular', 'getting-to-know-you'] as const}>
            {(k) => (
              <label class="option">
                <input type="radio" name={`${p}-kind`} value={k} checked={v.kind === k} onChange={() => form.set('kind', k)} /> {kindLabels[k]}
              </label>
            )}
          </For>
        </fieldset>
      </div>

      <Show when={v.kind === 'getting-to-know-you'}>
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
          </p>
        </div>
      </Show>

      <Field id={`${p}-notes`} label="Notes" error={form.error('notes')}>
        {(control) => <textarea {...control} ref={notesField} rows={8} value={v.notes} onInput={(e) => form.set('notes', e.currentTarget.value)} />}
      </Field>

      <fieldset class="action-item-editor">
        <legend>Action items</legend>
        <p class="muted hint">Who does what before the next 1:1. Empty rows are left out.</p>
        <datalist id={`${p}-owners`}>
          <For each={props.owners}>{(name) => <option value={name} />}</For>
        </datalist>
        <ol class="item-rows">
          <For each={rows()}>
            {(row, i) => (
              <li class="item-row">
                <Field id={`${p}-item-${i()}`} class="grow" label={`Action item ${i() + 1}`} error={form.error(`actionItems.${i()}.text`)}>
                  {(control) => <input {...control} type="text" maxLength={500} value={row.text} onInput={(e) => form.set('actionItems', i(), 'text', e.currentTarget.value)} />}
                </Field>
                <Field
                  id={`${p}-owner-${i()}`}
                  label={
                    <>
                      Owner<span class="visually-hidden"> of action item {i() + 1}</span>
                    </>
                  }
                  error={form.error(`actionItems.${i()}.owner`)}
                >
                  {(control) => <input {...control} type="text" maxLength={500} list={`${p}-owners`} value={row.owner} onInput={(e) => form.set('actionItems', i(), 'owner', e.currentTarget.value)} />}
                </Field>
                <Field
                  id={`${p}-done-${i()}`}
                  class="check"
                  labelAfter
                  label={
                    <>
                      Done<span class="visually-hidden">: action item {i() + 1}</span>
                    </>
                  }
                >
                  {(control) => <input {...control} type="checkbox" checked={row.done} onChange={(e) => form.set('actionItems', i(), 'done', e.currentTarget.checked)} />}
                </Field>
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

      <Field id={`${p}-next`} label="Next 1:1" hint="Suggested two weeks on. Clear it if none is planned." error={form.error('nextDate')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={v.nextDate}
            onInput={(e) => {
              setNextTouched(true);
              form.set('nextDate', e.currentTarget.value);
            }}
          />
        )}
      </Field>

      <FormActions action={form.action} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
