/** Shows a live query's loading and error states the same way everywhere, and its data once there. */
import { Match, Show, Switch, type Accessor, type JSX } from 'solid-js';
import type { LiveQuery } from '../state/live-query.ts';
import { describeError } from '../domain/errors.ts';

export default function LiveSection<T>(props: { query: LiveQuery<T>; children: (data: T) => JSX.Element }) {
  // Keyed: each new result re-renders the section, so it never shows a stale snapshot.
  return <LiveView query={props.query}>{(data) => <Show when={data()} keyed>{(value) => props.children(value)}</Show>}</LiveView>;
}

/**
 * LiveSection for views that hold state of their own (open forms, a message, a chosen item):
 * not keyed, so a new result updates the view in place through the accessor instead of
 * re-creating it, and text typed into a form survives a change made in another tab.
 */
export function LiveView<T>(props: { query: LiveQuery<T>; children: (data: Accessor<T>) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.query.error()}>
        <div class="notice error" role="alert">
          <p>{describeError(props.query.error(), 'read your workspace')}</p>
        </div>
      </Match>
      <Match when={props.query.data()}>{(data) => props.children(data)}</Match>
      <Match when={props.query.loading()}>
        <p role="status">Loading…</p>
      </Match>
    </Switch>
  );
}
