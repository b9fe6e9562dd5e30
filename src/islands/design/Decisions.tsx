/**
 * Design → Decisions: record a decision in three sentences (or in full), find it again
 * with a search and a status filter, change it, and print one decision or the list as
 * it is filtered. All writes go through src/db/decisions.ts.
 */
import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { Decision } from '../../schemas/decision.ts';
import { addDecision, deleteDecision, readDecisionsPage, updateDecision, type DecisionsPage } from '../../db/decisions.ts';
import { filterDecisions, type DecisionStatusFilter } from '../../domain/decisions.ts';
import { localToday } from '../../domain/dates.ts';
import { formatDay } from '../../domain/day-format.ts';
import { plural, sentenceEndingWithQuote } from '../../domain/words.ts';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import LiveSection from '../../components/LiveSection.tsx';
import DecisionForm, { statusLabels, statuses } from './DecisionForm.tsx';


export default function Decisions() {
  const today = localToday();
  const query = createLiveStore(readDecisionsPage);
  return <LiveSection query={query}>{(data) => <Page data={data} today={today} />}</LiveSection>;
}

function Page(props: { data: DecisionsPage; today: string }) {
  const [search, setSearch] = createSignal('');
  const [status, setStatus] = createSignal<DecisionStatusFilter>('all');
  /** The one decision being printed; the whole (filtered) list when undefined. */
  const [printing, setPrinting] = createSignal<string>();
  const shown = createMemo(() => filterDecisions(props.data.decisions, { query: search(), status: status() }));
  const filtered = () => search().trim() !== '' || status() !== 'all';

  onMount(() => {
    const done = () => setPrinting(undefined);
    window.addEventListener('afterprint', done);
    onCleanup(() => window.removeEventListener('afterprint', done));
  });

  const print = (id?: string) => {
    setPrinting(id);
    window.print();
  };

  const countText = () => {
    const total = props.data.decisions.length;
    if (total === 0) return 'No decisions recorded yet.';
    return filtered() ? `Showing ${shown().length} of ${plural(total, 'decision')}.` : `${plural(total, 'decision')}, newest first.`;
  };

  return (
    <div class="stack">
      <section class="card no-print" aria-labelledby="record-heading">
        <h2 id="record-heading">Record a decision</h2>
        <p class="muted">
          Three sentences are enough: what was decided, why, and who decides. Add the context and who gave input when
          you have them, so whoever finds it later knows what was known then.
        </p>
        <DecisionForm idPrefix="new" today={props.today} names={props.data.names} submitLabel="Save decision" doing="save the decision" onSave={addDecision} />
      </section>

      <section class="decision-records" classList={{ 'print-one': printing() !== undefined }} aria-labelledby="records-heading">
        <h2 id="records-heading">Decision records</h2>
        <div class="card filters no-print" role="search" aria-label="Decisions">
          <div class="row">
            <p class="field grow">
              <label for="decision-search">Search decisions</label>
              <input id="decision-search" type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} aria-describedby="decision-search-hint" />
            </p>
            <p class="field">
              <label for="decision-status">Status</label>
              <select id="decision-status" onChange={(e) => setStatus(e.currentTarget.value as DecisionStatusFilter)}>
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
            <button type="button" class="secondary" onClick={() => print()} disabled={shown().length === 0}>
              Print {filtered() ? 'these decisions' : 'all decisions'}
            </button>
          </div>
          <p id="decision-search-hint" class="muted hint">
            The search looks in the title, the context, what was decided, why, and who decided or gave input.
          </p>
        </div>
        <p class="count" role="status">
          {countText()}
        </p>
        <Show when={filtered()}>
          <p class="print-only">
            {search().trim() !== '' ? `${sentenceEndingWithQuote('Search: ', search())} ` : ''}
            {status() !== 'all' ? `Status: ${statusLabels[status() as Decision['status']].toLowerCase()}.` : ''}
          </p>
        </Show>
        <Show when={props.data.decisions.length > 0 && shown().length === 0}>
          <p class="muted">No decision matches. Try fewer words, or another status.</p>
        </Show>
        <ol class="decision-list">
          <For each={shown()}>
            {(d) => <DecisionEntry decision={d} today={props.today} names={props.data.names} printTarget={printing() === d.id} onPrint={() => print(d.id)} />}
          </For>
        </ol>
      </section>
    </div>
  );
}

function DecisionEntry(props: { decision: Decision; today: string; names: string[]; printTarget: boolean; onPrint: () => void }) {
  const [editing, setEditing] = createSignal(false);
  // Deleting: the entry's going says it worked; a failure is said beside its buttons.
  const action = createAction();
  const d = () => props.decision;
  const headingId = () => `decision-${d().id}-title`;
  let heading: HTMLHeadingElement | undefined;
  // The version the edit form starts from. The live store updates d() in place when another tab
  // saves, so it is kept when editing starts: the save is refused if the decision changed since.
  let readAt: string | undefined;
  const startEditing = () => {
    readAt = d().updatedAt;
    setEditing(true);
  };

  const stopEditing = () => {
    setEditing(false);
    heading?.focus();
  };
  const remove = () => {
    const id = d().id;
    return action.run('delete the decision', () => deleteDecision(id));
  };

  return (
    <li class="card decision" id={`decision-${d().id}`} classList={{ 'print-target': props.printTarget }}>
      <article aria-labelledby={headingId()}>
        <h3 id={headingId()} tabindex="-1" ref={heading}>
          {d().title}
        </h3>
        <p class="decision-meta">
          <span class={`status-pill status-${d().status}`}>{statusLabels[d().status]}</span> {formatDay(d().date)}
        </p>
        <Show
          when={!editing()}
          fallback={
            <DecisionForm
              idPrefix={`edit-${d().id}`}
              initial={d()}
              today={props.today}
              names={props.names}
              submitLabel="Save changes"
              doing="save the changes"
              onSave={(draft) => updateDecision(d().id, draft, readAt).then(stopEditing)}
              onCancel={stopEditing}
            />
          }
        >
          <dl class="facts decision-facts">
            <Show when={d().context.trim() !== ''}>
              <dt>Context</dt>
              <dd>{d().context}</dd>
            </Show>
            <dt>Decided</dt>
            <dd>{d().decided || '—'}</dd>
            <dt>Why</dt>
            <dd>{d().why || '—'}</dd>
            <dt>Who decides</dt>
            <dd>{d().decidedBy || '—'}</dd>
            <Show when={d().input.length > 0}>
              <dt>Input from</dt>
              <dd>{d().input.join(', ')}</dd>
            </Show>
          </dl>
          <div class="row no-print">
            <button type="button" class="secondary small" onClick={startEditing}>
              Edit<span class="visually-hidden"> “{d().title}”</span>
            </button>
            <button type="button" class="secondary small" onClick={() => props.onPrint()}>
              Print<span class="visually-hidden"> “{d().title}”</span>
            </button>
            <Confirm question="Delete this decision record?" confirmLabel="Yes, delete it" keepLabel="Keep it" onConfirm={remove} busy={action.pending()} onAsk={action.clear}>
              Delete<span class="visually-hidden"> “{d().title}”</span>
            </Confirm>
          </div>
          <ActionStatus action={action} pendingText="Deleting…" />
        </Show>
      </article>
    </li>
  );
}
