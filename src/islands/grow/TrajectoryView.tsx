/**
 * /grow/trajectory/?person=…: one person over the quarters since Turbine first recorded
 * something about them (eight at most), and the next person chosen in place. Each capability's
 * level in the manager's view with their own beside it (the gap shaded), goals set, done and
 * dropped, engagement per need, and their profile against the team's in a chosen quarter.
 * Every chart has its table; nothing is summed into one score.
 */
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { readOnce } from '../../state/read-once.ts';
import { createLiveQuery } from '../../state/live-query.ts';
import { readPersonGrowth, readTrajectoryTeam, type PersonGrowth, type TrajectoryTeam } from '../../db/grow.ts';
import { paramsOf, href } from '../../state/routes.ts';
import { daysOfQuarter, endOfDay, quarterOf, thisQuarter, timeOf } from '../../domain/dates.ts';
import { capabilityToShowFirst, engagementSeries, goalOutcomes, levelSeries, trajectoryQuarters, type EngagementKey } from '../../domain/grow/trajectory.ts';
import { latestCells } from '../../domain/matrix-cells.ts';
import { personRadar, teamRadar, type InsightsInput, type RadarArea } from '../../domain/insights.ts';
import { scaleLookup } from '../../domain/matrix-view.ts';
import { describeError } from '../../domain/errors.ts';
import { BicepsNeed } from '../../schemas/check-in.ts';
import { goalsConfig, levelsConfig, seriesConfig } from '../../charts/grow-charts.ts';
import { radarConfig } from '../../charts/design-charts.ts';
import Chart from '../../charts/Chart.tsx';
import Field from '../../components/Field.tsx';
import PersonChoice from './PersonChoice.tsx';
import Notice from '../../components/Notice.tsx';

const QUARTERS = 8;
const ENGAGEMENT_KEYS: EngagementKey[] = ['overall', ...BicepsNeed.options];
const engagementLabel = (k: EngagementKey) => (k === 'overall' ? 'Energy overall' : k.charAt(0).toUpperCase() + k.slice(1));
const shown = (v: number | null) => (v === null ? '—' : String(v));

export default function TrajectoryView() {
  const [personId, setPersonId] = createSignal(paramsOf('grow/trajectory', location.search).person);
  // The team's part is read once; moving to another person reads only their own check-ins and goals.
  const team = readOnce(readTrajectoryTeam);
  const own = createLiveQuery(personId, readPersonGrowth);
  const choose = (id: string) => {
    setPersonId(id);
    history.replaceState(history.state, '', href('grow/trajectory', { person: id }));
    return true;
  };
  return (
    <Switch>
      <Match when={!personId()}>
        <Notice tone="warn">
          Choose a person on <a href={href('grow')}>the check-ins page</a>.
        </Notice>
      </Match>
      <Match when={team.failed() ?? (own.error() !== undefined ? { error: own.error() } : undefined)}>{(r) => <Notice tone="error">{describeError(r().error, 'read the trajectory')}</Notice>}</Match>
      <Match when={team.value()}>
        {(t) => {
          const teamAt = radarsByQuarter(t());
          return (
            <>
              <PersonChoice label="Person" people={t().people} personId={personId()!} onChoose={choose} />
              <Switch>
                <Match when={own.loading()}>
                  <p role="status">Loading…</p>
                </Match>
                <Match when={own.data() === undefined}>
                  <Notice tone="error">
                    That person is not in this workspace. Choose someone on <a href={href('grow')}>the check-ins page</a>.
                  </Notice>
                </Match>
                <Match when={own.data()} keyed>
                  {(p) => <Trajectory team={t()} own={p} teamAt={teamAt} />}
                </Match>
              </Switch>
            </>
          );
        }}
      </Match>
      <Match when={team.loading()}>
        <p role="status">Loading…</p>
      </Match>
    </Switch>
  );
}

interface TeamAt {
  input: InsightsInput;
  team: RadarArea[];
}

/**
 * The team's matrix at a quarter's end and its radar, worked out once per quarter for the
 * life of the page: moving from person to person does not walk the whole history again.
 */
function radarsByQuarter(team: TrajectoryTeam): (quarter: string) => TeamAt {
  const known = new Map<string, TeamAt>();
  return (quarter) => {
    const end = daysOfQuarter(quarter).last;
    let at = known.get(quarter);
    if (!at) {
      const before = endOfDay(end);
      const cells = latestCells(team.assessments.filter((a) => timeOf(a.at) < before));
      const input = { people: team.people, areas: team.capabilityAreas, capabilities: team.capabilities, scales: team.levelScales, cells, today: end };
      known.set(quarter, (at = { input, team: teamRadar(input) }));
    }
    return at;
  };
}

/** The quarters to show for a person: fixed for the life of their view. */
function recordedQuarters(team: TrajectoryTeam, own: PersonGrowth): string[] {
  return trajectoryQuarters(thisQuarter(), QUARTERS, [
    ...team.assessments.filter((a) => a.personId === own.person.id).map((a) => quarterOf(a.at)),
    ...own.goals.map((g) => g.setIn),
    ...own.checkIns.map((c) => c.quarter),
  ]);
}

function Trajectory(props: { team: TrajectoryTeam; own: PersonGrowth; teamAt: (quarter: string) => TeamAt }) {
  const d = () => ({ ...props.team, ...props.own });
  // Each person's view is drawn afresh (keyed above), so their quarters are fixed for it.
  // eslint-disable-next-line solid/reactivity
  const quarters = recordedQuarters(props.team, props.own);
  const scaleOf = createMemo(() => scaleLookup(d().levelScales));
  const capability = (id: string) => d().capabilities.find((c) => c.id === id);
  const levels = createMemo(() => {
    const names = new Map(d().capabilities.map((c) => [c.id, c.name]));
    const byName = (id: string) => names.get(id) ?? '';
    return levelSeries(d().assessments, d().person.id, quarters).sort((a, b) => byName(a.capabilityId).localeCompare(byName(b.capabilityId)));
  });
  const [chosen, setChosen] = createSignal<string>();
  const first = createMemo(() => capabilityToShowFirst(levels()));
  const current = () => levels().find((s) => s.capabilityId === (chosen() ?? first()));
  const maxLevel = (capabilityId: string) => Math.max(...scaleOf()(capability(capabilityId)?.scaleId ?? '').levels.map((l) => l.value));
  const goals = createMemo(() => goalOutcomes(d().goals, d().person.id, quarters));
  const engagement = createMemo(() => engagementSeries(d().checkIns, d().person.id, quarters, ENGAGEMENT_KEYS));
  const [radarQuarter, setRadarQuarter] = createSignal(quarters.at(-1)!);
  const radar = createMemo(() => {
    const at = props.teamAt(radarQuarter());
    return { team: at.team, person: personRadar(at.input, d().person.id) };
  });
  const name = () => d().person.name;
  const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

  return (
    <div class="trajectory">
      <h2>{name()}</h2>
      <p class="no-print">
        <a href={href('grow/check-in', { person: d().person.id })}>Open {name()}’s check-in for {thisQuarter()}</a>
      </p>

      <section class="card" aria-labelledby="levels-over-time-heading">
        <h3 id="levels-over-time-heading">Levels over quarters</h3>
        <Show when={current()} fallback={<p class="muted">No levels in the matrix for {name()} yet.</p>}>
          {(s) => (
            <>
              <Field id="trajectory-capability" label="Capability" class="narrow">
                {(c) => (
                  <select {...c} onChange={(e) => setChosen(e.currentTarget.value)}>
                    <For each={levels()}>
                      {(x) => (
                        <option value={x.capabilityId} selected={x.capabilityId === s().capabilityId}>
                          {capability(x.capabilityId)?.name ?? 'A capability no longer in the library'}
                        </option>
                      )}
                    </For>
                  </select>
                )}
              </Field>
              <Chart
                config={levelsConfig(quarters, s().manager, s().self, maxLevel(s().capabilityId))}
                summary={`${capability(s().capabilityId)?.name}: the manager’s level and ${name()}’s own, by quarter. The table below has every capability.`}
                height={260}
              />
            </>
          )}
        </Show>
        <Show when={levels().length > 0}>
          <table class="trajectory-table">
            <caption>Manager’s level / their own level at the end of each quarter</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th>
                <For each={quarters}>{(q) => <th scope="col">{q}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={levels()}>
                {(s) => (
                  <tr>
                    <th scope="row">{capability(s.capabilityId)?.name ?? 'A capability no longer in the library'}</th>
                    <For each={quarters}>
                      {(_, i) => (
                        <td>
                          {shown(s.manager[i()]!)} / {shown(s.self[i()]!)}
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>

      <section class="card" aria-labelledby="goals-over-time-heading">
        <h3 id="goals-over-time-heading">Goals over quarters</h3>
        <Chart config={goalsConfig(goals())} summary={`${name()}’s goals set, done and dropped per quarter. The table below has the numbers.`} height={220} />
        <table>
          <caption>Goals per quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Set</th>
              <th scope="col">Done</th>
              <th scope="col">Dropped</th>
            </tr>
          </thead>
          <tbody>
            <For each={goals()}>
              {(g) => (
                <tr>
                  <th scope="row">{g.quarter}</th>
                  <td>{g.set}</td>
                  <td>{g.done}</td>
                  <td>{g.dropped}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="engagement-over-time-heading">
        <h3 id="engagement-over-time-heading">Engagement over quarters</h3>
        <Show when={engagement().length > 0} fallback={<p class="muted">No engagement rated in a check-in yet.</p>}>
          <Chart
            config={seriesConfig(
              quarters,
              engagement().map((s) => ({ label: engagementLabel(s.key), values: s.values })),
              'Rating (1–5)',
              5,
            )}
            summary={`${name()}’s engagement per need, 1 to 5, by quarter. The table below has the ratings.`}
            height={240}
          />
          <table>
            <caption>Engagement per quarter, 1 (unmet) to 5 (well met)</caption>
            <thead>
              <tr>
                <th scope="col">Need</th>
                <For each={quarters}>{(q) => <th scope="col">{q}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={engagement()}>
                {(s) => (
                  <tr>
                    <th scope="row">{engagementLabel(s.key)}</th>
                    <For each={s.values}>{(v) => <td>{shown(v)}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>

      <section class="card" aria-labelledby="radar-over-time-heading">
        <h3 id="radar-over-time-heading">Against the team</h3>
        <Field id="radar-quarter" label="At the end of" class="narrow">
          {(c) => (
            <select {...c} onChange={(e) => setRadarQuarter(e.currentTarget.value)}>
              <For each={[...quarters].reverse()}>
                {(q) => (
                  <option value={q} selected={q === radarQuarter()}>
                    {q}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Chart
          config={radarConfig(radar().team, { name: name(), areas: radar().person })}
          summary={`${name()}’s level per area against the team’s at the end of ${radarQuarter()}. The table below has the numbers.`}
          height={340}
        />
        <table>
          <caption>
            Share of the way to expert per area, {name()} and the team, end of {radarQuarter()}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">{name()}</th>
              <th scope="col">Team</th>
            </tr>
          </thead>
          <tbody>
            <For each={radar().team}>
              {(area, i) => (
                <tr>
                  <th scope="row">{area.name}</th>
                  <td>{percent(radar().person[i()]?.value ?? null)}</td>
                  <td>{percent(area.value)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </div>
  );
}
