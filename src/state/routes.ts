/**
 * Every page of Turbine in one typed table, with the query parameters it reads. Links
 * are built from a page's name, `href('hire/candidates', { opening })`, and a page reads
 * its URL state under the same names (url-state.ts), so a renamed page or parameter is a
 * type error rather than a dead link. The 90-day plan links into every phase through it.
 * Pure (no DOM), so the pages' links can be unit-tested.
 */

function page<const P extends readonly string[]>(path: string, ...params: P) {
  return { path, params };
}

/** Page name → its path under the base and the query parameters it reads. */
const routes = {
  home: page(''),
  /** The first-90-days plan. */
  plan: page('plan/'),
  data: page('data/'),
  guides: page('guides/'),
  'guides/design': page('guides/design/'),
  'guides/hire': page('guides/hire/'),
  'guides/learn': page('guides/learn/'),
  'guides/grow': page('guides/grow/'),
  design: page('design/'),
  'design/charter': page('design/charter/'),
  'design/people': page('design/people/'),
  'design/capabilities': page('design/capabilities/'),
  /** person: open that person's history. */
  'design/matrix': page('design/matrix/', 'person'),
  'design/insights': page('design/insights/'),
  /** person: the person whose 1:1s are shown. */
  'design/one-on-ones': page('design/one-on-ones/', 'person'),
  'design/decisions': page('design/decisions/'),
  /** draft: comma-separated capability ids to draft an opening for. */
  hire: page('hire/', 'draft'),
  /** loop: the loop open in the editor; opening: a new loop is built for that opening and attached to it. */
  'hire/loops': page('hire/loops/', 'loop', 'opening'),
  'hire/questions': page('hire/questions/'),
  /** opening: the list filtered to one opening; candidate: one candidate open. */
  'hire/candidates': page('hire/candidates/', 'opening', 'candidate'),
  'hire/calibration': page('hire/calibration/'),
  'hire/privacy': page('hire/privacy/'),
  /** The interviewer's side of an interview kit: open the kit file from the hiring manager, score, save a reply. */
  'hire/score': page('hire/score/'),
  /**
   * grow and capability (and with, a mentor): start a rotation plan for someone's growth in a capability;
   * system (and with): start a rotation into a system few people know; plan: one plan open.
   */
  learn: page('learn/', 'grow', 'capability', 'system', 'with', 'plan'),
  'learn/systems': page('learn/systems/'),
  'learn/templates': page('learn/templates/'),
  grow: page('grow/'),
  /** person and quarter (this quarter when left out): that person's check-in. */
  'grow/check-in': page('grow/check-in/', 'person', 'quarter'),
  /** person: that person's trajectory over quarters. */
  'grow/trajectory': page('grow/trajectory/', 'person'),
  /** The person's side of a self-review: open the file from the manager, save a reply. */
  'grow/self-review': page('grow/self-review/'),
  schema: page('schema/turbine-workspace.v6.json'),
  'schema/self-review': page('schema/turbine-self-review.v1.json'),
  'schema/self-review-reply': page('schema/turbine-self-review-reply.v1.json'),
  'schema/interview-kit': page('schema/turbine-interview-kit.v1.json'),
  'schema/interview-kit-reply': page('schema/turbine-interview-kit-reply.v1.json'),
};

export type Route = keyof typeof routes;
export type RouteParams<R extends Route> = { [P in (typeof routes)[R]['params'][number]]?: string | undefined };

/** The site's base path without its trailing slash ("" at the root), as Astro builds it. */
export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The address of a page: its path under the base, the parameters that are set (in the
 * order given; undefined and "" are left out), and an optional #fragment.
 */
export function href<R extends Route>(route: R, params?: RouteParams<R>, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}) as [string, string | undefined][]) {
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return `${BASE}/${routes[route].path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The parameters of a page read from a query string ("?opening=…"); empty and unknown ones are left out. */
export function paramsOf<R extends Route>(route: R, search: string): RouteParams<R> {
  const found = new URLSearchParams(search);
  const params: Partial<Record<string, string>> = {};
  for (const key of routes[route].params) {
    const value = found.get(key);
    if (value) params[key] = value;
  }
  return params as RouteParams<R>;
}
