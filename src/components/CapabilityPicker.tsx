/** Checkboxes for choosing capabilities from the library, grouped by area, as one labelled group. */
import { For, Show } from 'solid-js';
import type { AreaGroup } from '../domain/hire/setup.ts';

export default function CapabilityPicker(props: {
  legend: string;
  hint?: string;
  /** Unique on the page: prefixes the checkboxes' ids. */
  idPrefix: string;
  groups: AreaGroup<{ id: string; name: string }>[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.selected.filter((x) => x !== id), id] : props.selected.filter((x) => x !== id));
  return (
    <fieldset class="capability-picker">
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint">{props.hint}</p>
      </Show>
      <Show when={props.groups.length > 0} fallback={<p class="muted">The capability library is empty: add capabilities in Design → Capabilities first.</p>}>
        <div class="picker-areas">
          <For each={props.groups}>
            {(group) => (
              <fieldset class="picker-area">
                <legend>{group.areaName}</legend>
                <For each={group.capabilities}>
                  {(c) => (
                    <label class="option" for={`${props.idPrefix}-${c.id}`}>
                      <input
                        type="checkbox"
                        id={`${props.idPrefix}-${c.id}`}
                        checked={props.selected.includes(c.id)}
                        onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                      />
                      {c.name}
                    </label>
                  )}
                </For>
              </fieldset>
            )}
          </For>
        </div>
      </Show>
    </fieldset>
  );
}
