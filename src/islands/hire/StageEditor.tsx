/**
 * One stage of a loop: its kind, name, capabilities assessed, interviewers, duration (a time
 * box for take-homes), questions from the bank and its rubric. Edits go to the loop's form,
 * and the form's errors for this stage are shown beside its fields.
 */
import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { type LoopsPageData } from '../../db/hire-setup.ts';
import { groupByArea, questionsFor } from '../../domain/hire/setup.ts';
import { MAX_TAKE_HOME_HOURS } from '../../domain/hire/loop-checks.ts';
import CapabilityPicker from '../../components/CapabilityPicker.tsx';
import Field from '../../components/Field.tsx';
import { href } from '../../state/routes.ts';
import { isSeeded, seedRubric, type Anchors } from '../../domain/hire/rubric.ts';
import { kindLabel, plural, type Stage, type StageKind } from './loop-helpers.ts';

export default function StageEditor(props: {
  stage: Stage;
  index: number;
  count: number;
  groups: ReturnType<typeof groupByArea<{ id: string; name: string; areaId: string }>>;
  people: readonly { id: string; name: string }[];
  questions: LoopsPageData['questions'];
  nameOf: (id: string) => string;
  /** The loop form's error for a field of this stage ("name", "timeBoxHours"…). */
  error: (field: string) => string | undefined;
  onEdit: (fn: (stage: Stage) => void) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** Whether the stage's fields are shown; collapsed, it shows its summary only. */
  open: boolean;
  onToggle: () => void;
  /** A person's name, moved-on people included, for the summary. */
  personName: (id: string) => string;
  /** How many of the loop checks' findings are about this stage. */
  findings: number;
  /** The rubric row a capability's level descriptors give, for a capability newly assessed here. */
  seed: (capabilityId: string) => Anchors | undefined;
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
  const rowOf = (capabilityId: string) => props.stage.rubric.find((r) => r.capabilityId === capabilityId);
  /** One line that says what the stage is, so a collapsed loop still reads as a whole. */
  const summary = () => {
    const s = props.stage;
    const parts: string[] = [kindLabel[s.kind]];
    if (s.kind === 'take-home') parts.push(s.timeBoxHours ? `time box ${plural(s.timeBoxHours, 'hour')}` : 'no time box');
    else if (s.durationMinutes) parts.push(`${s.durationMinutes} min`);
    if (gathers()) parts.push(s.capabilityIds.length ? `assesses ${s.capabilityIds.map(props.nameOf).join(', ')}` : 'assesses nothing yet');
    const who = s.interviewers.map((i) => (i.personId ? props.personName(i.personId) : (i.name ?? '')));
    parts.push(who.length ? `with ${who.join(', ')}` : 'no interviewers');
    if (gathers()) {
      parts.push(plural(s.questionIds.length, 'question'));
      const written = s.capabilityIds.filter((c) => Object.values(rowOf(c)?.anchors ?? {}).some((a) => a.trim() !== '')).length;
      if (s.capabilityIds.length) parts.push(`rubric for ${written} of ${s.capabilityIds.length}`);
    }
    return parts.join(' · ');
  };

  return (
    <section class="stage-card" classList={{ collapsed: !props.open }} id={`stage-${props.stage.id}`} tabindex="-1" aria-labelledby={id('heading')}>
      <div class="row spread">
        <h4 id={id('heading')}>
          <button type="button" class="stage-toggle" aria-expanded={props.open ? 'true' : 'false'} aria-controls={props.open ? id('body') : undefined} onClick={() => props.onToggle()}>
            {heading()}
          </button>
        </h4>
        <div class="row tight">
          <button type="button" class="secondary small" disabled={props.index === 0} onClick={() => props.onMove(-1)} aria-label={`Move ${props.stage.name} up`}>Move up</button>
          <button type="button" class="secondary small" disabled={props.index === props.count - 1} onClick={() => props.onMove(1)} aria-label={`Move ${props.stage.name} down`}>Move down</button>
          <button type="button" class="secondary small" onClick={() => props.onRemove()} aria-label={`Remove ${props.stage.name}`}>Remove</button>
        </div>
      </div>
      <p class="stage-summary">
        {summary()}
        <Show when={props.findings > 0}>
          {' '}
          <span class="flag">{plural(props.findings, 'finding')} below the stages</span>
        </Show>
      </p>
      <Show when={props.open}>
        <div class="stage-body" id={id('body')}>
        <div class="field-row">
          <Field id={id('name')} class="grow" label="Stage name" error={props.error('name')}>
            {(control) => <input {...control} value={props.stage.name} required maxLength={200} onInput={(e) => props.onEdit((s) => void (s.name = e.currentTarget.value))} />}
          </Field>
          <Field id={id('kind')} label="Kind" error={props.error('kind')}>
            {(control) => (
              // Each option says whether it is chosen: a select's value set before its options exist shows the first one.
              <select {...control} onChange={(e) => props.onEdit((s) => void (s.kind = e.currentTarget.value as StageKind))}>
                <For each={Object.entries(kindLabel)}>{([value, label]) => <option value={value} selected={props.stage.kind === value}>{label}</option>}</For>
              </select>
            )}
          </Field>
          <Show
            when={props.stage.kind === 'take-home'}
            fallback={
              <Field id={id('duration')} label="Duration (minutes)" error={props.error('durationMinutes')}>
                {(control) => <input {...control} class="short-number" type="number" min="0" max="1440" step="5" value={props.stage.durationMinutes ?? ''} onInput={(e) => props.onEdit((s) => void (s.durationMinutes = numberOrNone(e.currentTarget.value)))} />}
              </Field>
            }
          >
            <Field id={id('timebox')} label="Time box (hours)" hint={`At most ${MAX_TAKE_HOME_HOURS}: longer favours people with more free time.`} error={props.error('timeBoxHours')}>
              {(control) => <input {...control} class="short-number" type="number" min="0" max="100" step="0.5" value={props.stage.timeBoxHours ?? ''} onInput={(e) => props.onEdit((s) => void (s.timeBoxHours = numberOrNone(e.currentTarget.value)))} />}
            </Field>
          </Show>
        </div>

        <Show when={gathers()} fallback={<p class="hint">A debrief weighs the evidence the other stages gathered: it assesses nothing itself, so it has no capabilities, questions or rubric.</p>}>
          <CapabilityPicker
            legend="Capabilities assessed"
            hint="Four at most, so each gets real evidence."
            idPrefix={id('cap')}
            groups={props.groups}
            selected={props.stage.capabilityIds}
            onChange={(ids) => {
              const [added, seed] = [ids.filter((c) => !props.stage.capabilityIds.includes(c)), props.seed];
              props.onEdit((s) => {
                s.capabilityIds = ids;
                s.rubric = seedRubric(s.rubric, added, seed);
              });
            }}
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
            <Show when={props.questions.length > 0} fallback={<p class="muted">The question bank is empty. <a href={href('hire/questions')}>Add questions</a>, then pick them here.</p>}>
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
                    <Show when={isSeeded(rowOf(capabilityId()), props.seed(capabilityId()))}>
                      <p class="hint">Drafted from the level descriptors of {props.nameOf(capabilityId())}: edit each to what this stage can see.</p>
                    </Show>
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
        </div>
      </Show>
    </section>
  );
}
