/**
 * Home's Learn lines: plans in their first week with the five things that matter then,
 * overdue onboarding items, systems one person (or nobody) knows that no plan spreads, and
 * people whose finished plan made them strong in what an opening hires for. It reads the
 * matrix, so it reads after the phase cards, sharing the read with the 90-day plan's lines
 * (plan-and-learn.ts), and its code loads only when the workspace has plans or systems.
 */
import { For, Show, untrack } from 'solid-js';
import type { LearnTodayData } from '../../db/learn.ts';
import { planAndLearnToday } from './plan-and-learn.ts';
import { partOf } from '../../state/shared-query.ts';
import WeekOneList from '../learn/WeekOne.tsx';
import { formatDay } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';

/** `shown`: how many of a list Home shows before "and N more" (as Conversations does). */
export default function LearnToday(props: { today: string; shown: number }) {
  const query = partOf(planAndLearnToday(untrack(() => props.today)), (d) => d.learn);
  return (
    <section aria-labelledby="learn-today-heading">
      <h2 id="learn-today-heading">Learning this week</h2>
      <LiveSection query={query}>{(data) => lines(data, props.today, props.shown)}</LiveSection>
    </section>
  );
}

/** A plain function of one snapshot, not a component: the section is keyed, so every change draws it anew. */
function lines(d: LearnTodayData, today: string, shown: number) {
  const planLink = (planId: string) => href('learn', { plan: planId });
  const nothing = d.weekOne.length + d.overdue.length + d.unplanned.length + d.grew.length === 0;
  return (
    <Show when={!nothing} fallback={<p class="muted">Nothing in Learn needs you today: no plan is starting, no item is overdue, and every system at risk has a plan.</p>}>
      <div class="cards">
        <For each={d.weekOne}>
          {(plan) => (
              <section class="card" aria-labelledby={`week-one-${plan.id}`}>
                <h3 id={`week-one-${plan.id}`}>
                  <a href={planLink(plan.id)}>{plan.title}</a>
                </h3>
                <p class="muted">
                  {plan.startDate > today ? `Starts on ${formatDay(plan.startDate)}` : `Started on ${formatDay(plan.startDate)}`}: the five things that matter in its first week.
                </p>
                <WeekOneList plan={plan} data={d} />
              </section>
          )}
        </For>
        <Show when={d.overdue.length > 0}>
          <section class="card" aria-labelledby="overdue-items-heading">
            <h3 id="overdue-items-heading">Overdue onboarding items</h3>
            <ul class="to-do-list">
              <For each={d.overdue.slice(0, shown)}>
                {(item) => (
                  <li>
                    <a href={planLink(item.planId)}>{item.title}</a>
                    <span class="muted item-source">
                      {item.personName}, due {formatDay(item.due)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <Show when={d.overdue.length > shown}>
              <p>
                <a href={href('learn')}>and {plural(d.overdue.length - shown, 'more overdue item')}</a>
              </p>
            </Show>
          </section>
        </Show>
        <Show when={d.unplanned.length > 0}>
          <section class="card" aria-labelledby="unplanned-heading">
            <h3 id="unplanned-heading">Systems one person knows (or nobody), with no plan</h3>
            <ul class="to-do-list">
              <For each={d.unplanned.slice(0, shown)}>
                {(system) => (
                  <li>
                    {system.name}: {system.knownBy ? `only ${system.knownBy.name} knows it` : 'nobody on the team knows it'}.{' '}
                    <a href={href('learn', { system: system.systemId, with: system.knownBy?.personId })}>
                      Plan a rotation<span class="visually-hidden"> into {system.name}</span>
                    </a>
                  </li>
                )}
              </For>
            </ul>
            <Show when={d.unplanned.length > shown}>
              <p>
                <a href={href('learn/systems')}>and {plural(d.unplanned.length - shown, 'more system')} at risk</a>
              </p>
            </Show>
          </section>
        </Show>
        <Show when={d.grew.length > 0}>
          <section class="card signal-card" aria-labelledby="grew-heading">
            <h3 id="grew-heading">Grown into what you hire for</h3>
            <ul class="signal-list">
              <For each={d.grew}>
                {(g) => (
                  <li>
                    {g.personName} grew in {g.capabilityName} (<a href={planLink(g.planId)}>the plan</a>): update the hiring profile of{' '}
                    <For each={g.openings}>
                      {(o, i) => (
                        <>
                          {i() > 0 ? (i() === g.openings.length - 1 ? ' and ' : ', ') : ''}
                          <a href={href('hire', {}, 'openings-heading')}>{o.title}</a>
                        </>
                      )}
                    </For>
                    .
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </div>
    </Show>
  );
}
