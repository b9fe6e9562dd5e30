/**
 * Design → 1:1s: pick a person (?person=<id>, so links can point at them), log a 1:1
 * with them, read their log newest first and tick action items; below, everyone with
 * their last and next 1:1, overdue ones flagged. All writes go through src/db/one-on-ones.ts.
 */
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { OneOnOne } from '../../schemas/one-on-one.ts';
import type { Person } from '../../schemas/person.ts';
import { addOneOnOne, deleteOneOnOne, readOneOnOnesOverview, setActionItemDone, updateOneOnOne, type OneOnOnesOverview } from '../../db/one-on-ones.ts';
import { cadences, describeCadence, logNewestFirst, openActionItems, type Cadence, type OpenActionItem } from '../../domain/one-on-ones.ts';
import { localToday } from '../../domain/dates.ts';
import { formatDay, relativeDay } from '../../domain/day-format.ts';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import { confirmLeave } from '../../state/unsaved.ts';
import { createUrlState, type UrlState } from '../../state/url-state.ts';
import Confirm from '../../components/Confirm.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import LiveSection from '../../components/LiveSection.tsx';
import PageLink from '../../components/PageLink.tsx';
import OneOnOneForm, { kindLabels, type ConversationTemplate } from './OneOnOneForm.tsx';
import { personStatusLabel } from '../../domain/person-status.ts';
import { sentenceEndingWithQuote } from '../../domain/words.ts';

/** Owners offered besides the team's names; the sample team uses the same words. */
const MANAGER = 'Engineering manager';

export default function OneOnOnes(props: { template: ConversationTemplate }) {
  const today = localToday();
  const query = createLiveStore(readOneOnOnesOverview);
  // ?person= is the page's URL state: back and forward follow it, links can point at a person.
  const url = createUrlState('design/one-on-ones');

  return (
    <LiveSection query={query}>
      {(data) => <Page data={data} today={today} selected={url.params().person} url={url} template={props.template} />}
    </LiveSection>
  );
}

function Page(props: {
  data: OneOnOnesOverview;
  today: string;
  selected: string | undefined;
  url: UrlState<'design/one-on-ones'>;
  template: ConversationTemplate;
}) {
  const [showMovedOn, setShowMovedOn] = createSignal(false);
  const byId = createMemo(() => new Map(props.data.people.map((p) => [p.id, p])));
  const cadence = createMemo(() => cadences(props.data.people, props.data.oneOnOnes, props.today));
  const visible = createMemo(() => props.data.people.filter((p) => showMovedOn() || p.status !== 'moved-on' || p.id === props.selected));
  const current = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on'));
  const overdueCount = createMemo(() => current().filter((p) => cadence().get(p.id)?.overdue).length);
  const openItems = createMemo(() => openActionItems(props.data.people, props.data.oneOnOnes));
  const person = () => (props.selected ? byId().get(props.selected) : undefined);
  let personHeading: HTMLHeadingElement | undefined;
  let openItemsHeading: HTMLHeadingElement | undefined;
  // Ticking an item off the open list, reported under its heading.
  const tick = createAction();

  // Home links to #everyone and #open-items; the island draws them after the page loaded, so scroll here.
  onMount(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  });

  const tickOpenItem = async (item: OpenActionItem) => {
    const ok = await tick.run('tick the action item', () => setActionItemDone(item.oneOnOneId, item.itemId, true), sentenceEndingWithQuote('Done: ', item.text));
    // The item leaves the list, and its checkbox with it: keep the keyboard in this section.
    if (ok) openItemsHeading?.focus();
  };

  const choose = (id: string | undefined) => {
    props.url.go({ person: id });
    personHeading?.focus();
  };
  /** A link to a person's 1:1s that stays on the page (asking first if a 1:1 form has unsaved changes). */
  const PersonLink = (link: { id: string; current?: boolean; children: string }) => (
    <PageLink href={props.url.href({ person: link.id })} aria-current={link.current ? 'true' : undefined} onNavigate={() => choose(link.id)}>
      {link.children}
    </PageLink>
  );

  return (
    <div class="stack">
      <Show
        when={props.data.people.length > 0}
        fallback={
          <section class="card" aria-labelledby="no-people-heading">
            <h2 id="no-people-heading">No people yet</h2>
            <p>
              1:1s are logged per person. Add the people on your team first, or look around with the sample team from{' '}
              <a href={href('data')}>Data</a>.
            </p>
          </section>
        }
      >
        <div class="card row picker no-print">
          <p class="field">
            <label for="person-picker">Person</label>
            <select
              id="person-picker"
              onChange={(e) => {
                // Choosing another person closes this one's form: ask first, as the links do.
                if (confirmLeave()) choose(e.currentTarget.value || undefined);
                else e.currentTarget.value = props.selected ?? '';
              }}
            >
              <option value="" selected={!props.selected}>
                Choose a person…
              </option>
              <For each={visible()}>
                {(p) => (
                  <option value={p.id} selected={p.id === props.selected}>
                    {p.name}
                    {p.status === 'moved-on' ? ' (moved on)' : ''}
                  </option>
                )}
              </For>
            </select>
          </p>
          <label class="option">
            <input type="checkbox" checked={showMovedOn()} onChange={(e) => setShowMovedOn(e.currentTarget.checked)} /> Show people who moved on
          </label>
        </div>

        <Show when={props.selected && !person()}>
          <div class="notice warn" role="status">
            <p>That person is not in this workspace. Choose someone from the list.</p>
          </div>
        </Show>

        <Show when={person()} keyed>
          {(p) => {
            // Keyed on the person: choosing someone else starts a fresh form.
            const log = createMemo(() => logNewestFirst(props.data.oneOnOnes, p.id));
            const names = createMemo(() => owners(p, current()));
            return (
              <section class="card" aria-labelledby="person-heading">
                <h2 id="person-heading" tabindex="-1" ref={personHeading}>
                  1:1s with {p.name}
                </h2>
                <PersonFacts person={p} cadence={cadence().get(p.id)} today={props.today} />
                <h3>Log a 1:1</h3>
                <OneOnOneForm
                  idPrefix="new"
                  today={props.today}
                  template={props.template}
                  owners={names()}
                  submitLabel="Save 1:1"
                  doing="save the 1:1"
                  onSave={(draft) => addOneOnOne(p.id, draft).then(() => undefined)}
                />
                <h3>Log</h3>
                <Show when={log().length > 0} fallback={<p class="muted">No 1:1s with {p.name} yet.</p>}>
                  <ol class="log" aria-label={`1:1s with ${p.name}, newest first`}>
                    <For each={log()}>{(o) => <LogEntry oneOnOne={o} today={props.today} template={props.template} owners={names()} />}</For>
                  </ol>
                </Show>
              </section>
            );
          }}
        </Show>

        <section class="card" id="everyone" aria-labelledby="everyone-heading">
          <h2 id="everyone-heading">Everyone</h2>
          <p>
            {overdueCount() === 0
              ? 'Nobody on the team is due a 1:1.'
              : `${overdueCount()} of ${current().length} people on the team are due a 1:1.`}
          </p>
          <div class="table-scroll">
            <table class="one-on-one-table">
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Role</th>
                  <th scope="col">Last 1:1</th>
                  <th scope="col">Next 1:1</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                <For each={visible()}>
                  {(p) => {
                    const c = () => cadence().get(p.id);
                    return (
                      <tr classList={{ overdue: c()?.overdue === true, selected: p.id === props.selected }}>
                        <th scope="row">
                          <PersonLink id={p.id} current={p.id === props.selected}>
                            {p.name}
                          </PersonLink>
                        </th>
                        <td>{p.role}</td>
                        <td>{c()?.last ? formatDay(c()!.last!) : 'never'}</td>
                        <td>{c()?.next ? `${formatDay(c()!.next!)} (${relativeDay(c()!.next!, props.today)})` : 'not planned'}</td>
                        <td>
                          <CadenceStatus person={p} cadence={c()} />
                        </td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
          </div>
        </section>

        <section class="card" id="open-items" aria-labelledby="open-items-heading">
          <h2 id="open-items-heading" tabindex="-1" ref={openItemsHeading}>
            Open action items
          </h2>
          <p class="muted">From everyone’s 1:1s, oldest first. Tick one when it is done.</p>
          <ActionStatus action={tick} />
          <Show when={openItems().length > 0} fallback={<p class="muted">No open action items.</p>}>
            <ul class="action-items">
              <For each={openItems()}>
                {(item) => (
                  <li>
                    <input type="checkbox" id={`open-${item.itemId}`} onChange={() => void tickOpenItem(item)} />{' '}
                    <label for={`open-${item.itemId}`}>{item.text}</label>{' '}
                    <span class="muted">
                      · {item.owner || 'no owner'} · from the 1:1 with{' '}
                      <PersonLink id={item.personId}>{item.personName}</PersonLink>{' '}
                      on {formatDay(item.date)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </Show>
    </div>
  );
}

/** The team's names for an action item's owner: this person first, then the manager, then everyone else. */
function owners(person: Person, current: readonly Person[]): string[] {
  return [...new Set([person.name, MANAGER, ...current.map((p) => p.name)])];
}

function CadenceStatus(props: { person: Person; cadence: Cadence | undefined }) {
  return (
    <Show when={props.cadence} fallback="">
      {(c) => (
        <Show
          when={c().overdue}
          fallback={<>{c().state === 'not-due' ? (props.person.status === 'moved-on' ? 'Moved on' : 'Not started yet') : c().state === 'planned' ? 'Planned' : 'None planned yet'}</>}
        >
          <span class="flag">Overdue</span> {c().state === 'overdue' ? `by ${c().days} ${c().days === 1 ? 'day' : 'days'}` : c().state === 'never' ? 'never had a 1:1' : describeCadence(c())}
        </Show>
      )}
    </Show>
  );
}

function PersonFacts(props: { person: Person; cadence: Cadence | undefined; today: string }) {
  return (
    <dl class="facts">
      <dt>Role</dt>
      <dd>{[props.person.role, props.person.level].filter(Boolean).join(', ') || '—'}</dd>
      <dt>Status</dt>
      <dd>{personStatusLabel[props.person.status]}</dd>
      <dt>Last 1:1</dt>
      <dd>{props.cadence?.last ? `${formatDay(props.cadence.last)} (${relativeDay(props.cadence.last, props.today)})` : 'never'}</dd>
      <dt>Next 1:1</dt>
      <dd>
        {props.cadence?.next ? `${formatDay(props.cadence.next)} (${relativeDay(props.cadence.next, props.today)})` : 'not planned'}
        <Show when={props.cadence?.overdue}>
          {' '}
          <span class="flag">Overdue</span>
          {props.cadence && props.cadence.state !== 'overdue' ? ` ${describeCadence(props.cadence)}` : ''}
        </Show>
      </dd>
    </dl>
  );
}

function LogEntry(props: { oneOnOne: OneOnOne; today: string; template: ConversationTemplate; owners: string[] }) {
  const [editing, setEditing] = createSignal(false);
  // Ticking an item and deleting the entry: the checkbox and the entry's going say when they worked.
  const action = createAction();
  const o = () => props.oneOnOne;
  const headingId = () => `entry-${o().id}`;
  let heading: HTMLHeadingElement | undefined;
  // The version the edit form starts from. The live store updates o() in place when another tab
  // saves, so it is kept when editing starts: the save is refused if the 1:1 changed since.
  let readAt: string | undefined;
  const startEditing = () => {
    readAt = o().updatedAt;
    setEditing(true);
  };

  const tick = (itemId: string, done: boolean) => {
    const id = o().id;
    return action.run(done ? 'tick the action item' : 'reopen the action item', () => setActionItemDone(id, itemId, done));
  };
  const remove = () => {
    const id = o().id;
    return action.run('delete the 1:1', () => deleteOneOnOne(id));
  };
  const stopEditing = () => {
    setEditing(false);
    heading?.focus();
  };

  return (
    <li class="log-entry">
      <article aria-labelledby={headingId()}>
        <h4 id={headingId()} tabindex="-1" ref={heading}>
          {formatDay(o().date)} <span class="kind">· {kindLabels[o().kind]}</span>
        </h4>
        <Show
          when={!editing()}
          fallback={
            <OneOnOneForm
              idPrefix={`edit-${o().id}`}
              initial={o()}
              today={props.today}
              template={props.template}
              owners={props.owners}
              submitLabel="Save changes"
              doing="save the changes"
              onSave={(draft) => updateOneOnOne(o().id, draft, readAt).then(stopEditing)}
              onCancel={stopEditing}
            />
          }
        >
          <Show when={o().notes.trim() !== ''} fallback={<p class="muted">No notes.</p>}>
            <p class="notes">{o().notes}</p>
          </Show>
          <Show when={o().actionItems.length > 0}>
            <p class="items-label" id={`${headingId()}-items`}>
              Action items
            </p>
            <ul class="action-items" aria-labelledby={`${headingId()}-items`}>
              <For each={o().actionItems}>
                {(item) => (
                  <li classList={{ done: item.done }}>
                    <input type="checkbox" id={`item-${item.id}`} checked={item.done} onChange={(e) => void tick(item.id, e.currentTarget.checked)} />{' '}
                    <label for={`item-${item.id}`}>{item.text}</label> <span class="muted">· {item.owner || 'no owner'}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p class="muted">Next 1:1: {o().nextDate ? formatDay(o().nextDate!) : 'not set'}</p>
          <ActionStatus action={action} />
          <div class="row no-print">
            <button type="button" class="secondary small" onClick={startEditing}>
              Edit<span class="visually-hidden"> the 1:1 of {formatDay(o().date)}</span>
            </button>
            <Confirm question="Delete this 1:1 and its action items?" confirmLabel="Yes, delete it" keepLabel="Keep it" onConfirm={remove} busy={action.pending()} onAsk={action.clear}>
              Delete<span class="visually-hidden"> the 1:1 of {formatDay(o().date)}</span>
            </Confirm>
          </div>
        </Show>
      </article>
    </li>
  );
}
