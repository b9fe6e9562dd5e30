/**
 * The surface-area map: every system the team owns, who owns it, who knows it (the matrix,
 * and the repository history where imported) and so its bus factor; systems nobody or one
 * person knows come first. A picture (tiles by bus factor) sits above the table, which is
 * its text alternative. Systems are added and edited here, or imported from catalog files.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction, type Action } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { readSurface, removeSystem, saveSystem, type SurfaceData } from '../../db/learn.ts';
import { coverage, countsToday } from '../../domain/insights.ts';
import { latestCells } from '../../domain/matrix-cells.ts';
import { localToday } from '../../domain/dates.ts';
import { surfaceMap, type SystemKnowledge } from '../../domain/learn/surface-map.ts';
import { groupByArea } from '../../domain/hire/setup.ts';
import { endSentence, plural } from '../../domain/words.ts';
import { System, SystemKind, type System as SystemRecord } from '../../schemas/system.ts';
import { LiveView } from '../../components/LiveSection.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import CapabilityPicker from '../../components/CapabilityPicker.tsx';
import Confirm from '../../components/Confirm.tsx';
import SurfaceImport from './SurfaceImport.tsx';
import SystemHistory from './SystemHistory.tsx';
import Pager from '../../components/Pager.tsx';
import { pageOf } from '../../domain/paging.ts';

/** Table rows drawn at a time: the tiles show every system, the table a page of them. */
const SYSTEMS_PER_PAGE = 50;

export const systemKindLabel: Record<SystemKind, string> = {
  service: 'Service',
  library: 'Library',
  data: 'Data',
  domain: 'Domain',
  process: 'Process',
};

/** What a bus factor means for the team, in words for the tile and the table. */
export function busFactorWords(busFactor: number | null): string {
  if (busFactor === null) return 'nothing says who knows it';
  if (busFactor === 0) return 'nobody on the team knows it';
  if (busFactor === 1) return 'one person knows it';
  return `${busFactor} people know it`;
}

const riskClass = (busFactor: number | null) => (busFactor === null ? 'risk-unknown' : busFactor === 0 ? 'risk-none' : busFactor === 1 ? 'risk-one' : busFactor === 2 ? 'risk-two' : 'risk-ok');

export default function SurfaceMap() {
  const query = createLiveQuery(readSurface);
  return <LiveView query={query}>{(data) => <SurfaceView data={data()} />}</LiveView>;
}

function SurfaceView(props: { data: SurfaceData }) {
  const action = createAction();
  const [editing, setEditing] = createSignal<SystemRecord | 'new'>();
  const [importing, setImporting] = createSignal(false);
  const [history, setHistory] = createSignal(false);
  const today = localToday();
  const current = createMemo(() => props.data.people.filter((p) => countsToday(p, today)));
  const names = createMemo(() => new Map(props.data.people.map((p) => [p.id, p.name])));
  const rows = createMemo(() => {
    const input = { people: props.data.people, areas: props.data.capabilityAreas, capabilities: props.data.capabilities, scales: props.data.levelScales, cells: latestCells(props.data.assessments), today };
    return surfaceMap(props.data.systems, coverage(input), new Set(current().map((p) => p.id)));
  });
  // A team that owns hundreds of systems gets its riskiest first, a page at a time: drawing every row
  // (owners, who knows it, docs, actions) costs more than reading them.
  const [shownPage, setShownPage] = createSignal(0);
  const tablePage = createMemo(() => pageOf(rows(), shownPage(), SYSTEMS_PER_PAGE));
  const systems = createMemo(() => new Map(props.data.systems.map((s) => [s.id, s])));
  const systemOf = (id: string) => systems().get(id);
  const atRisk = () => rows().filter((r) => r.busFactor !== null && r.busFactor <= 1).length;
  const unknown = () => rows().filter((r) => r.busFactor === null).length;
  const nameList = (ids: readonly string[]) => ids.map((id) => names().get(id) ?? 'someone not on the team').join(', ');

  return (
    <div class="stack">
      <div class="row no-print">
        <button type="button" onClick={() => setEditing('new')} disabled={editing() === 'new'}>Add a system</button>
        <button type="button" class="secondary" onClick={() => setImporting(true)} disabled={importing()}>Import from Backstage or CODEOWNERS</button>
        <button type="button" class="secondary" onClick={() => setHistory(true)} disabled={history()}>Who knows the code: paste git history</button>
      </div>
      <ActionStatus action={action} />
      <Show when={importing()}>
        <SurfaceImport data={props.data} action={action} onClose={() => setImporting(false)} />
      </Show>
      <Show when={history()}>
        <SystemHistory data={props.data} action={action} onClose={() => setHistory(false)} />
      </Show>
      <Show when={editing()} keyed>
        {(target) => (
          <SystemForm
            data={props.data}
            initial={target === 'new' ? undefined : target}
            onSaved={(s) => {
              setEditing(undefined);
              action.report(endSentence(`Saved ${s.name}`));
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Show>
      <Show
        when={rows().length > 0}
        fallback={
          <section class="card">
            <h2>No systems yet</h2>
            <p>
              List what the team owns (services, libraries, data, domains and processes) by hand, or import a Backstage catalog-info.yaml or a CODEOWNERS
              file. Then say which capabilities each one needs, and the map shows who knows it from the matrix.
            </p>
          </section>
        }
      >
        <section class="card stack" aria-labelledby="surface-heading">
          <h2 id="surface-heading">Who knows what the team owns</h2>
          <p>
            {plural(rows().length, 'system')}: {atRisk() === 0 ? 'none is' : `${plural(atRisk(), 'is', 'are')} `}
            {atRisk() === 0 ? ' known by one person or nobody' : 'known by one person or nobody'}
            {unknown() > 0 ? `; for ${plural(unknown(), 'system')} nothing says who knows ${unknown() === 1 ? 'it' : 'them'} yet (add the capabilities it needs)` : ''}.
          </p>
          <figure class="surface-picture" aria-describedby="surface-table-caption">
            <ul class="surface-tiles" aria-hidden="true">
              <For each={rows()}>
                {(r) => (
                  <li class={`surface-tile ${riskClass(r.busFactor)}`} style={{ 'flex-grow': String(r.busFactor === null ? 1 : Math.max(1, 4 - r.busFactor)) }}>
                    <strong>{r.name}</strong>
                    <span>{r.busFactor ?? '?'}</span>
                  </li>
                )}
              </For>
            </ul>
            <figcaption class="muted">Tiles by bus factor: the larger and warmer a tile, the fewer people know the system. The table below says the same in words.</figcaption>
          </figure>
          <div class="table-scroll">
            <table class="surface-table">
              <caption id="surface-table-caption">Systems, those known by one person or nobody first</caption>
              <thead>
                <tr>
                  <th scope="col">System</th><th scope="col">Kind</th><th scope="col">Owners</th><th scope="col">Who knows it</th>
                  <th scope="col" class="num">Bus factor</th><th scope="col">Docs</th><th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                <For each={tablePage().items}>
                  {(r) => <SystemRow row={r} system={systemOf(r.systemId)!} nameList={nameList} onEdit={setEditing} action={action} />}
                </For>
              </tbody>
            </table>
          </div>
          <Pager label="System pages" page={tablePage()} onPage={setShownPage} />
        </section>
      </Show>
    </div>
  );
}

const KNOWS_BY = { matrix: 'matrix', history: 'code history', both: 'matrix and code history' } as const;

function SystemRow(props: { row: SystemKnowledge; system: SystemRecord; nameList: (ids: readonly string[]) => string; onEdit: (s: SystemRecord) => void; action: Action }) {
  const r = () => props.row;
  return (
    <tr classList={{ 'spof-row': r().busFactor !== null && r().busFactor! <= 1 }}>
      <th scope="row">
        {r().name}
        <Show when={props.system.description}>
          <span class="hint">{props.system.description}</span>
        </Show>
      </th>
      <td>{systemKindLabel[r().kind]}</td>
      <td>
        {r().owners.length > 0 ? props.nameList(r().owners) : <span class="muted">nobody</span>}
        <Show when={r().ownersWhoDoNotKnowIt.length > 0}>
          <span class="hint">Not among those who know it: {props.nameList(r().ownersWhoDoNotKnowIt)}</span>
        </Show>
      </td>
      <td>
        <Show when={r().knowers.length > 0} fallback={<span class="muted">{r().busFactor === null ? 'add the capabilities it needs' : 'nobody'}</span>}>
          <ul class="plain-list">
            <For each={r().knowers}>{(k) => <li>{props.nameList([k.personId])} <span class="muted">({KNOWS_BY[k.by]})</span></li>}</For>
          </ul>
        </Show>
        <Show when={r().authorsElsewhere.length > 0}>
          <span class="hint">Also wrote much of it, not on the team: {r().authorsElsewhere.join(', ')}</span>
        </Show>
      </td>
      <td class="num">
        <span class={`risk-badge ${riskClass(r().busFactor)}`}>{r().busFactor ?? 'unknown'}</span>
        <span class="visually-hidden">: {busFactorWords(r().busFactor)}</span>
      </td>
      <td>
        <ul class="plain-list">
          <For each={props.system.links}>
            {(link) => (
              <li>
                <a href={link.url} rel="noreferrer noopener" target="_blank">{link.label || link.url}</a>
              </li>
            )}
          </For>
        </ul>
      </td>
      <td>
        <div class="row tight no-print">
          <button type="button" class="secondary small" onClick={() => props.onEdit(props.system)}>
            Edit<span class="visually-hidden"> {r().name}</span>
          </button>
          <Confirm
            question={`Remove ${r().name} from the map? Onboarding plans into it keep their items.`}
            confirmLabel="Yes, remove it"
            keepLabel="Keep it"
            busy={props.action.pending()}
            onAsk={props.action.clear}
            onConfirm={() => {
              const { system, row } = { system: props.system, row: r() };
              return props.action.run(`remove ${row.name}`, () => removeSystem(system), endSentence(`Removed ${row.name}`));
            }}
          >
            Remove<span class="visually-hidden"> {r().name}</span>
          </Confirm>
        </div>
      </td>
    </tr>
  );
}

/** The fields checked before saving, with the stored record's own rules and messages. */
const SystemFields = System.pick({ name: true, kind: true, description: true }).extend({
  links: z.array(z.object({ label: z.string().max(500), url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })]) })),
  externalKey: z.string().max(500),
});

function SystemForm(props: { data: SurfaceData; initial: SystemRecord | undefined; onSaved: (s: SystemRecord) => void; onCancel: () => void }) {
  const s = untrack(() => props.initial);
  const [ownerIds, setOwnerIds] = createSignal<string[]>(s?.ownerIds ?? []);
  const [capabilityIds, setCapabilityIds] = createSignal<string[]>(s?.capabilityIds ?? []);
  const form = createForm({
    initial: {
      name: s?.name ?? '',
      kind: s?.kind ?? ('service' as SystemKind),
      description: s?.description ?? '',
      links: s?.links.length ? s.links.map((l) => ({ ...l })) : [{ label: '', url: '' }],
      externalKey: s?.externalKey ?? '',
    },
    schema: SystemFields,
    doing: 'save this system',
  });
  const v = form.values;
  const people = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on' || ownerIds().includes(p.id)));
  const groups = createMemo(() => groupByArea(props.data.capabilityAreas, props.data.capabilities));
  const setLink = (i: number, field: 'label' | 'url', value: string) => form.set('links', v.links.map((l, j) => (j === i ? { ...l, [field]: value } : l)));

  const submit = async (event: SubmitEvent) => {
    let saved: SystemRecord | undefined;
    const [owners, needs] = [ownerIds(), capabilityIds()];
    const ok = await form.submit(event, async (values) => {
      saved = await saveSystem({
        ...(s ?? {}),
        name: values.name.trim(),
        kind: values.kind,
        description: values.description,
        links: values.links.filter((l) => l.url.trim()).map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
        ownerIds: owners,
        capabilityIds: needs,
        externalKey: values.externalKey.trim() || undefined,
      });
    });
    if (ok && saved) props.onSaved(saved);
  };

  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="system-form-heading" novalidate>
      <h2 id="system-form-heading">{s ? `Edit ${s.name}` : 'Add a system'}</h2>
      <div class="grid-2">
        <Field id="system-name" label="Name" error={form.error('name')}>
          {(control) => <input {...control} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} required maxLength={200} ref={(el) => queueMicrotask(() => el.focus())} />}
        </Field>
        <Field id="system-kind" label="Kind">
          {(control) => (
            <select {...control} value={v.kind} onChange={(e) => form.set('kind', e.currentTarget.value as SystemKind)}>
              <For each={SystemKind.options}>{(k) => <option value={k} selected={v.kind === k}>{systemKindLabel[k]}</option>}</For>
            </select>
          )}
        </Field>
      </div>
      <Field id="system-description" label="What it does" error={form.error('description')}>
        {(control) => <textarea {...control} rows={2} value={v.description} onInput={(e) => form.set('description', e.currentTarget.value)} />}
      </Field>
      <fieldset>
        <legend>Owners</legend>
        <div class="row">
          <For each={people()} fallback={<p class="muted">Add your people in Design → People first.</p>}>
            {(p) => (
              <label class="option" for={`system-owner-${p.id}`}>
                <input
                  type="checkbox"
                  id={`system-owner-${p.id}`}
                  checked={ownerIds().includes(p.id)}
                  onChange={(e) => setOwnerIds(e.currentTarget.checked ? [...ownerIds(), p.id] : ownerIds().filter((x) => x !== p.id))}
                />
                {p.name}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <CapabilityPicker
        legend="Capabilities someone needs to work on it"
        hint="Whoever is strong in all of them counts as knowing the system."
        idPrefix="system-cap"
        groups={groups()}
        selected={capabilityIds()}
        onChange={setCapabilityIds}
      />
      <fieldset class="stack">
        <legend>Docs and runbooks</legend>
        <For each={v.links}>
          {(link, i) => (
            <div class="row partner-row">
              <Field id={`system-link-label-${i()}`} label={`Link ${i() + 1}: label`}>
                {(control) => <input {...control} value={link.label} onInput={(e) => setLink(i(), 'label', e.currentTarget.value)} maxLength={500} />}
              </Field>
              <Field id={`system-link-url-${i()}`} label={`Link ${i() + 1}: address`} error={form.error(`links.${i()}.url`)}>
                {(control) => <input {...control} type="url" value={link.url} onInput={(e) => setLink(i(), 'url', e.currentTarget.value)} placeholder="https://" />}
              </Field>
              <button type="button" class="secondary small" aria-label={`Remove link ${i() + 1}`} onClick={() => form.set('links', v.links.filter((_, j) => j !== i()))}>Remove</button>
            </div>
          )}
        </For>
        <div>
          <button type="button" class="secondary small" onClick={() => form.set('links', [...v.links, { label: '', url: '' }])}>Add a link</button>
        </div>
      </fieldset>
      <Field id="system-key" label="Catalog key" hint="Set by an import (a Backstage entity ref or a CODEOWNERS path), so importing again updates this system." error={form.error('externalKey')}>
        {(control) => <input {...control} value={v.externalKey} onInput={(e) => form.set('externalKey', e.currentTarget.value)} maxLength={500} />}
      </Field>
      <FormActions action={form.action} submitLabel={s ? 'Save changes' : 'Add system'} onCancel={() => props.onCancel()} cancelLabel="Cancel" />
    </form>
  );
}
