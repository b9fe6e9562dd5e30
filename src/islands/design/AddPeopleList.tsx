/**
 * "Add several people": a list pasted from a spreadsheet or an HR export, or a CSV file,
 * read as it is typed into a preview (who is added, who is already on the team, what is
 * wrong on which line). Nobody is added while a line has a problem; then everyone is
 * added in one transaction (addPeople).
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { addPeople } from '../../db/design.ts';
import { createAction } from '../../state/action.ts';
import { guardUnsavedChanges } from '../../state/unsaved.ts';
import { describeProblem, readPeopleList } from '../../io/people-list.ts';
import { formatDay } from '../../domain/day-format.ts';
import type { Person } from '../../schemas/person.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import { plural } from '../../domain/words.ts';

const people = (n: number) => plural(n, 'person', 'people');

export default function AddPeopleList(props: { people: readonly Person[]; onClose: () => void }) {
  const [text, setText] = createSignal('');
  const [fileError, setFileError] = createSignal<string>();
  const action = createAction();
  // A pasted list not added yet is unsaved work: leaving the page asks first.
  const unsaved = createMemo(() => text().trim() !== '');
  // eslint-disable-next-line solid/reactivity -- the guard reads it when the page is left (unsaved.ts)
  guardUnsavedChanges(unsaved);
  const preview = createMemo(() => (text().trim() ? readPeopleList(text(), props.people.map((p) => p.name)) : undefined));
  const ready = () => {
    const p = preview();
    return p !== undefined && p.problems.length === 0 && p.add.length > 0;
  };

  const readFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    try {
      setText(await file.text());
      action.clear();
    } catch {
      setFileError(`Could not read ${file.name}. Nobody was added.`);
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const p = preview();
    if (!p || !ready()) return;
    const names = p.add.map((d) => d.name);
    const ok = await action.run(
      `add ${people(p.add.length)}`,
      () => addPeople(p.add.map((d) => ({ name: d.name, role: d.role, level: d.level, ...(d.startDate ? { startDate: d.startDate } : {}) }))),
      `Added ${people(names.length)}: ${names.join(', ')}.`,
    );
    if (ok) setText('');
  };

  return (
    <form class="card stack form" aria-labelledby="people-list-heading" onSubmit={(e) => void submit(e)} novalidate>
      <h2 id="people-list-heading">Add several people</h2>
      <Field
        id="people-list"
        label="People, one a line"
        hint="Paste from a spreadsheet or an HR export: name, role, level, start date (YYYY-MM-DD), separated by tabs or commas. A header row is fine; only the name is required."
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            value={text()}
            onInput={(e) => {
              setText(e.currentTarget.value);
              action.clear();
            }}
            ref={(el) => queueMicrotask(() => el.focus())}
          />
        )}
      </Field>
      <div class="field">
        <label for="people-list-file">Or read a CSV file</label>
        <input id="people-list-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      </div>
      <Show when={fileError()}>{(message) => <p class="notice error" role="alert">{message()}</p>}</Show>

      <Show when={preview()}>
        {(p) => (
          <section class="stack" aria-labelledby="people-list-preview-heading">
            <h3 id="people-list-preview-heading">Preview</h3>
            <Show when={p().problems.length > 0}>
              <div class="notice error" role="alert">
                <p>
                  {p().problems.length === 1 ? 'One line needs' : `${p().problems.length} lines need`} fixing before anyone is added:
                </p>
                <ul>
                  <For each={p().problems}>{(problem) => <li>{describeProblem(problem)}</li>}</For>
                </ul>
              </div>
            </Show>
            <Show when={p().existing.length > 0}>
              <p class="notice warn" role="status">
                Already on the team, left out: {p().existing.map((d) => `${d.name} (line ${d.line})`).join(', ')}.
              </p>
            </Show>
            <Show when={p().add.length > 0} fallback={<p class="muted">Nobody new to add yet.</p>}>
              <div class="table-scroll">
                <table class="preview-table">
                  <caption>{`${people(p().add.length)} to add${p().header ? ' (the first line was read as the column names)' : ''}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Line</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Level</th><th scope="col">Start date</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={p().add}>
                      {(d) => (
                        <tr>
                          <td>{d.line}</td>
                          <th scope="row">{d.name}</th>
                          <td>{d.role}</td>
                          <td>{d.level}</td>
                          <td>{d.startDate ? formatDay(d.startDate) : ''}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </section>
        )}
      </Show>

      <div class="row">
        <button type="submit" disabled={!ready() || action.pending()}>
          {preview()?.add.length ? `Add ${people(preview()!.add.length)}` : 'Add these people'}
        </button>
        <button type="button" class="secondary" onClick={() => props.onClose()}>Close</button>
      </div>
      <ActionStatus action={action} />
    </form>
  );
}
