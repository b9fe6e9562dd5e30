/** Design: the charter, the people and the capability library as they stand. */
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readDesignOverview } from '../../db/phases.ts';
import LiveSection from '../../components/LiveSection.tsx';

const statusLabel = { member: 'Member', 'new-hire': 'New hire', 'moved-on': 'Moved on' } as const;

export default function DesignOverview(props: { base: string }) {
  const query = createLiveQuery(readDesignOverview);
  return (
    <LiveSection query={query}>
      {(d) => (
        <div class="stack">
          <section class="card" aria-labelledby="charter-heading">
            <h2 id="charter-heading">Team charter</h2>
            <Show when={d.team} fallback={<p class="muted">No charter yet: what the team is for, the value it brings, what it owns and who it works with.</p>}>
              {(t) => (
                <dl class="facts">
                  <dt>Team</dt>
                  <dd>{t().name}</dd>
                  <dt>Mission</dt>
                  <dd>{t().mission || '—'}</dd>
                  <dt>Value</dt>
                  <dd>{t().value || '—'}</dd>
                  <dt>Vision</dt>
                  <dd>{t().vision || '—'}</dd>
                  <dt>Scope</dt>
                  <dd>{t().scope.join(', ') || '—'}</dd>
                  <dt>Partners</dt>
                  <dd>{t().partners.map((p) => (p.lead ? `${p.name} (${p.lead})` : p.name)).join(', ') || '—'}</dd>
                </dl>
              )}
            </Show>
          </section>
          <section class="card" aria-labelledby="people-heading">
            <h2 id="people-heading">People</h2>
            <Show when={d.people.length > 0} fallback={<p class="muted">No people yet: who is on the team, their role and what each brings.</p>}>
              <table>
                <thead>
                  <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Level</th><th scope="col">Started</th><th scope="col">Status</th></tr>
                </thead>
                <tbody>
                  <For each={d.people}>
                    {(p) => (
                      <tr>
                        <th scope="row">{p.name}</th>
                        <td>{p.role}</td>
                        <td>{p.level}</td>
                        <td>{p.startDate ?? ''}</td>
                        <td>{statusLabel[p.status]}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
          <section class="card" aria-labelledby="capabilities-heading">
            <h2 id="capabilities-heading">Capabilities</h2>
            <Show when={d.capabilities.length > 0} fallback={<p class="muted">No capabilities yet: what the team must be able to do, grouped in areas, each with a target.</p>}>
              <table>
                <thead>
                  <tr><th scope="col">Area</th><th scope="col" class="num">Capabilities</th><th scope="col">Examples</th></tr>
                </thead>
                <tbody>
                  <For each={d.areas}>
                    {(area) => {
                      const inArea = d.capabilities.filter((c) => c.areaId === area.id);
                      return (
                        <tr>
                          <th scope="row">{area.name}</th>
                          <td class="num">{inArea.length}</td>
                          <td>{inArea.slice(0, 4).map((c) => c.name).join(', ')}{inArea.length > 4 ? ', …' : ''}</td>
                        </tr>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
          <p class="muted">
            Editing the charter, people and the capability matrix, with its gaps and insights, is the next step for this
            page. Until then, a workspace can be imported from <a href={`${props.base}/data/`}>Data</a>.
          </p>
        </div>
      )}
    </LiveSection>
  );
}
