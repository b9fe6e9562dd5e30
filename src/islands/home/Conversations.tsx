/**
 * Home's list of 1:1s that are due and action items still open, the first few of
 * each, linking to the person's 1:1 page. Light on purpose: Home must stay small.
 * It reads on its own (readConversationsSummary) so the phase cards never wait for it.
 */
import { For, Show } from 'solid-js';
import { readConversationsSummary } from '../../db/summary.ts';
import { createLiveQuery } from '../../state/live-query.ts';
import { describeCadence } from '../../domain/one-on-ones.ts';
import { formatDay } from '../../domain/day-format.ts';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';

/** How many of each list Home shows before "and N more". */
export const SHOWN = 5;

export default function Conversations(props: { today: string }) {
  const query = createLiveQuery(() => readConversationsSummary(props.today));
  const personLink = (personId: string) => href('design/one-on-ones', { person: personId });
  // Read through the query, not LiveSection's snapshot, so the lists follow every change.
  const overdue = () => query.data()?.overdue ?? [];
  const items = () => query.data()?.openItems ?? [];

  const lists = () => (
    <div class="cards">
      <section class="card" aria-labelledby="overdue-heading">
        <h3 id="overdue-heading">Overdue 1:1s</h3>
        <Show when={overdue().length > 0} fallback={<p class="muted">No 1:1 is overdue.</p>}>
          <ul class="to-do-list">
            <For each={overdue().slice(0, SHOWN)}>
              {(o) => (
                <li>
                  <a href={personLink(o.personId)}>{o.name}</a>: {describeCadence(o.cadence)}
                </li>
              )}
            </For>
          </ul>
          <Show when={overdue().length > SHOWN}>
            <p>
              <a href={href('design/one-on-ones', {}, 'everyone')}>and {overdue().length - SHOWN} more overdue</a>
            </p>
          </Show>
        </Show>
      </section>
      <section class="card" aria-labelledby="open-items-heading">
        <h3 id="open-items-heading">Open action items</h3>
        <Show when={items().length > 0} fallback={<p class="muted">No open action items.</p>}>
          <ul class="to-do-list">
            <For each={items().slice(0, SHOWN)}>
              {(item) => (
                <li>
                  {item.text}
                  <span class="muted item-source">
                    {item.owner ? `Owner: ${item.owner}` : 'No owner'} · from the 1:1 with{' '}
                    <a href={personLink(item.personId)}>{item.personName}</a> on {formatDay(item.date)}
                  </span>
                </li>
              )}
            </For>
          </ul>
          <Show when={items().length > SHOWN}>
            <p>
              <a href={href('design/one-on-ones', {}, 'open-items')}>and {items().length - SHOWN} more open</a>
            </p>
          </Show>
        </Show>
      </section>
    </div>
  );

  return (
    <section aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">1:1s and action items</h2>
      <LiveSection query={query}>{lists}</LiveSection>
    </section>
  );
}
