/** The dialog behind Enter on a matrix cell: the levels with their descriptors, to pick one by mouse or keyboard. */
import { createSignal, For, onMount, Show } from 'solid-js';
import { type Cell } from '../../domain/matrix-cells.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Capability = RecordOf<'capabilities'>;
type Person = RecordOf<'people'>;

export default function LevelChooser(props: {
  person: Person;
  capability: Capability;
  initialCell: Cell | undefined;
  scale: RecordOf<'levelScales'>;
  onChoose: (change: { level?: number | null; interested?: boolean }) => void;
  onClose: () => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  const [level, setLevel] = createSignal<number | null>(props.initialCell?.level ?? null);
  const [interested, setInterested] = createSignal(props.initialCell?.interested ?? false);
  onMount(() => dialog?.showModal());
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    props.onChoose({ level: level(), interested: interested() });
    dialog?.close();
  };
  const descriptor = (value: number) => props.capability.descriptors.find((d) => d.level === value);
  let form: HTMLFormElement | undefined;
  // As in the grid: a level's number picks it (and moves focus to it, so its descriptor is read), Enter saves.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const value = Number(event.key);
      if (!props.scale.levels.some((l) => l.value === value)) return;
      event.preventDefault();
      setLevel(value);
      dialog?.querySelector<HTMLInputElement>(`#level-${value}`)?.focus();
    } else if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      form?.requestSubmit();
    }
  };
  return (
    <dialog ref={dialog} class="level-chooser" aria-labelledby="chooser-heading" onClose={() => props.onClose()} onKeyDown={onKeyDown}>
      <form ref={form} onSubmit={save} class="stack">
        <h2 id="chooser-heading">{props.person.name} · {props.capability.name}</h2>
        <p class="hint">Type a level’s number to pick it, then <kbd>Enter</kbd> to save.</p>
        <fieldset>
          <legend>Level</legend>
          <For each={props.scale.levels}>
            {(l) => (
              <div class="chooser-level">
                <input type="radio" name="level" id={`level-${l.value}`} value={l.value} checked={level() === l.value} onChange={() => setLevel(l.value)} />
                <label for={`level-${l.value}`}>
                  {l.value} {l.name}
                </label>
                <Show
                  when={descriptor(l.value)}
                  fallback={<p class="hint">{l.description}</p>}
                >
                  {(d) => (
                    <ul class="hint">
                      <For each={d().criteria}>{(text) => <li>{text}</li>}</For>
                      <For each={d().examples}>{(text) => <li class="example">Example: {text}</li>}</For>
                    </ul>
                  )}
                </Show>
              </div>
            )}
          </For>
          <div class="chooser-level">
            <input type="radio" name="level" id="level-none" checked={level() === null} onChange={() => setLevel(null)} />
            <label for="level-none">Not rated</label>
          </div>
        </fieldset>
        <div class="row">
          <input type="checkbox" id="chooser-grow" checked={interested()} onChange={(e) => setInterested(e.currentTarget.checked)} />
          <label for="chooser-grow">Wants to grow here</label>
        </div>
        <div class="row">
          <button type="submit">Save</button>
          <button type="button" class="secondary" onClick={() => dialog?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
