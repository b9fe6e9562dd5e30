/**
 * Openings: the roles being hired for, each with its must-haves and nice-to-haves from the
 * capability library, a level, a status, a target time to decision and the loop its
 * candidates go through. An opening is drafted from Design's gaps in one step, either from
 * the "Draft an opening" link there (?draft=<capability ids>) or from the gap list here.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { href } from '../../state/routes.ts';
import { describeError } from '../../domain/errors.ts';
import { readOpeningsPage, saveOpening } from '../../db/hire-setup.ts';
import { insightsOf } from '../../domain/insights.ts';
import { candidateCounts, draftIdsFrom, draftOpening, groupByArea, joinNames, type OpeningDraft } from '../../domain/hire/setup.ts';
import { Opening } from '../../schemas/hiring.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import CapabilityPicker from './CapabilityPicker.tsx';

/** The fields checked before saving, with the stored record's own rules; the days are typed as text. */
const OpeningFields = Opening.pick({ title: true, level: true, status: true }).extend({
  days: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1 day').max(365, 'must be at most 365 days'),
});
type PageData = Awaited<ReturnType<typeof readOpeningsPage>>;

export const statusLabel = { draft: 'Draft', open: 'Open', paused: 'Paused', filled: 'Filled', closed: 'Closed' } as const;

interface Editing {
  /** The stored opening being edited; absent for a new one. */
  opening?: Opening;
  draft: OpeningDraft;
  /** The gap capabilities it was drafted from, for the notice. */
  fromGap?: string[];
}

export default function Openings() {
  const data = createLiveStore(readOpeningsPage);
  const [editing, setEditing] = createSignal<Editing>();
  // Reports the opening form's save, which closes the form; a saved opening without a loop gets a link to build one.
  const action = createAction();
  const [loopHint, setLoopHint] = createSignal(false);
  const clear = () => {
    action.clear();
    setLoopHint(false);
  };
  const [linkNote, setLinkNote] = createSignal<string>();

  // Arriving from Design's "Draft an opening for …": open the drafted opening once the library is read.
  let drafted = false;
  const draftFromLink = (d: PageData) => {
    if (drafted) return;
    drafted = true;
    const ids = draftIdsFrom(location.search);
    if (ids.length === 0) return;
    const { draft, unknown } = draftOpening(ids, d.matrix.capabilities);
    if (unknown.length) setLinkNote(`${unknown.length === 1 ? 'One capability' : `${unknown.length} capabilities`} in the link ${unknown.length === 1 ? 'is' : 'are'} no longer in your library and ${unknown.length === 1 ? 'was' : 'were'} left out.`);
    if (draft.mustHave.length) setEditing({ draft, fromGap: draft.mustHave });
  };

  const capabilityName = createMemo(() => new Map((data.data()?.matrix.capabilities ?? []).map((c) => [c.id, c.name])));
  const nameOf = (id: string) => capabilityName().get(id) ?? 'a removed capability';

  const startDraft = (ids: string[]) => {
    const d = data.data();
    if (!d) return;
    const { draft } = draftOpening(ids, d.matrix.capabilities);
    clear();
    setEditing({ draft, fromGap: draft.mustHave });
  };

  return (
    <Show when={data.data()} fallback={data.error() ? <p class="notice error" role="alert">{describeError(data.error(), 'read your workspace')}</p> : <p role="status">Loading…</p>}>
      {(d) => {
        draftFromLink(d());
        const counts = createMemo(() => candidateCounts(d().candidates));
        const gaps = createMemo(() => (d().matrix.capabilities.length ? insightsOf(d().matrix).result.gaps : []));
        const groups = createMemo(() => groupByArea(d().matrix.capabilityAreas, d().matrix.capabilities));
        const loopName = (id: string | undefined) => d().loops.find((l) => l.id === id)?.name;
        const openFor = (capabilityId: string) => d().openings.filter((o) => (o.status === 'draft' || o.status === 'open' || o.status === 'paused') && o.mustHave.includes(capabilityId));
        return (
          <div class="stack">
            <Show when={linkNote()}>
              <p class="notice warn" role="status">{linkNote()}</p>
            </Show>
            <div class="row">
              <button type="button" onClick={() => { clear(); setEditing({ draft: draftOpening([], []).draft }); }}>
                New opening
              </button>
            </div>
            <ActionStatus action={action} />
            <Show when={loopHint() && action.state().status === 'done'}>
              <p>
                <a href={href('hire/loops')}>Build its interview loop</a>.
              </p>
            </Show>
            <Show when={editing()} keyed>
              {(e) => (
                <OpeningForm
                  initial={e}
                  groups={groups()}
                  loops={d().loops}
                  nameOf={nameOf}
                  onSaved={(o) => {
                    setEditing(undefined);
                    action.report(`Saved the opening ${o.title}.`);
                    setLoopHint(!o.loopId);
                    // A reload must not draft the same opening again.
                    if (location.search.includes('draft=')) history.replaceState(null, '', location.pathname);
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              )}
            </Show>

            <section class="card" aria-labelledby="openings-heading">
              <h2 id="openings-heading">Openings</h2>
              <Show when={d().openings.length > 0} fallback={<p class="muted">No openings yet. Draft one from a gap below: the capabilities the team is missing become what the hire must bring.</p>}>
                <div class="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Opening</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Must-haves</th><th scope="col">Loop</th>
                        <th scope="col" class="num">Active</th><th scope="col" class="num">Hired</th><th scope="col" class="num">Rejected or withdrawn</th>
                        <th scope="col"><span class="visually-hidden">Actions</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={d().openings}>
                        {(o) => (
                          <tr>
                            <th scope="row">{o.title}</th>
                            <td>{o.level}</td>
                            <td>{statusLabel[o.status]}</td>
                            <td>{o.mustHave.map(nameOf).join(', ') || 'None yet'}</td>
                            <td>
                              <Show when={loopName(o.loopId)} fallback={<span class="muted">No loop yet</span>}>
                                {(name) => <a href={href('hire/loops', { loop: o.loopId })}>{name()}</a>}
                              </Show>
                            </td>
                            <td class="num">{counts().get(o.id)?.active ?? 0}</td>
                            <td class="num">{counts().get(o.id)?.hired ?? 0}</td>
                            <td class="num">{counts().get(o.id)?.closed ?? 0}</td>
                            <td>
                              <div class="row tight">
                                <button type="button" class="secondary small" aria-label={`Edit ${o.title}`} onClick={() => { clear(); setEditing({ opening: o, draft: { ...o, mustHave: [...o.mustHave], niceToHave: [...o.niceToHave] } }); }}>Edit</button>
                                <a class="button secondary small" href={href('hire/candidates', { opening: o.id })} aria-label={`Candidates for ${o.title}`}>Candidates</a>
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

            <section class="card" aria-labelledby="gaps-heading">
              <h2 id="gaps-heading">Gaps to hire for</h2>
              <p class="hint">From Design’s insights: capabilities below their target, most severe first. Source for what is missing rather than for a copy of who is already there.</p>
              <Show
                when={gaps().length > 0}
                fallback={<p>{d().matrix.capabilities.length ? 'No gaps: every capability meets its target.' : 'No capabilities yet: map the team in Design to see what is missing.'}</p>}
              >
                <ul class="gap-list">
                  <For each={gaps()}>
                    {(g) => (
                      <li>
                        <span>
                          <strong>{g.name}</strong>: {g.meeting.length} of {g.target.people} at level {g.target.level} or above.
                          <Show when={openFor(g.capabilityId).length > 0}>
                            {' '}<span class="muted">Already a must-have of {joinNames(openFor(g.capabilityId).map((o) => o.title))}.</span>
                          </Show>
                        </span>
                        <button type="button" class="secondary small" onClick={() => startDraft([g.capabilityId])}>Draft an opening for {g.name}</button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </div>
        );
      }}
    </Show>
  );
}

function OpeningForm(props: {
  /** Read once: the form edits a copy. */
  initial: Editing;
  groups: ReturnType<typeof groupByArea<{ id: string; name: string; areaId: string }>>;
  loops: readonly { id: string; name: string }[];
  nameOf: (id: string) => string;
  onSaved: (o: Opening) => void;
  onCancel: () => void;
}) {
  // The form edits a copy of what was stored (or drafted) when it opened; the stored opening's
  // updatedAt goes with the save, which is refused if another tab changed it since.
  const initial = untrack(() => props.initial);
  const start = initial.draft;
  const form = createForm({
    initial: {
      title: start.title,
      level: start.level,
      status: start.status,
      days: String(start.targetDaysToDecision),
      loopId: start.loopId ?? '',
      mustHave: [...start.mustHave],
      niceToHave: [...start.niceToHave],
    },
    schema: OpeningFields,
    doing: 'save this opening',
  });
  const v = form.values;
  const fromGap = initial.fromGap;

  const submit = async (event: SubmitEvent) => {
    const onSaved = props.onSaved;
    let saved: Opening | undefined;
    const ok = await form.submit(event, async (values) => {
      saved = await saveOpening({
        ...(initial.opening ?? {}),
        title: values.title.trim(),
        level: values.level.trim(),
        status: values.status,
        mustHave: values.mustHave,
        niceToHave: values.niceToHave,
        targetDaysToDecision: Number(values.days),
        loopId: values.loopId || undefined,
      });
    });
    if (ok && saved) onSaved(saved);
  };

  const heading = initial.opening ? `Edit ${initial.opening.title}` : 'New opening';
  return (
    <form class="card stack form" onSubmit={(e) => void submit(e)} aria-labelledby="opening-form-heading" novalidate>
      <h2 id="opening-form-heading">{heading}</h2>
      <Show when={fromGap && fromGap.length > 0}>
        <div class="notice ok" role="status">
          <p>
            <strong>Drafting an opening from the gap in {joinNames(fromGap!.map(props.nameOf))}.</strong> {fromGap!.length === 1 ? 'It is' : 'They are'} the
            must-{fromGap!.length === 1 ? 'have' : 'haves'} below; add nice-to-haves, the level, a target time to decision and the loop, then save.
          </p>
        </div>
      </Show>
      <div class="grid-2">
        <Field id="opening-title" label="Title" error={form.error('title')}>
          {(control) => <input {...control} value={v.title} onInput={(e) => form.set('title', e.currentTarget.value)} required maxLength={200} ref={(el) => queueMicrotask(() => el.focus())} />}
        </Field>
        <Field id="opening-level" label="Level" error={form.error('level')}>
          {(control) => <input {...control} value={v.level} onInput={(e) => form.set('level', e.currentTarget.value)} maxLength={500} />}
        </Field>
        <Field id="opening-status" label="Status">
          {(control) => (
            <select {...control} value={v.status} onChange={(e) => form.set('status', e.currentTarget.value as Opening['status'])}>
              <For each={Object.entries(statusLabel)}>{([value, label]) => <option value={value}>{label}</option>}</For>
            </select>
          )}
        </Field>
        <Field id="opening-days" label="Target days to decision" error={form.error('days')}>
          {(control) => <input {...control} type="number" min="1" max="365" step="1" value={v.days} onInput={(e) => form.set('days', e.currentTarget.value)} />}
        </Field>
        <Field id="opening-loop" label="Interview loop">
          {(control) => (
            <select {...control} value={v.loopId} onChange={(e) => form.set('loopId', e.currentTarget.value)}>
              <option value="">No loop yet</option>
              <For each={props.loops}>{(l) => <option value={l.id}>{l.name}</option>}</For>
            </select>
          )}
        </Field>
      </div>
      <CapabilityPicker
        legend="Must-haves"
        hint="What this hire must bring. Each must-have should be assessed by at least two stages of the loop."
        idPrefix="must"
        groups={props.groups}
        selected={v.mustHave}
        onChange={(ids) => {
          form.set('mustHave', ids);
          form.set('niceToHave', (list) => list.filter((id) => !ids.includes(id)));
        }}
      />
      <CapabilityPicker
        legend="Nice-to-haves"
        hint="Welcome, not required. A capability is either a must-have or a nice-to-have."
        idPrefix="nice"
        groups={props.groups}
        selected={v.niceToHave}
        onChange={(ids) => {
          form.set('niceToHave', ids);
          form.set('mustHave', (list) => list.filter((id) => !ids.includes(id)));
        }}
      />
      <FormActions action={form.action} submitLabel={initial.opening ? 'Save changes' : 'Save opening'} onCancel={() => props.onCancel()} />
    </form>
  );
}
