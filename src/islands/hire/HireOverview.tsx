/** Hire: openings with where their candidates stand, and the interview loops. */
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readHireOverview } from '../../db/phases.ts';
import LiveSection from '../../components/LiveSection.tsx';

export default function HireOverview() {
  const query = createLiveQuery(readHireOverview);
  return (
    <LiveSection query={query}>
      {(d) => {
        const byOpening = (id: string, status: string) => d.candidates.filter((c) => c.openingId === id && c.status === status).length;
        return (
          <div class="stack">
            <section class="card" aria-labelledby="openings-heading">
              <h2 id="openings-heading">Openings</h2>
              <Show when={d.openings.length > 0} fallback={<p class="muted">No openings yet. An opening starts from a gap in the capability matrix: the capabilities the hire must bring.</p>}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Opening</th><th scope="col">Status</th><th scope="col">Loop</th>
                      <th scope="col" class="num">Active</th><th scope="col" class="num">Hired</th><th scope="col" class="num">Rejected or withdrawn</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d.openings}>
                      {(o) => (
                        <tr>
                          <th scope="row">{o.title}</th>
                          <td>{o.status}</td>
                          <td>{d.loops.find((l) => l.id === o.loopId)?.name ?? 'No loop yet'}</td>
                          <td class="num">{byOpening(o.id, 'active')}</td>
                          <td class="num">{byOpening(o.id, 'hired')}</td>
                          <td class="num">{byOpening(o.id, 'rejected') + byOpening(o.id, 'withdrawn')}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
            <section class="card" aria-labelledby="loops-heading">
              <h2 id="loops-heading">Interview loops</h2>
              <Show when={d.loops.length > 0} fallback={<p class="muted">No loops yet. A loop is the same ordered set of stages for every candidate of an opening.</p>}>
                <ul>
                  <For each={d.loops}>
                    {(l) => (
                      <li>
                        <strong>{l.name}</strong>: {l.stages.map((s) => s.name).join(' → ') || 'no stages'}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </div>
        );
      }}
    </LiveSection>
  );
}
