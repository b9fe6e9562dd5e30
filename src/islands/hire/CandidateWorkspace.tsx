/**
 * Hire → Candidates: the island behind /hire/candidates/. The address says what is shown
 * (?opening=<id> filters the list to one opening, ?candidate=<id> opens one candidate), and
 * moving between the list and a candidate updates it without reloading, so back and
 * forward work and any view can be bookmarked. All writes go through src/db/candidates.ts.
 */
import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { readCandidatesPage, type CandidatesPage } from '../../db/candidates.ts';
import { createLiveStore } from '../../state/live-store.ts';
import LiveSection from '../../components/LiveSection.tsx';
import CandidateList from './CandidateList.tsx';
import CandidateDetail from './CandidateDetail.tsx';

export interface Place {
  opening?: string | undefined;
  candidate?: string | undefined;
}

export interface CandidatesContext {
  data: CandidatesPage;
  base: string;
  /** The address of a place on this page. */
  href: (place: Place) => string;
  go: (place: Place) => void;
  /** Who the page is seen as: "manager" (the hiring manager) or an interviewer key. */
  viewer: () => string;
  setViewer: (key: string) => void;
}

const readPlace = (): Place => {
  const params = new URLSearchParams(location.search);
  return { opening: params.get('opening') ?? undefined, candidate: params.get('candidate') ?? undefined };
};

export default function CandidateWorkspace(props: { base: string }) {
  const query = createLiveStore(readCandidatesPage);
  const [place, setPlace] = createSignal<Place>(readPlace());
  const [viewer, setViewer] = createSignal('manager');

  onMount(() => {
    const onPop = () => setPlace(readPlace());
    window.addEventListener('popstate', onPop);
    onCleanup(() => window.removeEventListener('popstate', onPop));
  });

  const href = (p: Place) => {
    const params = new URLSearchParams();
    if (p.opening) params.set('opening', p.opening);
    if (p.candidate) params.set('candidate', p.candidate);
    const search = params.toString();
    return `${props.base}/hire/candidates/${search ? `?${search}` : ''}`;
  };
  const go = (p: Place) => {
    history.pushState(null, '', href(p));
    setPlace({ ...p });
    // The new view's heading takes focus, so a screen reader hears where it landed.
    queueMicrotask(() => document.getElementById('candidates-view-heading')?.focus());
  };

  return (
    <LiveSection query={query}>
      {(data) => {
        const ctx: CandidatesContext = { data, base: props.base, href, go, viewer, setViewer };
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

/** A real link (it opens in a new tab as usual) that moves within the page on a plain click. */
export function NavLink(props: { ctx: CandidatesContext; place: Place; class?: string; children: JSX.Element }) {
  return (
    <a
      href={props.ctx.href(props.place)}
      class={props.class}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        props.ctx.go(props.place);
      }}
    >
      {props.children}
    </a>
  );
}
