/**
 * A page's URL state: the query parameters of its route (routes.ts) as a signal. go()
 * moves within the page without reloading (history.pushState), and back and forward
 * update the signal, so every view can be bookmarked and opened in a new tab.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { href, paramsOf, type Route, type RouteParams } from './routes.ts';

export interface UrlState<R extends Route> {
  params: Accessor<RouteParams<R>>;
  /** The address of a place on this page. */
  href: (params: RouteParams<R>, hash?: string) => string;
  /** Moves there: a new history entry (or, with replace, the current one is rewritten). */
  go: (params: RouteParams<R>, options?: { replace?: boolean }) => void;
}

export function createUrlState<R extends Route>(route: R): UrlState<R> {
  const read = () => paramsOf(route, location.search);
  const [params, setParams] = createSignal(read());
  const onPop = () => setParams(() => read());
  window.addEventListener('popstate', onPop);
  onCleanup(() => window.removeEventListener('popstate', onPop));
  const at = (p: RouteParams<R>, hash?: string) => href(route, p, hash);
  return {
    params,
    href: at,
    go: (p, options) => {
      if (options?.replace) history.replaceState(null, '', at(p));
      else history.pushState(null, '', at(p));
      setParams(() => ({ ...p }));
    },
  };
}
