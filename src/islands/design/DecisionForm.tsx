/**
 * The decision form. Quick by default: a title, the date and three sentences (what
 * was decided, why, who decides). "More detail" opens the rest of the record: the
 * context, who gave input, and the status. Editing opens with everything shown.
 */
import { createSignal, For, untrack } from 'solid-js';
import { Decision } from '../../schemas/decision.ts';
import type { DecisionDraft, DecisionStatus } from '../../db/decisions.ts';
import { parseNames } from '../../domain/decisions.ts';
import { sentenceEndingWithQuote } from '../../domain/words.ts';
import { createForm } from '../../state/form.ts';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';

export const statusLabels: Record<DecisionStatus, string> = { proposed: 'Proposed', decided: 'Decided', superseded: 'Superseded' };
export const statuses = ['proposed', 'decided', 'superseded'] as const;

/** The fields checked before saving, with the stored record's own rules and messages. */
const DecisionFields = Decision.pick({ title: true, date: true, decided: true, why: true, decidedBy: true, context: true, status: true });

/** What the form holds: the draft, with "who gave input" as the text typed (one name per line). */
type Values = Omit<DecisionDraft, 'input'> & { input: string };

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
  const empty: Values = { title: '', date: today, decided: '', why: '', decidedBy: '', context: '', input: '', status: 'decided' };
  const form = createForm<Values>({
    initial: start ? { title: start.title, date: start.date, decided: start.decided, why: start.why, decidedBy: start.decidedBy, context: start.context, input: start.input.join('\n'), status: start.status } : empty,
    schema: DecisionFields,
    doing: untrack(() => props.doing),
  });
  const [more, setMore] = createSignal(start !== undefined);
  const v = form.values;

  const submit = (event: SubmitEvent) => {
    const save = props.onSave;
    return form.submit(event, (values) => save({ ...values, input: parseNames(values.input) }), {
      // A new record: confirm it and start again empty. An edit closes the form, which says enough.
      ...(start ? {} : { done: (values: Values) => sentenceEndingWithQuote('Saved ', values.title), reset: empty }),
    });
  };

  const id = (name: string) => `${p}-${name}`;

  return (
    <form class="decision-form stack no-print" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
      <div class="field-row">
        <Field id={id('title')} class="grow" label="Title" hint="A few words someone would search for in six months." error={form.error('title')}>
          {(control) => <input {...control} type="text" required maxLength={200} value={v.title} onInput={(e) => form.set('title', e.currentTarget.value)} />}
        </Field>
        <Field id={id('date')} label="Date" error={form.error('date')}>
          {(control) => <input {...control} type="date" required value={v.date} onInput={(e) => form.set('date', e.currentTarget.value)} />}
        </Field>
      </div>
      <Field id={id('decided')} label="What was decided?" error={form.error('decided')}>
        {(control) => <textarea {...control} rows={2} value={v.decided} onInput={(e) => form.set('decided', e.currentTarget.value)} />}
      </Field>
      <Field id={id('why')} label="Why?" error={form.error('why')}>
        {(control) => <textarea {...control} rows={2} value={v.why} onInput={(e) => form.set('why', e.currentTarget.value)} />}
      </Field>
      <Field id={id('by')} label="Who decides?" error={form.error('decidedBy')}>
        {(control) => (
          <>
            <input {...control} type="text" maxLength={500} list={id('names')} value={v.decidedBy} onInput={(e) => form.set('decidedBy', e.currentTarget.value)} />
            <datalist id={id('names')}>
              <For each={props.names}>{(name) => <option value={name} />}</For>
            </datalist>
          </>
        )}
      </Field>

      <p>
        <button type="button" class="secondary" aria-expanded={more()} aria-controls={id('more')} onClick={() => setMore(!more())}>
          {more() ? 'Fewer fields' : 'More detail: context, input, status'}
        </button>
      </p>
      <div id={id('more')} class="stack" hidden={!more()}>
        <Field id={id('context')} label="Context" hint="What led here: the question, the options, what was known then." error={form.error('context')}>
          {(control) => <textarea {...control} rows={3} value={v.context} onInput={(e) => form.set('context', e.currentTarget.value)} />}
        </Field>
        <Field id={id('input')} label="Who gave input" hint="One name per line." error={form.error('input')}>
          {(control) => <textarea {...control} rows={3} value={v.input} onInput={(e) => form.set('input', e.currentTarget.value)} />}
        </Field>
        <Field id={id('status')} label="Status" error={form.error('status')}>
          {(control) => (
            <select {...control} onChange={(e) => form.set('status', e.currentTarget.value as DecisionStatus)}>
              <For each={statuses}>
                {(s) => (
                  <option value={s} selected={v.status === s}>
                    {statusLabels[s]}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </div>

      <FormActions action={form.action} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
