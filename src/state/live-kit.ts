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
import { KIT_WITHDRAWN } from '../io/panel-token.ts';

export type LiveConnection = { state: 'connecting' | 'online' | 'offline' } | { state: 'refused'; why: string };

export function openLiveKit(link: LiveLink, on: { connection: (c: LiveConnection) => void; change: () => void }) {
  const doc = new Y.Doc();
  const kept = keepKitDocument(link.doc, doc);
  let refused = false;
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl() });
  /** Turned away: say why; a link that never opened its kit leaves nothing behind, and neither does a withdrawn kit. */
  const refuse = (reason: string) => {
    refused = true;
    on.connection({ state: 'refused', why: reason });
    // A kit kept from before (an expired link, say) stays, draft and all, unless the hiring manager
    // withdrew it: the candidate's data is gone from their workspace, so it goes from here too.
    void kept.loaded.then(() => (readKit(doc) && reason !== KIT_WITHDRAWN ? undefined : kept.forget()));
  };
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
    // The server says so when the hiring manager withdraws the kit while this browser has it open.
    onStateless: ({ payload }) => {
      if (payload === KIT_WITHDRAWN) refuse(KIT_WITHDRAWN);
    },
    onAuthenticationFailed: ({ reason }) => refuse(reason),
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
