/** The "act on this" list: each gap or single point of failure with links to its next steps, and why each partner. */
import { createMemo, For, Show } from 'solid-js';
import { actOnThis, stepPlace, type NextStep } from '../domain/act-on-this.ts';
import type { Insights } from '../domain/insights.ts';
import { href } from '../state/routes.ts';

const stepHref = (step: NextStep) => {
  const place = stepPlace(step);
  return place.route === 'hire' ? href('hire', place.params) : href('learn', place.params);
};

export default function ActOnThis(props: {
  insights: Insights;
  data: {
    people: { id: string; name: string }[];
    capabilities: { id: string; name: string; scaleId?: string }[];
    levelScales?: { id: string; levels: { value: number; name: string }[] }[];
  };
  /** Who already mentors how many people (readMentoring), to choose growth partners with. */
  mentoring?: ReadonlyMap<string, number>;
  limit?: number;
}) {
  const actions = createMemo(() => {
    const person = new Map(props.data.people.map((p) => [p.id, p.name]));
    const capability = new Map(props.data.capabilities.map((c) => [c.id, c]));
    const scale = new Map((props.data.levelScales ?? []).map((s) => [s.id, s]));
    const level = (capabilityId: string, value: number) => {
      const scaleId = capability.get(capabilityId)?.scaleId;
      const name = scaleId ? scale.get(scaleId)?.levels.find((l) => l.value === value)?.name : undefined;
      // "Level 4" adds nothing to "level 4".
      return name && name.toLowerCase() !== `level ${value}` ? name : undefined;
    };
    return actOnThis(
      props.insights,
      { person: (id) => person.get(id) ?? 'someone', capability: (id) => capability.get(id)?.name ?? 'a capability', level },
      { mentoring: props.mentoring },
    );
  });
  const shown = () => actions().slice(0, props.limit ?? actions().length);
  return (
    <section class="card" aria-labelledby="act-heading">
      <h2 id="act-heading">Act on this</h2>
      <Show when={actions().length > 0} fallback={<p>Nothing pressing: every capability meets its target and none rests on one person.</p>}>
        <ol class="actions">
          <For each={shown()}>
            {(a) => (
              <li>
                <p>{a.problem}</p>
                <ul class="steps">
                  <For each={a.steps}>
                    {(s) => (
                      <li>
                        <a href={stepHref(s.step)}>{s.label}</a>
                        <Show when={s.why}>
                          <span class="muted step-why"> — {s.why}</span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </li>
            )}
          </For>
        </ol>
        <Show when={actions().length > shown().length}>
          <p><a href={href('design/insights')}>See all {actions().length} on Insights</a></p>
        </Show>
      </Show>
    </section>
  );
}
