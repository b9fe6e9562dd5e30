/**
 * The team charter: what the team is for. A read view that prints well, and a form
 * to write it. Scope is the systems and domains the team owns (System records, which
 * Learn's surface map builds on), one per row; partners one team per row.
 */
import { createSignal, For, Index, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readCharter, readSystems, saveCharter, type ScopeEdit } from '../../db/design.ts';
import { describeError } from '../../domain/errors.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Team = RecordOf<'teams'>;
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
              setEditing(false);
              setSaved(didSave);
            }}
          />
        }
      >
        {(loaded) => (
          <div class="stack">
            <div class="row no-print">
              <button type="button" onClick={() => { setSaved(false); setEditing(true); }}>Edit charter</button>
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

function CharterForm(props: { initialTeam: Team | undefined; initialSystems: System[]; onDone: (saved: boolean) => void }) {
  const t = props.initialTeam;
  const [name, setName] = createSignal(t?.name ?? '');
  const [mission, setMission] = createSignal(t?.mission ?? '');
  const [value, setValue] = createSignal(t?.value ?? '');
  const [vision, setVision] = createSignal(t?.vision ?? '');
  const [scope, setScope] = createSignal<ScopeRow[]>(props.initialSystems.map((sys) => ({ id: sys.id, name: sys.name, kind: sys.kind, ...(sys.updatedAt ? { updatedAt: sys.updatedAt } : {}) })));
  const [removed, setRemoved] = createSignal<string[]>([]);
  const setSystem = (i: number, patch: Partial<ScopeRow>) => setScope((list) => list.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const removeSystem = (i: number) => {
    const row = scope()[i];
    if (row?.id) setRemoved((ids) => [...ids, row.id!]);
    setScope((list) => list.filter((_, j) => j !== i));
  };
  const [partners, setPartners] = createSignal<Partner[]>(t?.partners.length ? t.partners.map((p) => ({ ...p })) : [{ name: '', lead: '' }]);
  const [error, setError] = createSignal<string>();

  const setPartner = (i: number, patch: Partial<Partner>) =>
    setPartners((list) => list.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!name().trim()) {
      setError('Give the team a name.');
      return;
    }
    try {
      await saveCharter({
        ...(t ?? {}),
        name: name().trim(),
        mission: mission(),
        value: value(),
        vision: vision().trim(),
        partners: partners().filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), lead: p.lead.trim() })),
      }, {
        keep: scope().filter((row) => row.name.trim()).map((row) => ({ ...row, name: row.name.trim() })),
        // A row emptied of its name is removed too, as an empty partner row is dropped.
        remove: [...removed(), ...scope().filter((row) => row.id && !row.name.trim()).map((row) => row.id!)],
      });
      props.onDone(true);
    } catch (e) {
      setError(describeError(e, 'save the charter'));
    }
  };

  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="charter-form-heading">
      <h2 id="charter-form-heading">{t ? 'Edit the charter' : 'Write the team charter'}</h2>
      <p class="muted">A few sentences each. Aim for good enough to act on, not perfect.</p>
      <div class="field">
        <label for="charter-name-input">Team name</label>
        <input id="charter-name-input" value={name()} onInput={(e) => setName(e.currentTarget.value)} required maxLength={200} />
      </div>
      <div class="field">
        <label for="charter-mission">Mission</label>
        <span class="hint" id="charter-mission-hint">Why the team exists, in a sentence or two.</span>
        <textarea id="charter-mission" aria-describedby="charter-mission-hint" rows={3} value={mission()} onInput={(e) => setMission(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="charter-value">Value to the company and partners</label>
        <textarea id="charter-value" rows={3} value={value()} onInput={(e) => setValue(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="charter-vision">Vision or slogan</label>
        <input id="charter-vision" value={vision()} onInput={(e) => setVision(e.currentTarget.value)} maxLength={500} />
      </div>
      <fieldset>
        <legend>Scope: systems and domains owned</legend>
        <p class="hint">Learn's surface map adds owners, docs and the capabilities each one needs.</p>
        <Index each={scope()}>
          {(row, i) => (
            <div class="row partner-row">
              <div class="field">
                <label for={`system-name-${i}`}>System {i + 1}</label>
                <input id={`system-name-${i}`} value={row().name} maxLength={200} onInput={(e) => setSystem(i, { name: e.currentTarget.value })} />
              </div>
              <div class="field">
                <label for={`system-kind-${i}`}>Kind of system {i + 1}</label>
                <select id={`system-kind-${i}`} value={row().kind} onChange={(e) => setSystem(i, { kind: e.currentTarget.value as System['kind'] })}>
                  <For each={systemKinds}>{(k) => <option value={k.value}>{k.label}</option>}</For>
                </select>
              </div>
              <button type="button" class="secondary" onClick={() => removeSystem(i)}>
                Remove system {i + 1}
              </button>
            </div>
          )}
        </Index>
        <button type="button" class="secondary" onClick={() => setScope((list) => [...list, { name: '', kind: 'service' }])}>
          Add a system
        </button>
      </fieldset>
      <fieldset>
        <legend>Partner teams</legend>
        <Index each={partners()}>
          {(p, i) => (
            <div class="row partner-row">
              <div class="field">
                <label for={`partner-name-${i}`}>Partner team {i + 1}</label>
                <input id={`partner-name-${i}`} value={p().name} onInput={(e) => setPartner(i, { name: e.currentTarget.value })} />
              </div>
              <div class="field">
                <label for={`partner-lead-${i}`}>Lead of partner team {i + 1}</label>
                <input id={`partner-lead-${i}`} value={p().lead} onInput={(e) => setPartner(i, { lead: e.currentTarget.value })} />
              </div>
              <button type="button" class="secondary" onClick={() => setPartners((list) => list.filter((_, j) => j !== i))}>
                Remove partner team {i + 1}
              </button>
            </div>
          )}
        </Index>
        <button type="button" class="secondary" onClick={() => setPartners((list) => [...list, { name: '', lead: '' }])}>
          Add a partner team
        </button>
      </fieldset>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <div class="row">
        <button type="submit">Save charter</button>
        <Show when={t}>
          <button type="button" class="secondary" onClick={() => props.onDone(false)}>Cancel</button>
        </Show>
      </div>
    </form>
  );
}
