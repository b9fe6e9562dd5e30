/** Grow: each person's check-ins by quarter, newest first, this quarter always shown; each opens the check-in. */
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readGrowOverview } from '../../db/phases.ts';
import LiveSection from '../../components/LiveSection.tsx';
import { goalsDoneOn } from '../../domain/goals.ts';
import { formatDay } from '../../domain/day-format.ts';
import { thisQuarter } from '../../domain/dates.ts';
import { href } from '../../state/routes.ts';

export default function GrowOverview() {
  const query = createLiveQuery(readGrowOverview);
  const now = thisQuarter();
  return (
    <LiveSection query={query}>
      {(d) => {
        const quarters = [...new Set([now, ...d.checkIns.map((c) => c.quarter)])].sort().reverse().slice(0, 4);
        const people = d.people.filter((p) => p.status !== 'moved-on');
        const goalsById = new Map(d.goals.map((g) => [g.id, g]));
        const checkInOf = new Map(d.checkIns.map((c) => [`${c.personId} ${c.quarter}`, c]));
        const cell = (personId: string, personName: string, quarter: string) => {
          const c = checkInOf.get(`${personId} ${quarter}`);
          const link = href('grow/check-in', { person: personId, quarter });
          if (!c) {
            return quarter === now ? (
              <a href={link} aria-label={`Start ${personName}’s check-in for ${quarter}`}>
                Start
              </a>
            ) : (
              <span class="muted">No check-in</span>
            );
          }
          const { done, total } = goalsDoneOn(
            c.goalIds.flatMap((id) => goalsById.get(id) ?? []),
            c.date,
          );
          return (
            <a href={link} aria-label={`${personName}’s check-in for ${quarter}`}>
              {c.held ? formatDay(c.date) : 'Draft'}: {done} of {total} goals done
            </a>
          );
        };
        return (
          <section class="card" aria-labelledby="checkins-heading">
            <h2 id="checkins-heading">Check-ins</h2>
            <Show when={people.length > 0} fallback={<p class="muted">Add the people on your team first: each quarter, one conversation per person.</p>}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <For each={quarters}>{(q) => <th scope="col">{q === now ? `${q} (this quarter)` : q}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={people}>
                    {(p) => (
                      <tr>
                        <th scope="row">
                          <a href={href('grow/trajectory', { person: p.id })} aria-label={`${p.name}’s trajectory`}>
                            {p.name}
                          </a>
                        </th>
                        <For each={quarters}>{(q) => <td>{cell(p.id, p.name, q)}</td>}</For>
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
