/**
 * Home's Grow lines for this quarter: who is due a check-in (drafts to finish), goals at risk,
 * and who grew past last quarter's check-in level in a capability an open opening hires for.
 * They read on their own (readGrowToday) and their code loads only once the team has people:
 * the phase cards never wait for them. Nothing shows when Grow needs nothing.
 */
import { For, Show } from 'solid-js';
import { readGrowToday, type GrowTodayData } from '../../db/grow.ts';
import { createLiveQuery } from '../../state/live-query.ts';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';

/** `shown`: how many of a list Home shows before "and N more" (as Conversations does). */
export default function GrowToday(props: { today: string; quarter: string; shown: number }) {
  const query = createLiveQuery(() => readGrowToday(props.quarter, props.today));
  return <LiveSection query={query}>{(data) => lines(data, props.quarter, props.shown)}</LiveSection>;
}

/** A plain function of one snapshot, not a component: the section is keyed, so every change draws it anew. */
function lines(d: GrowTodayData, quarter: string, shown: number) {
  const checkIn = (personId: string) => href('grow/check-in', { person: personId, quarter });
  return (
    <Show when={d.due.length + d.goalsAtRisk.length + d.grewIntoOpenings.length > 0}>
      <section class="card" aria-labelledby="grow-today-heading">
        <h2 id="grow-today-heading">Grow this quarter</h2>
        <Show when={d.grewIntoOpenings.length > 0}>
          <ul class="signal-list">
            <For each={d.grewIntoOpenings}>
              {(g) => (
                <li>
                  {g.name} grew in {d.capabilityNames[g.capabilityId] ?? 'a capability'} ({g.from} → {g.to}):{' '}
                  <a href={href('hire', {}, `opening-${g.openingId}`)}>update the hiring profile</a>.
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={d.due.length > 0}>
          <h3>Check-ins due for {quarter}</h3>
          <ul>
            <For each={d.due.slice(0, shown)}>
              {(p) => (
                <li>
                  <a href={checkIn(p.personId)}>{p.draft ? `Finish ${p.name}’s check-in (draft)` : `${p.name}’s check-in`}</a>
                </li>
              )}
            </For>
          </ul>
          <Show when={d.due.length > shown}>
            <p>
              <a href={href('grow')}>{d.due.length - shown} more on the check-ins page</a>
            </p>
          </Show>
        </Show>
        <Show when={d.goalsAtRisk.length > 0}>
          <h3>Goals at risk</h3>
          <ul>
            <For each={d.goalsAtRisk.slice(0, shown)}>
              {(g) => (
                <li>
                  <a href={checkIn(g.personId)}>{g.name}</a>: {g.text}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
