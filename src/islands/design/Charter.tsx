/**
 * The team charter: what the team is for. A read view that prints well, and a form
 * to write it. Scope is one system or domain per line; partners one team per row.
 */
import { createSignal, For, Index, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readCharter, saveCharter } from '../../db/design.ts';
import { describeError } from '../../state/errors.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Team = RecordOf<'teams'>;
type Partner = Team['partners'][number];

export default function Charter() {
  const charter = createLiveQuery(async () => (await readCharter()) ?? null);
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  return (
    <Show when={!charter.loading()} fallback={<p role="status">Loading…</p>}>
      <Show when={charter.error()}>
        <p class="notice error" role="alert">Could not read the charter: {String(charter.error())}</p>
      </Show>
      <Show
        when={!editing() && charter.data()}
        fallback={
          <CharterForm
            initialTeam={charter.data() ?? undefined}
            onDone={(didSave) => {
              setEditing(false);
              setSaved(didSave);
            }}
          />
        }
      >
        {(team) => (
          <div class="stack">
            <div class="row no-print">
              <button type="button" onClick={() => { setSaved(false); setEditing(true); }}>Edit charter</button>
              <button type="button" class="secondary" onClick={() => window.print()}>Print</button>
              <Show when={saved()}><span role="status">Charter saved.</span></Show>
            </div>
            <CharterView team={team()} />
          </div>
        )}
      </Show>
    </Show>
  );
}

function CharterView(props: { team: Team }) {
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
      <Show when={props.team.scope.length > 0} fallback={<p class="muted">No systems or domains listed yet.</p>}>
        <ul>
          <For each={props.team.scope}>{(item) => <li>{item}</li>}</For>
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

function CharterForm(props: { initialTeam: Team | undefined; onDone: (saved: boolean) => void }) {
  const t = props.initialTeam;
  const [name, setName] = createSignal(t?.name ?? '');
  const [mission, setMission] = createSignal(t?.mission ?? '');
  const [value, setValue] = createSignal(t?.value ?? '');
  const [vision, setVision] = createSignal(t?.vision ?? '');
  const [scope, setScope] = createSignal((t?.scope ?? []).join('\n'));
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
        scope: scope().split('\n').map((s) => s.trim()).filter(Boolean),
        partners: partners().filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), lead: p.lead.trim() })),
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
      <div class="field">
        <label for="charter-scope">Scope: systems and domains owned</label>
        <span class="hint" id="charter-scope-hint">One per line.</span>
        <textarea id="charter-scope" aria-describedby="charter-scope-hint" rows={4} value={scope()} onInput={(e) => setScope(e.currentTarget.value)} />
      </div>
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
