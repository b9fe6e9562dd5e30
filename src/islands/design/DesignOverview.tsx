/**
 * Design at a glance: the charter, the people, the capability library, and the top of
 * the "act on this" list, each with a way into its own page.
 */
import { createMemo, For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readCharter, readMatrix, readMentoring, readSystems } from '../../db/design.ts';
import LiveSection from '../../components/LiveSection.tsx';
import ActOnThis from '../../components/ActOnThis.tsx';
import { insightsOf } from '../../domain/insights.ts';
import { personStatusLabel } from '../../domain/person-status.ts';
import { href, type Route } from '../../state/routes.ts';


export default function DesignOverview() {
  const query = createLiveQuery(async () => ({ team: await readCharter(), systems: await readSystems(), matrix: await readMatrix(), mentoring: await readMentoring() }));
  return (
    <LiveSection query={query}>
      {(d) => {
        const current = createMemo(() => d.matrix.people.filter((p) => p.status !== 'moved-on'));
        const insights = createMemo(() => insightsOf(d.matrix).result);
        const link = (route: Route, label: string) => <a href={href(route)}>{label}</a>;
        return (
          <div class="stack">
            <section class="card" aria-labelledby="charter-heading">
              <h2 id="charter-heading">Team charter</h2>
              <Show
                when={d.team}
                fallback={<p class="muted">No charter yet: what the team is for, the value it brings, what it owns and who it works with. {link('design/charter', 'Write the charter')}.</p>}
              >
                {(t) => (
                  <>
                    <dl class="facts">
                      <dt>Team</dt>
                      <dd>{t().name}</dd>
                      <dt>Mission</dt>
                      <dd>{t().mission || '—'}</dd>
                      <dt>Vision</dt>
                      <dd>{t().vision || '—'}</dd>
                      <dt>Scope</dt>
                      <dd>{d.systems.map((s) => s.name).join(', ') || '—'}</dd>
                      <dt>Partners</dt>
                      <dd>{t().partners.map((p) => (p.lead ? `${p.name} (${p.lead})` : p.name)).join(', ') || '—'}</dd>
                    </dl>
                    <p>{link('design/charter', 'Open the charter')}</p>
                  </>
                )}
              </Show>
            </section>

            <Show when={d.matrix.capabilities.length > 0 && current().length > 0}>
              <ActOnThis insights={insights()} data={d.matrix} mentoring={d.mentoring} limit={5} />
            </Show>

            <section class="card" aria-labelledby="people-heading">
              <h2 id="people-heading">People ({current().length})</h2>
              <Show when={current().length > 0} fallback={<p class="muted">No people yet: who is on the team, their role and what each brings. {link('design/people', 'Add your people')}.</p>}>
                <div class="table-scroll">
                  <table>
                    <thead>
                      <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Level</th><th scope="col">Started</th><th scope="col">Status</th></tr>
                    </thead>
                    <tbody>
                      <For each={current()}>
                        {(p) => (
                          <tr>
                            <th scope="row">{p.name}</th>
                            <td>{p.role}</td>
                            <td>{p.level}</td>
                            <td>{p.startDate ?? ''}</td>
                            <td>{personStatusLabel[p.status]}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <p>{link('design/people', 'Manage people')}</p>
              </Show>
            </section>

            <section class="card" aria-labelledby="capabilities-heading">
              <h2 id="capabilities-heading">Capabilities</h2>
              <Show
                when={d.matrix.capabilities.length > 0}
                fallback={<p class="muted">No capabilities yet: what the team must be able to do, grouped in areas, each with a target. {link('design/capabilities', 'Add capabilities or import a framework')}.</p>}
              >
                <table>
                  <thead>
                    <tr><th scope="col">Area</th><th scope="col" class="num">Capabilities</th><th scope="col">Examples</th></tr>
                  </thead>
                  <tbody>
                    <For each={d.matrix.capabilityAreas}>
                      {(area) => {
                        const inArea = d.matrix.capabilities.filter((c) => c.areaId === area.id);
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
                <p>{link('design/matrix', 'Rate the matrix')} · {link('design/insights', 'See the insights')}</p>
              </Show>
            </section>
          </div>
        );
      }}
    </LiveSection>
  );
}
