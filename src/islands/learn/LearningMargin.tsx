/**
 * The learning margin this quarter: the share of each person's time planned for learning
 * (onboarding items due, by estimated hours) and done, against the target the manager sets.
 * A chart, and the table that is its text alternative.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { updateSettings } from '../../db/workspace.ts';
import type { PlansData } from '../../db/learn.ts';
import { HOURS_PER_WORKDAY, learningMargin } from '../../domain/learn/learning-margin.ts';
import { localToday, thisQuarter } from '../../domain/dates.ts';
import { plural } from '../../domain/words.ts';
import { formatDay } from '../../domain/day-format.ts';
import { DEFAULT_LEARNING_MARGIN } from '../../schemas/defaults.ts';
import { marginConfig } from '../../charts/learn-charts.ts';
import Chart from '../../charts/Chart.tsx';
import Field from '../../components/Field.tsx';
import type { Action } from '../../state/action.ts';

/** How many people the chart shows at most. */
const CHART_PEOPLE = 24;

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

export default function LearningMargin(props: { data: PlansData; action: Action }) {
  const quarter = thisQuarter();
  const target = () => props.data.settings.learningMarginTarget ?? DEFAULT_LEARNING_MARGIN;
  const [draft, setDraft] = createSignal('');
  const name = (id: string) => props.data.people.find((p) => p.id === id)?.name ?? '';
  const margin = createMemo(() => learningMargin(props.data.plans, props.data.people, quarter, target()));
  const rows = createMemo(() => margin().people.filter((r) => r.planned + r.done + r.unestimated > 0));
  // A chart of a few hundred people is unreadable (and slow to draw): it shows those with the least
  // learning planned, who most need a look; the table below lists everyone.
  const charted = createMemo(() => (rows().length <= CHART_PEOPLE ? rows() : [...rows()].sort((a, b) => a.plannedShare - b.plannedShare).slice(0, CHART_PEOPLE)));

  const save = () => {
    const value = Number(draft());
    if (draft().trim() === '' || !(value >= 0 && value <= 100)) return props.action.report('The target must be a number from 0 to 100.');
    void props.action.run('save the learning margin target', () => updateSettings({ learningMarginTarget: value }), `The learning margin target is ${value} % of the team’s time.`);
    setDraft('');
  };

  return (
    <section class="card stack" aria-labelledby="margin-heading">
      <h2 id="margin-heading">Learning margin, {quarter}</h2>
      <p>
        The team plans {percent(margin().team.plannedShare)} of its time for learning this quarter and has done {percent(margin().team.doneShare)} so far
        (as of {formatDay(localToday())}), against a target of {percent(margin().target)}. A workday counts as {HOURS_PER_WORKDAY} hours.
        <Show when={margin().team.unestimated > 0}> {plural(margin().team.unestimated, 'item')} due this quarter {margin().team.unestimated === 1 ? 'has' : 'have'} no estimate and cannot count: give them hours.</Show>
      </p>
      <div class="row plan-move no-print">
        <Field id="margin-target" label="Target (% of the team’s time)">
          {(control) => <input {...control} type="number" min="0" max="100" step="1" value={draft() || String(target())} onInput={(e) => setDraft(e.currentTarget.value)} />}
        </Field>
        <button type="button" class="secondary" onClick={save} disabled={draft() === '' || Number(draft()) === target()}>Save the target</button>
      </div>
      <Show when={rows().length > 0} fallback={<p class="muted">No onboarding item is due or done this quarter yet.</p>}>
        <Chart
          config={marginConfig(charted().map((r) => ({ name: name(r.personId), planned: r.plannedShare, done: r.doneShare })), margin().target)}
          summary={
            charted().length < rows().length
              ? `Learning time planned and done in ${quarter} for the ${charted().length} people of ${rows().length} with the least planned, against a target of ${percent(margin().target)}; the table below gives everyone’s figures.`
              : `Learning time planned and done per person in ${quarter}, against a target of ${percent(margin().target)}; the table below gives the figures.`
          }
          height={Math.max(180, 60 + charted().length * 28)}
        />
        <div class="table-scroll">
          <table>
            <caption>Learning time in {quarter}, per person</caption>
            <thead>
              <tr>
                <th scope="col">Person</th><th scope="col" class="num">Planned (h)</th><th scope="col" class="num">Done (h)</th><th scope="col" class="num">Their time (h)</th>
                <th scope="col" class="num">Planned</th><th scope="col" class="num">Done</th><th scope="col" class="num">Without estimate</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr>
                    <th scope="row">{name(r.personId)}</th>
                    <td class="num">{r.planned}</td>
                    <td class="num">{r.done}</td>
                    <td class="num">{r.available}</td>
                    <td class="num">{percent(r.plannedShare)}</td>
                    <td class="num">{percent(r.doneShare)}</td>
                    <td class="num">{r.unestimated || ''}</td>
                  </tr>
                )}
              </For>
              <tr>
                <th scope="row">The team</th>
                <td class="num">{margin().team.planned}</td>
                <td class="num">{margin().team.done}</td>
                <td class="num">{margin().team.available}</td>
                <td class="num">{percent(margin().team.plannedShare)}</td>
                <td class="num">{percent(margin().team.doneShare)}</td>
                <td class="num">{margin().team.unestimated || ''}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
