/**
 * What an imported framework holds and what it would change, before anything is written:
 * the reader's notes (how the text was decoded, links left out), the choice a file may need
 * (an FT family's career track), and each new capability with the kind Turbine guessed from
 * its name, which the manager can change before importing. Imported text is shown as text.
 */
import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { withKinds, type CapabilityLibrary, type LibraryMergePlan } from '../../domain/library-merge.ts';
import type { FrameworkDraft } from '../../domain/framework-draft.ts';
import type { FrameworkOption } from '../../io/framework.worker.ts';
import type { CapabilityKind } from '../../schemas/capability.ts';
import { plural } from '../../domain/words.ts';

export type ReadyFramework = {
  draft: FrameworkDraft;
  plan: LibraryMergePlan;
  choice?: { question: string; why: string; options: FrameworkOption[] };
};

/** New capabilities listed with their kind straight away; a bigger framework's list is drawn on request. */
const KINDS_LISTED_AT_ONCE = 50;

const KINDS: { value: CapabilityKind; label: string }[] = [
  { value: 'technical', label: 'Technical' },
  { value: 'non-technical', label: 'Non-technical' },
  { value: 'domain', label: 'Domain' },
];

export default function FrameworkPreview(props: {
  ready: ReadyFramework;
  library: CapabilityLibrary;
  onImport: (plan: LibraryMergePlan, draft: FrameworkDraft) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = createSignal(0);
  const [kinds, setKinds] = createSignal<Record<string, CapabilityKind>>({});
  const option = () => props.ready.choice?.options[chosen()] ?? { label: '', draft: props.ready.draft, plan: props.ready.plan };
  const draft = () => option().draft;
  const plan = () => withKinds(option().plan, kinds());
  const s = () => plan().summary;
  const nothingNew = () => plan().capabilities.add.length === 0 && plan().capabilities.update.length === 0 && plan().areas.add.length === 0 && plan().scales.add.length === 0;
  const areaName = (id: string) => plan().areas.add.find((a) => a.id === id)?.name ?? props.library.capabilityAreas.find((a) => a.id === id)?.name ?? '';
  // A framework of hundreds of capabilities would draw a control for each before the preview could show:
  // its guesses are counted first, and listed one by one when the manager asks.
  const many = () => plan().capabilities.add.length > KINDS_LISTED_AT_ONCE;
  const [reviewing, setReviewing] = createSignal(false);
  const guessed = () =>
    KINDS.map((k) => ({ label: k.label.toLowerCase(), n: option().plan.capabilities.add.filter((c) => c.kind === k.value).length }))
      .filter((k) => k.n > 0)
      .map((k) => `${k.n} ${k.label}`)
      .join(', ');
  const newByArea = createMemo(() => {
    const groups = new Map<string, LibraryMergePlan['capabilities']['add']>();
    // From the plan as read, not as re-kinded: choosing a kind must not re-create the list (and lose the focus).
    for (const c of option().plan.capabilities.add) groups.set(c.areaId, [...(groups.get(c.areaId) ?? []), c]);
    return [...groups.entries()].map(([areaId, capabilities]) => ({ areaId, capabilities }));
  });

  return (
    <div class="stack preview" role="region" aria-label="Framework preview">
      <h3>{draft().title}</h3>
      <Show when={props.ready.choice}>
        {(choice) => (
          <fieldset class="framework-choice">
            <legend>{choice().question}</legend>
            <p class="hint">{choice().why}</p>
            <Index each={choice().options}>
              {(o, i) => (
                <div class="option">
                  <input type="radio" name="framework-option" id={`framework-option-${i}`} checked={chosen() === i} onChange={() => setChosen(i)} />
                  <label for={`framework-option-${i}`}>{o().label}</label>
                </div>
              )}
            </Index>
          </fieldset>
        )}
      </Show>
      <p>
        {draft().fileName} holds {plural(s().areas, 'area')}, {plural(s().capabilities, 'capability', 'capabilities')}, {plural(s().levels, 'level')} and {plural(s().descriptors, 'descriptor')}.
      </p>
      <Show when={(draft().notes ?? []).length > 0}>
        <div class="notice warn" role="note" aria-label="Notes on reading the file">
          <ul>
            <For each={draft().notes}>{(note) => <li>{note}</li>}</For>
          </ul>
        </div>
      </Show>
      <table>
        <caption class="visually-hidden">What the import would change</caption>
        <thead>
          <tr><th scope="col">What</th><th scope="col" class="num">New</th><th scope="col" class="num">Updated</th><th scope="col" class="num">Already there</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">Capabilities</th><td class="num">{plan().capabilities.add.length}</td><td class="num">{plan().capabilities.update.length}</td><td class="num">{plan().capabilities.unchanged}</td></tr>
          <tr><th scope="row">Areas</th><td class="num">{plan().areas.add.length}</td><td class="num">—</td><td class="num">{s().areas - plan().areas.add.length}</td></tr>
          <tr><th scope="row">Level scales</th><td class="num">{plan().scales.add.length}</td><td class="num">—</td><td class="num">{draft().scales.length - plan().scales.add.length}</td></tr>
        </tbody>
      </table>
      <Show when={plan().capabilities.add.length > 0}>
        <fieldset class="framework-kinds">
          <legend>Kind of each new capability</legend>
          <p class="hint">Turbine guessed each kind from the capability’s name ({guessed()}). Change any that are wrong before importing; you can also change them later.</p>
          <Show
            when={!many() || reviewing()}
            fallback={
              <button type="button" class="secondary small" onClick={() => setReviewing(true)}>
                Review the kind of each of the {plan().capabilities.add.length} new capabilities
              </button>
            }
          >
            <div class="stack" tabindex="-1" ref={(el) => many() && queueMicrotask(() => el.focus())}>
              <For each={newByArea()}>
                {(group) => (
                  <div>
                    <Show when={newByArea().length > 1}>
                      <h4>{areaName(group.areaId)}</h4>
                    </Show>
                    <ul class="plain">
                      <For each={group.capabilities}>
                        {(c) => (
                          <li class="row">
                            <label for={`kind-${c.id}`}>{c.name}</label>
                            <select id={`kind-${c.id}`} value={kinds()[c.id] ?? c.kind} onChange={(e) => setKinds({ ...kinds(), [c.id]: e.currentTarget.value as CapabilityKind })}>
                              <For each={KINDS}>{(k) => <option value={k.value}>{k.label}</option>}</For>
                            </select>
                            <span class="hint">levels {c.descriptors.map((d) => d.level).join(', ') || 'none described'}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                )}
              </For>
            </div>
          </Show>
        </fieldset>
      </Show>
      <Show when={plan().notes.length > 0}>
        <ul>
          <For each={plan().notes}>{(note) => <li>{note}</li>}</For>
        </ul>
      </Show>
      <div class="row">
        <Show when={!nothingNew()} fallback={<p role="status">Everything in this file is already in your library.</p>}>
          <button type="button" onClick={() => props.onImport(plan(), draft())}>Add to my library</button>
        </Show>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>Cancel</button>
      </div>
    </div>
  );
}
