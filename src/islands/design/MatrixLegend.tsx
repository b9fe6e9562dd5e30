/**
 * The level colours of the matrix, for each scale its capabilities use, and where each
 * scale's strong level is: the level default targets and the bus factor count from.
 * Strong levels carry a bar under the number as well as a darker colour.
 */
import { createMemo, For, Show } from 'solid-js';
import { levelStyle, strongOf } from '../../domain/matrix-view.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Scale = RecordOf<'levelScales'>;

export default function Legend(props: { scales: Scale[]; capabilities: RecordOf<'capabilities'>[]; compare?: boolean }) {
  /** The scales in use, in the order capabilities first use them; the first scale when none is. */
  const inUse = createMemo(() => {
    const used = new Set(props.capabilities.map((c) => c.scaleId));
    const list = props.scales.filter((s) => used.has(s.id));
    return list.length > 0 ? list : props.scales.slice(0, 1);
  });
  return (
    <div class="matrix-legend-block no-print" role="group" aria-label="Level colours">
      <For each={inUse()}>
        {(s) => (
          <div class="matrix-legend">
            <span class="muted">Levels ({s.name}):</span>
            <For each={s.levels}>
              {(l) => {
                const look = levelStyle(s, l.value);
                return (
                  <span class="legend-item">
                    <span class={`legend-swatch band-${look.band}${look.strong ? ' strong' : ''}`} aria-hidden="true">{l.value}</span> {l.name}
                  </span>
                );
              }}
            </For>
            <span class="legend-threshold">Strong from {strongOf(s)}: targets and the bus factor count level {strongOf(s)} and above (underlined).</span>
          </div>
        )}
      </For>
      <div class="matrix-legend">
        <span class="legend-item"><span class="legend-swatch" aria-hidden="true">↗</span> wants to grow here</span>
        <Show when={props.compare}>
          <span class="legend-item"><span class="legend-swatch differs" aria-hidden="true">2<span class="self-mark">3</span></span> self-assessment differs (its level in the corner)</span>
          <span class="legend-item"><span class="legend-swatch differs differs-far" aria-hidden="true">2<span class="self-mark">!4</span></span> two levels or more apart</span>
        </Show>
      </div>
    </div>
  );
}
