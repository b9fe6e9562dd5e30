/**
 * What the matrix reveals: gaps against targets, single points of failure, lone
 * experts, capabilities nobody wants to grow in, and charts of the team by area, a
 * person against the team, and coverage against targets. Every chart has a table
 * with the same numbers.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readMatrix, readMentoring, type MatrixData } from '../../db/design.ts';
import { nextSort, RISK_FIRST, sortBusFactor, type BusFactorColumn, type BusFactorSort } from '../../domain/bus-factor.ts';
import { insightsOf, personRadar, type CapabilityCoverage, type Insights as InsightsResult, type RadarArea } from '../../domain/insights.ts';
import { coverageConfig, radarConfig } from '../../charts/design-charts.ts';
import Chart from '../../charts/Chart.tsx';
import ActOnThis from '../../components/ActOnThis.tsx';
import { describeError } from '../../domain/errors.ts';
import { href } from '../../state/routes.ts';

export default function Insights() {
  const matrix = createLiveQuery(readMatrix);
  const mentoring = createLiveQuery(readMentoring);
  return (
    <Show when={matrix.data()} fallback={matrix.error() ? <p class="notice error" role="alert">{describeError(matrix.error(), 'read the matrix')}</p> : <p role="status">Loading…</p>}>
      {(d) => <InsightsView data={d()} mentoring={mentoring.data()} />}
    </Show>
  );
}

function InsightsView(props: { data: MatrixData; mentoring: ReadonlyMap<string, number> | undefined }) {
  const computed = createMemo(() => insightsOf(props.data));
  const result = () => computed().result;
  const personName = createMemo(() => new Map(props.data.people.map((p) => [p.id, p.name])));
  const areaName = createMemo(() => new Map(props.data.capabilityAreas.map((a) => [a.id, a.name])));
  const names = (ids: string[]) => ids.map((id) => personName().get(id) ?? 'someone').join(', ');
  const current = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on'));

  return (
    <Show
      when={props.data.capabilities.length > 0}
      fallback={<p class="card muted">No capabilities yet. <a href={href('design/capabilities')}>Add capabilities</a> and rate the <a href={href('design/matrix')}>matrix</a> to see what the team can do and what is missing.</p>}
    >
      <div class="stack">
        <section class="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">At a glance</h2>
          <ul class="facts-list">
            <li><strong>{result().gaps.length}</strong> of {result().coverage.length} {result().coverage.length === 1 ? 'capability' : 'capabilities'} below target</li>
            <li><strong>{result().singlePointsOfFailure.length}</strong> {result().singlePointsOfFailure.length === 1 ? 'single point' : 'single points'} of failure</li>
            <li><strong>{result().onlyExperts.length}</strong> {result().onlyExperts.length === 1 ? 'person is' : 'people are'} the only strong person in two or more capabilities</li>
            <li><strong>{result().nobodyWantsToGrow.length}</strong> {result().nobodyWantsToGrow.length === 1 ? 'capability' : 'capabilities'} nobody wants to grow in</li>
          </ul>
        </section>

        <ActOnThis insights={result()} data={props.data} mentoring={props.mentoring} />

        <section class="card" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Gaps, most severe first</h2>
          <Show when={result().gaps.length > 0} fallback={<p>Every capability meets its target.</p>}>
            <div class="table-scroll">
              <table>
                <thead>
                  <tr><th scope="col">Capability</th><th scope="col">Area</th><th scope="col" class="num">At target level</th><th scope="col" class="num">Target</th><th scope="col" class="num">Missing</th><th scope="col">Wants to grow here</th></tr>
                </thead>
                <tbody>
                  <For each={result().gaps}>
                    {(g) => (
                      <tr>
                        <th scope="row">{g.name}</th>
                        <td>{areaName().get(g.areaId) ?? ''}</td>
                        <td class="num">{g.meeting.length}</td>
                        <td class="num">{g.target.people} at ≥ {g.target.level}{g.target.explicit ? '' : ' (default)'}</td>
                        <td class="num">{g.gap}</td>
                        <td>{names(g.wantToGrow) || 'Nobody'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>

        <BusFactorTable coverage={result().coverage} areaName={(id) => areaName().get(id) ?? ''} names={names} />

        <div class="grid-2">
          <section class="card" aria-labelledby="spof-heading">
            <h2 id="spof-heading">Single points of failure</h2>
            <p class="hint">Capabilities only one person is strong in: if they are away, nobody can carry it.</p>
            <Show when={result().singlePointsOfFailure.length > 0} fallback={<p>None: every capability someone is strong in has a second strong person.</p>}>
              <ul>
                <For each={result().singlePointsOfFailure}>
                  {(s) => <li>{props.data.capabilities.find((c) => c.id === s.capabilityId)?.name}: only {personName().get(s.personId)}</li>}
                </For>
              </ul>
            </Show>
          </section>
          <section class="card" aria-labelledby="experts-heading">
            <h2 id="experts-heading">Only expert in two or more</h2>
            <p class="hint">Overload and flight risk: spread what they know before it becomes a bottleneck.</p>
            <Show when={result().onlyExperts.length > 0} fallback={<p>Nobody is the only strong person in more than one capability.</p>}>
              <ul>
                <For each={result().onlyExperts}>
                  {(e) => (
                    <li>
                      <strong>{personName().get(e.personId)}</strong> ({e.capabilityIds.length}):{' '}
                      {e.capabilityIds.map((id) => props.data.capabilities.find((c) => c.id === id)?.name ?? '').sort((a, b) => a.localeCompare(b)).join(', ')}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
          <section class="card" aria-labelledby="nobody-heading">
            <h2 id="nobody-heading">Nobody wants to grow here</h2>
            <p class="hint">Hard to grow into without a volunteer: a hiring profile, or a conversation about why.</p>
            <Show when={result().nobodyWantsToGrow.length > 0} fallback={<p>Someone wants to grow in every capability.</p>}>
              <ul>
                <For each={result().nobodyWantsToGrow}>{(c) => <li>{c.name}</li>}</For>
              </ul>
            </Show>
          </section>
        </div>

        <TeamRadar team={result().teamRadar} people={current()} result={result()} input={computed().input} />
        <CoverageChart coverage={result().coverage} areas={props.data.capabilityAreas} />
      </div>
    </Show>
  );
}

const pct = (v: number | null) => (v === null ? 'not rated' : `${Math.round(v * 100)}%`);

function TeamRadar(props: {
  team: RadarArea[];
  people: { id: string; name: string }[];
  result: InsightsResult;
  input: Parameters<typeof personRadar>[0];
}) {
  const [personId, setPersonId] = createSignal('');
  const person = createMemo(() => {
    const p = props.people.find((x) => x.id === personId());
    return p ? { name: p.name, areas: personRadar(props.input, p.id) } : undefined;
  });
  const summary = () =>
    `Radar of the team's average level by area${person() ? ` against ${person()!.name}` : ''}: ` +
    props.team.map((a, i) => `${a.name} ${pct(a.value)}${person() ? ` (${person()!.name} ${pct(person()!.areas[i]?.value ?? null)})` : ''}`).join(', ');
  return (
    <section class="card" aria-labelledby="radar-heading">
      <h2 id="radar-heading">The team by area{person() ? ` and ${person()!.name}` : ''}</h2>
      <p class="hint">Average level in each area as a share of its scale, so areas on different scales compare.</p>
      <div class="field narrow">
        <label for="radar-person">Compare a person with the team</label>
        <select id="radar-person" value={personId()} onChange={(e) => setPersonId(e.currentTarget.value)}>
          <option value="">Nobody: the team alone</option>
          <For each={props.people}>{(p) => <option value={p.id}>{p.name}</option>}</For>
        </select>
      </div>
      <Show when={props.team.length >= 3} fallback={<p class="muted">A radar needs three areas or more; the table below has the numbers.</p>}>
        <Chart config={radarConfig(props.team, person())} summary={summary()} height={360} />
      </Show>
      <table>
        <caption class="visually-hidden">The team{person() ? ` and ${person()!.name}` : ''} by area</caption>
        <thead>
          <tr><th scope="col">Area</th><th scope="col" class="num">Team</th><Show when={person()}><th scope="col" class="num">{person()!.name}</th></Show><th scope="col" class="num">Ratings</th></tr>
        </thead>
        <tbody>
          <For each={props.team}>
            {(a, i) => (
              <tr>
                <th scope="row">{a.name}</th>
                <td class="num">{pct(a.value)}</td>
                <Show when={person()}><td class="num">{pct(person()!.areas[i()]?.value ?? null)}</td></Show>
                <td class="num">{a.ratings}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

function CoverageChart(props: { coverage: CapabilityCoverage[]; areas: { id: string; name: string }[] }) {
  // '' until the manager picks: the first area, so the chart starts readable at hundreds of capabilities.
  const [picked, setAreaId] = createSignal<string>();
  const areaId = () => picked() ?? props.areas[0]?.id ?? '';
  const shown = createMemo(() => props.coverage.filter((c) => !areaId() || c.areaId === areaId()));
  const summary = () =>
    `Bar chart of people at the target level against the target: ${shown().map((c) => `${c.name} ${c.meeting.length} of ${c.target.people}`).join(', ')}`;
  return (
    <section class="card" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage against targets</h2>
      <div class="field narrow">
        <label for="coverage-area">Area</label>
        <select id="coverage-area" value={areaId()} onChange={(e) => setAreaId(e.currentTarget.value)}>
          <option value="">All areas</option>
          <For each={props.areas}>{(a) => <option value={a.id}>{a.name}</option>}</For>
        </select>
      </div>
      <Show when={shown().length > 0} fallback={<p class="muted">No capabilities in this area.</p>}>
        <Chart config={coverageConfig(shown())} summary={summary()} height={Math.max(160, 60 + shown().length * 28)} />
        <p class="hint">The numbers are in the bus factor table above.</p>
      </Show>
    </section>
  );
}

const COLUMNS: { column: BusFactorColumn; label: string; num?: boolean }[] = [
  { column: 'name', label: 'Capability' },
  { column: 'area', label: 'Area' },
  { column: 'busFactor', label: 'Bus factor', num: true },
  { column: 'meeting', label: 'At target level', num: true },
  { column: 'gap', label: 'Missing', num: true },
];

/** Every capability's bus factor, target and coverage, single points of failure first; each column sorts. */
function BusFactorTable(props: { coverage: CapabilityCoverage[]; areaName: (id: string) => string; names: (ids: string[]) => string }) {
  const [sort, setSort] = createSignal<BusFactorSort>(RISK_FIRST);
  const rows = createMemo(() => sortBusFactor(props.coverage, sort(), props.areaName));
  const ariaSort = (column: BusFactorColumn) => (sort().column === column ? (sort().descending ? 'descending' : 'ascending') : undefined);
  return (
    <section class="card" aria-labelledby="bus-heading">
      <h2 id="bus-heading">Bus factor and coverage</h2>
      <p class="hint">
        Bus factor: how many people are strong (at the strong level of the scale or above) and could carry the capability alone.
        Single points of failure come first. Choose a column heading to sort by it; choose it again to reverse.
      </p>
      <Show when={sort().column !== 'risk'}>
        <button type="button" class="secondary small" onClick={() => setSort(RISK_FIRST)}>Single points of failure first</button>
      </Show>
      <div class="table-scroll">
        <table class="bus-factor-table">
          <caption class="visually-hidden">Bus factor, target and coverage of every capability</caption>
          <thead>
            <tr>
              <For each={COLUMNS}>
                {(c) => (
                  <th scope="col" class={c.num ? 'num' : undefined} aria-sort={ariaSort(c.column)}>
                    <button type="button" class="sort-button" onClick={() => setSort(nextSort(sort(), c.column))}>
                      {c.label}
                      <span aria-hidden="true">{sort().column === c.column ? (sort().descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                )}
              </For>
              <th scope="col" class="num">Target</th>
              <th scope="col">Strong</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(c) => (
                <tr classList={{ 'spof-row': c.busFactor === 1 }}>
                  <th scope="row">{c.name}</th>
                  <td>{props.areaName(c.areaId)}</td>
                  <td class="num">
                    {c.busFactor}
                    <Show when={c.busFactor === 1}> <span class="flag">single point of failure</span></Show>
                  </td>
                  <td class="num">{c.meeting.length}</td>
                  <td class="num">{c.gap}</td>
                  <td class="num">{c.target.people} at ≥ {c.target.level}{c.target.explicit ? '' : ' (default)'}</td>
                  <td>{props.names(c.strong) || 'Nobody'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
