/**
 * Design's "act on this" links carry their next step in the query string. Planning growth
 * (Learn) is built in a later phase; until then the landing page says what was asked for
 * and what will happen there, rather than pretending to do it. (Drafting an opening is
 * built: Hire's Openings page reads ?draft= itself.)
 */
import { Show } from 'solid-js';
import { createLiveQuery } from '../state/live-query.ts';
import { readLibrary, readPeople } from '../db/design.ts';

export default function HandOffNotice(props: { phase: 'learn' }) {
  const params = new URLSearchParams(location.search);
  const names = createLiveQuery(async () => {
    const [library, people] = await Promise.all([readLibrary(), readPeople()]);
    return {
      capability: (id: string | null) => library.capabilities.find((c) => c.id === id)?.name,
      person: (id: string | null) => people.find((p) => p.id === id)?.name,
    };
  });
  return (
    <Show when={names.data()}>
      {(n) => (
        <>
          <Show when={props.phase === 'learn' && n().person(params.get('grow')) && n().capability(params.get('capability'))}>
            <div class="notice warn" role="status">
              <p>
                <strong>
                  Planning growth for {n().person(params.get('grow'))} in {n().capability(params.get('capability'))}
                  {n().person(params.get('with')) ? ` with ${n().person(params.get('with'))}` : ''}.
                </strong>{' '}
                Onboarding plans and pairing arrive with the Learn phase, still to be built: a plan of items for this capability
                (read, pair, shadow, ship, present) with {n().person(params.get('with')) ?? 'a buddy'} as buddy and due dates. Until then,
                agree it in your next <a href="../design/one-on-ones/">1:1</a>.
              </p>
            </div>
          </Show>
        </>
      )}
    </Show>
  );
}
