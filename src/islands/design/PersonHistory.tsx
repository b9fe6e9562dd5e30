/** H on a matrix cell: every assessment of the person, newest first, with its date and source. */
import { createMemo, For, onMount, Show } from 'solid-js';
import { levelLabel } from '../../domain/matrix-view.ts';
import { formatMoment } from '../../domain/day-format.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Capability = RecordOf<'capabilities'>;
type Person = RecordOf<'people'>;

const sourceLabel = { manager: 'Manager', self: 'Self', 'check-in': 'Check-in', interview: 'Interview', import: 'Import' } as const;

export default function PersonHistory(props: {
  person: Person;
  entries: RecordOf<'assessments'>[];
  capabilities: Capability[];
  scaleOf: (id: string) => RecordOf<'levelScales'>;
  onClose: () => void;
}) {
  const byId = createMemo(() => new Map(props.capabilities.map((c) => [c.id, c])));
  // Closing puts the focus back on what opened the history (a cell with H, or a name), not on the page's body.
  let opener: Element | null = null;
  onMount(() => {
    opener = document.activeElement;
  });
  const close = () => {
    props.onClose();
    if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus({ preventScroll: true });
  };
  return (
    <section class="card" aria-labelledby="history-heading">
      <div class="row spread">
        <h2 id="history-heading">History of {props.person.name}</h2>
        <button type="button" class="secondary small" onClick={close}>Close history</button>
      </div>
      <Show when={props.entries.length > 0} fallback={<p class="muted">No assessments yet.</p>}>
        <div class="table-scroll history-scroll">
          <table>
            <thead>
              <tr><th scope="col">When</th><th scope="col">Capability</th><th scope="col">Level</th><th scope="col">Wants to grow</th><th scope="col">Source</th></tr>
            </thead>
            <tbody>
              <For each={props.entries.slice(0, 500)}>
                {(a) => {
                  const capability = byId().get(a.capabilityId);
                  return (
                    <tr>
                      <td>{formatMoment(a.at)}</td>
                      <td>{capability?.name ?? 'A removed capability'}</td>
                      <td>{a.level === null ? 'Cleared' : capability ? levelLabel(props.scaleOf(capability.scaleId), a.level) : a.level}</td>
                      <td>{a.interested ? 'Yes' : 'No'}</td>
                      <td>{sourceLabel[a.source]}</td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={props.entries.length > 500}>
          <p class="muted">Showing the latest 500 of {props.entries.length}. The export holds them all.</p>
        </Show>
      </Show>
    </section>
  );
}
