/**
 * Who really knows each system, from its code history: the manager pastes the output of
 * GIT_LOG_COMMAND for the repository (or chooses it saved as a file) and the CODEOWNERS
 * file its systems were imported from; a worker works out each author's degree of
 * authorship per file and each system's truck factor, reporting progress, and the page
 * stays responsive. The preview says, per system, who knows the code and which listed
 * owners do not; keeping it puts the history on the map.
 */
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { recordSystemHistories, type SurfaceData } from '../../db/learn.ts';
import { analyseInWorker, type RunningAnalysis } from '../../io/git-log-session.ts';
import { describeGitLogProblem, GIT_LOG_COMMAND, MAX_GIT_LOG_CHARS } from '../../io/git-log.ts';
import type { AuthorshipError, AuthorshipProgress } from '../../io/git-log.worker.ts';
import { systemHistories } from '../../domain/learn/surface-history.ts';
import type { AuthorshipReport } from '../../domain/learn/authorship.ts';
import Field from '../../components/Field.tsx';
import { localToday } from '../../domain/dates.ts';
import { plural } from '../../domain/words.ts';
import type { Action } from '../../state/action.ts';


export default function SystemHistory(props: { data: SurfaceData; action: Action; onClose: () => void }) {
  const [log, setLog] = createSignal('');
  const [codeowners, setCodeowners] = createSignal<{ name: string; text: string }>();
  const [progress, setProgress] = createSignal<AuthorshipProgress>();
  const [running, setRunning] = createSignal<RunningAnalysis>();
  const [failure, setFailure] = createSignal<AuthorshipError>();
  const [report, setReport] = createSignal<AuthorshipReport>();
  // Without paths that map to systems (a Backstage component is usually a repository of its own),
  // the whole repository can be kept as one system the manager names.
  const [wholeRepositoryIs, setWholeRepositoryIs] = createSignal('');
  const previews = createMemo(() => {
    const r = report();
    return r ? systemHistories(r, props.data.systems, props.data.people, localToday(), { wholeRepositoryIs: wholeRepositoryIs() || undefined }) : [];
  });
  const systemsByName = createMemo(() => [...props.data.systems].sort((a, b) => a.name.localeCompare(b.name)));
  onCleanup(() => running()?.cancel());
  const nameOf = (id: string) => props.data.people.find((p) => p.id === id)?.name ?? 'someone not on the team';

  const readFile = async (file: File | undefined, into: (text: string, name: string) => void) => {
    if (!file) return;
    if (file.size > MAX_GIT_LOG_CHARS) {
      setFailure({ type: 'error', headline: `${file.name} is larger than 20 MB: analyse a shorter history (e.g. add --since=2.years to the command).`, problems: [], moreProblems: 0 });
      return;
    }
    into(await file.text(), file.name);
  };

  const analyse = async () => {
    setFailure(undefined);
    setReport(undefined);
    props.action.clear();
    const request = { text: log(), ...(codeowners() ? { codeowners: codeowners()!.text } : {}) };
    const run = analyseInWorker(request, setProgress);
    setRunning(run);
    const reply = await run.done;
    setRunning(undefined);
    setProgress(undefined);
    if (reply.type === 'error') return setFailure(reply);
    setReport(reply.report);
  };

  const keep = async () => {
    if (previews().length === 0) return;
    const updates = previews().map((p) => ({ systemId: p.systemId, updatedAt: p.updatedAt, name: p.name, history: p.history }));
    const ok = await props.action.run('keep the code history on the map', () => recordSystemHistories(updates), `Kept the code history of ${plural(updates.length, 'system')} on the map.`);
    if (ok) props.onClose();
  };

  const phaseText = (p: AuthorshipProgress) => `${p.phase === 'reading' ? 'Reading line' : 'Analysing change'} ${p.done.toLocaleString()} of ${p.total.toLocaleString()}…`;

  return (
    <section class="card stack no-print" aria-labelledby="history-heading">
      <h2 id="history-heading">Who knows the code</h2>
      <p>
        In a clone of the repository, run <code>{GIT_LOG_COMMAND}</code> and paste what it prints below (or save it to a file and choose that). Turbine
        works out who authors each file (Avelino et al., 2016) and how many people each system can lose before nobody knows most of its code. Nothing
        leaves this browser.
      </p>
      <div class="field">
        <label for="history-log">Git history</label>
        <textarea id="history-log" rows={6} value={log()} onInput={(e) => setLog(e.currentTarget.value)} spellcheck={false} ref={(el) => queueMicrotask(() => el.focus())} />
      </div>
      <div class="grid-2">
        <div class="field">
          <label for="history-file">…or the history saved as a file</label>
          <input id="history-file" type="file" accept=".txt,.log,text/plain" onChange={(e) => void readFile(e.currentTarget.files?.[0], (text) => setLog(text))} />
        </div>
        <div class="field">
          <label for="history-codeowners">CODEOWNERS file that maps paths to systems</label>
          <input id="history-codeowners" type="file" onChange={(e) => void readFile(e.currentTarget.files?.[0], (text, name) => setCodeowners({ name, text }))} />
          <span class="hint">The one the systems were imported from. Without it, the whole repository can be kept as one system.</span>
        </div>
      </div>
      <div class="row">
        <button type="button" onClick={() => void analyse()} disabled={log().trim() === '' || Boolean(running())}>Analyse the history</button>
        <Show when={running()}>
          <button type="button" class="secondary" onClick={() => running()?.cancel()}>Stop</button>
        </Show>
        <button type="button" class="secondary" onClick={() => props.onClose()}>Close</button>
      </div>
      <p role="status" class="muted">{progress() ? phaseText(progress()!) : ''}</p>
      <Show when={failure()}>
        {(f) => (
          <div class="notice error" role="alert">
            <p>{f().headline} Nothing was kept.</p>
            <Show when={f().problems.length > 0}>
              <ul class="problems">
                <For each={f().problems}>{(p) => <li>{describeGitLogProblem(p)}</li>}</For>
              </ul>
            </Show>
            <Show when={f().moreProblems > 0}>
              <p>…and {plural(f().moreProblems, 'more line')}.</p>
            </Show>
          </div>
        )}
      </Show>
      <Show when={report()}>
        {(r) => (
          <section class="stack" aria-label="History preview">
            <p>
              {plural(r().commits, 'commit')} by {plural(r().people, 'author')} over {plural(r().repository.files, 'current file')}: the whole repository’s truck factor is{' '}
              {r().repository.truckFactor}. {!wholeRepositoryIs() && r().unassignedFiles > 0 ? `${plural(r().unassignedFiles, 'file')} belong to no system on the map.` : ''}
            </p>
            <Field id="history-whole" label="Keep the whole repository as one system" hint="For a system that is a repository of its own, such as a Backstage component: its truck factor is the repository’s.">
              {(control) => (
                <select {...control} value={wholeRepositoryIs()} onChange={(e) => setWholeRepositoryIs(e.currentTarget.value)}>
                  <option value="" selected={wholeRepositoryIs() === ''}>No: map the paths to systems by CODEOWNERS</option>
                  <For each={systemsByName()}>{(s) => <option value={s.id} selected={wholeRepositoryIs() === s.id}>{s.name}</option>}</For>
                </select>
              )}
            </Field>
            <Show
              when={previews().length > 0}
              fallback={<p class="notice warn" role="status">No system on the map matches the history’s paths: choose the CODEOWNERS file the systems were imported from, or keep the whole repository as one system.</p>}
            >
              <div class="table-scroll">
                <table>
                  <caption>What the history says, lowest truck factor first</caption>
                  <thead>
                    <tr><th scope="col">System</th><th scope="col" class="num">Files</th><th scope="col" class="num">Truck factor</th><th scope="col">Knows most of it</th><th scope="col">Owners who author none of it</th></tr>
                  </thead>
                  <tbody>
                    <For each={previews()}>
                      {(p) => (
                        <tr>
                          <th scope="row">{p.name}</th>
                          <td class="num">{p.history.files}</td>
                          <td class="num">{p.history.truckFactor}</td>
                          <td>{p.history.authors.slice(0, 3).map((a) => (a.personId ? nameOf(a.personId) : a.email)).join(', ')}</td>
                          <td>{p.ownersNotAuthors.map(nameOf).join(', ')}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <div class="row">
                <button type="button" onClick={() => void keep()} disabled={props.action.pending()}>
                  Keep on the map ({plural(previews().length, 'system')})
                </button>
              </div>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}
