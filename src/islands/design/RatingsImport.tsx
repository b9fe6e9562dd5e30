/**
 * Ratings from a CSV in the format "Export matrix as CSV" writes (src/io/ratings-csv.ts):
 * chosen, previewed (what is new, what changes, what is already so, and every name that
 * matches nobody, with its lines), then recorded in one transaction. Nothing is recorded
 * while a row has a value that cannot be read. Self rows are recorded as self-assessments.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { recordAssessments, type MatrixData } from '../../db/design.ts';
import { latestCellsByView } from '../../domain/matrix-cells.ts';
import { levelLabel, scaleLookup } from '../../domain/matrix-view.ts';
import { describeProblem } from '../../io/people-list.ts';
import { linesText, planRatingsImport, type RatingsPreview } from '../../io/ratings-csv.ts';
import type { Action } from '../../state/action.ts';

const ratings = (n: number) => `${n} ${n === 1 ? 'rating' : 'ratings'}`;
const changeText = { new: 'New', changed: 'Changed', same: 'Already so' } as const;

export default function RatingsImport(props: { data: MatrixData; action: Action; onImported: () => void; onClose: () => void }) {
  const [chosen, setChosen] = createSignal<{ fileName: string; preview: RatingsPreview }>();
  const [readError, setReadError] = createSignal<string>();
  const scaleOf = createMemo(() => scaleLookup(props.data.levelScales));
  const scaleIdOf = createMemo(() => new Map(props.data.capabilities.map((c) => [c.id, c.scaleId])));

  const choose = async (file: File | undefined) => {
    setChosen(undefined);
    setReadError(undefined);
    props.action.clear();
    if (!file) return;
    try {
      const text = await file.text();
      setChosen({ fileName: file.name, preview: planRatingsImport(text, { ...props.data, cells: latestCellsByView(props.data.assessments) }) });
    } catch {
      setReadError(`Could not read ${file.name}. Nothing was recorded.`);
    }
  };

  const leftOut = (p: RatingsPreview) => new Set([...p.unmatchedPeople, ...p.unmatchedCapabilities].flatMap((u) => u.lines)).size;

  const record = async () => {
    const c = chosen();
    if (!c || c.preview.problems.length > 0 || c.preview.entries.length === 0) return;
    const ok = await props.action.run(
      `record the ratings from ${c.fileName}`,
      () => recordAssessments(c.preview.entries),
      `Recorded ${ratings(c.preview.entries.length)} from ${c.fileName}.`,
    );
    if (ok) props.onImported();
  };

  return (
    <section class="card stack no-print" aria-labelledby="ratings-import-heading">
      <h2 id="ratings-import-heading">Import ratings</h2>
      <p>
        A CSV with the columns person, capability, level, wants_to_grow and source, as “Export matrix as CSV” writes them.
        People and capabilities are matched by name; rows with source “self” are recorded as self-assessments and never
        change your view. You see what it holds before anything is recorded.
      </p>
      <div class="field">
        <label for="ratings-file">Ratings file (CSV)</label>
        <input id="ratings-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      <Show when={readError()}>{(message) => <p class="notice error" role="alert">{message()}</p>}</Show>
      <Show when={chosen()}>
        {(c) => {
          const p = () => c().preview;
          const counts = () => ({
            new: p().rows.filter((r) => r.change === 'new').length,
            changed: p().rows.filter((r) => r.change === 'changed').length,
            same: p().rows.filter((r) => r.change === 'same').length,
            self: p().rows.filter((r) => r.view === 'self').length,
          });
          return (
            <section class="stack" aria-label="Ratings preview">
              <p>
                {c().fileName}: {ratings(p().rows.length)} matched ({counts().new} new, {counts().changed} changed, {counts().same} already so;{' '}
                {counts().self} of them self-assessments).
              </p>
              <Show when={p().problems.length > 0}>
                <div class="notice error" role="alert">
                  <p>{p().problems.length === 1 ? 'One line needs' : `${p().problems.length} lines need`} fixing before anything is recorded:</p>
                  <ul>
                    <For each={p().problems}>{(problem) => <li>{describeProblem(problem)}</li>}</For>
                  </ul>
                </div>
              </Show>
              <Show when={p().unmatchedPeople.length + p().unmatchedCapabilities.length > 0}>
                <div class="notice warn" role="status">
                  <p>These names match nothing in the workspace; their rows are left out:</p>
                  <ul>
                    <For each={p().unmatchedPeople}>{(u) => <li>Not on the team: {u.name} ({linesText(u.lines)})</li>}</For>
                    <For each={p().unmatchedCapabilities}>{(u) => <li>Not in your capabilities: {u.name} ({linesText(u.lines)})</li>}</For>
                  </ul>
                </div>
              </Show>
              <Show when={p().rows.length > 0}>
                <div class="table-scroll preview-scroll" tabindex="0" role="region" aria-label="Rows in the file">
                  <table class="preview-table">
                    <caption>What the file says, row by row</caption>
                    <thead>
                      <tr>
                        <th scope="col">Line</th><th scope="col">Person</th><th scope="col">Capability</th><th scope="col">Level</th>
                        <th scope="col">Wants to grow</th><th scope="col">View</th><th scope="col">Change</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={p().rows}>
                        {(r) => (
                          <tr>
                            <td>{r.line}</td>
                            <th scope="row">{r.person}</th>
                            <td>{r.capability}</td>
                            <td>{r.level === null ? 'none' : levelLabel(scaleOf()(scaleIdOf().get(r.capabilityId) ?? ''), r.level)}</td>
                            <td>{r.interested ? 'yes' : 'no'}</td>
                            <td>{r.view === 'self' ? 'Self-assessment' : 'Manager'}</td>
                            <td>{changeText[r.change]}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
              <div class="row">
                <button type="button" disabled={p().problems.length > 0 || p().entries.length === 0 || props.action.pending()} onClick={() => void record()}>
                  {p().entries.length === 0
                    ? 'Nothing new to record'
                    : `Record ${ratings(p().entries.length)}${leftOut(p()) ? `, leave out ${leftOut(p())} unmatched ${leftOut(p()) === 1 ? 'row' : 'rows'}` : ''}`}
                </button>
                <button type="button" class="secondary" onClick={() => props.onClose()}>Cancel</button>
              </div>
            </section>
          );
        }}
      </Show>
    </section>
  );
}
