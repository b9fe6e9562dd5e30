/**
 * The dialog behind Enter on a matrix cell: the levels with their descriptors, to pick one by
 * mouse or keyboard. A criterion that keeps its own examples (a Monzo sub-level such as
 * "Criteria for sublevel B", or a criterion with its examples) shows them as a list under it;
 * an FT proficiency is shown once for the level when all its criteria share it, else with each.
 */
import { createSignal, For, onMount, Show } from 'solid-js';
import { type Cell } from '../../domain/matrix-cells.ts';
import type { RecordOf } from '../../schemas/records.ts';

type Capability = RecordOf<'capabilities'>;
type LevelDescriptor = Capability['descriptors'][number];
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
  // What opened the chooser (a cell, or the "Choose a level" button) gets the focus back when it closes.
  let opener: Element | null = null;
  onMount(() => {
    opener = document.activeElement;
    dialog?.showModal();
  });
  const closed = () => {
    props.onClose();
    // Queued after whatever the caller queued on close (the grid refocuses its active cell), so the opener wins.
    queueMicrotask(() => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus({ preventScroll: true });
    });
  };
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
    <dialog ref={dialog} class="level-chooser" aria-labelledby="chooser-heading" onClose={closed} onKeyDown={onKeyDown}>
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
                  {(d) => <Descriptor descriptor={d()} />}
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

function Descriptor(props: { descriptor: LevelDescriptor }) {
  const detailed = () => props.descriptor.detailed ?? [];
  // One proficiency for the whole level reads once; differing ones go with their criterion.
  const shared = () => {
    const all = new Set(detailed().map((x) => x.proficiency ?? ''));
    const only = [...all][0];
    return all.size === 1 && only ? only : undefined;
  };
  return (
    <div class="hint descriptor">
      <Show when={shared()}>{(p) => <p class="proficiency">Proficiency: {p()}</p>}</Show>
      <ul>
        <For each={props.descriptor.criteria}>{(text) => <li>{text}</li>}</For>
        <For each={detailed()}>
          {(x) => (
            <li>
              {x.criterion}
              <Show when={!shared() && x.proficiency}>
                {(p) => <span class="proficiency"> (proficiency: {p()})</span>}
              </Show>
              <Show when={(x.examples ?? []).length > 0}>
                <ul class="sub-examples">
                  <For each={x.examples}>{(text) => <li>{text}</li>}</For>
                </ul>
              </Show>
              <Show when={(x.links ?? []).length > 0}>
                <ul class="links">
                  <For each={x.links}>
                    {(link) => (
                      <li>
                        <a href={link.url} target="_blank" rel="noopener noreferrer">{link.label}</a>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </li>
          )}
        </For>
        <For each={props.descriptor.examples}>{(text) => <li class="example">Example: {text}</li>}</For>
      </ul>
    </div>
  );
}
