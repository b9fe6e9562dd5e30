/**
 * The team over the last four quarters, on the check-ins page: who is growing into a gap,
 * who has been flat for three quarters, who is ready for more (from the manager's own notes),
 * and Design's coverage at each quarter's end, as a chart with its table.
 */
import { createMemo, For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readTeamGrowth, type TeamGrowthData } from '../../db/grow.ts';
import { coverageRule, teamTrajectory } from '../../domain/grow/trajectory.ts';
import { thisQuarter } from '../../domain/dates.ts';
import { href } from '../../state/routes.ts';
import { seriesConfig } from '../../charts/grow-charts.ts';
import Chart from '../../charts/Chart.tsx';
import LiveSection from '../../components/LiveSection.tsx';

export default function TeamGrowth() {
  const query = createLiveQuery(readTeamGrowth);
  return <LiveSection query={query}>{(d) => <TeamGrowthView data={d} />}</LiveSection>;
}

function TeamGrowthView(props: { data: TeamGrowthData }) {
  const team = createMemo(() =>
    teamTrajectory(
      {
        people: props.data.people,
        assessments: props.data.assessments,
        checkIns: props.data.checkIns,
        coverageAt: coverageRule({ people: props.data.people, areas: props.data.capabilityAreas, capabilities: props.data.capabilities, scales: props.data.levelScales }),
      },
      thisQuarter(),
    ),
  );
  const person = (id: string) => props.data.people.find((p) => p.id === id)?.name ?? 'Someone no longer on the team';
  const capability = (id: string) => props.data.capabilities.find((c) => c.id === id)?.name ?? 'a capability no longer in the library';
  const link = (id: string) => (
    <a href={href('grow/trajectory', { person: id })} aria-label={`${person(id)}’s trajectory`}>
      {person(id)}
    </a>
  );
  return (
    <section class="card" aria-labelledby="team-growth-heading">
      <h2 id="team-growth-heading">The team over quarters</h2>
      <div class="grid-2">
        <div>
          <h3>Growing into gaps</h3>
          <Show when={team().growingIntoGaps.length > 0} fallback={<p class="muted">Nobody rose in a gap capability over the last two quarters.</p>}>
            <ul>
              <For each={team().growingIntoGaps}>
                {(g) => (
                  <li>
                    {link(g.personId)}: {capability(g.capabilityId)} {g.from} → {g.to}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
        <div>
          <h3>Flat for three quarters</h3>
          <Show when={team().flat.length > 0} fallback={<p class="muted">Nobody’s levels have stood still for three quarters.</p>}>
            <ul>
              <For each={team().flat}>{(id) => <li>{link(id)}</li>}</For>
            </ul>
          </Show>
        </div>
        <div>
          <h3>Ready for more</h3>
          <Show when={team().readyForMore.length > 0} fallback={<p class="muted">No latest check-in says so yet (your notes, only for you).</p>}>
            <ul>
              <For each={team().readyForMore}>{(id) => <li>{link(id)}</li>}</For>
            </ul>
          </Show>
        </div>
      </div>
      <h3>Coverage at each quarter’s end</h3>
      <Chart
        config={seriesConfig(
          team().quarters,
          [
            { label: 'Capabilities at their target', values: team().coverage.atTarget },
            { label: 'Capabilities with a gap', values: team().coverage.withGap },
          ],
          'Capabilities',
        )}
        summary="Capabilities at their target and with a gap at the end of each quarter. The table below has the numbers."
        height={220}
      />
      <table>
        <caption>Coverage at each quarter’s end</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">At their target</th>
            <th scope="col">With a gap</th>
          </tr>
        </thead>
        <tbody>
          <For each={team().quarters}>
            {(q, i) => (
              <tr>
                <th scope="row">{q}</th>
                <td>{team().coverage.atTarget[i()]}</td>
                <td>{team().coverage.withGap[i()]}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
