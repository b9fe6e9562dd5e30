/**
 * What the Candidates page's components share: the page's data, its URL state
 * (?opening=, ?candidate=) and who the page is viewed as. Kept apart from the
 * components themselves so none of them imports another just for a type or a link.
 */
import type { JSX } from 'solid-js';
import type { CandidatesPage } from '../../db/candidates.ts';
import type { RouteParams } from '../../state/routes.ts';
import PageLink from '../../components/PageLink.tsx';
import type { PanelWatch } from '../../state/panel-listener.ts';

export type Place = RouteParams<'hire/candidates'>;

export interface CandidatesContext {
  data: CandidatesPage;
  /** The address of a place on this page. */
  href: (place: Place) => string;
  go: (place: Place) => void;
  /** Who the page is seen as: "manager" (the hiring manager) or an interviewer key. */
  viewer: () => string;
  setViewer: (key: string) => void;
  /** Live kits on the team's sync server, as last heard. */
  panel: PanelWatch;
}

/** A link to a place on the Candidates page that moves there without reloading. */
export function NavLink(props: { ctx: CandidatesContext; place: Place; class?: string; children: JSX.Element }) {
  return (
    <PageLink href={props.ctx.href(props.place)} onNavigate={() => props.ctx.go(props.place)} class={props.class}>
      {props.children}
    </PageLink>
  );
}
