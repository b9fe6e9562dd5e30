/** Grow: check-ins per person and quarter, newest quarter first. */
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readGrowOverview } from '../../db/phases.ts';
import LiveSection from '../../components/LiveSection.tsx';
import { goalsDoneOn } from '../../domain/goals.ts';
import { formatDay } from '../../domain/day-format.ts';

export default function GrowOverview() {
  const query = createLiveQuery(readGrowOverview);
  return (
    <LiveSection query={query}>
      {(d) => {
        const quarters = [...new Set(d.checkIns.map((c) => c.quarter))].sort().reverse().slice(0, 4);
        const people = d.people.filter((p) => p.status !== 'moved-on');
        const goalsById = new Map(d.goals.map((g) => [g.id, g]));
        const cell = (personId: string, quarter: string) => {
          const c = d.checkIns.find((x) => x.personId === personId && x.quarter === quarter);
          if (!c) return 'No check-in';
          const { done, total } = goalsDoneOn(c.goalIds.flatMap((id) => goalsById.get(id) ?? []), c.date);
          return `${formatDay(c.date)}: ${done} of ${total} goals done${c.engagement.overall ? `, energy ${c.engagement.overall}/5` : ''}`;
        };
        return (
          <section class="card" aria-labelledby="checkins-heading">
            <h2 id="checkins-heading">Check-ins</h2>
            <Show when={d.checkIns.length > 0} fallback={<p class="muted">No check-ins yet. Each quarter, one conversation per person: strengths, areas to grow, stretch work and goals.</p>}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <For each={quarters}>{(q) => <th scope="col">{q}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={people}>
                    {(p) => (
                      <tr>
                        <th scope="row">{p.name}</th>
                        <For each={quarters}>{(q) => <td>{cell(p.id, q)}</td>}</For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
        );
      }}
    </LiveSection>
  );
}
