/**
 * One form field: its label, the control, a hint and its own error, tied together for
 * screen readers. The control gets `id`, `aria-describedby` (hint and error) and
 * `aria-invalid` from the render function, so a reader hears the label, the hint and,
 * after a failed save, what is wrong with this field, where it is.
 */
import { Show, type JSX } from 'solid-js';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

export default function Field(props: {
  id: string;
  label: JSX.Element;
  hint?: JSX.Element;
  error?: string | undefined;
  /** Extra classes for the wrapper: grow, narrow, check. */
  class?: string;
  /** Checkboxes put their label after the box. */
  labelAfter?: boolean;
  children: (control: FieldControlProps) => JSX.Element;
}) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const control: FieldControlProps = {
    get id() {
      return props.id;
    },
    get 'aria-describedby'() {
      const ids = [props.hint !== undefined ? hintId() : undefined, props.error ? errorId() : undefined].filter(Boolean);
      return ids.length > 0 ? ids.join(' ') : undefined;
    },
    get 'aria-invalid'() {
      return props.error ? 'true' : undefined;
    },
  };
  const label = <label for={props.id}>{props.label}</label>;
  return (
    <div class={`field${props.class ? ` ${props.class}` : ''}`} classList={{ invalid: !!props.error }}>
      <Show when={!props.labelAfter}>{label}</Show>
      {props.children(control)}
      <Show when={props.labelAfter}>{label}</Show>
      <Show when={props.hint !== undefined}>
        <span id={hintId()} class="hint">
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span id={errorId()} class="field-error">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
