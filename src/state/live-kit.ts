/**
 * The interviewer's side of a live kit: their kit's document, kept in their browser
 * (src/db/live-kits.ts) and synced with the team's server when it can reach it. Loaded only on
 * the scoring page, when its address holds a live link.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { keepKitDocument } from '../db/live-kits.ts';
import { panelScorecard, readDraft, readKit, submitScorecard, writeDraft } from '../io/panel-doc.ts';
import type { InterviewKitScorecard } from '../io/interview-kit-file.ts';
import { syncUrl, type LiveLink } from './panel-settings.ts';

export type LiveConnection = { state: 'connecting' | 'online' | 'offline' } | { state: 'refused'; why: string };

export function openLiveKit(link: LiveLink, on: { connection: (c: LiveConnection) => void; change: () => void }) {
  const doc = new Y.Doc();
  const kept = keepKitDocument(link.doc, doc);
  let refused = false;
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl() });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: link.doc,
    document: doc,
    token: link.token,
    awareness: null,
    onStatus: ({ status }) => {
      if (refused) return;
      on.connection({ state: status === WebSocketStatus.Connected ? 'online' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline' });
    },
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      on.connection({ state: 'refused', why: reason });
      // A link that never opened its kit leaves nothing behind in this browser; a kit kept from before stays, draft and all.
      void kept.loaded.then(() => (readKit(doc) ? undefined : kept.forget()));
    },
    onUnsyncedChanges: () => on.change(),
    onSynced: () => on.change(),
  });
  provider.attach();
  doc.on('update', () => on.change());
  // The browser knows first when the network goes and comes back: say so at once, and reconnect
  // at once rather than after the socket's back-off.
  const offline = () => {
    if (refused) return;
    socket.disconnect();
    on.connection({ state: 'offline' });
  };
  const online = () => {
    if (!refused) void socket.connect();
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  if (!navigator.onLine) offline();
  return {
    /** Resolves once what this browser kept is loaded (the kit and the draft, offline too). */
    loaded: kept.loaded,
    kit: () => readKit(doc),
    draft: () => readDraft(doc),
    scorecard: () => {
      const kit = readKit(doc);
      return kit ? panelScorecard(doc, kit) : undefined;
    },
    /** Whether everything written here has reached the server. */
    delivered: () => !provider.hasUnsyncedChanges && provider.isSynced,
    writeDraft: (draft: unknown) => writeDraft(doc, draft),
    submit: (scorecard: InterviewKitScorecard) => submitScorecard(doc, scorecard),
    close: () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      provider.destroy();
      socket.destroy();
      void kept.close();
    },
  };
}

export type LiveKit = ReturnType<typeof openLiveKit>;
