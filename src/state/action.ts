/**
 * One way to run a write from the UI and report it: pending while the command runs,
 * done with the caller's confirmation, failed with the command's own message through
 * describeError ("Could not save the decision: Decision was changed in another tab…"),
 * so a refusal from src/db reaches the manager in its words, never as String(error).
 * <ActionStatus> (src/components) shows the state the same way on every page.
 */
import { createSignal, type Accessor } from 'solid-js';
import { describeError } from '../domain/errors.ts';

export type ActionState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; text: string }
  | { status: 'failed'; text: string; error: unknown };

export interface Action {
  state: Accessor<ActionState>;
  pending: Accessor<boolean>;
  /**
   * Runs `write`; `doing` names it for a failure ("save the decision"), `done` is the
   * confirmation (omit it when the form closes and the saved record speaks for itself).
   * Resolves to whether it worked. A second run while one is pending is ignored, so a
   * double click cannot save twice.
   */
  run: (doing: string, write: () => Promise<unknown>, done?: string) => Promise<boolean>;
  /** Reports a write that a child form ran and confirmed by closing, e.g. "Saved Ines." */
  report: (done: string) => void;
  /** Back to idle, e.g. when the form is reopened. */
  clear: () => void;
}

export function createAction(): Action {
  const [state, setState] = createSignal<ActionState>({ status: 'idle' });
  const pending = () => state().status === 'pending';
  const run = async (doing: string, write: () => Promise<unknown>, done?: string) => {
    if (pending()) return false;
    setState({ status: 'pending' });
    try {
      await write();
      setState(done ? { status: 'done', text: done } : { status: 'idle' });
      return true;
    } catch (error) {
      setState({ status: 'failed', text: describeError(error, doing), error });
      return false;
    }
  };
  return { state, pending, run, report: (text) => setState({ status: 'done', text }), clear: () => setState({ status: 'idle' }) };
}
