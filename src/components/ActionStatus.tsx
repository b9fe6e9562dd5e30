/**
 * What a write (src/state/action.ts) is doing, in the same words everywhere: "Saving…"
 * while it runs, the caller's confirmation when done, the command's message as an alert
 * when it failed. The status line is always in the page, so screen readers announce
 * changes to it (a live region added with its text is often not read).
 */
import { Show } from 'solid-js';
import type { Action } from '../state/action.ts';
import Notice from './Notice.tsx';

export const PENDING_TEXT = 'Saving…';

export default function ActionStatus(props: {
  action: Action;
  /** What it says while the write runs, when "Saving…" would mislead (an export, a deletion). */
  pendingText?: string;
}) {
  const state = () => props.action.state();
  const failure = () => {
    const s = state();
    return s.status === 'failed' ? s.text : undefined;
  };
  return (
    <>
      <p role="status" class="action-status">
        {(() => {
          const s = state();
          return s.status === 'pending' ? (props.pendingText ?? PENDING_TEXT) : s.status === 'done' ? s.text : '';
        })()}
      </p>
      <Show when={failure()}>{(text) => <Notice tone="error">{text()}</Notice>}</Show>
    </>
  );
}
