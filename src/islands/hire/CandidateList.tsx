/**
 * The candidates of one opening (or all), filtered by status and searched by name, a
 * page of 50 at a time: with thousands of candidates only one page is ever in the DOM.
 * Each row shows the stage, days in it and the pacing flags.
 */
import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { addCandidate } from '../../db/candidates.ts';
import { filterCandidates, type StatusFilter } from '../../domain/hire/candidate-list.ts';
import { pageOf } from '../../domain/paging.ts';
import Pager from '../../components/Pager.tsx';
import { candidatePacing } from '../../domain/hire/pacing.ts';
import { localToday } from '../../domain/dates.ts';
import { z } from 'zod';
import { ShortText, Text } from '../../schemas/common.ts';
import { createForm } from '../../state/form.ts';
import { href } from '../../state/routes.ts';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import { NavLink, type CandidatesContext } from './candidates-context.tsx';
import { lookups, plural, statuses, statusLabels } from './candidate-helpers.ts';
import KitReplyImport from './KitReplyImport.tsx';

const PAGE_SIZE = 50;

export default function CandidateList(props: { ctx: CandidatesContext; openingId: string | undefined }) {
  const data = () => props.ctx.data;
  const names = createMemo(() => lookups(data()));
  const [status, setStatus] = createSignal<StatusFilter>('active');
  const [search, setSearch] = createSignal('');
  const [page, setPage] = createSignal(0);
  const [adding, setAdding] = createSignal(false);
  const today = localToday();

  const opening = () => data().openings.find((o) => o.id === props.openingId);
  const openingsById = createMemo(() => new Map(data().openings.map((o) => [o.id, o])));
  const loopsById = createMemo(() => new Map(data().loops.map((l) => [l.id, l])));
  const shown = createMemo(() => filterCandidates(data().candidates, { openingId: opening()?.id, status: status(), query: search() }));
  const current = createMemo(() => pageOf(shown(), page(), PAGE_SIZE));
  // A new filter starts at the first page.
  createEffect(on([status, search, () => props.openingId], () => setPage(0), { defer: true }));

  const countText = () => {
    const p = current();
    const total = data().candidates.filter((c) => !opening() || c.openingId === opening()!.id).length;
    if (total === 0) return 'No candidates yet.';
    if (p.total === 0) return 'No candidate matches.';
    return `Showing ${p.from}–${p.to} of ${plural(p.total, 'candidate')}${p.total < total ? ` (${total} in all)` : ''}.`;
  };

  return (
    <div class="stack">
      <h2 id="candidates-view-heading" tabindex="-1">
        {opening() ? `Candidates for ${opening()!.title}` : 'All candidates'}
      </h2>
      <Show when={data().openings.length === 0}>
        <p class="notice warn" role="status">
          There is no opening yet. Candidates belong to an opening: <a href={href('hire')}>start from the openings</a>.
        </p>
      </Show>
      <div class="card filters" role="search" aria-label="Candidates">
        <div class="row">
          <p class="field">
            <label for="candidate-opening">Opening</label>
            <select id="candidate-opening" onChange={(e) => props.ctx.go({ opening: e.currentTarget.value || undefined })}>
              <option value="" selected={!opening()}>
                All openings
              </option>
              <For each={data().openings}>
                {(o) => (
                  <option value={o.id} selected={o.id === opening()?.id}>
                    {o.title}
                  </option>
                )}
              </For>
            </select>
          </p>
          <p class="field">
            <label for="candidate-status">Status</label>
            <select id="candidate-status" onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
              <option value="all" selected={status() === 'all'}>
                All statuses
              </option>
              <For each={statuses}>
                {(s) => (
                  <option value={s} selected={status() === s}>
                    {statusLabels[s]}
                  </option>
                )}
              </For>
            </select>
          </p>
          <p class="field grow">
            <label for="candidate-search">Search by name</label>
            <input id="candidate-search" type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
          </p>
          <button type="button" onClick={() => setAdding(true)} disabled={adding() || data().openings.length === 0}>
            Add a candidate
          </button>
        </div>
      </div>
      <Show when={adding()}>
        <AddCandidate ctx={props.ctx} openingId={opening()?.id} onClose={() => setAdding(false)} />
      </Show>
      <p class="count" role="status">
        {countText()}
      </p>
      <Show when={current().items.length > 0}>
        <div class="table-scroll">
          <table class="candidate-table">
            <caption class="visually-hidden">Candidates, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <Show when={!opening()}>
                  <th scope="col">Opening</th>
                </Show>
                <th scope="col">Stage</th>
                <th scope="col" class="num">Days in stage</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              <For each={current().items}>
                {(c) => {
                  const o = () => openingsById().get(c.openingId);
                  const loop = () => loopsById().get(o()?.loopId ?? '');
                  const pacing = createMemo(() => candidatePacing(c, o() ?? { targetDaysToDecision: 21 }, loop(), today));
                  return (
                    <tr>
                      <th scope="row">
                        <NavLink ctx={props.ctx} place={{ opening: props.openingId, candidate: c.id }}>
                          {c.name}
                        </NavLink>
                      </th>
                      <Show when={!opening()}>
                        <td>{o()?.title ?? '—'}</td>
                      </Show>
                      <td>{pacing().currentStageId ? names().stageName(o()?.loopId, pacing().currentStageId!) : 'Not started'}</td>
                      <td class="num">
                        {pacing().daysInStage ?? '—'}
                        <Show when={pacing().stageOverLimit}>
                          {' '}
                          <span class="flag">over {pacing().stageLimitDays} days</span>
                        </Show>
                        <Show when={pacing().waiting && pacing().overTarget}>
                          {' '}
                          <span class="flag">past the {pacing().targetDays}-day target</span>
                        </Show>
                      </td>
                      <td>
                        <span class={`status-pill candidate-${c.status}`}>{statusLabels[c.status]}</span>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
        <Pager label="Candidate pages" page={current()} onPage={setPage} />
      </Show>
      <Show when={data().candidates.some((c) => c.interviewKits.length > 0)}>
        <section class="card no-print" aria-labelledby="list-replies-heading">
          <h3 id="list-replies-heading">Scorecard replies from interviewers</h3>
          <KitReplyImport ctx={props.ctx} idPrefix="list-replies" />
        </section>
      </Show>
    </div>
  );
}

/** The new candidate's fields checked before adding (the command trims and checks them again). */
const NewCandidateFields = z.object({ openingId: z.string().min(1, { error: 'choose an opening' }), name: ShortText.trim().min(1, { error: 'must not be empty' }), source: ShortText, contact: ShortText, notes: Text });

function AddCandidate(props: { ctx: CandidatesContext; openingId: string | undefined; onClose: () => void }) {
  const data = () => props.ctx.data;
  const empty = { name: '', source: '', contact: '', notes: '' };
  const form = createForm({
    initial: { openingId: untrack(() => props.openingId ?? data().openings[0]?.id ?? ''), ...empty, start: true },
    schema: NewCandidateFields,
    doing: 'add the candidate',
  });
  const v = form.values;
  let nameInput: HTMLInputElement | undefined;

  const firstStage = () => {
    const o = data().openings.find((x) => x.id === v.openingId);
    return data().loops.find((l) => l.id === o?.loopId)?.stages[0];
  };

  const submit = async (e: SubmitEvent) => {
    const stageId = v.start ? firstStage()?.id : undefined;
    // The next candidate is for the same opening and starts the same way: only the person's fields empty.
    const ok = await form.submit(
      e,
      (values) => addCandidate({ openingId: values.openingId, name: values.name, source: values.source, contact: values.contact, notes: values.notes, firstStageId: stageId, at: new Date().toISOString() }),
      { done: (values) => `Added ${values.name.trim()}.`, reset: { openingId: v.openingId, ...empty, start: v.start } },
    );
    if (ok) nameInput?.focus();
  };

  return (
    <section class="card" aria-labelledby="add-candidate-heading">
      <h3 id="add-candidate-heading">Add a candidate</h3>
      <form class="form stack" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
        <div class="grid-2">
          <Field id="new-candidate-opening" label="Opening for the new candidate" error={form.error('openingId')}>
            {(control) => (
              <select {...control} onChange={(e) => form.set('openingId', e.currentTarget.value)}>
                <For each={data().openings}>
                  {(o) => (
                    <option value={o.id} selected={o.id === v.openingId}>
                      {o.title}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Field id="new-candidate-name" label="Name" error={form.error('name')}>
            {(control) => <input {...control} ref={nameInput} required maxLength={500} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} autocomplete="off" />}
          </Field>
          <Field id="new-candidate-source" label="Source" hint="Referral, meetup, outreach… so you can tell which sourcing finds the skills you lack." error={form.error('source')}>
            {(control) => <input {...control} maxLength={500} value={v.source} onInput={(e) => form.set('source', e.currentTarget.value)} />}
          </Field>
          <Field id="new-candidate-contact" label="Contact" error={form.error('contact')}>
            {(control) => <input {...control} maxLength={500} value={v.contact} onInput={(e) => form.set('contact', e.currentTarget.value)} autocomplete="off" />}
          </Field>
        </div>
        <Field id="new-candidate-notes" label="Notes" error={form.error('notes')}>
          {(control) => <textarea {...control} rows="2" value={v.notes} onInput={(e) => form.set('notes', e.currentTarget.value)} />}
        </Field>
        <Show when={firstStage()}>
          {(stage) => (
            <p class="field check">
              <input id="new-candidate-start" type="checkbox" checked={v.start} onChange={(e) => form.set('start', e.currentTarget.checked)} />
              <label for="new-candidate-start">Starts at “{stage().name}” today</label>
            </p>
          )}
        </Show>
        <FormActions action={form.action} submitLabel="Add candidate" onCancel={() => props.onClose()} cancelLabel="Done adding" />
      </form>
    </section>
  );
}
