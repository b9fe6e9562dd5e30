/**
 * Saving as the manager types, for long forms such as a check-in: every change is kept at
 * once in a local buffer (src/db/unsaved-drafts.ts) and written to the database after a
 * short pause, one save at a time; typing never waits for a save. A save that fails (another
 * tab changed the record, the workspace was replaced) stops the autosave and says why; the
 * text stays in the form and in the buffer.
 */
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { describeError } from '../domain/errors.ts';
import { dropUnsavedDraft, keepUnsavedDraft } from '../db/unsaved-drafts.ts';
import { guardUnsavedChanges } from './unsaved.ts';

export type AutosaveState = { status: 'saved'; at: string | undefined } | { status: 'waiting' } | { status: 'saving' } | { status: 'failed'; text: string };

export interface Autosave {
  state: Accessor<AutosaveState>;
  /** Saves now what is waiting (before printing, confirming levels, leaving). */
  flush: () => Promise<boolean>;
  /**
   * Runs another write to the same record (confirming levels, recording a file) in turn with
   * the saves, never beside one: both check the version they read, so two at once would refuse
   * each other.
   */
  inTurn: <T>(write: () => Promise<T>) => Promise<T>;
}

export function createAutosave<V>(options: {
  /** The form's values, read in full (so every field is tracked). */
  values: () => V;
  save: (values: V) => Promise<void>;
  /** Where the buffer is kept: one key per record being edited. */
  bufferKey: string;
  /** What a failed save says it could not do ("save the check-in"). */
  doing: string;
  /** When the form opened with changes not saved yet (restored from the buffer). */
  startsUnsaved?: boolean;
  delayMs?: number;
}): Autosave {
  const delay = options.delayMs ?? 800;
  const snapshot = () => JSON.stringify(options.values());
  let saved = options.startsUnsaved ? '' : snapshot();
  const [state, setState] = createSignal<AutosaveState>(options.startsUnsaved ? { status: 'waiting' } : { status: 'saved', at: undefined });
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The write under way (a save or another write to the record); the next waits for it. */
  let running: Promise<unknown> | undefined;
  const turn = async () => {
    // Several may be waiting: each looks again once the one it waited for is done.
    while (running) await running.catch(() => undefined);
  };
  const unsaved = () => state().status !== 'saved';
  guardUnsavedChanges(unsaved);

  const saveNow = async (): Promise<boolean> => {
    clearTimeout(timer);
    await turn();
    const text = snapshot();
    if (text === saved) return true;
    setState({ status: 'saving' });
    const saving = (async () => {
      try {
        await options.save(JSON.parse(text) as V);
        saved = text;
        if (snapshot() === saved) {
          dropUnsavedDraft(options.bufferKey);
          setState({ status: 'saved', at: new Date().toISOString() });
        } else {
          // Typed on while it saved: that is saved after the next pause.
          setState({ status: 'waiting' });
          timer = setTimeout(() => void saveNow(), delay);
        }
        return true;
      } catch (e) {
        setState({ status: 'failed', text: describeError(e, options.doing) });
        return false;
      } finally {
        running = undefined;
      }
    })();
    running = saving;
    return saving;
  };

  const inTurn = async <T,>(write: () => Promise<T>): Promise<T> => {
    await turn();
    const writing = write();
    running = writing;
    try {
      return await writing;
    } finally {
      if (running === writing) running = undefined;
    }
  };

  createEffect(
    on(
      snapshot,
      (text) => {
        if (text === saved) return;
        keepUnsavedDraft(options.bufferKey, JSON.parse(text) as V);
        // After a failure, a change tries again: the manager may have fixed what was refused.
        setState({ status: 'waiting' });
        clearTimeout(timer);
        timer = setTimeout(() => void saveNow(), delay);
      },
      { defer: !options.startsUnsaved },
    ),
  );

  // Leaving the tab (switching away, closing it) saves at once rather than after the pause.
  const onHide = () => {
    if (document.visibilityState === 'hidden' && state().status === 'waiting') void saveNow();
  };
  document.addEventListener('visibilitychange', onHide);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHide);
  });

  return { state, flush: saveNow, inTurn };
}
