/**
 * The capability library: areas and their capabilities, each with a kind, a scale,
 * level descriptors and a target. A published framework (Turbine CSV or JSON, Monzo,
 * FT) can be imported: it is read and checked, a preview shows what it holds and what
 * it would add or update, and only then is it merged in, in one transaction. The
 * library can be exported alone to share with another manager.
 */
import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { applyLibraryMerge, readLibrary, saveArea, saveCapability } from '../../db/design.ts';
import type { CapabilityLibrary, LibraryMergePlan } from '../../domain/library-merge.ts';
import type { FrameworkDraft, FrameworkProblem } from '../../domain/framework-draft.ts';
import { describeError } from '../../domain/errors.ts';
import { readFrameworkInWorker } from '../../io/framework-session.ts';
import { downloadText } from '../../state/download.ts';
import { localToday } from '../../domain/dates.ts';
import { effectiveTarget } from '../../domain/insights.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import type { RecordOf } from '../../schemas/records.ts';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import FrameworkPreview, { type ReadyFramework } from './FrameworkPreview.tsx';

type Capability = RecordOf<'capabilities'>;
type Scale = RecordOf<'levelScales'>;

const kindLabel = { technical: 'Technical', 'non-technical': 'Non-technical', domain: 'Domain' } as const;

export default function Capabilities() {
  const library = createLiveQuery(readLibrary);
  return (
    <div class="stack">
      <Show when={library.error()}>
        <p class="notice error" role="alert">{describeError(library.error(), 'read the capability library')}</p>
      </Show>
      <Show when={library.data()} fallback={<p role="status">Loading…</p>}>
        {(lib) => (
          <>
            <FrameworkImport library={lib()} />
            <LibraryEditor library={lib()} />
            <LibraryExport library={lib()} />
          </>
        )}
      </Show>
    </div>
  );
}

// ---------------------------------------------------------------- import

type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; headline: string; problems: FrameworkProblem[] }
  | { kind: 'ready'; ready: ReadyFramework }
  | { kind: 'done'; text: string };

function FrameworkImport(props: { library: CapabilityLibrary }) {
  const [step, setStep] = createSignal<ImportStep>({ kind: 'idle' });
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | undefined;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setStep({ kind: 'reading', fileName: file.name });
    const result = await readFrameworkInWorker(file, props.library);
    if (!result.ok) {
      setStep({ kind: 'refused', fileName: file.name, headline: result.headline, problems: result.problems });
      return;
    }
    setStep({ kind: 'ready', ready: result });
  };

  const apply = async (plan: LibraryMergePlan, draft: FrameworkDraft) => {
    try {
      await applyLibraryMerge(plan);
      setStep({
        kind: 'done',
        text: `Imported ${draft.fileName}: ${plan.capabilities.add.length} capabilities added, ${plan.capabilities.update.length} updated, ${plan.capabilities.unchanged} already in your library.`,
      });
      if (input) input.value = '';
    } catch (e) {
      setError(describeError(e, `import ${draft.fileName}`));
    }
  };

  const reset = () => {
    setStep({ kind: 'idle' });
    if (input) {
      input.value = '';
      input.focus();
    }
  };

  return (
    <section class="card" aria-labelledby="framework-heading">
      <h2 id="framework-heading">Import a capability framework</h2>
      <p>
        Start from a published framework instead of a blank page: Turbine’s own CSV or JSON library, a Monzo progression
        framework (Markdown) or a Financial Times job family (YAML). You see what it holds before anything is added, and it
        merges into your library without duplicating what is already there.
      </p>
      <div class="row">
        <label for="framework-file">Framework file</label>
        <input id="framework-file" ref={input} type="file" accept=".csv,.json,.md,.markdown,.yml,.yaml,text/csv,application/json,text/markdown" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()} Your library is unchanged.</p>
      </Show>
      <Show when={step().kind === 'reading'}>
        <p role="status">Reading {(step() as { fileName: string }).fileName}…</p>
      </Show>
      <Show when={step().kind === 'done' && (step() as Extract<ImportStep, { kind: 'done' }>)}>
        {(s) => <p class="notice ok" role="status">{s().text}</p>}
      </Show>
      <Show when={step().kind === 'refused' && (step() as Extract<ImportStep, { kind: 'refused' }>)}>
        {(s) => (
          <ImportRefusal
            fileName={s().fileName}
            headline={s().headline}
            problems={s().problems.map((p) => ({ path: p.where, message: p.message, example: p.example }))}
            unchanged="Your library is unchanged."
          />
        )}
      </Show>
      <Show when={step().kind === 'ready' && (step() as Extract<ImportStep, { kind: 'ready' }>)}>
        {(s) => <FrameworkPreview ready={s().ready} library={props.library} onImport={(plan, draft) => void apply(plan, draft)} onCancel={reset} />}
      </Show>
    </section>
  );
}

// ---------------------------------------------------------------- export

function LibraryExport(props: { library: CapabilityLibrary }) {
  const [error, setError] = createSignal<string>();
  const today = () => localToday();
  const exportJson = async () => {
    try {
      const { libraryFile } = await import('../../io/frameworks/turbine-library.ts');
      const file = libraryFile(props.library, new Date().toISOString(), { name: APP_NAME, version: APP_VERSION });
      downloadText(JSON.stringify(file, null, 2), `turbine-capabilities-${today()}.json`, 'application/json');
    } catch (e) {
      setError(describeError(e, 'export the library'));
    }
  };
  const exportCsv = async () => {
    try {
      const { writeCapabilityCsv } = await import('../../io/frameworks/turbine-csv.ts');
      downloadText(writeCapabilityCsv(props.library), `turbine-capabilities-${today()}.csv`, 'text/csv');
    } catch (e) {
      setError(describeError(e, 'export the library'));
    }
  };
  return (
    <section class="card" aria-labelledby="library-export-heading">
      <h2 id="library-export-heading">Share the library</h2>
      <p>Export the areas, capabilities, scales and descriptors alone, without people or ratings, for another manager to import.</p>
      <div class="row">
        <button type="button" class="secondary" disabled={props.library.capabilities.length === 0} onClick={() => void exportJson()}>Export library as JSON</button>
        <button type="button" class="secondary" disabled={props.library.capabilities.length === 0} onClick={() => void exportCsv()}>Export library as CSV</button>
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
    </section>
  );
}

// ---------------------------------------------------------------- editing

function LibraryEditor(props: { library: CapabilityLibrary }) {
  const [editing, setEditing] = createSignal<Capability | { areaId: string } | undefined>();
  const [newArea, setNewArea] = createSignal('');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  const scaleOf = (id: string) => props.library.levelScales.find((s) => s.id === id);

  const addArea = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = newArea().trim();
    if (!name) return;
    try {
      await saveArea({ name, description: '' });
      setNewArea('');
      setMessage({ ok: true, text: `Added the area ${name}.` });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e, 'add the area') });
    }
  };

  return (
    <section class="card" aria-labelledby="library-heading">
      <h2 id="library-heading">Your capability library</h2>
      <Show when={props.library.capabilityAreas.length === 0}>
        <p class="muted">No capabilities yet. Import a framework above, or add an area (for example “Payments domain” or “Working together”) and its capabilities.</p>
      </Show>
      <form class="row" onSubmit={(e) => void addArea(e)}>
        <label for="new-area">New area</label>
        <input id="new-area" value={newArea()} onInput={(e) => setNewArea(e.currentTarget.value)} maxLength={200} />
        <button type="submit" class="secondary">Add area</button>
      </form>
      <Show when={message()}>
        {(m) => <p class={`notice ${m().ok ? 'ok' : 'error'}`} role={m().ok ? 'status' : 'alert'}>{m().text}</p>}
      </Show>
      <Show when={editing()} keyed>
        {(target) => (
          <CapabilityForm
            initialCapability={'id' in target ? target : undefined}
            initialAreaId={target.areaId}
            library={props.library}
            onDone={(text) => {
              setEditing(undefined);
              if (text) setMessage({ ok: true, text });
            }}
          />
        )}
      </Show>
      <For each={props.library.capabilityAreas}>
        {(area) => {
          const inArea = createMemo(() => props.library.capabilities.filter((c) => c.areaId === area.id).sort((a, b) => a.name.localeCompare(b.name)));
          return (
            <div class="area-block">
              <div class="row spread">
                <h3>{area.name} <span class="muted">({inArea().length})</span></h3>
                <button type="button" class="secondary small" onClick={() => setEditing({ areaId: area.id })}>Add a capability to {area.name}</button>
              </div>
              <Show when={inArea().length > 0}>
                <div class="table-scroll">
                  <table>
                    <thead>
                      <tr><th scope="col">Capability</th><th scope="col">Kind</th><th scope="col">Scale</th><th scope="col">Target</th><th scope="col" class="num">Levels described</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
                    </thead>
                    <tbody>
                      <For each={inArea()}>
                        {(c) => {
                          const t = () => effectiveTarget(c, scaleOf(c.scaleId));
                          return (
                            <tr>
                              <th scope="row">{c.name}</th>
                              <td>{kindLabel[c.kind]}</td>
                              <td>{scaleOf(c.scaleId)?.name ?? 'Missing scale'}</td>
                              <td>{t().people} at ≥ {t().level}{t().explicit ? '' : ' (default)'}</td>
                              <td class="num">{c.descriptors.length}</td>
                              <td><button type="button" class="secondary small" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>Edit</button></td>
                            </tr>
                          );
                        }}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
            </div>
          );
        }}
      </For>
    </section>
  );
}

function CapabilityForm(props: { initialCapability: Capability | undefined; initialAreaId: string; library: CapabilityLibrary; onDone: (message?: string) => void }) {
  // The form edits a copy: what was stored when it opened.
  const c = props.initialCapability;
  const scales = () => props.library.levelScales;
  const [name, setName] = createSignal(c?.name ?? '');
  const [areaId, setAreaId] = createSignal(c?.areaId ?? props.initialAreaId);
  const [kind, setKind] = createSignal<Capability['kind']>(c?.kind ?? 'technical');
  const [description, setDescription] = createSignal(c?.description ?? '');
  const [scaleId, setScaleId] = createSignal(c?.scaleId ?? '');
  const [hasTarget, setHasTarget] = createSignal(c?.target !== undefined);
  const [targetPeople, setTargetPeople] = createSignal(c?.target?.people ?? 2);
  const [targetLevel, setTargetLevel] = createSignal(c?.target?.level ?? 3);
  const scale = (): Pick<Scale, 'levels'> => scales().find((s) => s.id === scaleId()) ?? { levels: [0, 1, 2, 3, 4].map((v) => ({ value: v, name: ['None', 'Learning', 'Working', 'Strong', 'Expert who teaches'][v]!, description: '' })) };
  const [criteria, setCriteria] = createSignal<Record<number, string>>(Object.fromEntries((c?.descriptors ?? []).map((d) => [d.level, d.criteria.join('\n')])));
  const [error, setError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!name().trim()) {
      setError('Give the capability a name.');
      return;
    }
    const kept = new Map((c?.descriptors ?? []).map((d) => [d.level, d]));
    const descriptors = scale()
      .levels.map((l) => {
        // Examples and detailed criteria (sub-levels, proficiency, links) are not edited here: they are kept as imported.
        const detailed = kept.get(l.value)?.detailed;
        return { level: l.value, criteria: (criteria()[l.value] ?? '').split('\n').map((x) => x.trim()).filter(Boolean), examples: kept.get(l.value)?.examples ?? [], ...(detailed ? { detailed } : {}) };
      })
      .filter((d) => d.criteria.length > 0 || d.examples.length > 0 || (d.detailed ?? []).length > 0);
    try {
      const saved = await saveCapability({
        ...(c ?? {}),
        name: name().trim(),
        areaId: areaId(),
        kind: kind(),
        description: description(),
        scaleId: scaleId() || undefined,
        descriptors,
        target: hasTarget() ? { people: targetPeople(), level: targetLevel() } : undefined,
      });
      props.onDone(`Saved ${saved.name}.`);
    } catch (e) {
      setError(describeError(e, 'save the capability'));
    }
  };

  return (
    <form class="card stack form capability-form" onSubmit={(e) => void submit(e)} aria-labelledby="capability-form-heading">
      <h3 id="capability-form-heading">{c ? `Edit ${c.name}` : 'Add a capability'}</h3>
      <div class="grid-2">
        <div class="field">
          <label for="cap-name">Name</label>
          <input id="cap-name" value={name()} onInput={(e) => setName(e.currentTarget.value)} required maxLength={200} ref={(el) => queueMicrotask(() => el.focus())} />
        </div>
        <div class="field">
          <label for="cap-area">Area</label>
          <select id="cap-area" value={areaId()} onChange={(e) => setAreaId(e.currentTarget.value)}>
            <For each={props.library.capabilityAreas}>{(a) => <option value={a.id}>{a.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="cap-kind">Kind</label>
          <select id="cap-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as Capability['kind'])}>
            <option value="technical">Technical</option>
            <option value="non-technical">Non-technical</option>
            <option value="domain">Domain</option>
          </select>
        </div>
        <div class="field">
          <label for="cap-scale">Level scale</label>
          <select id="cap-scale" value={scaleId()} onChange={(e) => setScaleId(e.currentTarget.value)}>
            <Show when={!scales().some((s) => s.id === scaleId())}><option value="">Default scale (0–4)</option></Show>
            <For each={scales()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </div>
      </div>
      <div class="field">
        <label for="cap-description">Description</label>
        <textarea id="cap-description" rows={2} value={description()} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
      <fieldset>
        <legend>Target</legend>
        <div class="row">
          <input type="checkbox" id="cap-has-target" checked={hasTarget()} onChange={(e) => setHasTarget(e.currentTarget.checked)} />
          <label for="cap-has-target">Set a target (otherwise: at least 2 people at the strong level)</label>
        </div>
        <Show when={hasTarget()}>
          <div class="row">
            <label for="cap-target-people">At least</label>
            <input id="cap-target-people" type="number" min="0" max="10000" value={targetPeople()} onInput={(e) => setTargetPeople(Math.max(0, Number(e.currentTarget.value) || 0))} />
            <label for="cap-target-level">people at level or above</label>
            <select id="cap-target-level" value={targetLevel()} onChange={(e) => setTargetLevel(Number(e.currentTarget.value))}>
              <For each={scale().levels}>{(l) => <option value={l.value}>{l.value} {l.name}</option>}</For>
            </select>
          </div>
        </Show>
      </fieldset>
      <fieldset>
        <legend>What each level looks like</legend>
        <p class="hint">One behaviour per line. Leave a level empty if there is nothing to say about it.</p>
        <Index each={scale().levels}>
          {(l) => (
            <div class="field">
              <label for={`cap-level-${l().value}`}>{l().value} {l().name}</label>
              <Show when={(c?.descriptors.find((d) => d.level === l().value)?.detailed ?? []).length > 0}>
                <span class="hint">
                  Also {c?.descriptors.find((d) => d.level === l().value)?.detailed?.length} criteria with their own examples, proficiency or links from the imported framework, kept as they are.
                </span>
              </Show>
              <textarea
                id={`cap-level-${l().value}`}
                rows={2}
                value={criteria()[l().value] ?? ''}
                onInput={(e) => setCriteria({ ...criteria(), [l().value]: e.currentTarget.value })}
              />
            </div>
          )}
        </Index>
      </fieldset>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <div class="row">
        <button type="submit">{c ? 'Save changes' : 'Add capability'}</button>
        <button type="button" class="secondary" onClick={() => props.onDone()}>Cancel</button>
      </div>
    </form>
  );
}
