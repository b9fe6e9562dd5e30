/**
 * Importing a loop file: read and checked in this tab, previewed (what is matched, what is
 * added), then written in one transaction by the db command.
 */
import { createSignal, Show } from 'solid-js';
import { describeError } from '../../domain/errors.ts';
import { importLoop, type LoopsPageData } from '../../db/hire-setup.ts';
import { joinNames } from '../../domain/hire/setup.ts';
import { MAX_LOOP_FILE_BYTES, readLoopFile } from '../../io/loop-file.ts';
import type { LoopFileData } from '../../schemas/loop-file.ts';
import { planLoopImport, IMPORTED_AREA_NAME, type LoopImportPlan } from '../../domain/hire/loop-import.ts';
import type { Problem } from '../../io/problems.ts';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import { plural } from './loop-helpers.ts';

type ImportStep =
  | { kind: 'idle' }
  | { kind: 'refused'; fileName: string; headline: string; problems: Problem[] }
  | { kind: 'ready'; fileName: string; data: LoopFileData; plan: LoopImportPlan };

export default function LoopImport(props: { data: LoopsPageData; onImported: (plan: LoopImportPlan) => void }) {
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
