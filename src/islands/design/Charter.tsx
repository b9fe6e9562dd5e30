/**
 * The team charter: what the team is for. A read view that prints well, and a form
 * to write it. Scope is the systems and domains the team owns (System records, which
 * Learn's surface map builds on), one per row; partners one team per row.
 */
import { createSignal, For, Index, Show, untrack } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { createForm } from '../../state/form.ts';
import { readCharter, readSystems, saveCharter, type ScopeEdit } from '../../db/design.ts';
import { describeError } from '../../domain/errors.ts';
import type { RecordOf } from '../../schemas/records.ts';
import { Team } from '../../schemas/team.ts';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';

type Partner = Team['partners'][number];
type System = RecordOf<'systems'>;
type ScopeRow = ScopeEdit['keep'][number];

const systemKinds: { value: System['kind']; label: string }[] = [
  { value: 'service', label: 'Service' },
  { value: 'library', label: 'Library' },
  { value: 'data', label: 'Data' },
  { value: 'domain', label: 'Domain' },
  { value: 'process', label: 'Process' },
];
const kindLabel = (kind: System['kind']) => systemKinds.find((k) => k.value === kind)?.label ?? kind;

export default function Charter() {
  const charter = createLiveQuery(async () => {
    const team = await readCharter();
    return team ? { team, systems: await readSystems() } : null;
  });
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  // Closing the form puts the focus back on "Edit charter", once the view is drawn again (after a
  // first save, only when the live query brings the new charter).
  let returnFocus = false;
  const focusOnReturn = (el: HTMLButtonElement) => {
    if (!returnFocus) return;
    returnFocus = false;
    queueMicrotask(() => el.focus());
  };
  return (
    <Show when={!charter.loading()} fallback={<p role="status">Loading…</p>}>
      <Show when={charter.error()}>
        <p class="notice error" role="alert">{describeError(charter.error(), 'read the charter')}</p>
      </Show>
      <Show
        when={!editing() && charter.data()}
        fallback={
          <CharterForm
            initialTeam={charter.data()?.team}
            initialSystems={charter.data()?.systems ?? []}
            onDone={(didSave) => {
              returnFocus = true; // before the view is drawn, which is when its button asks
              setEditing(false);
              setSaved(didSave);
            }}
          />
        }
      >
        {(loaded) => (
          <div class="stack">
            <div class="row no-print">
              <button type="button" ref={focusOnReturn} onClick={() => { setSaved(false); setEditing(true); }}>Edit charter</button>
              <button type="button" class="secondary" onClick={() => window.print()}>Print</button>
              <Show when={saved()}><span role="status">Charter saved.</span></Show>
            </div>
            <CharterView team={loaded().team} systems={loaded().systems} />
          </div>
        )}
      </Show>
    </Show>
  );
}

function CharterView(props: { team: Team; systems: System[] }) {
  const para = (text: string, empty: string) => (text.trim() ? <p class="prewrap">{text}</p> : <p class="muted">{empty}</p>);
  return (
    <article class="card charter" aria-labelledby="charter-name">
      <h2 id="charter-name">{props.team.name}</h2>
      <Show when={props.team.vision.trim()}>
        <p class="charter-vision">“{props.team.vision}”</p>
      </Show>
      <h3>Mission</h3>
      {para(props.team.mission, 'No mission written yet.')}
      <h3>Value to the company and our partners</h3>
      {para(props.team.value, 'Not written yet.')}
      <h3>Scope: what we own</h3>
      <Show when={props.systems.length > 0} fallback={<p class="muted">No systems or domains listed yet.</p>}>
        <ul>
          <For each={props.systems}>{(system) => <li>{system.name} <span class="muted">({kindLabel(system.kind).toLowerCase()})</span></li>}</For>
        </ul>
      </Show>
      <h3>Partner teams</h3>
      <Show when={props.team.partners.length > 0} fallback={<p class="muted">No partner teams listed yet.</p>}>
        <table>
          <thead>
            <tr><th scope="col">Team</th><th scope="col">Lead</th></tr>
          </thead>
          <tbody>
            <For each={props.team.partners}>
              {(p) => (
                <tr><th scope="row">{p.name}</th><td>{p.lead}</td></tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </article>
  );
}

/** The fields checked before saving, with the stored record's own rules; empty partner and system rows are dropped, not checked. */
const CharterFields = Team.pick({ name: true, mission: true, value: true, vision: true });

interface Values {
  name: string;
  mission: string;
  value: string;
  vision: string;
  scope: ScopeRow[];
  partners: Partner[];
}

function CharterForm(props: { initialTeam: Team | undefined; initialSystems: System[]; onDone: (saved: boolean) => void }) {
  // The form edits a copy of what was stored when it opened, updatedAt included (the team's and
  // each system's): the save is refused if another tab changed them since (src/db/fresh.ts).
  const t = untrack(() => props.initialTeam);
  const form = createForm<Values>({
    initial: {
      name: t?.name ?? '',
      mission: t?.mission ?? '',
      value: t?.value ?? '',
      vision: t?.vision ?? '',
      scope: untrack(() => props.initialSystems).map((sys) => ({ id: sys.id, name: sys.name, kind: sys.kind, ...(sys.updatedAt ? { updatedAt: sys.updatedAt } : {}) })),
      partners: t?.partners.length ? t.partners.map((p) => ({ ...p })) : [{ name: '', lead: '' }],
    },
    schema: CharterFields,
    doing: 'save the charter',
  });
  const v = form.values;
  const [removed, setRemoved] = createSignal<string[]>([]);
  const removeSystem = (i: number) => {
    const row = v.scope[i];
    if (row?.id) setRemoved((ids) => [...ids, row.id!]);
    form.set('scope', (list) => list.filter((_, j) => j !== i));
    focusRow('system', i, v.scope.length);
  };
  // A row added is a row to type in: the focus goes to its first field. A row removed takes its
  // button with it: the focus goes to the row that took its place, else the "Add" button.
  let addSystem: HTMLButtonElement | undefined;
  let addPartner: HTMLButtonElement | undefined;
  const focusRow = (kind: 'system' | 'partner', i: number, rows: number) => {
    queueMicrotask(() => {
      const row = i < rows ? i : rows - 1;
      const field = row >= 0 ? document.getElementById(`${kind}-name-${row}`) : null;
      (field ?? (kind === 'system' ? addSystem : addPartner))?.focus();
    });
  };

  const submit = async (event: SubmitEvent) => {
    const onDone = props.onDone;
    const gone = removed();
    const ok = await form.submit(event, (values) =>
      saveCharter(
        {
          ...(t ?? {}),
          name: values.name.trim(),
          mission: values.mission,
          value: values.value,
          vision: values.vision.trim(),
          partners: values.partners.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), lead: p.lead.trim() })),
        },
        {
          keep: values.scope.filter((row) => row.name.trim()).map((row) => ({ ...row, name: row.name.trim() })),
          // A row emptied of its name is removed too, as an empty partner row is dropped.
          remove: [...gone, ...values.scope.filter((row) => row.id && !row.name.trim()).map((row) => row.id!)],
        },
      ),
    );
    if (ok) onDone(true);
  };

  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="charter-form-heading" novalidate>
      <h2 id="charter-form-heading">{t ? 'Edit the charter' : 'Write the team charter'}</h2>
      <p class="muted">A few sentences each. Aim for good enough to act on, not perfect.</p>
      <Field id="charter-name-input" label="Team name" error={form.error('name')}>
        {(control) => <input {...control} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} required maxLength={200} />}
      </Field>
      <Field id="charter-mission" label="Mission" hint="Why the team exists, in a sentence or two." error={form.error('mission')}>
        {(control) => <textarea {...control} rows={3} value={v.mission} onInput={(e) => form.set('mission', e.currentTarget.value)} />}
      </Field>
      <Field id="charter-value" label="Value to the company and partners" error={form.error('value')}>
        {(control) => <textarea {...control} rows={3} value={v.value} onInput={(e) => form.set('value', e.currentTarget.value)} />}
      </Field>
      <Field id="charter-vision" label="Vision or slogan" error={form.error('vision')}>
        {(control) => <input {...control} value={v.vision} onInput={(e) => form.set('vision', e.currentTarget.value)} maxLength={500} />}
      </Field>
      <fieldset>
        <legend>Scope: systems and domains owned</legend>
        <p class="hint">Learn's surface map adds owners, docs and the capabilities each one needs.</p>
        <Index each={v.scope}>
          {(row, i) => (
            <div class="row partner-row">
              <Field id={`system-name-${i}`} label={`System ${i + 1}`}>
                {(control) => <input {...control} value={row().name} maxLength={200} onInput={(e) => form.set('scope', i, 'name', e.currentTarget.value)} />}
              </Field>
              <Field id={`system-kind-${i}`} label={`Kind of system ${i + 1}`}>
                {(control) => (
                  <select {...control} value={row().kind} onChange={(e) => form.set('scope', i, 'kind', e.currentTarget.value as System['kind'])}>
                    <For each={systemKinds}>{(k) => <option value={k.value}>{k.label}</option>}</For>
                  </select>
                )}
              </Field>
              <button type="button" class="secondary" onClick={() => removeSystem(i)}>
                Remove system {i + 1}
              </button>
            </div>
          )}
        </Index>
        <button
          type="button"
          class="secondary"
          ref={addSystem}
          onClick={() => {
            form.set('scope', (list) => [...list, { name: '', kind: 'service' }]);
            focusRow('system', v.scope.length - 1, v.scope.length);
          }}
        >
          Add a system
        </button>
      </fieldset>
      <fieldset>
        <legend>Partner teams</legend>
        <Index each={v.partners}>
          {(p, i) => (
            <div class="row partner-row">
              <Field id={`partner-name-${i}`} label={`Partner team ${i + 1}`}>
                {(control) => <input {...control} value={p().name} onInput={(e) => form.set('partners', i, 'name', e.currentTarget.value)} />}
              </Field>
              <Field id={`partner-lead-${i}`} label={`Lead of partner team ${i + 1}`}>
                {(control) => <input {...control} value={p().lead} onInput={(e) => form.set('partners', i, 'lead', e.currentTarget.value)} />}
              </Field>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  form.set('partners', (list) => list.filter((_, j) => j !== i));
                  focusRow('partner', i, v.partners.length);
                }}
              >
                Remove partner team {i + 1}
              </button>
            </div>
          )}
        </Index>
        <button
          type="button"
          class="secondary"
          ref={addPartner}
          onClick={() => {
            form.set('partners', (list) => [...list, { name: '', lead: '' }]);
            focusRow('partner', v.partners.length - 1, v.partners.length);
          }}
        >
          Add a partner team
        </button>
      </fieldset>
      <FormActions action={form.action} submitLabel="Save charter" onCancel={t ? () => props.onDone(false) : undefined} />
    </form>
  );
}
