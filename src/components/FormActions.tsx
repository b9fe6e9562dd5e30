/**
 * The end of every form: the submit button (disabled while the save runs), an optional
 * cancel (an explicit choice to drop the changes, so it does not ask), and the save's status in the same words as every other write (ActionStatus).
 */
import { Show } from 'solid-js';
import type { Action } from '../state/action.ts';
import ActionStatus from './ActionStatus.tsx';

export default function FormActions(props: {
  action: Action;
  submitLabel: string;
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
}) {
  return (
    <>
      <div class="row">
        <button type="submit" disabled={props.action.pending()}>
          {props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              {props.cancelLabel ?? 'Cancel'}
            </button>
          )}
        </Show>
      </div>
      <ActionStatus action={props.action} />
    </>
  );
}
