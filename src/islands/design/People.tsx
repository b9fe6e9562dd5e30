/**
 * People on the team: add, edit, move on (kept in history, never deleted), bring back.
 * Moved-on people stay in their own table so their history keeps its names.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { bringPersonBack, movePersonOn, readPeople, savePerson } from '../../db/design.ts';
import { describeError } from '../../state/errors.ts';
import { localToday } from '../../domain/dates.ts';
import type { RecordOf } from '../../schemas/records.ts';
import { personStatusLabel } from '../../domain/person-status.ts';

type Person = RecordOf<'people'>;


export default function People(props: { base: string }) {
  const people = createLiveQuery(readPeople);
  const current = createMemo(() => (people.data() ?? []).filter((p) => p.status !== 'moved-on'));
  const movedOn = createMemo(() => (people.data() ?? []).filter((p) => p.status === 'moved-on'));
  /** The person being edited, 'new' for the add form, or nothing. */
  const [editing, setEditing] = createSignal<Person | 'new'>();
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();

  const act = async (what: string, run: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await run();
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e, what) });
    }
  };

  return (
    <div class="stack">
      <Show when={people.error()}>
        <p class="notice error" role="alert">Could not read your people: {String(people.error())}</p>
      </Show>
      <div class="row">
        <button type="button" onClick={() => setEditing('new')} disabled={editing() === 'new'}>Add a person</button>
        <Show when={message()}>
          {(m) => <p class={`notice ${m().ok ? 'ok' : 'error'}`} role={m().ok ? 'status' : 'alert'}>{m().text}</p>}
        </Show>
      </div>
      <Show when={editing()} keyed>
        {(target) => (
          <PersonForm
            initialPerson={target === 'new' ? undefined : target}
            onSaved={(p) => {
              setEditing(undefined);
              setMessage({ ok: true, text: `Saved ${p.name}.` });
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
                          <a class="button secondary small" href={`${props.base}/design/matrix/?person=${p.id}`} aria-label={`Capabilities of ${p.name}`}>Capabilities</a>
                          <button
                            type="button"
                            class="secondary small"
                            aria-label={`Mark ${p.name} as moved on`}
                            onClick={() => void act(`record that ${p.name} moved on`, () => movePersonOn(p.id, localToday()), `${p.name} moved on; their history is kept.`)}
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
                      <button type="button" class="secondary small" aria-label={`Bring ${p.name} back to the team`} onClick={() => void act(`bring ${p.name} back`, () => bringPersonBack(p.id), `${p.name} is back on the team.`)}>
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

function PersonForm(props: { initialPerson: Person | undefined; onSaved: (p: Person) => void; onCancel: () => void }) {
  // The form edits a copy: what was stored when it opened.
  const p = props.initialPerson;
  const [name, setName] = createSignal(p?.name ?? '');
  const [role, setRole] = createSignal(p?.role ?? '');
  const [level, setLevel] = createSignal(p?.level ?? '');
  const [startDate, setStartDate] = createSignal(p?.startDate ?? '');
  const [status, setStatus] = createSignal<'member' | 'new-hire'>(p?.status === 'new-hire' ? 'new-hire' : 'member');
  const [fit, setFit] = createSignal(p?.fit ?? '');
  const [error, setError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!name().trim()) {
      setError('Give the person a name.');
      return;
    }
    try {
      const saved = await savePerson({
        ...(p ?? {}),
        name: name().trim(),
        role: role().trim(),
        level: level().trim(),
        startDate: startDate() || undefined,
        status: p?.status === 'moved-on' ? 'moved-on' : status(),
        fit: fit(),
      });
      props.onSaved(saved);
    } catch (e) {
      setError(describeError(e, 'save this person'));
    }
  };

  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="person-form-heading">
      <h2 id="person-form-heading">{p ? `Edit ${p.name}` : 'Add a person'}</h2>
      <div class="grid-2">
        <div class="field">
          <label for="person-name">Name</label>
          <input id="person-name" value={name()} onInput={(e) => setName(e.currentTarget.value)} required maxLength={200} ref={(el) => queueMicrotask(() => el.focus())} />
        </div>
        <div class="field">
          <label for="person-role">Role</label>
          <input id="person-role" value={role()} onInput={(e) => setRole(e.currentTarget.value)} maxLength={500} />
        </div>
        <div class="field">
          <label for="person-level">Level</label>
          <input id="person-level" value={level()} onInput={(e) => setLevel(e.currentTarget.value)} maxLength={500} />
        </div>
        <div class="field">
          <label for="person-start">Start date</label>
          <input id="person-start" type="date" value={startDate()} onInput={(e) => setStartDate(e.currentTarget.value)} />
        </div>
        <Show when={p?.status !== 'moved-on'}>
          <div class="field">
            <label for="person-status">Status</label>
            <select id="person-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as 'member' | 'new-hire')}>
              <option value="member">Member</option>
              <option value="new-hire">New hire</option>
            </select>
          </div>
        </Show>
      </div>
      <div class="field">
        <label for="person-fit">How they fit and what they bring</label>
        <textarea id="person-fit" rows={3} value={fit()} onInput={(e) => setFit(e.currentTarget.value)} />
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <div class="row">
        <button type="submit">{p ? 'Save changes' : 'Add person'}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>Cancel</button>
      </div>
    </form>
  );
}
