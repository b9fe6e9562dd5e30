/**
 * The manager's live-panel settings, on this device only: the sync server's secret (entered once,
 * never in the workspace file, which travels) and the key that names this workspace's kit
 * documents on the server. The server is always this site's own address (`/sync`): the page may
 * talk to its own origin only, so the team serves the site and its sync server together
 * (server/sync-server.ts does both). Small and free of the live-panel code, so a page can ask
 * whether a panel is set up without loading it.
 */
import { createSignal } from 'solid-js';
import { z } from 'zod';
import { MIN_SECRET_LENGTH } from '../io/panel-token.ts';

const KEY = 'turbine.panel';

export const PanelSettings = z.object({
  secret: z.string().min(MIN_SECRET_LENGTH, { error: `must be at least ${MIN_SECRET_LENGTH} characters long` }),
  workspaceKey: z.string().regex(/^[0-9a-f-]{36}$/),
});
export type PanelSettings = z.infer<typeof PanelSettings>;

function readStored(): PanelSettings | undefined {
  try {
    const read = PanelSettings.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return read.success ? read.data : undefined;
  } catch {
    return undefined;
  }
}

const [current, setCurrent] = createSignal<PanelSettings | undefined>(typeof localStorage === 'undefined' ? undefined : readStored());

/** The settings on this device, if a panel is set up; follows a save or a forget on this page. */
export const panelSettings = current;

export function savePanelSettings(settings: PanelSettings): void {
  localStorage.setItem(KEY, JSON.stringify(PanelSettings.parse(settings)));
  setCurrent(settings);
}

export function forgetPanelSettings(): void {
  localStorage.removeItem(KEY);
  setCurrent(undefined);
}

const REMOVALS = 'turbine.panel.removals';

/** Kit documents to remove from the server that could not be removed yet (it was not reachable): tried again later. */
export function pendingRemovals(): string[] {
  try {
    const read = z.array(z.string()).safeParse(JSON.parse(localStorage.getItem(REMOVALS) ?? '[]'));
    return read.success ? read.data : [];
  } catch {
    return [];
  }
}

export function setPendingRemovals(documents: readonly string[]): void {
  if (documents.length === 0) localStorage.removeItem(REMOVALS);
  else localStorage.setItem(REMOVALS, JSON.stringify([...new Set(documents)]));
}

/** The sync endpoint of this site, as a WebSocket address. */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** What an interviewer's live link carries after `#live=`: never sent to any server, as a fragment. */
export const LiveLink = z.object({ doc: z.string().min(1), token: z.string().min(1) });
export type LiveLink = z.infer<typeof LiveLink>;

const base64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

export function liveLinkFragment(link: LiveLink): string {
  return `live=${base64url(JSON.stringify(LiveLink.parse(link)))}`;
}

/** The live link in a page's fragment, if it holds one that reads as such. */
export function readLiveLink(hash: string): LiveLink | undefined {
  const m = /(?:^#|&)live=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m) return undefined;
  try {
    const read = LiveLink.safeParse(JSON.parse(fromBase64url(m[1]!)));
    return read.success ? read.data : undefined;
  } catch {
    return undefined;
  }
}

