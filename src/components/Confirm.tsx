/**
 * Asks in place before something that cannot be undone: the button becomes the question
 * and its two answers. The safe answer gets the focus, so Enter or Space keeps the data,
 * and keeping it puts the focus back on the button that asked, so a keyboard user never
 * ends up on the page's body.
 */
import { createSignal, Show, type JSX } from 'solid-js';

export default function Confirm(props: {
  /** The button's content; a visually hidden part can say what it deletes. */
  children: JSX.Element;
  /** The question, e.g. "Delete this decision record?" */
  question: JSX.Element;
  confirmLabel: string;
  keepLabel: string;
  /** Runs the deletion; resolving to false (it failed) leaves the question open beside its message. */
  onConfirm: () => Promise<boolean | void> | boolean | void;
  /** "inline" sits in a row of buttons; "panel" is a warning box with the consequences spelt out. */
  variant?: 'inline' | 'panel';
  disabled?: boolean;
  /** True while the confirmed action runs: the confirm button waits. */
  busy?: boolean;
  /** Called when the question opens, e.g. to clear an earlier message. */
  onAsk?: () => void;
}) {
  const [asking, setAsking] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const small = () => (props.variant === 'panel' ? '' : ' small');
  const keep = () => {
    setAsking(false);
    trigger?.focus();
  };
  const confirm = async () => {
    if ((await props.onConfirm()) !== false) keep();
  };
  const answers = () => (
    <>
      <button type="button" class={`danger${small()}`} disabled={props.busy} onClick={() => void confirm()}>
        {props.confirmLabel}
      </button>
      <button type="button" class={`secondary${small()}`} ref={(el) => queueMicrotask(() => el.focus())} onClick={keep}>
        {props.keepLabel}
      </button>
    </>
  );
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class={`secondary${small()}`}
          ref={trigger}
          disabled={props.disabled}
          onClick={() => {
            props.onAsk?.();
            setAsking(true);
          }}
        >
          {props.children}
        </button>
      }
    >
      <Show when={props.variant === 'panel'} fallback={<span class="confirm"><span>{props.question}</span> {answers()}</span>}>
        <div class="notice warn" role="alert">
          <p>{props.question}</p>
          <div class="row">{answers()}</div>
        </div>
      </Show>
    </Show>
  );
}
