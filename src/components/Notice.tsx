/**
 * A boxed message. Errors are alerts (read out at once); warnings and confirmations are
 * status messages (read out when the reader is idle), so a page never shouts a hint.
 */
import type { JSX } from 'solid-js';

export type NoticeTone = 'error' | 'warn' | 'ok';

export default function Notice(props: { tone: NoticeTone; id?: string; class?: string; children: JSX.Element }) {
  return (
    <div id={props.id} class={`notice ${props.tone}${props.class ? ` ${props.class}` : ''}`} role={props.tone === 'error' ? 'alert' : 'status'}>
      <p>{props.children}</p>
    </div>
  );
}
