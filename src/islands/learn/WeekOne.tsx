/**
 * The five things that matter in a plan's first week, each saying whether the plan settles
 * it already: on the plan itself and on Home while the week is on.
 */
import { For } from 'solid-js';
import { intoName, weekOneThings } from '../../domain/learn/plans.ts';
import { formatDay } from '../../domain/day-format.ts';
import type { OnboardingPlan } from '../../schemas/onboarding.ts';

export interface WeekOneContext {
  people: readonly { id: string; name: string }[];
  systems: readonly { id: string; name: string }[];
  capabilities: readonly { id: string; name: string }[];
  /** Each person's next 1:1 day. */
  nextOneOnOne: ReadonlyMap<string, string>;
}

export default function WeekOneList(props: { plan: OnboardingPlan; data: WeekOneContext }) {
  const things = () => {
    const nameOf = (id: string | undefined) => props.data.people.find((p) => p.id === id)?.name;
    return weekOneThings(props.plan, {
      personName: nameOf(props.plan.personId) ?? 'someone no longer on the team',
      buddyName: nameOf(props.plan.buddyId),
      intoName: intoName(props.plan, props.data) || undefined,
      nextOneOnOne: props.data.nextOneOnOne.get(props.plan.personId),
      formatDay: (day) => formatDay(day),
    });
  };
  return (
    <ol class="week-one">
      <For each={things()}>
        {(t) => (
          <li>
            <strong>{t.topic}:</strong> {t.text} <span class="muted">{t.settled ? '(in the plan)' : '(to do)'}</span>
          </li>
        )}
      </For>
    </ol>
  );
}
