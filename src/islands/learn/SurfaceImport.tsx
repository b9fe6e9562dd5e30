/**
 * Systems from the files teams already keep: Backstage catalog-info.yaml files (one or
 * several, chosen together, so Groups and Users in one resolve owners in the others) or a
 * CODEOWNERS file. Read, matched to people and previewed (what is new, what an import
 * again would update, what is already so, owners who match nobody, what was left out and
 * why); written in one transaction only when no file has a problem.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { importSystems, type SurfaceData } from '../../db/learn.ts';
import { planSurfaceImport, type SurfaceImportPlan, type SystemDraft } from '../../domain/learn/surface-merge.ts';
import { readBackstageCatalog, type BackstageFile } from '../../io/surface/backstage.ts';
import { readCodeowners } from '../../io/surface/codeowners.ts';
import {
  describeSurfaceProblem,
  MAX_SURFACE_FILE_BYTES,
  ownerMatcher,
  type BackstageDirectory,
  type SkippedItem,
  type SurfaceProblem,
  type SystemDraft as FileDraft,
} from '../../io/surface/owners.ts';
import { plural } from '../../domain/words.ts';
import type { Action } from '../../state/action.ts';

interface Unmatched {
  system: string;
  owner: string;
  why: string;
}

interface Preview {
  files: string;
  plan: SurfaceImportPlan;
  problems: SurfaceProblem[];
  skipped: SkippedItem[];
  unmatched: Unmatched[];
  /** CODEOWNERS patterns a later line replaces. */
  overridden: { line: number; pattern: string; byLine: number }[];
}

/** A catalog file is YAML; anything else chosen here is read as CODEOWNERS. */
const isCatalog = (file: BackstageFile) => /\.ya?ml$/i.test(file.name) || /^\s*apiVersion\s*:/m.test(file.text);

export default function SurfaceImport(props: { data: SurfaceData; action: Action; onClose: () => void }) {
  const [preview, setPreview] = createSignal<Preview>();
  const [readError, setReadError] = createSignal<string>();
  const team = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on').map((p) => ({ id: p.id, name: p.name, handles: p.handles ?? [], emails: p.emails ?? [] })));

  const choose = async (list: FileList | null | undefined) => {
    setPreview(undefined);
    setReadError(undefined);
    props.action.clear();
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    const tooLarge = chosen.find((f) => f.size > MAX_SURFACE_FILE_BYTES);
    if (tooLarge) {
      setReadError(`${tooLarge.name} is larger than ${MAX_SURFACE_FILE_BYTES / (1024 * 1024)} MB, far more than a catalog or CODEOWNERS file holds. Nothing was imported.`);
      return;
    }
    let files: BackstageFile[];
    try {
      files = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
    } catch {
      setReadError('The browser could not read the chosen file. Nothing was imported.');
      return;
    }
    setPreview(previewOf(files));
  };

  const previewOf = (files: BackstageFile[]): Preview => {
    const catalogs = files.filter(isCatalog);
    const codeowners = files.filter((f) => !isCatalog(f));
    const drafts: { draft: FileDraft; directory: BackstageDirectory }[] = [];
    const problems: SurfaceProblem[] = [];
    const skipped: SkippedItem[] = [];
    const overridden: Preview['overridden'] = [];
    if (catalogs.length > 0) {
      const read = readBackstageCatalog(catalogs);
      problems.push(...read.problems);
      skipped.push(...read.skipped);
      drafts.push(...read.drafts.map((draft) => ({ draft, directory: read.directory })));
    }
    for (const file of codeowners) {
      const read = readCodeowners(file.text);
      problems.push(...read.problems.map((p) => ({ ...p, file: p.file ?? file.name })));
      overridden.push(...read.overridden);
      drafts.push(...read.drafts.map((draft) => ({ draft, directory: { users: [], groups: [] } })));
    }
    const unmatched: Unmatched[] = [];
    const people = team();
    const resolved: SystemDraft[] = drafts.map(({ draft, directory }) => {
      const owners = ownerMatcher(people, directory)(draft.owners);
      unmatched.push(...owners.unmatched.map((u) => ({ system: draft.name, owner: u.owner, why: u.why })));
      return {
        externalKey: draft.externalKey,
        name: draft.name,
        kind: draft.kind,
        // What the file says that has no field of its own (lifecycle, parent system) stays readable.
        description: [draft.description, draft.context].filter(Boolean).join('\n'),
        links: draft.links,
        ownerIds: owners.personIds,
      };
    });
    return { files: files.map((f) => f.name).join(', '), plan: planSurfaceImport(props.data.systems, resolved), problems, skipped, unmatched, overridden };
  };

  const write = async () => {
    const p = preview();
    if (!p || p.problems.length > 0) return;
    const { add, update } = p.plan;
    const ok = await props.action.run(
      `import the systems from ${p.files}`,
      () => importSystems(p.plan),
      `Imported ${p.files}: ${plural(add.length, 'system')} added, ${update.length} updated.`,
    );
    if (ok) props.onClose();
  };

  return (
    <section class="card stack no-print" aria-labelledby="surface-import-heading">
      <h2 id="surface-import-heading">Import systems</h2>
      <p>
        Choose a Backstage <code>catalog-info.yaml</code> (several at once if Groups and Users live in their own files) or a <code>CODEOWNERS</code> file.
        Components and Systems, or each CODEOWNERS pattern (a GitLab section as a whole), become systems; owners are matched to your people by their
        handles and e-mails (Design → People). Importing the same file again updates those systems rather than adding copies.
      </p>
      <div class="field">
        <label for="surface-file">Catalog or CODEOWNERS file</label>
        <input id="surface-file" type="file" multiple onChange={(e) => void choose(e.currentTarget.files)} ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      <Show when={readError()}>{(message) => <p class="notice error" role="alert">{message()}</p>}</Show>
      <Show when={preview()}>
        {(p) => (
          <section class="stack" aria-label="Systems preview">
            <Show
              when={p().problems.length === 0}
              fallback={
                <div class="notice error" role="alert">
                  <p>{p().problems.length === 1 ? 'One line needs' : `${p().problems.length} lines need`} fixing before anything is imported:</p>
                  <ul class="problems">
                    <For each={p().problems.slice(0, 20)}>{(problem) => <li>{describeSurfaceProblem(problem)}</li>}</For>
                  </ul>
                  <Show when={p().problems.length > 20}>
                    <p>…and {p().problems.length - 20} more.</p>
                  </Show>
                </div>
              }
            >
              <p>
                {p().files}: {plural(p().plan.add.length, 'new system')}, {p().plan.update.length} to update, {p().plan.unchanged.length} already as the file
                says.
              </p>
            </Show>
            <Show when={p().unmatched.length > 0}>
              <div class="notice warn" role="status">
                <p>These owners match nobody on the team, so those systems will not list them (add their handle or e-mail to the person in Design → People, then import again):</p>
                <ul class="problems">
                  <For each={p().unmatched.slice(0, 30)}>{(u) => <li>{u.system}: {u.owner} ({u.why})</li>}</For>
                </ul>
                <Show when={p().unmatched.length > 30}>
                  <p>…and {p().unmatched.length - 30} more.</p>
                </Show>
              </div>
            </Show>
            <Show when={p().plan.add.length + p().plan.update.length > 0 && p().problems.length === 0}>
              <div class="table-scroll preview-scroll" tabindex="0" role="region" aria-label="Systems in the file">
                <table class="preview-table">
                  <caption>What the import changes</caption>
                  <thead>
                    <tr><th scope="col">System</th><th scope="col">Change</th><th scope="col" class="num">Owners matched</th></tr>
                  </thead>
                  <tbody>
                    <For each={p().plan.add}>
                      {(d) => (
                        <tr>
                          <th scope="row">{d.name}</th>
                          <td>New</td>
                          <td class="num">{d.ownerIds.length}</td>
                        </tr>
                      )}
                    </For>
                    <For each={p().plan.update}>
                      {(u) => (
                        <tr>
                          <th scope="row">{u.name}</th>
                          <td>Updates its {u.changes.join(', ')}</td>
                          <td class="num">{u.after.ownerIds.length}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
            <Show when={p().skipped.length + p().overridden.length > 0}>
              <details>
                <summary>Left out on purpose ({p().skipped.length + p().overridden.length})</summary>
                <ul>
                  <For each={p().skipped}>{(s) => <li>{describeSurfaceProblem({ ...(s.file ? { file: s.file } : {}), line: s.line, message: `${s.what}: ${s.why}` })}</li>}</For>
                  <For each={p().overridden}>{(o) => <li>Line {o.line}: {o.pattern} is listed again on line {o.byLine}, and the later line wins</li>}</For>
                </ul>
              </details>
            </Show>
            <div class="row">
              <button
                type="button"
                disabled={p().problems.length > 0 || p().plan.add.length + p().plan.update.length === 0 || props.action.pending()}
                onClick={() => void write()}
              >
                {p().plan.add.length + p().plan.update.length === 0 ? 'Nothing to import' : `Import ${plural(p().plan.add.length + p().plan.update.length, 'system')}`}
              </button>
              <button type="button" class="secondary" onClick={() => props.onClose()}>Cancel</button>
            </div>
          </section>
        )}
      </Show>
    </section>
  );
}
