/**
 * People on the team: add, edit, move on (kept in history, never deleted), bring back.
 * Moved-on people stay in their own table so their history keeps its names.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { href } from '../../state/routes.ts';
import { bringPersonBack, movePersonOn, readPeople, savePerson } from '../../db/design.ts';
import { describeError } from '../../domain/errors.ts';
import { localToday } from '../../domain/dates.ts';
import { IsoDate } from '../../schemas/common.ts';
import { Person, type Person as PersonRecord } from '../../schemas/person.ts';
import { personStatusLabel } from '../../domain/person-status.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import AddPeopleList from './AddPeopleList.tsx';

export default function People() {
  const people = createLiveQuery(readPeople);
  const current = createMemo(() => (people.data() ?? []).filter((p) => p.status !== 'moved-on'));
  const movedOn = createMemo(() => (people.data() ?? []).filter((p) => p.status === 'moved-on'));
  /** The person being edited, 'new' for the add form, or nothing. */
  const [editing, setEditing] = createSignal<PersonRecord | 'new'>();
  const [listOpen, setListOpen] = createSignal(false);
  const action = createAction();
  const act = (doing: string, write: () => Promise<unknown>, done: string) => void action.run(doing, write, done);

  return (
    <div class="stack">
      <Show when={people.error()}>
        <p class="notice error" role="alert">{describeError(people.error(), 'read your people')}</p>
      </Show>
      <div class="row">
        <button type="button" onClick={() => setEditing('new')} disabled={editing() === 'new'}>Add a person</button>
        <button type="button" class="secondary" onClick={() => setListOpen(true)} disabled={listOpen()}>Add several people</button>
      </div>
      <Show when={listOpen()}>
        <AddPeopleList people={people.data() ?? []} onClose={() => setListOpen(false)} />
      </Show>
      <ActionStatus action={action} />
      <Show when={editing()} keyed>
        {(target) => (
          <PersonForm
            initialPerson={target === 'new' ? undefined : target}
            onSaved={(p) => {
              setEditing(undefined);
              action.report(`Saved ${p.name}.`);
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Show>
      <section class="card" aria-labelledby="team-heading">
        <h2 id="team-heading">On the team ({current().length})</h2>
        <Show when={current().length > 0} fallback={<p class="muted">{people.loading() ? 'Loading…' : 'Nobody yet. Add the people on your team, including yourself if you do hands-on work.'}</p>}>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th><th scope="col">Role</th><th scope="col">Level</th><th scope="col">Started</th>
                  <th scope="col">Status</th><th scope="col">How they fit and what they bring</th><th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                <For each={current()}>
                  {(p) => (
                    <tr>
                      <th scope="row">{p.name}</th>
                      <td>{p.role}</td>
                      <td>{p.level}</td>
                      <td>{p.startDate ?? ''}</td>
                      <td>{personStatusLabel[p.status]}</td>
                      <td class="prewrap">{p.fit}</td>
                      <td>
                        <div class="row tight">
                          <button type="button" class="secondary small" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>Edit</button>
                          <a class="button secondary small" href={href('design/matrix', { person: p.id })} aria-label={`Capabilities of ${p.name}`}>Capabilities</a>
                          <button
                            type="button"
                            class="secondary small"
                            aria-label={`Mark ${p.name} as moved on`}
                            onClick={() => act(`record that ${p.name} moved on`, () => movePersonOn(p.id, localToday()), `${p.name} moved on; their history is kept.`)}
                          >
                            Mark moved on
                          </button>
                        </div>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </section>
      <Show when={movedOn().length > 0}>
        <section class="card" aria-labelledby="moved-on-heading">
          <h2 id="moved-on-heading">Moved on ({movedOn().length})</h2>
          <p class="muted">Kept so their history and past decisions keep their names. They are left out of the matrix and the insights.</p>
          <table>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Moved on</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              <For each={movedOn()}>
                {(p) => (
                  <tr>
                    <th scope="row">{p.name}</th>
                    <td>{p.role}</td>
                    <td>{p.movedOnDate ?? ''}</td>
                    <td>
                      <button type="button" class="secondary small" aria-label={`Bring ${p.name} back to the team`} onClick={() => act(`bring ${p.name} back`, () => bringPersonBack(p.id), `${p.name} is back on the team.`)}>
                        Bring back
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
    </div>
  );
}

/** The fields checked before saving, with the stored record's own rules and messages. */
const PersonFields = Person.pick({ name: true, role: true, level: true, fit: true }).extend({
  startDate: z.union([IsoDate, z.literal('')]),
  handles: z.string().max(2000),
  emails: z.string().max(2000).refine((text) => wordsOf(text).every((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)), { error: 'each must look like name@example.com' }),
});

/** A list typed into one field, separated by commas, semicolons or spaces. */
const wordsOf = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

function PersonForm(props: { initialPerson: PersonRecord | undefined; onSaved: (p: PersonRecord) => void; onCancel: () => void }) {
  // The form edits a copy of what was stored when it opened, updatedAt included: the save is
  // refused if another tab changed the person since (src/db/fresh.ts).
  const p = untrack(() => props.initialPerson);
  const form = createForm({
    initial: {
      name: p?.name ?? '',
      role: p?.role ?? '',
      level: p?.level ?? '',
      startDate: p?.startDate ?? '',
      status: (p?.status === 'new-hire' ? 'new-hire' : 'member') as 'member' | 'new-hire',
      fit: p?.fit ?? '',
      handles: (p?.handles ?? []).join(', '),
      emails: (p?.emails ?? []).join(', '),
    },
    schema: PersonFields,
    doing: 'save this person',
  });
  const v = form.values;

  let nameInput: HTMLInputElement | undefined;
  const submit = async (event: SubmitEvent) => {
    const onSaved = props.onSaved;
    let saved: PersonRecord | undefined;
    // Adding: the form stays open, empty, with the keyboard on Name for the next person.
    const adding = p ? undefined : { reset: { ...form.values, name: '', role: '', level: '', startDate: '', fit: '', handles: '', emails: '' }, done: (v: { name: string }) => `Saved ${v.name.trim()}.` };
    const ok = await form.submit(event, async (values) => {
      saved = await savePerson({
        ...(p ?? {}),
        name: values.name.trim(),
        role: values.role.trim(),
        level: values.level.trim(),
        startDate: values.startDate || undefined,
        status: p?.status === 'moved-on' ? 'moved-on' : values.status,
        fit: values.fit,
        handles: [...new Set(wordsOf(values.handles).map((h) => h.replace(/^@+/, '')))],
        emails: [...new Set(wordsOf(values.emails).map((e) => e.toLowerCase()))],
      });
    }, adding);
    if (ok && adding) nameInput?.focus();
    else if (ok && saved) onSaved(saved);
  };

  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="person-form-heading" novalidate>
      <h2 id="person-form-heading">{p ? `Edit ${p.name}` : 'Add a person'}</h2>
      <div class="grid-2">
        <Field id="person-name" label="Name" error={form.error('name')}>
          {(control) => <input {...control} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} required maxLength={200} ref={(el) => { nameInput = el; queueMicrotask(() => el.focus()); }} />}
        </Field>
        <Field id="person-role" label="Role" error={form.error('role')}>
          {(control) => <input {...control} value={v.role} onInput={(e) => form.set('role', e.currentTarget.value)} maxLength={500} />}
        </Field>
        <Field id="person-level" label="Level" error={form.error('level')}>
          {(control) => <input {...control} value={v.level} onInput={(e) => form.set('level', e.currentTarget.value)} maxLength={500} />}
        </Field>
        <Field id="person-start" label="Start date" error={form.error('startDate')}>
          {(control) => <input {...control} type="date" value={v.startDate} onInput={(e) => form.set('startDate', e.currentTarget.value)} />}
        </Field>
        <Show when={p?.status !== 'moved-on'}>
          <Field id="person-status" label="Status">
            {(control) => (
              <select {...control} value={v.status} onChange={(e) => form.set('status', e.currentTarget.value as 'member' | 'new-hire')}>
                <option value="member">Member</option>
                <option value="new-hire">New hire</option>
              </select>
            )}
          </Field>
        </Show>
      </div>
      <div class="grid-2">
        <Field id="person-handles" label="GitHub or GitLab handles" hint="So CODEOWNERS and Backstage owners find them, e.g. mei-lin" error={form.error('handles')}>
          {(control) => <input {...control} value={v.handles} onInput={(e) => form.set('handles', e.currentTarget.value)} autocomplete="off" />}
        </Field>
        <Field id="person-emails" label="Work e-mails" hint="So owners and code history find them; separate several with commas" error={form.error('emails')}>
          {(control) => <input {...control} value={v.emails} onInput={(e) => form.set('emails', e.currentTarget.value)} autocomplete="off" />}
        </Field>
      </div>
      <Field id="person-fit" label="How they fit and what they bring" error={form.error('fit')}>
        {(control) => <textarea {...control} rows={3} value={v.fit} onInput={(e) => form.set('fit', e.currentTarget.value)} />}
      </Field>
      <FormActions action={form.action} submitLabel={p ? 'Save changes' : 'Add person'} onCancel={() => props.onCancel()} cancelLabel={p ? 'Cancel' : 'Close'} />
    </form>
  );
}
