/**
 * Home's lines from the first-90-days plan: what is late and what is due this week, each
 * linking to where it is done. A task leaves the list as soon as the workspace (or the
 * manager's tick) says it is done. It reads with Learn's lines (plan-and-learn.ts), after the
 * phase cards, and its code loads only when the workspace has a plan.
 */
import { For, Show, untrack } from 'solid-js';
import type { PlanPage } from '../../db/plan.ts';
import { planAndLearnToday } from './plan-and-learn.ts';
import { partOf } from '../../state/shared-query.ts';
import { dueOn, PLAN_WEEKS } from '../../domain/plan/plan.ts';
import { formatDay } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';
import TaskPlaceLink from '../plan/TaskPlaceLink.tsx';
import type { PlanTask } from '../../schemas/plan.ts';

/** `shown`: how many of a list Home shows before "and N more" (as Conversations does). */
export default function PlanToday(props: { today: string; shown: number }) {
  const query = partOf(planAndLearnToday(untrack(() => props.today)), (d) => d.plan);
  return <LiveSection query={query}>{(data) => lines(data, props.today, props.shown)}</LiveSection>;
}

/** A plain function of one snapshot, not a component: the section is keyed, so every change draws it anew. */
function lines(d: PlanPage, today: string, shown: number) {
  const w = d.thisWeek;
  if (!d.plan || !w) return null;
  const plan = d.plan;
  const heading = w.week === 0 ? `Your first 90 days start on ${formatDay(plan.startDate)}` : w.week > PLAN_WEEKS ? 'Left from your first 90 days' : `Your first 90 days: week ${w.week} of ${PLAN_WEEKS}`;
  const list = (tasks: PlanTask[], label: string) => (
    <Show when={tasks.length > 0}>
      <h3>{label}</h3>
      <ul class="to-do-list">
        <For each={tasks.slice(0, shown)}>
          {(task) => {
            const state = d.states.get(task.id);
            return (
              <li>
                {task.title}
                <span class="muted item-source">
                  {dueOn(plan.startDate, task.week) < today ? 'was due' : 'due'} {formatDay(dueOn(plan.startDate, task.week))}
                  {' · '}
                  <Show when={state?.place} fallback={<a href={href('plan')}>Tick it on the plan</a>}>
                    {(place) => <TaskPlaceLink place={place()} people={d.people} />}
                  </Show>
                </span>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={tasks.length > shown}>
        <p>
          <a href={href('plan')}>and {plural(tasks.length - shown, 'more task')} on the plan</a>
        </p>
      </Show>
    </Show>
  );
  return (
    <Show when={w.week <= PLAN_WEEKS || w.late.length > 0}>
      <section class="card" aria-labelledby="plan-today-heading">
        <h2 id="plan-today-heading">
          <a href={href('plan')}>{heading}</a>
        </h2>
        <Show when={w.late.length + w.due.length > 0} fallback={<p class="muted">Nothing due this week is left to do.</p>}>
          {list(w.late, 'Late')}
          {list(w.due, w.week === 0 ? 'Week 1' : 'Due this week')}
        </Show>
      </section>
    </Show>
  );
}
