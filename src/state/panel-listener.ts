/**
 * The Candidates page listening to the workspace's open live kits on the team's sync server:
 * each scorecard's state as it changes (the decision view says "in progress", never the scores)
 * and, once one is submitted, the scorecard taken in as that interviewer's (source "panel").
 * Nothing is loaded, and nothing connects, until a panel is set up on this device and a live
 * kit is open. Documents whose removal could not reach the server are removed here too.
 */
import { createEffect, createSignal, onCleanup } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { RecordOf } from '../schemas/records.ts';
import type { PanelScorecard } from '../io/panel-doc.ts';
import { takePanelScorecard } from '../db/candidates.ts';
import { describeError } from '../domain/errors.ts';
import { panelSettings, pendingRemovals, setPendingRemovals, type PanelSettings } from './panel-settings.ts';

type Candidate = RecordOf<'candidates'>;

export interface PanelWatch {
  /** Where a live kit's scorecard stands, as last heard from the server. */
  state: (partId: string) => PanelScorecard['state'] | undefined;
  /** The last thing that went wrong, in words. */
  problem: () => string | undefined;
}

export function createPanelListener(candidates: () => readonly Candidate[]): PanelWatch {
  const [states, setStates] = createStore<Record<string, PanelScorecard['state']>>({});
  const [problem, setProblem] = createSignal<string>();
  const owners = new Map<string, string>();
  const taking = new Set<string>();
  type Listener = { follow: (kits: { partId: string; document: string; capabilities: readonly { id: string; name: string }[] }[]) => void; stop: () => void };
  /** The listener for the settings it was started with: a secret entered or forgotten on this page starts another, or none. */
  let running: { settings: PanelSettings; listener: Promise<Listener> } | undefined;
  const stopRunning = () => {
    void running?.listener.then((l) => l.stop());
    running = undefined;
  };

  const heard = (partId: string, state: PanelScorecard) => {
    setStates(partId, state.state);
    if (state.state === 'refused') setProblem(`A live scorecard was not taken in: ${state.why}.`);
    const candidateId = owners.get(partId);
    if (state.state !== 'submitted' || !candidateId || taking.has(partId)) return;
    taking.add(partId);
    takePanelScorecard(candidateId, partId, state.scorecard, new Date().toISOString())
      .then((taken) => {
        if ('gone' in taken) setProblem(`A live scorecard was not taken in: ${taken.gone}.`);
      })
      .catch((e: unknown) => setProblem(describeError(e, 'take a live scorecard in')))
      .finally(() => taking.delete(partId));
  };

  createEffect(() => {
    const settings = panelSettings();
    const kits = candidates().flatMap((c) =>
      c.anonymisedAt ? [] : c.interviewKits.flatMap((k) => (k.live && k.repliedAt === undefined ? [{ candidateId: c.id, partId: k.partId, document: k.live.document, capabilities: k.capabilities }] : [])),
    );
    for (const k of kits) owners.set(k.partId, k.candidateId);
    if (running && running.settings !== settings) stopRunning();
    if (!settings || (kits.length === 0 && !running && pendingRemovals().length === 0)) return;
    running ??= {
      settings,
      listener: import('./panel.ts').then((panel) => {
        const removals = pendingRemovals();
        if (removals.length > 0) void panel.removeKitDocuments(settings, removals).then(() => setPendingRemovals([]), () => undefined);
        // The mark lets the bench time "a manager with 200 open kits is up to date".
        return panel.kitListener(settings, { state: heard, problem: setProblem, upToDate: (n) => performance.mark('turbine:panel-up-to-date', { detail: n }) });
      }),
    };
    void running.listener.then((listener) => listener.follow(kits));
  });
  onCleanup(stopRunning);

  return { state: (partId) => states[partId], problem };
}
