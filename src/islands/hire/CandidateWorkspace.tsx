/**
 * Hire → Candidates: the island behind /hire/candidates/. The address says what is shown
 * (?opening=<id> filters the list to one opening, ?candidate=<id> opens one candidate), and
 * moving between the list and a candidate updates it without reloading, so back and
 * forward work and any view can be bookmarked. All writes go through src/db/candidates.ts.
 */
import { createSignal, Show } from 'solid-js';
import { readCandidatesPage } from '../../db/candidates.ts';
import { createLiveStore } from '../../state/live-store.ts';
import { createUrlState } from '../../state/url-state.ts';
import { createPanelListener } from '../../state/panel-listener.ts';
import LiveSection from '../../components/LiveSection.tsx';
import { NavLink, type CandidatesContext, type Place } from './candidates-context.tsx';
import CandidateList from './CandidateList.tsx';
import CandidateDetail from './CandidateDetail.tsx';

export default function CandidateWorkspace() {
  const query = createLiveStore(readCandidatesPage);
  const url = createUrlState('hire/candidates');
  const place = url.params;
  const [viewer, setViewer] = createSignal('manager');
  const panel = createPanelListener(() => query.data()?.candidates ?? []);

  const go = (p: Place) => {
    url.go(p);
    // The new view's heading takes focus, so a screen reader hears where it landed.
    queueMicrotask(() => document.getElementById('candidates-view-heading')?.focus());
  };

  return (
    <LiveSection query={query}>
      {(data) => {
        const ctx: CandidatesContext = { data, href: url.href, go, viewer, setViewer, panel };
        return (
          <Show when={place().candidate} keyed fallback={<CandidateList ctx={ctx} openingId={place().opening} />}>
            {(id) => (
              <Show
                when={data.candidates.find((c) => c.id === id)}
                fallback={
                  <div class="notice warn" role="status">
                    <p>
                      This candidate is not in the workspace (they may have been deleted, or the link is from another
                      browser). <NavLink ctx={ctx} place={{ opening: place().opening }}>Back to the candidates</NavLink>
                    </p>
                  </div>
                }
              >
                {(candidate) => <CandidateDetail ctx={ctx} candidate={candidate()} fromOpening={place().opening} />}
              </Show>
            )}
          </Show>
        );
      }}
    </LiveSection>
  );
}
