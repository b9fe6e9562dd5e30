/**
 * Onboarding templates: Turbine's own (content/onboarding, read-only) and the manager's,
 * which come from a Markdown checklist (a GitHub or GitLab issue template with `- [ ]`
 * task lists) or are saved from a plan. A checklist is read and previewed — items per
 * period, what was ticked or struck out, every problem with its line — and kept only
 * when it has no problem. Plans copy a template's items, so removing or changing a
 * template never changes a plan.
 */
import { createSignal, For, Show, type JSX } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction, type Action } from '../../state/action.ts';
import { readTemplates, removeTemplate, saveTemplate } from '../../db/learn.ts';
import { describeChecklistDraft, MAX_CHECKLIST_BYTES, readOnboardingChecklist, type OnboardingChecklistDraft } from '../../io/onboarding-checklist.ts';
import { templateItemsOf } from '../../io/onboarding-template.ts';
import { endSentence, plural } from '../../domain/words.ts';
import { OnboardingPeriod, type OnboardingPlanKind, type OnboardingTemplate, type OnboardingTemplateItem } from '../../schemas/onboarding.ts';
import { LiveView } from '../../components/LiveSection.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import { MAX_TEMPLATE_FILE_BYTES, readTemplateFile, templateFile, templateFileName, templateFileTooLarge, templateToKeep, type TemplateFileData, type TemplateReadResult } from '../../io/template-file.ts';
import { downloadText } from '../../state/download.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { localToday } from '../../domain/dates.ts';
import { itemTypeLabel, periodLabel } from './PlanView.tsx';
import type { BuiltInTemplate } from './templates.ts';

export default function Templates(props: { builtIns: BuiltInTemplate[] }) {
  const query = createLiveQuery(readTemplates);
  const action = createAction();
  const [importing, setImporting] = createSignal<'checklist' | 'file'>();
  return (
    <div class="stack">
      <div class="row no-print">
        <button type="button" onClick={() => setImporting('checklist')} disabled={importing() === 'checklist'}>Import a Markdown checklist</button>
        <button type="button" class="secondary" onClick={() => setImporting('file')} disabled={importing() === 'file'}>Import a template file</button>
      </div>
      <ActionStatus action={action} />
      <Show when={importing() === 'checklist'}>
        <ChecklistImport action={action} onClose={() => setImporting(undefined)} />
      </Show>
      <Show when={importing() === 'file'}>
        <TemplateFileImport action={action} taken={query.data()?.map((t) => t.name) ?? []} onClose={() => setImporting(undefined)} />
      </Show>
      <section class="card stack" aria-labelledby="builtin-heading">
        <h2 id="builtin-heading">Turbine’s templates</h2>
        <For each={props.builtIns}>{(t) => <TemplateSummary name={t.name} kind={t.kind} summary={t.summary} items={t.items} />}</For>
      </section>
      <LiveView query={query}>{(templates) => <MyTemplates templates={templates()} action={action} />}</LiveView>
    </div>
  );
}

function MyTemplates(props: { templates: OnboardingTemplate[]; action: Action }) {
  return (
    <section class="card stack" aria-labelledby="mine-heading">
      <h2 id="mine-heading">My templates</h2>
      <Show when={props.templates.length > 0} fallback={<p class="muted">None yet: import a checklist your company already uses, or save a plan as a template.</p>}>
        <For each={props.templates}>
          {(t) => (
            <TemplateSummary name={t.name} kind={t.kind} summary={t.description || (t.source ? `Imported from ${t.source}.` : '')} items={t.items}>
              <button type="button" class="secondary" onClick={() => exportTemplate(t)}>
                Export<span class="visually-hidden"> the template {t.name}</span> as a file
              </button>
              <Confirm
                question={`Remove the template “${t.name}”? Plans made from it keep their items.`}
                confirmLabel="Yes, remove it"
                keepLabel="Keep it"
                busy={props.action.pending()}
                onAsk={props.action.clear}
                onConfirm={() => {
                  const template = { id: t.id, name: t.name, updatedAt: t.updatedAt };
                  return props.action.run(`remove the template ${template.name}`, () => removeTemplate(template), endSentence(`Removed the template ${template.name}`));
                }}
              >
                Remove<span class="visually-hidden"> the template {t.name}</span>
              </Confirm>
            </TemplateSummary>
          )}
        </For>
      </Show>
    </section>
  );
}

/** A template as a file for another manager: it carries no person, system or capability of this team. */
function exportTemplate(template: OnboardingTemplate) {
  const file = templateFile(template, new Date().toISOString(), { name: APP_NAME, version: APP_VERSION });
  downloadText(JSON.stringify(file, null, 2), templateFileName(template, localToday()), 'application/json');
}

function TemplateSummary(props: { name: string; kind: OnboardingPlanKind; summary: string; items: readonly Omit<OnboardingTemplateItem, 'id'>[]; children?: JSX.Element }) {
  const perPeriod = () => OnboardingPeriod.options.map((p) => [p, props.items.filter((i) => i.period === p).length] as const).filter(([, n]) => n > 0);
  return (
    <article class="template-summary">
      <h3>{props.name}</h3>
      <p class="muted">
        {props.kind === 'new-hire' ? 'New hire' : 'Rotation'} · {perPeriod().map(([p, n]) => `${periodLabel[p]}: ${n}`).join(' · ')}
      </p>
      <Show when={props.summary}>
        <p>{props.summary}</p>
      </Show>
      <details>
        <summary>Its {plural(props.items.length, 'item')}</summary>
        <ol class="template-items">
          <For each={props.items}>
            {(i) => (
              <li>
                {i.title} <span class="muted">({periodLabel[i.period]}, {itemTypeLabel[i.type].toLowerCase()}{i.owner !== 'learner' ? `, by the ${i.owner}` : ''})</span>
              </li>
            )}
          </For>
        </ol>
      </details>
      <Show when={props.children}>
        <div class="row no-print">{props.children}</div>
      </Show>
    </article>
  );
}

/** A Markdown checklist read, previewed and kept as a template of the manager's own. */
function ChecklistImport(props: { action: Action; onClose: () => void }) {
  const [draft, setDraft] = createSignal<{ fileName: string; draft: OnboardingChecklistDraft }>();
  const [readError, setReadError] = createSignal<string>();
  const [name, setName] = createSignal('');
  const [kind, setKind] = createSignal<OnboardingPlanKind>('new-hire');

  const choose = async (file: File | undefined) => {
    setDraft(undefined);
    setReadError(undefined);
    props.action.clear();
    if (!file) return;
    if (file.size > MAX_CHECKLIST_BYTES) {
      setReadError(`${file.name} is larger than 1 MB, far more than a checklist holds. Nothing was imported.`);
      return;
    }
    try {
      const read = readOnboardingChecklist(file.name, new Uint8Array(await file.arrayBuffer()));
      setDraft({ fileName: file.name, draft: read });
      setName(read.title);
    } catch {
      setReadError(`Could not read ${file.name}. Nothing was imported.`);
    }
  };

  const keep = async () => {
    const d = draft();
    if (!d || d.draft.problems.length > 0 || d.draft.items.length === 0) return;
    const template = {
      name: (name().trim() || d.draft.title).slice(0, 200),
      kind: kind(),
      description: '',
      source: d.fileName,
      items: templateItemsOf(d.draft).map((item) => ({ ...item, id: crypto.randomUUID() })),
    };
    const ok = await props.action.run(`keep ${d.fileName} as a template`, () => saveTemplate(template), endSentence(`Kept ${template.name} as a template with ${plural(template.items.length, 'item')}`));
    if (ok) props.onClose();
  };

  return (
    <section class="card stack no-print" aria-labelledby="checklist-import-heading">
      <h2 id="checklist-import-heading">Import a Markdown checklist</h2>
      <p>
        A GitHub or GitLab issue template, or any Markdown file with <code>- [ ]</code> task lists under headings. Headings such as “Day 1”, “Week 2” or
        “First 30 days” set when items are due; “Manager:” or “Buddy:” at the start of an item says who does it; nested task lists become sub-steps.
      </p>
      <div class="field">
        <label for="checklist-file">Checklist (Markdown)</label>
        <input id="checklist-file" type="file" accept=".md,.markdown,text/markdown,text/plain" onChange={(e) => void choose(e.currentTarget.files?.[0])} ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      <Show when={readError()}>{(message) => <p class="notice error" role="alert">{message()}</p>}</Show>
      <Show when={draft()}>
        {(d) => (
          <section class="stack" aria-label="Checklist preview">
            <Show
              when={d().draft.problems.length === 0}
              fallback={
                <div class="notice error" role="alert">
                  <p>{d().fileName} cannot be imported:</p>
                  <ul class="problems">
                    <For each={d().draft.problems}>{(p) => <li>{endSentence(p.line === undefined ? p.message : `Line ${p.line}: ${p.message}`)}</li>}</For>
                  </ul>
                </div>
              }
            >
              <For each={describeChecklistDraft(d().draft)}>{(line) => <p>{line}</p>}</For>
              <div class="grid-2">
                <Field id="checklist-name" label="Template name">
                  {(control) => <input {...control} value={name()} onInput={(e) => setName(e.currentTarget.value)} maxLength={200} />}
                </Field>
                <Field id="checklist-kind" label="For">
                  {(control) => (
                    <select {...control} onChange={(e) => setKind(e.currentTarget.value as OnboardingPlanKind)}>
                      <option value="new-hire" selected={kind() === 'new-hire'}>New hires</option>
                      <option value="rotation" selected={kind() === 'rotation'}>Rotations into a system or capability</option>
                    </select>
                  )}
                </Field>
              </div>
              <div class="table-scroll preview-scroll" tabindex="0" role="region" aria-label="Items in the checklist">
                <table class="preview-table">
                  <caption>Items by when they fall due</caption>
                  <thead>
                    <tr><th scope="col">Line</th><th scope="col">Item</th><th scope="col">When</th><th scope="col">Kind</th><th scope="col">Who</th><th scope="col">Section</th></tr>
                  </thead>
                  <tbody>
                    <For each={d().draft.items}>
                      {(i) => (
                        <tr>
                          <td>{i.line}</td>
                          <th scope="row">
                            {i.title}
                            <Show when={i.steps.length > 0}>
                              <span class="hint">{plural(i.steps.length, 'sub-step')}</span>
                            </Show>
                          </th>
                          <td>{periodLabel[i.period]}</td>
                          <td>{itemTypeLabel[i.type]}</td>
                          <td>{i.owner === 'learner' ? 'The learner' : i.owner === 'buddy' ? 'The buddy' : 'The manager'}</td>
                          <td>{i.section}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Show when={d().draft.skipped.length > 0}>
                <details>
                  <summary>Left out ({d().draft.skipped.length})</summary>
                  <ul>
                    <For each={d().draft.skipped}>{(s) => <li>Line {s.line}: {s.title} ({s.why})</li>}</For>
                  </ul>
                </details>
              </Show>
            </Show>
            <div class="row">
              <button type="button" disabled={d().draft.problems.length > 0 || d().draft.items.length === 0 || props.action.pending()} onClick={() => void keep()}>
                Keep as a template
              </button>
              <button type="button" class="secondary" onClick={() => props.onClose()}>Cancel</button>
            </div>
          </section>
        )}
      </Show>
    </section>
  );
}

/** Another manager's template file, checked, previewed and kept as a new template (never over one of the manager's own). */
function TemplateFileImport(props: { action: Action; taken: readonly string[]; onClose: () => void }) {
  const [read, setRead] = createSignal<{ fileName: string; result: TemplateReadResult }>();

  const choose = async (file: File | undefined) => {
    setRead(undefined);
    props.action.clear();
    if (!file) return;
    const text = file.size > MAX_TEMPLATE_FILE_BYTES ? undefined : await file.text().catch(() => null);
    const result: TemplateReadResult =
      text === undefined ? templateFileTooLarge(file.name) : text === null ? { ok: false, headline: `The browser could not read ${file.name}.`, problems: [] } : readTemplateFile(file.name, text);
    setRead({ fileName: file.name, result });
  };

  const keep = async (data: TemplateFileData) => {
    const template = templateToKeep(data, props.taken, () => crypto.randomUUID());
    const renamed = template.name !== data.template.name ? ` (you already have one called ${data.template.name})` : '';
    const ok = await props.action.run(`keep ${template.name} as a template`, () => saveTemplate(template), endSentence(`Kept ${template.name} as a template with ${plural(template.items.length, 'item')}${renamed}`));
    if (ok) props.onClose();
  };

  return (
    <section class="card stack no-print" aria-labelledby="template-file-heading">
      <h2 id="template-file-heading">Import a template file</h2>
      <p>A template another manager exported from Turbine (Learn → Templates → Export as a file). It is kept as a new template: none of yours changes.</p>
      <div class="field">
        <label for="template-file">Template file (JSON)</label>
        <input id="template-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      {/* Keyed: each file read is its own preview. */}
      <Show when={read()} keyed>
        {(r) => {
          const result = r.result;
          return result.ok ? (
            <section class="stack" aria-label="Template preview">
              <TemplateSummary name={result.data.template.name} kind={result.data.template.kind} summary={result.data.template.description || (result.data.template.source ? `Imported from ${result.data.template.source}.` : '')} items={result.data.template.items} />
              <div class="row">
                <button type="button" disabled={props.action.pending()} onClick={() => void keep(result.data)}>Keep as a template</button>
                <button type="button" class="secondary" onClick={() => props.onClose()}>Cancel</button>
              </div>
            </section>
          ) : (
            <>
              <ImportRefusal fileName={r.fileName} headline={result.headline} problems={result.problems} unchanged="Your templates are unchanged." />
              <div class="row">
                <button type="button" class="secondary" onClick={() => props.onClose()}>Cancel</button>
              </div>
            </>
          );
        }}
      </Show>
    </section>
  );
}
