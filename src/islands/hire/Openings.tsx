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
import { candidateCounts, draftIdsFrom, draftOpening, filledOpenings, groupByArea, joinNames, type OpeningDraft } from '../../domain/hire/setup.ts';
import { Opening } from '../../schemas/hiring.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import CapabilityPicker from '../../components/CapabilityPicker.tsx';

/** The fields checked before saving, with the stored record's own rules; the days are typed as text. */
const OpeningFields = Opening.pick({ title: true, level: true, status: true })
  .extend({
    days: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1 day').max(365, 'must be at most 365 days'),
    headcount: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  })
  // Candidates, interviewers and the rubric's bar all depend on the level: an open opening says it.
  .refine((o) => o.status !== 'open' || o.level.trim() !== '', { path: ['level'], error: 'say the level before opening it: the loop’s bar depends on it' });
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
  // The opening just saved without a loop, to offer building one for it.
  const [loopHint, setLoopHint] = createSignal<string>();
  const clear = () => {
    action.clear();
    setLoopHint(undefined);
  };
  // Closing an opening that hired its headcount: reported on its own line above the list.
  const closing = createAction();
  const [linkNote, setLinkNote] = createSignal<string>();

  // Arriving from Design's "Draft an opening for …": open the drafted opening once the library is read.
  let drafted = false;
  const draftFromLink = (d: PageData) => {
    if (drafted) return;
    drafted = true;
    const ids = draftIdsFrom(location.search);
    if (ids.length === 0) return;
    const { draft, unknown } = draftOpening(ids, d.matrix.capabilities, d.matrix.capabilityAreas);
    if (unknown.length) setLinkNote(`${unknown.length === 1 ? 'One capability' : `${unknown.length} capabilities`} in the link ${unknown.length === 1 ? 'is' : 'are'} no longer in your library and ${unknown.length === 1 ? 'was' : 'were'} left out.`);
    if (draft.mustHave.length) setEditing({ draft, fromGap: draft.mustHave });
  };

  const capabilityName = createMemo(() => new Map((data.data()?.matrix.capabilities ?? []).map((c) => [c.id, c.name])));
  const nameOf = (id: string) => capabilityName().get(id) ?? 'a removed capability';

  const startDraft = (ids: string[]) => {
    const d = data.data();
    if (!d) return;
    const { draft } = draftOpening(ids, d.matrix.capabilities, d.matrix.capabilityAreas);
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
        const filled = createMemo(() => filledOpenings(d().openings, d().candidates));
        const closeFilled = (o: Opening) => {
          clear();
          return closing.run('close the opening', () => saveOpening({ ...o, status: 'filled' }), `Closed ${o.title} as filled.`);
        };
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
            <Show when={action.state().status === 'done' && loopHint()}>
              {(id) => (
                <p>
                  <a href={href('hire/loops', { opening: id() })}>Build its interview loop</a>: the new loop is attached to the opening.
                </p>
              )}
            </Show>
            <Show when={filled().length > 0}>
              <section class="card notice ok filled-openings" aria-labelledby="filled-heading">
                <h2 id="filled-heading">Headcount filled</h2>
                <ul>
                  <For each={filled()}>
                    {(f) => (
                      <li>
                        <p>
                          <strong>{f.opening.title}</strong> has hired {f.hired} of {f.headcount}. Close it as filled, so it leaves the running openings and nobody
                          new is sourced for it.
                          <Show when={f.stillActive > 0}>
                            {' '}
                            {f.stillActive === 1 ? '1 candidate is' : `${f.stillActive} candidates are`} still active: tell them, then withdraw or reject them on{' '}
                            <a href={href('hire/candidates', { opening: f.opening.id })}>its candidates</a>.
                          </Show>
                        </p>
                        <button type="button" class="secondary" disabled={closing.pending()} onClick={() => void closeFilled(f.opening)}>
                          Close {f.opening.title} as filled
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
            <ActionStatus action={closing} />
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
                    setLoopHint(o.loopId ? undefined : o.id);
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
                          <tr id={`opening-${o.id}`}>
                            <th scope="row">{o.title}</th>
                            <td>{o.level}</td>
                            <td>{statusLabel[o.status]}</td>
                            <td>{o.mustHave.map(nameOf).join(', ') || 'None yet'}</td>
                            <td>
                              <Show
                                when={loopName(o.loopId)}
                                fallback={
                                  <>
                                    <span class="muted">No loop yet</span>{' '}
                                    <a href={href('hire/loops', { opening: o.id })} aria-label={`Build the interview loop for ${o.title}`}>Build one</a>
                                  </>
                                }
                              >
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
      headcount: String(initial.opening?.headcount ?? 1),
      loopId: start.loopId ?? '',
      mustHave: [...start.mustHave],
      niceToHave: [...start.niceToHave],
    },
    schema: OpeningFields,
    doing: 'save this opening',
  });
  const v = form.values;
  const fromGap = initial.fromGap;
  const drafted = !initial.opening && !!fromGap && fromGap.length > 0 && start.title !== '';

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
        // One is what an absent headcount means: stored only when it says more.
        headcount: Number(values.headcount) > 1 ? Number(values.headcount) : undefined,
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
            must-{fromGap!.length === 1 ? 'have' : 'haves'} below and the title is drafted from {fromGap!.length === 1 ? 'it' : 'them'}. <strong>Which level is this hire?</strong> Then add
            nice-to-haves, a target time to decision and the loop, and save.
          </p>
        </div>
      </Show>
      <div class="grid-2">
        <Field id="opening-title" label="Title" error={form.error('title')}>
          {(control) => <input {...control} value={v.title} onInput={(e) => form.set('title', e.currentTarget.value)} required maxLength={200} ref={(el) => { if (!drafted) queueMicrotask(() => el.focus()); }} />}
        </Field>
        <Field id="opening-level" label="Level" hint="e.g. L4, Senior: required to open it." error={form.error('level')}>
          {/* A drafted opening has its title: what it still needs first is the level. */}
          {(control) => <input {...control} value={v.level} onInput={(e) => form.set('level', e.currentTarget.value)} maxLength={500} ref={(el) => { if (drafted) queueMicrotask(() => el.focus()); }} />}
        </Field>
        <Field id="opening-headcount" label="People to hire" error={form.error('headcount')}>
          {(control) => <input {...control} type="number" min="1" max="1000" step="1" value={v.headcount} onInput={(e) => form.set('headcount', e.currentTarget.value)} />}
        </Field>
        <Field id="opening-status" label="Status">
          {(control) => (
            // Each option says whether it is chosen: a select's value set before its options exist shows the first one.
            <select {...control} onChange={(e) => form.set('status', e.currentTarget.value as Opening['status'])}>
              <For each={Object.entries(statusLabel)}>{([value, label]) => <option value={value} selected={v.status === value}>{label}</option>}</For>
            </select>
          )}
        </Field>
        <Field id="opening-days" label="Target days to decision" error={form.error('days')}>
          {(control) => <input {...control} type="number" min="1" max="365" step="1" value={v.days} onInput={(e) => form.set('days', e.currentTarget.value)} />}
        </Field>
        <Field id="opening-loop" label="Interview loop">
          {(control) => (
            <select {...control} onChange={(e) => form.set('loopId', e.currentTarget.value)}>
              <option value="" selected={v.loopId === ''}>No loop yet</option>
              <For each={props.loops}>{(l) => <option value={l.id} selected={v.loopId === l.id}>{l.name}</option>}</For>
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
