/**
 * Interview loops: reusable templates of ordered stages, each with the capabilities it
 * assesses, its interviewers, duration (a time box for take-homes), questions from the bank
 * and a rubric. The loop checks run on every edit, against the must-haves of the openings
 * that use the loop (or a chosen opening), and link to the stage they are about. A loop can
 * be duplicated, exported as a file and imported from one (checked and previewed first).
 */
import { createMemo, createSignal, For, Index, onCleanup, onMount, Show, untrack } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import { createLiveStore } from '../../state/live-store.ts';
import { describeError } from '../../domain/errors.ts';
import { downloadText } from '../../state/download.ts';
import { createLoop, deleteLoop, duplicateLoop, importLoop, readLoopsPage, saveLoop, type LoopsPageData } from '../../db/hire-setup.ts';
import { groupByArea, joinNames, loopFindings, moveStage, questionsFor } from '../../domain/hire/setup.ts';
import { MAX_TAKE_HOME_HOURS } from '../../domain/hire/loop-checks.ts';
import { loopFile, loopFileName, MAX_LOOP_FILE_BYTES, readLoopFile } from '../../io/loop-file.ts';
import type { LoopFileData } from '../../schemas/loop-file.ts';
import { planLoopImport, IMPORTED_AREA_NAME, type LoopImportPlan } from '../../domain/hire/loop-import.ts';
import type { Problem } from '../../io/problems.ts';
import { localToday } from '../../domain/dates.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import type { RecordOf } from '../../schemas/records.ts';
import CapabilityPicker from './CapabilityPicker.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';

type Loop = RecordOf<'interviewLoops'>;
type Stage = Loop['stages'][number];
type StageKind = Stage['kind'];
type Notice = { ok: boolean; text: string };

const kindLabel: Record<StageKind, string> = { screen: 'Screen', 'take-home': 'Take-home', interview: 'Interview', debrief: 'Debrief' };
const stageDefaults: Record<StageKind, { name: string; durationMinutes?: number }> = {
  screen: { name: 'Phone screen', durationMinutes: 30 },
  'take-home': { name: 'Take-home' },
  interview: { name: 'Interview', durationMinutes: 60 },
  debrief: { name: 'Debrief', durationMinutes: 30 },
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export default function Loops(props: { base: string }) {
  const data = createLiveStore(readLoopsPage);
  const loopParam = () => new URLSearchParams(location.search).get('loop') ?? undefined;
  const [selected, setSelected] = createSignal(loopParam());
  const [notice, setNotice] = createSignal<Notice>();
  const [newName, setNewName] = createSignal('');

  const select = (id: string | undefined) => {
    setSelected(id);
    history.pushState(null, '', id ? `?loop=${id}` : location.pathname);
  };
  const onPop = () => setSelected(loopParam());
  window.addEventListener('popstate', onPop);
  onCleanup(() => window.removeEventListener('popstate', onPop));

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    setNotice(undefined);
    if (!newName().trim()) return setNotice({ ok: false, text: 'Give the new loop a name.' });
    try {
      const loop = await createLoop(newName().trim());
      setNewName('');
      select(loop.id);
      setNotice({ ok: true, text: `Created ${loop.name}. Add its stages below.` });
    } catch (e) {
      setNotice({ ok: false, text: describeError(e, 'create the loop') });
    }
  };

  return (
    <Show when={data.data()} fallback={data.error() ? <p class="notice error" role="alert">{describeError(data.error(), 'read your workspace')}</p> : <p role="status">Loading…</p>}>
      {(d) => (
        <div class="stack">
          <section class="card" aria-labelledby="loops-heading">
            <h2 id="loops-heading">Interview loops</h2>
            <Show when={d().loops.length > 0} fallback={<p class="muted">No loops yet. A loop is the same ordered set of stages for every candidate of an opening: create one below.</p>}>
              <ul class="loop-list">
                <For each={d().loops}>
                  {(l) => (
                    <li>
                      <a
                        href={`?loop=${l.id}`}
                        aria-current={selected() === l.id ? 'true' : undefined}
                        onClick={(e) => {
                          e.preventDefault();
                          setNotice(undefined);
                          select(l.id);
                        }}
                      >
                        {l.name}
                      </a>{' '}
                      <span class="muted">
                        {l.stages.map((s) => s.name).join(' → ') || 'no stages yet'}
                        {d().openings.some((o) => o.loopId === l.id) ? ` · used by ${joinNames(d().openings.filter((o) => o.loopId === l.id).map((o) => o.title))}` : ''}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <form class="row new-loop" onSubmit={(e) => void create(e)}>
              <div class="field">
                <label for="new-loop-name">Name of a new loop</label>
                <input id="new-loop-name" value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} maxLength={200} />
              </div>
              <button type="submit">Create loop</button>
            </form>
          </section>
          <Show when={notice()}>
            {(m) => <p class={`notice ${m().ok ? 'ok' : 'error'}`} role={m().ok ? 'status' : 'alert'}>{m().text}</p>}
          </Show>
          <Show when={selected()} keyed>
            {(id) => (
              <Show when={d().loops.find((l) => l.id === id)} fallback={<p class="notice warn" role="status">That loop is no longer in your workspace. Choose another one above.</p>}>
                {(loop) => (
                  <LoopEditor
                    initial={untrack(loop)}
                    data={d()}
                    base={props.base}
                    onNotice={setNotice}
                    onSelect={(next) => select(next)}
                  />
                )}
              </Show>
            )}
          </Show>
          <LoopImport
            data={d()}
            onImported={(plan) => {
              select(plan.loop.id);
              setNotice({ ok: true, text: `Imported ${plan.loop.name}: ${plural(plan.loop.stages.length, 'stage')}, ${plural(plan.questions.add.length, 'question')} added to the bank, ${plural(plan.capabilities.add.length, 'capability', 'capabilities')} added to the library.` });
            }}
          />
        </div>
      )}
    </Show>
  );
}

// ---------------------------------------------------------------- the editor

function LoopEditor(props: { initial: Loop; data: LoopsPageData; base: string; onNotice: (n: Notice | undefined) => void; onSelect: (id: string | undefined) => void }) {
  const [draft, setDraft] = createStore<Loop>(clone(props.initial));
  const [dirty, setDirty] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [confirmDelete, setConfirmDelete] = createSignal(false);
  const [newKind, setNewKind] = createSignal<StageKind>('screen');
  const [checkAgainst, setCheckAgainst] = createSignal('using');

  const change = (fn: (loop: Loop) => void) => {
    setDirty(true);
    setDraft(produce(fn));
  };
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
  const summary = () => {
    const problems = findings().filter((f) => f.severity === 'problem').length;
    const warnings = findings().length - problems;
    if (findings().length === 0) return 'No problems found: every check passes.';
    return `${plural(problems, 'problem')} and ${plural(warnings, 'warning')}.`;
  };

  // Arriving with #stage-<id> (from the question bank): the stage exists only once the island has drawn it.
  onMount(() => {
    if (!location.hash.startsWith('#stage-')) return;
    const target = document.getElementById(location.hash.slice(1));
    target?.scrollIntoView();
    target?.focus();
  });

  const save = async (): Promise<Loop | undefined> => {
    setError(undefined);
    try {
      const saved = await saveLoop(clone(draft));
      setDraft(reconcile(clone(saved), { key: 'id' }));
      setDirty(false);
      return saved;
    } catch (e) {
      setError(describeError(e, 'save this loop'));
      return undefined;
    }
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    props.onNotice(undefined);
    const saved = await save();
    if (saved) props.onNotice({ ok: true, text: `Saved ${saved.name}.` });
  };
  /** Duplicating and exporting act on the stored loop, so unsaved edits are saved first. */
  const saved = async () => (dirty() ? save() : clone(draft));

  const duplicate = async () => {
    props.onNotice(undefined);
    const loop = await saved();
    if (!loop) return;
    try {
      const copy = await duplicateLoop(loop.id);
      props.onSelect(copy.id);
      props.onNotice({ ok: true, text: `Duplicated ${loop.name} as ${copy.name}. You are editing the copy.` });
    } catch (e) {
      setError(describeError(e, 'duplicate this loop'));
    }
  };

  const exportFile = async () => {
    props.onNotice(undefined);
    const loop = await saved();
    if (!loop) return;
    const file = loopFile(loop, { questions: props.data.questions, capabilities: props.data.library.capabilities, capabilityAreas: props.data.library.capabilityAreas, people: props.data.people }, new Date().toISOString(), { name: APP_NAME, version: APP_VERSION });
    const name = loopFileName(loop, localToday());
    downloadText(JSON.stringify(file, null, 2), name, 'application/json');
    props.onNotice({ ok: true, text: `Exported ${loop.name} as ${name}, with its ${plural(file.data.questions.length, 'question')} and ${plural(file.data.capabilities.length, 'capability', 'capabilities')}.` });
  };

  const remove = async () => {
    try {
      await deleteLoop(draft.id);
      props.onSelect(undefined);
      props.onNotice({ ok: true, text: `Deleted ${props.initial.name}.` });
    } catch (e) {
      setConfirmDelete(false);
      setError(describeError(e, 'delete this loop'));
    }
  };

  const addStage = () => {
    const kind = newKind();
    const id = crypto.randomUUID();
    const defaults = stageDefaults[kind];
    change((loop) => {
      loop.stages.push({ id, kind, name: defaults.name, capabilityIds: [], interviewers: [], questionIds: [], rubric: [], ...(defaults.durationMinutes ? { durationMinutes: defaults.durationMinutes } : {}) });
    });
    queueMicrotask(() => document.getElementById(`${id}-name`)?.focus());
  };

  return (
    <form class="card stack form loop-editor" aria-labelledby="loop-editor-heading" onSubmit={(e) => void submit(e)}>
      <h2 id="loop-editor-heading">Edit {props.initial.name}</h2>
      <div class="grid-2">
        <div class="field">
          <label for="loop-name">Loop name</label>
          <input id="loop-name" value={draft.name} onInput={(e) => change((l) => void (l.name = e.currentTarget.value))} required maxLength={200} />
        </div>
        <div class="field">
          <label for="loop-description">Description</label>
          <textarea id="loop-description" rows={2} value={draft.description} onInput={(e) => change((l) => void (l.description = e.currentTarget.value))} />
        </div>
      </div>
      <p class="hint">
        {usedBy().length ? `Used by ${joinNames(usedBy().map((o) => o.title))}.` : 'No opening uses this loop yet: choose it on the opening.'} Every candidate of an opening goes through the same stages.
      </p>

      <div class="loop-editor-body">
        <div class="stack">
          <h3>Stages</h3>
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
                      base={props.base}
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
                        // Focus the stage itself, so the next Tab continues inside it.
                        const target = document.getElementById(`stage-${f.stageId}`);
                        if (!target) return;
                        e.preventDefault();
                        target.scrollIntoView({ block: 'start' });
                        target.focus();
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

      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <div class="row">
        <button type="submit">Save loop</button>
        <span class="muted" aria-live="polite">{dirty() ? 'Unsaved changes' : ''}</span>
        <button type="button" class="secondary" onClick={() => void duplicate()}>Duplicate loop</button>
        <button type="button" class="secondary" onClick={() => void exportFile()}>Export loop as file</button>
        <Show when={confirmDelete()} fallback={<button type="button" class="secondary" onClick={() => setConfirmDelete(true)}>Delete loop…</button>}>
          <span>Delete {props.initial.name} for good?</span>
          <button type="button" class="danger" onClick={() => void remove()}>Delete loop</button>
          <button type="button" class="secondary" onClick={() => setConfirmDelete(false)}>Keep it</button>
        </Show>
      </div>
    </form>
  );
}

function StageEditor(props: {
  stage: Stage;
  index: number;
  count: number;
  groups: ReturnType<typeof groupByArea<{ id: string; name: string; areaId: string }>>;
  people: readonly { id: string; name: string }[];
  questions: LoopsPageData['questions'];
  nameOf: (id: string) => string;
  base: string;
  onEdit: (fn: (stage: Stage) => void) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = (field: string) => `${props.stage.id}-${field}`;
  const [outsider, setOutsider] = createSignal('');
  const heading = () => `Stage ${props.index + 1}: ${props.stage.name || kindLabel[props.stage.kind]}`;
  const numberOrNone = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const rubricIds = () => [...new Set([...props.stage.capabilityIds, ...props.stage.rubric.map((r) => r.capabilityId)])];
  const anchor = (capabilityId: string, score: 1 | 2 | 3 | 4) => props.stage.rubric.find((r) => r.capabilityId === capabilityId)?.anchors[score] ?? '';
  const setAnchor = (capabilityId: string, score: 1 | 2 | 3 | 4, text: string) =>
    props.onEdit((s) => {
      let row = s.rubric.find((r) => r.capabilityId === capabilityId);
      if (!row) s.rubric.push((row = { capabilityId, anchors: { 1: '', 2: '', 3: '', 4: '' } }));
      row.anchors[score] = text;
    });
  const addOutsider = () => {
    const name = outsider().trim();
    if (!name) return;
    props.onEdit((s) => void s.interviewers.push({ name }));
    setOutsider('');
  };
  const sortedQuestions = createMemo(() => questionsFor(props.questions, props.stage.capabilityIds));
  const gathers = () => props.stage.kind !== 'debrief';

  return (
    <section class="stage-card" id={`stage-${props.stage.id}`} tabindex="-1" aria-labelledby={id('heading')}>
      <div class="row spread">
        <h4 id={id('heading')}>{heading()}</h4>
        <div class="row tight">
          <button type="button" class="secondary small" disabled={props.index === 0} onClick={() => props.onMove(-1)} aria-label={`Move ${props.stage.name} up`}>Move up</button>
          <button type="button" class="secondary small" disabled={props.index === props.count - 1} onClick={() => props.onMove(1)} aria-label={`Move ${props.stage.name} down`}>Move down</button>
          <button type="button" class="secondary small" onClick={() => props.onRemove()} aria-label={`Remove ${props.stage.name}`}>Remove</button>
        </div>
      </div>
      <div class="field-row">
        <div class="field grow">
          <label for={id('name')}>Stage name</label>
          <input id={id('name')} value={props.stage.name} required maxLength={200} onInput={(e) => props.onEdit((s) => void (s.name = e.currentTarget.value))} />
        </div>
        <div class="field">
          <label for={id('kind')}>Kind</label>
          <select id={id('kind')} value={props.stage.kind} onChange={(e) => props.onEdit((s) => void (s.kind = e.currentTarget.value as StageKind))}>
            <For each={Object.entries(kindLabel)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <Show
          when={props.stage.kind === 'take-home'}
          fallback={
            <div class="field">
              <label for={id('duration')}>Duration (minutes)</label>
              <input id={id('duration')} class="short-number" type="number" min="0" max="1440" step="5" value={props.stage.durationMinutes ?? ''} onInput={(e) => props.onEdit((s) => void (s.durationMinutes = numberOrNone(e.currentTarget.value)))} />
            </div>
          }
        >
          <div class="field">
            <label for={id('timebox')}>Time box (hours)</label>
            <input id={id('timebox')} class="short-number" type="number" min="0" max="100" step="0.5" value={props.stage.timeBoxHours ?? ''} aria-describedby={id('timebox-hint')} onInput={(e) => props.onEdit((s) => void (s.timeBoxHours = numberOrNone(e.currentTarget.value)))} />
            <span class="hint" id={id('timebox-hint')}>At most {MAX_TAKE_HOME_HOURS}: longer favours people with more free time.</span>
          </div>
        </Show>
      </div>

      <Show when={gathers()} fallback={<p class="hint">A debrief weighs the evidence the other stages gathered: it assesses nothing itself, so it has no capabilities, questions or rubric.</p>}>
        <CapabilityPicker
          legend="Capabilities assessed"
          hint="Four at most, so each gets real evidence."
          idPrefix={id('cap')}
          groups={props.groups}
          selected={props.stage.capabilityIds}
          onChange={(ids) => props.onEdit((s) => void (s.capabilityIds = ids))}
        />
      </Show>

      <fieldset class="interviewers">
        <legend>Interviewers</legend>
        <div class="options">
          <For each={props.people}>
            {(p) => (
              <label class="option" for={id(`person-${p.id}`)}>
                <input
                  type="checkbox"
                  id={id(`person-${p.id}`)}
                  checked={props.stage.interviewers.some((i) => i.personId === p.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    props.onEdit((s) => void (s.interviewers = on ? [...s.interviewers.filter((i) => i.personId !== p.id), { personId: p.id }] : s.interviewers.filter((i) => i.personId !== p.id)));
                  }}
                />
                {p.name}
              </label>
            )}
          </For>
        </div>
        <Show when={props.stage.interviewers.some((i) => !i.personId)}>
          <ul class="outsiders">
            <For each={props.stage.interviewers.filter((i) => !i.personId)}>
              {(iv) => (
                <li>
                  {iv.name} <span class="muted">(outside the team)</span>{' '}
                  <button type="button" class="secondary small" aria-label={`Remove ${iv.name} from ${props.stage.name}`} onClick={() => props.onEdit((s) => void (s.interviewers = s.interviewers.filter((i) => i.personId || i.name !== iv.name)))}>Remove</button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <div class="row">
          <div class="field">
            <label for={id('outsider')}>Interviewer from outside the team</label>
            <input
              id={id('outsider')}
              value={outsider()}
              maxLength={500}
              onInput={(e) => setOutsider(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                addOutsider();
              }}
            />
          </div>
          <button type="button" class="secondary small" onClick={addOutsider} aria-label={`Add the outside interviewer to ${props.stage.name}`}>Add</button>
        </div>
      </fieldset>

      <Show when={gathers()}>
        <fieldset class="stage-questions">
          <legend>Questions</legend>
          <Show when={props.questions.length > 0} fallback={<p class="muted">The question bank is empty. <a href={`${props.base}/hire/questions/`}>Add questions</a>, then pick them here.</p>}>
            <p class="hint">Questions tagged with a capability this stage assesses come first.</p>
            <div class="options column">
              <For each={sortedQuestions()}>
                {(q) => (
                  <label class="option" for={id(`q-${q.id}`)}>
                    <input
                      type="checkbox"
                      id={id(`q-${q.id}`)}
                      checked={props.stage.questionIds.includes(q.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        props.onEdit((s) => void (s.questionIds = on ? [...s.questionIds.filter((x) => x !== q.id), q.id] : s.questionIds.filter((x) => x !== q.id)));
                      }}
                    />
                    <span>
                      {q.text}
                      <Show when={q.minutes !== undefined}> <span class="muted">({q.minutes} min)</span></Show>
                    </span>
                  </label>
                )}
              </For>
            </div>
          </Show>
        </fieldset>

        <Show when={rubricIds().length > 0}>
          <div class="rubric">
            <h5>Rubric: what a 1, 2, 3 and 4 look like</h5>
            <Index each={rubricIds()}>
              {(capabilityId) => (
                <fieldset class="rubric-row">
                  <legend>Rubric for {props.nameOf(capabilityId())}</legend>
                  <Show when={!props.stage.capabilityIds.includes(capabilityId())}>
                    <p class="hint">
                      This stage no longer assesses {props.nameOf(capabilityId())}.{' '}
                      <button type="button" class="secondary small" onClick={() => {
                          const gone = capabilityId();
                          props.onEdit((s) => void (s.rubric = s.rubric.filter((r) => r.capabilityId !== gone)));
                        }}>Remove this row</button>
                    </p>
                  </Show>
                  <div class="rubric-grid">
                    <For each={[1, 2, 3, 4] as const}>
                      {(score) => (
                        <div class="field">
                          <label for={id(`rubric-${capabilityId()}-${score}`)}>Score {score}</label>
                          <textarea id={id(`rubric-${capabilityId()}-${score}`)} rows={3} value={anchor(capabilityId(), score)} onInput={(e) => setAnchor(capabilityId(), score, e.currentTarget.value)} />
                        </div>
                      )}
                    </For>
                  </div>
                </fieldset>
              )}
            </Index>
          </div>
        </Show>
      </Show>
    </section>
  );
}

// ---------------------------------------------------------------- import

type ImportStep =
  | { kind: 'idle' }
  | { kind: 'refused'; fileName: string; headline: string; problems: Problem[] }
  | { kind: 'ready'; fileName: string; data: LoopFileData; plan: LoopImportPlan };

function LoopImport(props: { data: LoopsPageData; onImported: (plan: LoopImportPlan) => void }) {
  const [step, setStep] = createSignal<ImportStep>({ kind: 'idle' });
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | undefined;

  const choose = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return setStep({ kind: 'idle' });
    if (file.size > MAX_LOOP_FILE_BYTES) return setStep({ kind: 'refused', fileName: file.name, headline: `${file.name} is larger than ${MAX_LOOP_FILE_BYTES / 1024 / 1024} MB, far more than an interview loop needs.`, problems: [] });
    const result = readLoopFile(file.name, await file.text());
    if (!result.ok) return setStep({ kind: 'refused', fileName: file.name, headline: result.headline, problems: result.problems });
    const { library, people, questions, loops } = props.data;
    const plan = planLoopImport(result.data, { capabilityAreas: library.capabilityAreas, capabilities: library.capabilities, people, questions, loops }, () => crypto.randomUUID());
    setStep({ kind: 'ready', fileName: file.name, data: result.data, plan });
  };

  const reset = () => {
    setStep({ kind: 'idle' });
    if (input) input.value = '';
  };

  const apply = async (data: LoopFileData, fileName: string) => {
    try {
      const plan = await importLoop(data);
      reset();
      props.onImported(plan);
    } catch (e) {
      setError(`${describeError(e, `import ${fileName}`)} Nothing was written.`);
    }
  };

  return (
    <section class="card" aria-labelledby="loop-import-heading">
      <h2 id="loop-import-heading">Import a loop</h2>
      <p>
        A loop another manager exported from Turbine. You see what it holds before anything is added; its capabilities are matched by name
        to your library (the ones you do not have are added to an “{IMPORTED_AREA_NAME}” area), and it arrives as a new loop.
      </p>
      <div class="row">
        <label for="loop-file">Loop file</label>
        <input id="loop-file" ref={input} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <Show when={step().kind === 'refused' && (step() as Extract<ImportStep, { kind: 'refused' }>)}>
        {(s) => <ImportRefusal fileName={s().fileName} headline={s().headline} problems={s().problems} unchanged="Your loops and question bank are unchanged." />}
      </Show>
      <Show when={step().kind === 'ready' && (step() as Extract<ImportStep, { kind: 'ready' }>)}>
        {(s) => (
          <section class="preview" aria-label="Loop preview">
            <h3>{s().plan.loop.name}</h3>
            <ul class="facts-list">
              <li>{plural(s().plan.loop.stages.length, 'stage')}: {s().plan.loop.stages.map((st) => st.name).join(' → ') || 'none'}</li>
              <li>
                {plural(s().plan.capabilities.matched.length, 'capability', 'capabilities')} already in your library
                {s().plan.capabilities.add.length ? `; ${plural(s().plan.capabilities.add.length, 'new capability', 'new capabilities')} to add to “${IMPORTED_AREA_NAME}”: ${s().plan.capabilities.add.map((c) => c.name).join(', ')}` : ''}
              </li>
              <li>
                {plural(s().plan.questions.add.length, 'question')} to add to the bank
                {s().plan.questions.reused.length ? `; ${plural(s().plan.questions.reused.length, 'question')} already in it, reused` : ''}
              </li>
              <li>
                Interviewers: {s().plan.interviewers.matched.length ? `${joinNames(s().plan.interviewers.matched)} from your team` : 'nobody from your team'}
                {s().plan.interviewers.named.length ? `; ${joinNames(s().plan.interviewers.named)} as named outsiders` : ''}
              </li>
            </ul>
            <div class="row">
              <button type="button" onClick={() => void apply(s().data, s().fileName)}>Import loop</button>
              <button type="button" class="secondary" onClick={reset}>Cancel</button>
            </div>
          </section>
        )}
      </Show>
    </section>
  );
}
