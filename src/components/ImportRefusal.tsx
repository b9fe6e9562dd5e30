/** Why a file was refused: the headline, the first problems with where they are, and that nothing changed. */
import { For, Show } from 'solid-js';

export default function ImportRefusal(props: {
  fileName: string;
  headline: string;
  /** `example`, when given, is what the fix looks like in the file, shown as a code block. */
  problems: { path: string; message: string; example?: string | undefined }[];
  /** Problems beyond those listed. */
  more?: number;
  /** What stayed as it was, e.g. "Your workspace is unchanged." */
  unchanged: string;
}) {
  return (
    <div class="notice error" role="alert">
      <h3>Nothing was imported from {props.fileName}</h3>
      <p>{props.headline}</p>
      <Show when={props.problems.length > 0}>
        <ul class="problems" aria-label="Problems found">
          <For each={props.problems}>
            {(p) => (
              <li>
                <code>{p.path}</code> {p.message}
                <Show when={p.example}>
                  {(example) => (
                    <pre class="example-code"><code>{example()}</code></pre>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={(props.more ?? 0) > 0}>
          <p>…and {props.more!.toLocaleString('en-GB')} more like these.</p>
        </Show>
      </Show>
      <p>{props.unchanged}</p>
    </div>
  );
}
