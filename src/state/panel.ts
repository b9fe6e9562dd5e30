/**
 * The manager's side of live panels, on the team's sync server (server/sync-server.ts): publish a
 * kit to its document and mint the interviewer's link, listen to the open kits (one WebSocket
 * for all of them) and hear each scorecard's state, and remove documents the workspace no longer
 * has a right to keep. Loaded only by the pages that use it (dynamic import), so no other page
 * carries Yjs or Hocuspocus.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { kitDocument, kitDocumentName, mintPanelToken } from '../io/panel-token.ts';
import { panelScorecard, writeKit, type PanelScorecard } from '../io/panel-doc.ts';
import type { InterviewKitPart } from '../io/interview-kit-file.ts';
import { liveLinkFragment, syncUrl, type PanelSettings } from './panel-settings.ts';
import { href } from './routes.ts';

/** How many documents the manager's socket asks for before the server has answered the earlier ones. */
const OPENING_AT_ONCE = 40;
/** How long a token the manager's browser mints for itself is good for: it mints a new one on each connection. */
const MANAGER_TOKEN_MS = 12 * 3600_000;
/** Connecting and syncing one document takes well under a second on a team's server; longer means it is not there. */
const CONNECT_TIMEOUT_MS = 10_000;

const managerToken = (settings: PanelSettings, workspaceKey = settings.workspaceKey) =>
  mintPanelToken({ role: 'manager', workspace: workspaceKey }, settings.secret, new Date(Date.now() + MANAGER_TOKEN_MS));

/** The workspace a document belongs to: a kit shared from another device keeps the key it was shared under. */
const workspaceOf = (settings: PanelSettings, document: string) => kitDocument(document)?.workspaceKey ?? settings.workspaceKey;

/** One document on a socket, resolved once synced with the server; refused or unreachable, rejected with why. */
function openDocument(socket: HocuspocusProviderWebsocket, name: string, token: () => Promise<string>, doc = new Y.Doc()): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.destroy();
      reject(new Error('the sync server did not answer: is it running, at this site’s address?'));
    }, CONNECT_TIMEOUT_MS);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      awareness: null,
      onSynced: () => {
        clearTimeout(timer);
        resolve(provider);
      },
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        provider.destroy();
        reject(new Error(`the sync server refused: ${reason}`));
      },
    });
    provider.attach();
  });
}

/** Resolves once every change made to the document here has reached the server. */
function untilStored(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    const timer = setTimeout(() => reject(new Error('the sync server did not take the kit in time')), CONNECT_TIMEOUT_MS);
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number > 0) return;
      clearTimeout(timer);
      resolve();
    });
  });
}

async function withSocket<T>(run: (socket: HocuspocusProviderWebsocket) => Promise<T>): Promise<T> {
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl() });
  try {
    return await run(socket);
  } finally {
    socket.destroy();
  }
}

/** Checks the server is there and takes this secret, by opening a document of this workspace no kit uses. */
export async function checkPanelServer(settings: PanelSettings): Promise<void> {
  const health = await fetch('/sync/health').catch(() => undefined);
  if (!health?.ok) throw new Error('no sync server answers at this site’s address (/sync): start it with npm run sync-server, or serve it here');
  await withSocket(async (socket) => {
    const probe = await openDocument(socket, kitDocumentName(settings.workspaceKey, '00000000-0000-4000-8000-000000000000'), () => managerToken(settings));
    probe.destroy();
  });
}

/** Puts the kit in its document on the server. */
export async function publishKit(settings: PanelSettings, part: InterviewKitPart, document: string): Promise<void> {
  await withSocket(async (socket) => {
    const provider = await openDocument(socket, document, () => managerToken(settings, workspaceOf(settings, document)));
    writeKit(provider.document, part);
    await untilStored(provider);
    provider.destroy();
  });
}

/** The interviewer's link: this site's scoring page, with their document and token in the fragment (never sent to a server). */
export async function interviewerLink(settings: PanelSettings, document: string, expiresAt: Date): Promise<string> {
  const token = await mintPanelToken({ role: 'interviewer', doc: document }, settings.secret, expiresAt);
  return new URL(`${href('hire/score')}#${liveLinkFragment({ doc: document, token })}`, window.location.href).href;
}

export interface OpenLiveKit {
  partId: string;
  document: string;
  capabilities: readonly { id: string; name: string }[];
}

/**
 * Listens to open kits over one WebSocket and reports each scorecard's state as it changes (in
 * progress, submitted). `follow` says which kits are open now: kits newly open are connected,
 * kits no longer open are let go, the others stay as they are.
 */
export function kitListener(
  settings: PanelSettings,
  on: { state: (partId: string, state: PanelScorecard) => void; problem: (message: string) => void; upToDate: (kits: number) => void },
) {
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl() });
  const open = new Map<string, { ready: Promise<void>; stop: () => void }>();
  let stopped = false;
  // Back online: reconnect at once rather than after the socket's back-off.
  const online = () => void socket.connect();
  window.addEventListener('online', online);

  // The server closes a socket with more than 100 documents waiting for their token to be checked:
  // open them a few dozen at a time.
  let pending = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (pending >= OPENING_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    pending += 1;
  };
  const release = () => {
    pending -= 1;
    waiting.shift()?.();
  };

  const listen = (kit: OpenLiveKit) => {
    const doc = new Y.Doc();
    let provider: HocuspocusProvider | undefined;
    let gone = false;
    const report = () => on.state(kit.partId, panelScorecard(doc, kit));
    doc.getMap('scorecard').observe(report);
    // Synced once, or refused. The provider stays through lost connections and server restarts.
    const answered = slot().then(
      () =>
        new Promise<void>((resolve) => {
          if (gone) return resolve();
          provider = new HocuspocusProvider({
            websocketProvider: socket,
            name: kit.document,
            document: doc,
            token: () => managerToken(settings, workspaceOf(settings, kit.document)),
            awareness: null,
            onSynced: () => {
              report();
              resolve();
            },
            onAuthenticationFailed: ({ reason }) => {
              on.problem(`the sync server refused a kit’s document: ${reason}`);
              resolve();
            },
          });
          provider.attach();
        }),
    );
    // A server that does not answer frees the slot after a while; the document keeps waiting for it.
    const ready = Promise.race([answered, new Promise<void>((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS))]);
    void ready.then(release);
    return {
      ready,
      stop: () => {
        gone = true;
        provider?.destroy();
      },
    };
  };

  return {
    follow(kits: readonly OpenLiveKit[]) {
      if (stopped) return;
      const now = new Set(kits.map((k) => k.partId));
      for (const [partId, listening] of open) {
        if (now.has(partId)) continue;
        listening.stop();
        open.delete(partId);
      }
      const added = kits.filter((k) => !open.has(k.partId)).map((kit) => {
        const listening = listen(kit);
        open.set(kit.partId, listening);
        return listening.ready;
      });
      // Every kit newly followed has answered (or failed to): what the page shows is the server's.
      if (added.length > 0) void Promise.all(added).then(() => !stopped && on.upToDate(open.size));
    },
    stop() {
      stopped = true;
      window.removeEventListener('online', online);
      for (const listening of open.values()) listening.stop();
      open.clear();
      socket.destroy();
    },
  };
}

/** Removes documents from the server, for a candidate anonymised or deleted. */
export async function removeKitDocuments(settings: PanelSettings, documents: readonly string[]): Promise<void> {
  for (const document of documents) {
    const token = await managerToken(settings, workspaceOf(settings, document));
    const answer = await fetch(`/sync/documents/${encodeURIComponent(document)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`the sync server did not remove a kit document (${answer.status})`);
  }
}
