/**
 * The capability library: areas and their capabilities, each with a kind, a scale,
 * level descriptors and a target. A published framework (Turbine CSV or JSON, Monzo,
 * FT) can be imported: it is read and checked, a preview shows what it holds and what
 * it would add or update, and only then is it merged in, in one transaction. The
 * library can be exported alone to share with another manager.
 */
import { createEffect, createMemo, createSignal, For, Index, on, Show, untrack } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { z } from 'zod';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { applyLibraryMerge, readLibrary, saveArea, saveCapability } from '../../db/design.ts';
import type { CapabilityLibrary, LibraryMergePlan } from '../../domain/library-merge.ts';
import type { FrameworkDraft, FrameworkProblem } from '../../domain/framework-draft.ts';
import { describeError } from '../../domain/errors.ts';
import { endSentence, plural } from '../../domain/words.ts';
import { readFrameworkInWorker } from '../../io/framework-session.ts';
import { downloadText } from '../../state/download.ts';
import { localToday } from '../../domain/dates.ts';
import { effectiveTarget } from '../../domain/insights.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import type { RecordOf } from '../../schemas/records.ts';
import { Capability as CapabilityRecord } from '../../schemas/capability.ts';
import { Name } from '../../schemas/common.ts';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import FrameworkPreview, { type ReadyFramework } from './FrameworkPreview.tsx';

type Capability = RecordOf<'capabilities'>;
type Scale = RecordOf<'levelScales'>;

const AreaFields = z.object({ name: Name });

/** The capability form's fields checked before saving: the record's own rules, the target's people typed as text. */
const CapabilityFields = CapabilityRecord.pick({ name: true, kind: true, description: true }).extend({
  hasTarget: z.boolean(),
  targetPeople: z.string(),
}).superRefine((v, ctx) => {
  const people = Number(v.targetPeople);
  if (v.hasTarget && (v.targetPeople.trim() === '' || !Number.isInteger(people) || people < 0 || people > 10_000))
    ctx.addIssue({ code: 'custom', path: ['targetPeople'], message: 'must be a whole number from 0 to 10000' });
});

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
        text: `Imported ${draft.fileName}: ${plural(plan.capabilities.add.length, 'capability', 'capabilities')} added, ${plan.capabilities.update.length} updated, ${plan.capabilities.unchanged} already in your library.`,
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
  // Reports the capability form's saves, which close the form.
  const action = createAction();
  const newArea = createForm({ initial: { name: '' }, schema: AreaFields, doing: 'add the area' });
  const scaleOf = (id: string) => props.library.levelScales.find((s) => s.id === id);

  // Closing the form puts the focus back on the button that opened it. A save redraws the list
  // (the live query hands back new records), so the button is found again by its id afterwards.
  let opener: string | undefined;
  let refocusAfterUpdate: string | undefined;
  const open = (target: Capability | { areaId: string }, event: MouseEvent) => {
    opener = (event.currentTarget as HTMLElement).id || undefined;
    setEditing(target);
  };
  const refocus = (id: string | undefined) => queueMicrotask(() => (id ? document.getElementById(id) : null)?.focus());
  const close = (saved: boolean) => {
    setEditing(undefined);
    refocus(opener);
    if (saved) refocusAfterUpdate = opener;
  };
  createEffect(
    on(
      () => props.library,
      () => {
        if (!refocusAfterUpdate) return;
        refocus(refocusAfterUpdate);
        refocusAfterUpdate = undefined;
      },
      { defer: true },
    ),
  );

  const addArea = (event: SubmitEvent) =>
    newArea.submit(event, (values) => saveArea({ name: values.name.trim(), description: '' }), { done: (values) => endSentence(`Added the area ${values.name.trim()}`), reset: { name: '' } });

  return (
    <section class="card" aria-labelledby="library-heading">
      <h2 id="library-heading">Your capability library</h2>
      <Show when={props.library.capabilityAreas.length === 0}>
        <p class="muted">No capabilities yet. Import a framework above, or add an area (for example “Payments domain” or “Working together”) and its capabilities.</p>
      </Show>
      <form class="row new-area" onSubmit={(e) => void addArea(e)} aria-busy={newArea.action.pending()} novalidate>
        <Field id="new-area" label="New area" error={newArea.error('name')}>
          {(control) => <input {...control} value={newArea.values.name} onInput={(e) => newArea.set('name', e.currentTarget.value)} maxLength={200} />}
        </Field>
        <FormActions action={newArea.action} submitLabel="Add area" />
      </form>
      <ActionStatus action={action} />
      <Show when={editing()} keyed>
        {(target) => (
          <CapabilityForm
            initialCapability={'id' in target ? target : undefined}
            initialAreaId={target.areaId}
            library={props.library}
            onSaved={(saved) => {
              close(true);
              action.report(endSentence(`Saved ${saved.name}`));
            }}
            onCancel={() => close(false)}
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
                <button type="button" class="secondary small" id={`add-capability-${area.id}`} onClick={(e) => open({ areaId: area.id }, e)}>Add a capability to {area.name}</button>
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
                              <td><button type="button" class="secondary small" id={`edit-capability-${c.id}`} onClick={(e) => open(c, e)} aria-label={`Edit ${c.name}`}>Edit</button></td>
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

function CapabilityForm(props: { initialCapability: Capability | undefined; initialAreaId: string; library: CapabilityLibrary; onSaved: (saved: Capability) => void; onCancel: () => void }) {
  // The form edits a copy of what was stored when it opened; its updatedAt goes with the
  // save, which is refused if another tab changed the capability since.
  const c = untrack(() => props.initialCapability && structuredClone(unwrap(props.initialCapability)));
  const form = createForm({
    initial: {
      name: c?.name ?? '',
      areaId: c?.areaId ?? untrack(() => props.initialAreaId),
      kind: c?.kind ?? ('technical' as Capability['kind']),
      description: c?.description ?? '',
      scaleId: c?.scaleId ?? '',
      hasTarget: c?.target !== undefined,
      targetPeople: String(c?.target?.people ?? 2),
      targetLevel: c?.target?.level ?? 3,
      /** One behaviour per line, by level value. */
      criteria: Object.fromEntries((c?.descriptors ?? []).map((d) => [d.level, d.criteria.join('\n')])) as Record<number, string>,
    },
    schema: CapabilityFields,
    doing: 'save the capability',
  });
  const v = form.values;
  const detailedCount = (level: number) => c?.descriptors.find((d) => d.level === level)?.detailed?.length ?? 0;
  const scales = () => props.library.levelScales;
  const scale = (): Pick<Scale, 'levels'> => scales().find((s) => s.id === v.scaleId) ?? { levels: [0, 1, 2, 3, 4].map((l) => ({ value: l, name: ['None', 'Learning', 'Working', 'Strong', 'Expert who teaches'][l]!, description: '' })) };

  const submit = async (event: SubmitEvent) => {
    const onSaved = props.onSaved;
    // Read at submit: the levels of the scale chosen now.
    const levels = scale().levels;
    let saved: Capability | undefined;
    const ok = await form.submit(event, async (values) => {
      const kept = new Map((c?.descriptors ?? []).map((d) => [d.level, d]));
      const descriptors = levels
        .map((l) => {
          // Examples and detailed criteria (sub-levels, proficiency, links) are not edited here: they are kept as imported.
          const detailed = kept.get(l.value)?.detailed;
          return { level: l.value, criteria: (values.criteria[l.value] ?? '').split('\n').map((x) => x.trim()).filter(Boolean), examples: kept.get(l.value)?.examples ?? [], ...(detailed ? { detailed } : {}) };
        })
        .filter((d) => d.criteria.length > 0 || d.examples.length > 0 || (d.detailed ?? []).length > 0);
      saved = await saveCapability({
        ...(c ?? {}),
        name: values.name.trim(),
        areaId: values.areaId,
        kind: values.kind,
        description: values.description,
        scaleId: values.scaleId || undefined,
        descriptors,
        target: values.hasTarget ? { people: Number(values.targetPeople), level: values.targetLevel } : undefined,
      });
    });
    if (ok && saved) onSaved(saved);
  };

  return (
    <form class="card stack form capability-form" onSubmit={(e) => void submit(e)} aria-labelledby="capability-form-heading" aria-busy={form.action.pending()} novalidate>
      <h3 id="capability-form-heading">{c ? `Edit ${c.name}` : 'Add a capability'}</h3>
      <div class="grid-2">
        <Field id="cap-name" label="Name" error={form.error('name')}>
          {(control) => <input {...control} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} required maxLength={200} ref={(el) => queueMicrotask(() => el.focus())} />}
        </Field>
        <Field id="cap-area" label="Area" error={form.error('areaId')}>
          {(control) => (
            <select {...control} value={v.areaId} onChange={(e) => form.set('areaId', e.currentTarget.value)}>
              <For each={props.library.capabilityAreas}>{(a) => <option value={a.id}>{a.name}</option>}</For>
            </select>
          )}
        </Field>
        <Field id="cap-kind" label="Kind" error={form.error('kind')}>
          {(control) => (
            <select {...control} value={v.kind} onChange={(e) => form.set('kind', e.currentTarget.value as Capability['kind'])}>
              <option value="technical">Technical</option>
              <option value="non-technical">Non-technical</option>
              <option value="domain">Domain</option>
            </select>
          )}
        </Field>
        <Field id="cap-scale" label="Level scale" error={form.error('scaleId')}>
          {(control) => (
            <select {...control} value={v.scaleId} onChange={(e) => form.set('scaleId', e.currentTarget.value)}>
              <Show when={!scales().some((s) => s.id === v.scaleId)}><option value="">Default scale (0–4)</option></Show>
              <For each={scales()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
            </select>
          )}
        </Field>
      </div>
      <Field id="cap-description" label="Description" error={form.error('description')}>
        {(control) => <textarea {...control} rows={2} value={v.description} onInput={(e) => form.set('description', e.currentTarget.value)} />}
      </Field>
      <fieldset>
        <legend>Target</legend>
        <div class="row">
          <input type="checkbox" id="cap-has-target" checked={v.hasTarget} onChange={(e) => form.set('hasTarget', e.currentTarget.checked)} />
          <label for="cap-has-target">Set a target (otherwise: at least 2 people at the strong level)</label>
        </div>
        <Show when={v.hasTarget}>
          <div class="field-row">
            <Field id="cap-target-people" label="At least" error={form.error('targetPeople')}>
              {(control) => <input {...control} type="number" min="0" max="10000" step="1" value={v.targetPeople} onInput={(e) => form.set('targetPeople', e.currentTarget.value)} />}
            </Field>
            <Field id="cap-target-level" label="people at level or above">
              {(control) => (
                <select {...control} value={v.targetLevel} onChange={(e) => form.set('targetLevel', Number(e.currentTarget.value))}>
                  <For each={scale().levels}>{(l) => <option value={l.value}>{l.value} {l.name}</option>}</For>
                </select>
              )}
            </Field>
          </div>
        </Show>
      </fieldset>
      <fieldset>
        <legend>What each level looks like</legend>
        <p class="hint">One behaviour per line. Leave a level empty if there is nothing to say about it.</p>
        <Index each={scale().levels}>
          {(l) => (
            <Field
              id={`cap-level-${l().value}`}
              label={`${l().value} ${l().name}`}
              error={form.error(`criteria.${l().value}`)}
              hint={detailedCount(l().value) > 0 ? `Also ${detailedCount(l().value)} criteria with their own examples, proficiency or links from the imported framework, kept as they are.` : undefined}
            >
              {(control) => <textarea {...control} rows={2} value={v.criteria[l().value] ?? ''} onInput={(e) => form.set('criteria', l().value, e.currentTarget.value)} />}
            </Field>
          )}
        </Index>
      </fieldset>
      <FormActions action={form.action} submitLabel={c ? 'Save changes' : 'Add capability'} onCancel={() => props.onCancel()} />
    </form>
  );
}
