/**
 * One loop being edited: its name and description, its stages in order (StageEditor), the
 * loop checks run on every edit against the openings that use it (or a chosen one), and
 * save, duplicate, export and delete. The loop is one form (src/state/form.ts): a field the
 * stored schema refuses, such as an empty stage name, is marked beside that field.
 */
import { createMemo, createSignal, For, onMount, Show, untrack } from 'solid-js';
import { produce, unwrap } from 'solid-js/store';
import { downloadText } from '../../state/download.ts';
import { createForm } from '../../state/form.ts';
import type { Action } from '../../state/action.ts';
import { deleteLoop, duplicateLoop, saveLoop, type LoopsPageData } from '../../db/hire-setup.ts';
import { checkSummary, groupByArea, joinNames, loopFindings, moveStage } from '../../domain/hire/setup.ts';
import { seededAnchors } from '../../domain/hire/rubric.ts';
import { loopFile, loopFileName } from '../../io/loop-file.ts';
import { localToday } from '../../domain/dates.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { InterviewLoop } from '../../schemas/hiring.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import { kindLabel, stageDefaults, plural, clone, type Loop, type StageKind } from './loop-helpers.ts';
import StageEditor from './StageEditor.tsx';

export default function LoopEditor(props: {
  /** Read once: the form edits a copy, and its updatedAt goes with the save (refused if another tab saved since). */
  initial: Loop;
  data: LoopsPageData;
  /** The page's report line, for what outlives this editor (a duplicate, a delete). */
  page: Action;
  onSelect: (id: string | undefined) => void;
}) {
  const initial = untrack(() => clone(props.initial));
  const form = createForm<Loop>({ initial, schema: InterviewLoop, doing: 'save this loop' });
  const draft = form.values;
  const [newKind, setNewKind] = createSignal<StageKind>('screen');
  const [checkAgainst, setCheckAgainst] = createSignal('using');
  let formElement!: HTMLFormElement;

  const change = (fn: (loop: Loop) => void) => form.set(produce(fn));
  const capabilityName = createMemo(() => new Map(props.data.library.capabilities.map((c) => [c.id, c.name])));
  const nameOf = (id: string) => capabilityName().get(id) ?? 'a removed capability';
  const groups = createMemo(() => groupByArea(props.data.library.capabilityAreas, props.data.library.capabilities));
  const people = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on'));
  const usedBy = createMemo(() => props.data.openings.filter((o) => o.loopId === draft.id));
  const checkedOpenings = createMemo(() => {
    const choice = checkAgainst();
    if (choice === 'using') return usedBy();
    if (choice === 'none') return [];
    return props.data.openings.filter((o) => o.id === choice);
  });
  const findings = createMemo(() => loopFindings(draft, checkedOpenings(), { capability: nameOf }));
  const stageName = (id: string | undefined) => draft.stages.find((s) => s.id === id)?.name ?? 'the stage';
  const personName = createMemo(() => new Map(props.data.people.map((p) => [p.id, p.name])));
  const seeds = createMemo(() => {
    const scales = new Map(props.data.library.levelScales.map((sc) => [sc.id, sc]));
    return new Map(props.data.library.capabilities.map((c) => [c.id, seededAnchors(c, scales.get(c.scaleId))]));
  });

  // A long loop reads a stage at a time: each stage shows its summary, and its fields once opened.
  const [openStages, setOpenStages] = createSignal<ReadonlySet<string>>(new Set());
  const STAGE_FIELDS = ['name', 'kind', 'durationMinutes', 'timeBoxHours'];
  /** A stage with a field to fix stays open, so the save can focus that field. */
  const isOpen = (stageId: string, index: number) => openStages().has(stageId) || STAGE_FIELDS.some((f) => form.error(`stages.${index}.${f}`));
  const setOpen = (stageId: string, open: boolean) =>
    setOpenStages((set) => {
      const next = new Set(set);
      if (open) next.add(stageId);
      else next.delete(stageId);
      return next;
    });
  const allOpen = () => draft.stages.length > 0 && draft.stages.every((s) => openStages().has(s.id));
  /** Opens a stage and moves the keyboard to it (from a finding's link, or an address with #stage-…). */
  const goToStage = (stageId: string) => {
    setOpen(stageId, true);
    const target = document.getElementById(`stage-${stageId}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };
  const findingsOf = (stageId: string) => findings().filter((f) => f.stageId === stageId).length;
  const summary = () => checkSummary(findings(), checkedOpenings().length);

  // Arriving with #stage-<id> (from the question bank): the stage exists only once the island has drawn it.
  onMount(() => {
    if (location.hash.startsWith('#stage-')) goToStage(location.hash.slice('#stage-'.length));
  });

  /** Saves the loop; the stored version (its new updatedAt, tidied stages) becomes what the form edits. */
  const save = async (): Promise<Loop | undefined> => {
    let saved: Loop | undefined;
    const ok = await form.save(formElement, async (values) => void (saved = await saveLoop(clone(values))));
    if (!ok || !saved) return undefined;
    form.reset(clone(saved));
    return saved;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    props.page.clear();
    const saved = await save();
    if (saved) props.page.report(`Saved ${saved.name}.`);
  };
  /** Duplicating and exporting act on the stored loop, so unsaved edits are saved first. */
  const stored = async () => (form.dirty() ? save() : clone(unwrap(draft)));

  const duplicate = async () => {
    props.page.clear();
    const loop = await stored();
    if (!loop) return;
    let copy: Loop | undefined;
    const ok = await form.action.run('duplicate this loop', async () => void (copy = await duplicateLoop(loop.id)));
    if (!ok || !copy) return;
    props.onSelect(copy.id);
    props.page.report(`Duplicated ${loop.name} as ${copy.name}. You are editing the copy.`);
  };

  const exportFile = async () => {
    props.page.clear();
    const loop = await stored();
    if (!loop) return;
    const file = loopFile(loop, { questions: props.data.questions, capabilities: props.data.library.capabilities, capabilityAreas: props.data.library.capabilityAreas, people: props.data.people }, new Date().toISOString(), { name: APP_NAME, version: APP_VERSION });
    const name = loopFileName(loop, localToday());
    downloadText(JSON.stringify(file, null, 2), name, 'application/json');
    props.page.report(`Exported ${loop.name} as ${name}, with its ${plural(file.data.questions.length, 'question')} and ${plural(file.data.capabilities.length, 'capability', 'capabilities')}.`);
  };

  const remove = async () => {
    props.page.clear();
    const ok = await form.action.run('delete this loop', () => deleteLoop(draft.id));
    // A refusal (an opening still uses it) is said beside the buttons, with the question closed.
    if (!ok) return true;
    props.onSelect(undefined);
    props.page.report(`Deleted ${initial.name}.`);
  };

  const addStage = () => {
    const kind = newKind();
    const id = crypto.randomUUID();
    const defaults = stageDefaults[kind];
    change((loop) => {
      loop.stages.push({ id, kind, name: defaults.name, capabilityIds: [], interviewers: [], questionIds: [], rubric: [], ...(defaults.durationMinutes ? { durationMinutes: defaults.durationMinutes } : {}) });
    });
    setOpen(id, true);
    queueMicrotask(() => document.getElementById(`${id}-name`)?.focus());
  };

  return (
    <form ref={formElement} class="card stack form loop-editor" aria-labelledby="loop-editor-heading" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
      <h2 id="loop-editor-heading">Edit {initial.name}</h2>
      <div class="grid-2">
        <Field id="loop-name" label="Loop name" error={form.error('name')}>
          {(control) => <input {...control} value={draft.name} onInput={(e) => form.set('name', e.currentTarget.value)} required maxLength={200} />}
        </Field>
        <Field id="loop-description" label="Description" error={form.error('description')}>
          {(control) => <textarea {...control} rows={2} value={draft.description} onInput={(e) => form.set('description', e.currentTarget.value)} />}
        </Field>
      </div>
      <p class="hint">
        {usedBy().length ? `Used by ${joinNames(usedBy().map((o) => o.title))}.` : 'No opening uses this loop yet: choose it on the opening.'} Every candidate of an opening goes through the same stages.
      </p>

      <div class="loop-editor-body">
        <div class="stack">
          <div class="row spread">
            <h3>Stages</h3>
            <Show when={draft.stages.length > 0}>
              <button
                type="button"
                class="secondary small"
                aria-pressed={allOpen() ? 'true' : 'false'}
                onClick={() => setOpenStages(allOpen() ? new Set<string>() : new Set(draft.stages.map((s) => s.id)))}
              >
                Show every stage’s details
              </button>
            </Show>
          </div>
          <Show when={draft.stages.length > 1}>
            <p class="hint">Open a stage to edit it; its summary says what it covers.</p>
          </Show>
          <Show when={draft.stages.length > 0} fallback={<p class="muted">No stages yet. Most loops have a screen, one or two interviews (or a short take-home) and a debrief.</p>}>
            <ol class="stage-list">
              <For each={draft.stages}>
                {(stage, index) => (
                  <li>
                    <StageEditor
                      stage={stage}
                      index={index()}
                      count={draft.stages.length}
                      groups={groups()}
                      people={people()}
                      questions={props.data.questions}
                      nameOf={nameOf}
                      error={(field) => form.error(`stages.${index()}.${field}`)}
                      onEdit={(fn) => {
                        const i = index();
                        change((loop) => fn(loop.stages[i]!));
                      }}
                      onMove={(by) => {
                        const i = index();
                        change((loop) => void (loop.stages = moveStage(loop.stages, i, by)));
                      }}
                      onRemove={() => {
                        const i = index();
                        change((loop) => void loop.stages.splice(i, 1));
                      }}
                      open={isOpen(stage.id, index())}
                      onToggle={() => setOpen(stage.id, !isOpen(stage.id, index()))}
                      personName={(id) => personName().get(id) ?? 'someone no longer in the workspace'}
                      findings={findingsOf(stage.id)}
                      seed={(id) => seeds().get(id)}
                    />
                  </li>
                )}
              </For>
            </ol>
          </Show>
          <div class="row add-stage">
            <div class="field">
              <label for="new-stage-kind">Kind of stage to add</label>
              <select id="new-stage-kind" value={newKind()} onChange={(e) => setNewKind(e.currentTarget.value as StageKind)}>
                <For each={Object.entries(kindLabel)}>{([value, label]) => <option value={value}>{label}</option>}</For>
              </select>
            </div>
            <button type="button" class="secondary" onClick={addStage}>Add stage</button>
          </div>
        </div>

        <section class="loop-checks" aria-labelledby="checks-heading">
          <h3 id="checks-heading">Loop checks</h3>
          <div class="field">
            <label for="check-against">Check the must-haves of</label>
            <select id="check-against" value={checkAgainst()} onChange={(e) => setCheckAgainst(e.currentTarget.value)}>
              <option value="using">{usedBy().length ? `The openings using this loop (${usedBy().length})` : 'The openings using this loop (none)'}</option>
              <For each={props.data.openings}>{(o) => <option value={o.id}>{o.title}</option>}</For>
              <option value="none">No opening: stages only</option>
            </select>
          </div>
          <p role="status" class="check-summary">{summary()}</p>
          <ul class="findings" aria-label="Findings">
            <For each={findings()}>
              {(f) => (
                <li class={`finding ${f.severity}`}>
                  <strong>{f.severity === 'problem' ? 'Problem' : 'Warning'}:</strong> {f.message}
                  <Show when={f.stageId}>
                    {' '}
                    <a
                      href={`#stage-${f.stageId}`}
                      onClick={(e) => {
                        // Open the stage and focus it, so the next Tab continues inside it.
                        if (!document.getElementById(`stage-${f.stageId}`)) return;
                        e.preventDefault();
                        goToStage(f.stageId!);
                      }}
                    >
                      Go to {stageName(f.stageId)}
                    </a>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </section>
      </div>

      <div class="row">
        <button type="submit" disabled={form.action.pending()}>Save loop</button>
        <span class="muted" aria-live="polite">{form.dirty() ? 'Unsaved changes' : ''}</span>
        <button type="button" class="secondary" onClick={() => void duplicate()}>Duplicate loop</button>
        <button type="button" class="secondary" onClick={() => void exportFile()}>Export loop as file</button>
        <Confirm question={`Delete ${initial.name} for good?`} confirmLabel="Delete loop" keepLabel="Keep it" onConfirm={remove}>
          Delete loop…
        </Confirm>
      </div>
      <ActionStatus action={form.action} />
    </form>
  );
}
