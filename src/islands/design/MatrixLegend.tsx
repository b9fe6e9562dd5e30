/** The level colours of the matrix, with the first scale's names. */
import { For, Show } from 'solid-js';
import { levelBand } from '../../domain/matrix-view.ts';
import type { RecordOf } from '../../schemas/records.ts';

export default function Legend(props: { scales: RecordOf<'levelScales'>[] }) {
  const scale = () => props.scales[0];
  return (
    <Show when={scale()}>
      {(s) => (
        <div class="matrix-legend no-print" aria-label="Level colours">
          <span class="muted">Levels ({s().name}):</span>
          <For each={s().levels}>
            {(l) => (
              <span class="legend-item">
                <span class={`legend-swatch band-${levelBand(s(), l.value)}`} aria-hidden="true">{l.value}</span> {l.name}
              </span>
            )}
          </For>
          <span class="legend-item"><span class="legend-swatch" aria-hidden="true">↗</span> wants to grow here</span>
        </div>
      )}
    </Show>
  );
}
