/** Learn: every onboarding plan with its progress. */
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readLearnOverview } from '../../db/phases.ts';
import LiveSection from '../../components/LiveSection.tsx';
import { formatDay } from '../../domain/day-format.ts';

export default function LearnOverview() {
  const query = createLiveQuery(readLearnOverview);
  return (
    <LiveSection query={query}>
      {(d) => (
        <section class="card" aria-labelledby="plans-heading">
          <h2 id="plans-heading">Onboarding plans</h2>
          <Show when={d.plans.length > 0} fallback={<p class="muted">No onboarding plans yet. Plans are for new hires and for anyone rotating into a part of the system they do not know.</p>}>
            <table>
              <thead>
                <tr><th scope="col">Plan</th><th scope="col">For</th><th scope="col">Kind</th><th scope="col">Started</th><th scope="col" class="num">Done</th></tr>
              </thead>
              <tbody>
                <For each={d.plans}>
                  {(p) => (
                    <tr>
                      <th scope="row">{p.title}</th>
                      <td>{d.people.find((x) => x.id === p.personId)?.name ?? ''}</td>
                      <td>{p.kind === 'new-hire' ? 'New hire' : 'Rotation'}</td>
                      <td>{formatDay(p.startDate)}</td>
                      <td class="num">{p.items.filter((i) => i.status === 'done').length} of {p.items.length}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
      )}
    </LiveSection>
  );
}
