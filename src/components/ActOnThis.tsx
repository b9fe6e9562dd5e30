/**
 * The "act on this" list: one group per gap or single point of failure, most pressing first, each with
 * the one step to take first as a button and the other steps as smaller links below it, each with why
 * its partner was chosen.
 */
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
        <p class="hint">One step first for each, most pressing first; the other ways to close it are listed below it.</p>
        <ol class="actions">
          <For each={shown()}>
            {(a) => (
              <li class={`act act-${a.severity}`}>
                <h3 class="act-title">
                  {a.capability} <span class={`act-kind act-kind-${a.severity}`}>{a.severity === 'gap' ? 'Gap' : 'Single point of failure'}</span>
                </h3>
                <p>{a.problem}</p>
                <p class="act-primary">
                  <a class="button small" href={stepHref(a.primary.step)}>{a.primary.label}</a>
                  <Show when={a.primary.why}>
                    <span class="muted step-why">Why {a.primary.why}</span>
                  </Show>
                </p>
                <Show when={a.others.length > 0}>
                  <div class="act-others">
                    <p class="act-or">{a.others.length === 1 ? 'Or:' : 'Or one of these:'}</p>
                    <ul class="steps">
                      <For each={a.others}>
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
                  </div>
                </Show>
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
