/**
 * One candidate: their details, every stage move with its date, pacing, take-homes and
 * status; then, depending on who the page is viewed as, that interviewer's scorecards
 * (ScorecardPanel) or the hiring manager's decision view (DecisionView).
 */
import { createEffect, createMemo, createSignal, For, Show, untrack } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { moveCandidate, readScorecards, saveCandidateDetails, saveTakeHome, setCandidateStatus } from '../../db/candidates.ts';
import { candidatePacing, sortedMoves } from '../../domain/hire/pacing.ts';
import { loopInterviewers, moveChoices, type MoveChoice } from '../../domain/hire/candidate-list.ts';
import { dayOf, localToday, momentOn } from '../../domain/dates.ts';
import { z } from 'zod';
import { IsoDate, ShortText, Text } from '../../schemas/common.ts';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import Notice from '../../components/Notice.tsx';
import { describeError } from '../../domain/errors.ts';
import { NavLink, type CandidatesContext } from './candidates-context.tsx';
import { day, lookups, plural, statuses, statusLabels } from './candidate-helpers.ts';
import { countAdjective } from '../../domain/words.ts';
import ScorecardPanel from './ScorecardPanel.tsx';
import DecisionView from './DecisionView.tsx';
import InterviewKits from './InterviewKits.tsx';

type Candidate = RecordOf<'candidates'>;
type Stage = RecordOf<'interviewLoops'>['stages'][number];

export default function CandidateDetail(props: { ctx: CandidatesContext; candidate: Candidate; fromOpening: string | undefined }) {
  const c = () => props.candidate;
  const data = () => props.ctx.data;
  const names = createMemo(() => lookups(data()));
  const opening = () => data().openings.find((o) => o.id === c().openingId);
  const loop = () => data().loops.find((l) => l.id === opening()?.loopId);
  const today = localToday();
  const pacing = createMemo(() => candidatePacing(c(), opening() ?? { targetDaysToDecision: 21 }, loop(), today));
  const cards = createLiveStore(
    () => props.candidate.id,
    (id) => readScorecards(id).then((list) => ({ id, list })),
  );
  const interviewers = createMemo(() => loopInterviewers(loop()));
  const viewerRef = () => interviewers().find((i) => i.key === props.ctx.viewer())?.interviewer;
  const stageName = (id: string) => names().stageName(loop()?.id, id);

  return (
    <article class="stack candidate-detail" aria-labelledby="candidates-view-heading">
      <p class="no-print">
        <NavLink ctx={props.ctx} place={{ opening: props.fromOpening }}>
          ← {opening() ? `Candidates for ${opening()!.title}` : 'All candidates'}
        </NavLink>
      </p>
      <h2 id="candidates-view-heading" tabindex="-1">
        {c().name} <span class={`status-pill candidate-${c().status}`}>{statusLabels[c().status]}</span>
      </h2>
      <section class="card" aria-labelledby="candidate-facts-heading">
        <h3 id="candidate-facts-heading">Where {c().name} stands</h3>
        <dl class="facts">
          <dt>Opening</dt>
          <dd>{opening()?.title ?? '—'}</dd>
          <dt>Stage</dt>
          <dd>
            {pacing().currentStageId ? stageName(pacing().currentStageId!) : 'Not started'}
            <Show when={pacing().daysInStage !== undefined}>
              {' '}
              ({plural(pacing().daysInStage!, 'day')} {pacing().waiting ? 'so far' : 'in the stage'})
            </Show>
            <Show when={pacing().stageOverLimit}>
              {' '}
              <span class="flag">waiting longer than {plural(pacing().stageLimitDays, 'day')} in one stage</span>
            </Show>
          </dd>
          <Show when={pacing().daysInProcess !== undefined}>
            <dt>In the process</dt>
            <dd>
              {plural(pacing().daysInProcess!, 'day')}, target {plural(pacing().targetDays, 'day')} to a decision
              <Show when={pacing().overTarget}>
                {' '}
                <span class="flag">past the target</span>
              </Show>
            </dd>
          </Show>
          <Show when={c().closedAt}>
            <dt>Closed</dt>
            <dd>{day(c().closedAt!)}</dd>
          </Show>
        </dl>
        <Details candidate={c()} />
      </section>

      <section class="card no-print" aria-labelledby="candidate-stages-heading">
        <h3 id="candidate-stages-heading">Stages</h3>
        <Show when={pacing().moves.length > 0} fallback={<p class="muted">Not in any stage yet.</p>}>
          <ol class="stage-moves">
            <For each={pacing().moves}>
              {(m) => (
                <li>
                  {stageName(m.stageId)}: <time datetime={m.at}>{day(m.at)}</time>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={c().status === 'active'}>
          <MoveForm candidate={c()} stages={loop()?.stages ?? []} today={today} />
        </Show>
        {/* Re-made on each status change, so the form starts from the stored status. A hire is final: they are on the team. */}
        {/* An anonymised candidate's process is over for good: they do not come back as active. */}
        <Show when={c().status !== 'hired' && !c().anonymisedAt && c().status} keyed>
          <StatusForm candidate={c()} />
        </Show>
      </section>

      <For each={(loop()?.stages ?? []).filter((s) => s.kind === 'take-home' && (c().moves.some((m) => m.stageId === s.id) || c().takeHomes.some((t) => t.stageId === s.id)))}>
        {(stage) => <TakeHomeForm candidate={c()} stage={stage} facts={pacing().takeHomes.find((t) => t.stageId === stage.id)} />}
      </For>

      <Show when={loop() && cards.data()}>
        <InterviewKits ctx={props.ctx} candidate={c()} loop={loop()!} cards={cards.data()!.list} />
      </Show>

      <section class="card no-print viewing-as" aria-labelledby="viewing-as-heading">
        <h3 id="viewing-as-heading">Scorecards and the decision</h3>
        <p class="field">
          <label for="viewing-as">Viewing as</label>
          <select id="viewing-as" onChange={(e) => props.ctx.setViewer(e.currentTarget.value)} aria-describedby="viewing-as-hint">
            <option value="manager" selected={props.ctx.viewer() === 'manager'}>
              The hiring manager
            </option>
            <For each={interviewers()}>
              {(i) => (
                <option value={i.key} selected={props.ctx.viewer() === i.key}>
                  {names().interviewerName(i.interviewer)} (interviewer)
                </option>
              )}
            </For>
          </select>
          <span id="viewing-as-hint" class="hint">
            Each interviewer writes their scorecard without seeing the others’; the hiring manager sees the whole
            puzzle once every scorecard is in.
          </span>
        </p>
      </section>

      <Show when={cards.data()}>
        {(set) => (
          <Show
            when={viewerRef()}
            keyed
            fallback={<DecisionView ctx={props.ctx} candidate={c()} opening={opening()} loop={loop()} cards={set().list} />}
          >
            {(viewer) => <ScorecardPanel ctx={props.ctx} candidate={c()} loop={loop()} viewer={viewer} cards={set().list} />}
          </Show>
        )}
      </Show>
      <Show when={cards.error()}>{(e) => <Notice tone="error">{describeError(e(), 'read the scorecards')}</Notice>}</Show>
    </article>
  );
}

function Details(props: { candidate: Candidate }) {
  const [editing, setEditing] = createSignal(false);
  // Reports the details form's save, which closes the form.
  const action = createAction();
  const c = () => props.candidate;
  return (
    <Show
      when={editing()}
      fallback={
        <>
          <dl class="facts">
            <dt>Source</dt>
            <dd>{c().source || '—'}</dd>
            <dt>Contact</dt>
            <dd>{c().contact || '—'}</dd>
            <dt>Notes</dt>
            <dd class="prewrap">{c().notes || '—'}</dd>
          </dl>
          <Show
            when={!c().anonymisedAt}
            fallback={
              <p class="notice ok anonymised-note" role="note">
                Anonymised on {day(c().anonymisedAt!)}: their name, contact details, notes and every note about them were removed and cannot be
                written again. Stage dates, scores and the outcome stay for calibration.
              </p>
            }
          >
            <p class="no-print">
              <button type="button" class="secondary small" onClick={() => { action.clear(); setEditing(true); }}>
                Edit details
              </button>
            </p>
          </Show>
          <ActionStatus action={action} />
        </>
      }
    >
      <DetailsForm
        candidate={c()}
        onSaved={() => {
          setEditing(false);
          action.report('Details saved.');
        }}
        onCancel={() => setEditing(false)}
      />
    </Show>
  );
}

/** The details as the form checks them before saving (the command trims and checks them again). */
const DetailsFields = z.object({ name: ShortText.trim().min(1, { error: 'must not be empty' }), source: ShortText, contact: ShortText, notes: Text });
const detailsOf = (x: Candidate) => ({ name: x.name, source: x.source, contact: x.contact, notes: x.notes });

function DetailsForm(props: { candidate: Candidate; onSaved: () => void; onCancel: () => void }) {
  const read = untrack(() => detailsOf(props.candidate));
  const form = createForm({ initial: read, schema: DetailsFields, doing: 'save the details' });
  const v = form.values;
  // The version the form starts from: the save is refused if the candidate changed since.
  let readAt = untrack(() => props.candidate.updatedAt);
  // A stage move or status change (here or elsewhere) leaves the details as the form read
  // them: follow its version, so only a change to the details themselves refuses the save.
  createEffect(() => {
    const now = props.candidate;
    if (JSON.stringify(detailsOf(now)) === JSON.stringify(read)) readAt = now.updatedAt;
  });
  const submit = async (e: SubmitEvent) => {
    const [id, onSaved] = [props.candidate.id, props.onSaved];
    const ok = await form.submit(e, (details) => saveCandidateDetails(id, details, readAt));
    if (ok) onSaved();
  };
  return (
    <form class="form stack no-print" onSubmit={(e) => void submit(e)} aria-busy={form.action.pending()} novalidate>
      <div class="grid-2">
        <Field id="candidate-name" label="Name" error={form.error('name')}>
          {(control) => <input {...control} required maxLength={500} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} />}
        </Field>
        <Field id="candidate-source" label="Source" error={form.error('source')}>
          {(control) => <input {...control} maxLength={500} value={v.source} onInput={(e) => form.set('source', e.currentTarget.value)} />}
        </Field>
        <Field id="candidate-contact" label="Contact" error={form.error('contact')}>
          {(control) => <input {...control} maxLength={500} value={v.contact} onInput={(e) => form.set('contact', e.currentTarget.value)} />}
        </Field>
      </div>
      <Field id="candidate-notes" label="Notes" error={form.error('notes')}>
        {(control) => <textarea {...control} rows="3" value={v.notes} onInput={(e) => form.set('notes', e.currentTarget.value)} />}
      </Field>
      <FormActions action={form.action} submitLabel="Save details" onCancel={() => props.onCancel()} />
    </form>
  );
}

const MoveFields = z.object({ date: IsoDate });

function MoveForm(props: { candidate: Candidate; stages: readonly Stage[]; today: string }) {
  // stageId "" follows the first choice (the next stage), which changes with each move.
  const form = createForm({ initial: { stageId: '', date: untrack(() => props.today) }, schema: MoveFields, doing: 'move the candidate' });
  const v = form.values;
  const choices = createMemo(() => moveChoices(props.candidate, { stages: [...props.stages] }));
  const stageId = () => (v.stageId && choices().some((c) => c.stageId === v.stageId) ? v.stageId : (choices()[0]?.stageId ?? ''));
  const stageOf = (id: string) => props.stages.find((s) => s.id === id);
  const current = () => stageOf(sortedMoves(props.candidate).at(-1)?.stageId ?? '');
  // Moving back is asked about first: it is rare, and pacing and the scorecards owed follow the stage.
  const [askBack, setAskBack] = createSignal<{ stage: Stage; date: string }>();
  let formElement!: HTMLFormElement;

  const run = (stage: Stage) => {
    const id = props.candidate.id;
    // After the move the stage follows the next one again; the day stays, for moving on the same day.
    return form.save(formElement, (values) => moveCandidate(id, stage.id, momentOn(values.date, new Date())), {
      done: (values) => `Moved to ${stage.name} on ${day(values.date)}.`,
      reset: { stageId: '', date: v.date },
    });
  };
  const move = (e: SubmitEvent) => {
    e.preventDefault();
    const stage = stageOf(stageId());
    if (!stage) return;
    if (choices().find((c) => c.stageId === stage.id)?.relation === 'back') {
      form.action.clear();
      setAskBack({ stage, date: v.date });
      queueMicrotask(() => document.getElementById('move-back')?.focus());
      return;
    }
    void run(stage);
  };
  const confirmBack = async () => {
    const ask = askBack();
    if (!ask) return;
    setAskBack(undefined);
    await run(ask.stage);
    document.getElementById('move-stage')?.focus();
  };
  const label = (c: MoveChoice) => `${stageOf(c.stageId)?.name ?? ''}${c.relation === 'next' ? ' (next)' : c.relation === 'back' ? ' (back)' : ''}`;
  return (
    <Show when={props.stages.length > 0} fallback={<p class="muted">The opening has no loop yet, so there are no stages to move through.</p>}>
      <form ref={formElement} class="stack" onSubmit={move} aria-busy={form.action.pending()} novalidate>
        <div class="row move-form">
          <Field id="move-stage" label="Move to stage" hint={choices()[0]?.relation === 'back' ? 'This candidate is at the last stage: only moving back is left.' : undefined}>
            {(control) => (
              <select
                {...control}
                disabled={!!askBack()}
                onChange={(e) => {
                  form.set('stageId', e.currentTarget.value);
                  setAskBack(undefined);
                }}
              >
                <For each={choices()}>
                  {(c) => (
                    <option value={c.stageId} selected={c.stageId === stageId()}>
                      {label(c)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Field id="move-date" label="On" error={form.error('date')}>
            {(control) => <input {...control} type="date" required value={v.date} onInput={(e) => form.set('date', e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={form.action.pending() || !!askBack()}>Move</button>
        </div>
        <Show when={askBack()} keyed>
          {(ask) => (
            <div id="move-back" class="notice warn move-back" role="group" tabindex="-1" aria-labelledby="move-back-question" aria-describedby="move-back-why">
              <p>
                <strong id="move-back-question">
                  Move {props.candidate.name} back to {ask.stage.name}?
                </strong>{' '}
                <span id="move-back-why">
                {props.candidate.name} is at {current()?.name ?? 'a later stage'}. Moving back records a new move on {day(ask.date)}: pacing counts
                from it, and {ask.stage.name}’s interviewers owe a scorecard again if theirs is not in.
                </span>
              </p>
              <div class="row">
                <button type="button" onClick={() => void confirmBack()}>
                  Move back to {ask.stage.name}
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setAskBack(undefined);
                    document.getElementById('move-stage')?.focus();
                  }}
                >
                  Keep at {current()?.name ?? 'this stage'}
                </button>
              </div>
            </div>
          )}
        </Show>
        <ActionStatus action={form.action} />
      </form>
    </Show>
  );
}

function StatusForm(props: { candidate: Candidate }) {
  const form = createForm({ initial: { status: untrack(() => props.candidate.status) }, doing: 'change the status' });
  const change = (e: SubmitEvent) => {
    const id = props.candidate.id;
    return form.submit(e, (values) => setCandidateStatus(id, values.status, new Date().toISOString()), { done: (values) => `Status: ${statusLabels[values.status].toLowerCase()}.` });
  };
  return (
    <form class="stack" onSubmit={(e) => void change(e)} aria-busy={form.action.pending()} novalidate>
      <div class="row move-form">
        <Field id="candidate-status-change" label="Status">
          {(control) => (
            <select {...control} aria-describedby="candidate-status-hint" onChange={(e) => form.set('status', e.currentTarget.value as Candidate['status'])}>
              <For each={statuses.filter((s) => s !== 'hired')}>
                {(s) => (
                  <option value={s} selected={s === form.values.status}>
                    {statusLabels[s]}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <button type="submit" class="secondary" disabled={form.values.status === props.candidate.status || form.action.pending()}>
          Change status
        </button>
      </div>
      <p id="candidate-status-hint" class="hint">
        A candidate becomes “hired” when they join the team, from the decision view. Leaving “active” starts the
        retention clock.
      </p>
      <ActionStatus action={form.action} />
    </form>
  );
}

/** A take-home's days and hours as typed; empty is "not yet". */
const TakeHomeFields = z
  .object({
    sent: z.union([z.literal(''), IsoDate]),
    returned: z.union([z.literal(''), IsoDate]),
    hours: z.union([z.literal(''), z.coerce.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(200, 'must be at most 200')]),
  })
  .refine((t) => !(t.sent && t.returned && t.returned < t.sent), { path: ['returned'], error: 'must not be before it was sent' });

function TakeHomeForm(props: { candidate: Candidate; stage: Stage; facts: ReturnType<typeof candidatePacing>['takeHomes'][number] | undefined }) {
  const stored = untrack(() => props.candidate.takeHomes.find((t) => t.stageId === props.stage.id));
  const form = createForm({
    initial: { sent: stored?.sentAt ? dayOf(stored.sentAt) : '', returned: stored?.returnedAt ? dayOf(stored.returnedAt) : '', hours: stored?.reportedHours?.toString() ?? '' },
    schema: TakeHomeFields,
    doing: 'save the take-home',
  });
  const v = form.values;
  const prefix = () => `take-home-${props.stage.id}`;
  const save = (e: SubmitEvent) => {
    const [id, stageId] = [props.candidate.id, props.stage.id];
    return form.submit(
      e,
      (values) => {
        const now = new Date();
        const hours = values.hours.trim();
        return saveTakeHome(id, {
          stageId,
          ...(values.sent ? { sentAt: momentOn(values.sent, now) } : {}),
          ...(values.returned ? { returnedAt: momentOn(values.returned, now) } : {}),
          ...(hours !== '' ? { reportedHours: Number(hours) } : {}),
        });
      },
      { done: 'Take-home saved.' },
    );
  };
  return (
    <section class="card no-print" aria-labelledby={`${prefix()}-heading`}>
      <h3 id={`${prefix()}-heading`}>{props.stage.name}</h3>
      <p class="muted">
        {props.stage.timeBoxHours ? `Time box: ${plural(props.stage.timeBoxHours, 'hour')}.` : 'This take-home has no time box.'} Long
        take-homes favour people with more free time.
      </p>
      <Show when={props.facts}>
        {(f) => (
          <p>
            <Show when={f().daysTaken !== undefined}>Returned after {plural(f().daysTaken!, 'day')}. </Show>
            <Show when={f().reportedHours !== undefined}>
              Reported {plural(f().reportedHours!, 'hour')}
              <Show when={f().overTimeBox}>
                , <span class="flag">over the {countAdjective(f().timeBoxHours!, 'hour')} time box</span>
              </Show>
              .{' '}
            </Show>
          </p>
        )}
      </Show>
      <form class="stack" onSubmit={(e) => void save(e)} aria-busy={form.action.pending()} novalidate>
        <div class="row move-form">
          <Field id={`${prefix()}-sent`} label="Sent" error={form.error('sent')}>
            {(control) => <input {...control} type="date" value={v.sent} onInput={(e) => form.set('sent', e.currentTarget.value)} />}
          </Field>
          <Field id={`${prefix()}-returned`} label="Returned" error={form.error('returned')}>
            {(control) => <input {...control} type="date" value={v.returned} onInput={(e) => form.set('returned', e.currentTarget.value)} />}
          </Field>
          <Field id={`${prefix()}-hours`} label="Hours reported by the candidate" error={form.error('hours')}>
            {(control) => <input {...control} type="number" min="0" max="200" step="0.5" value={v.hours} onInput={(e) => form.set('hours', e.currentTarget.value)} />}
          </Field>
          <button type="submit" class="secondary" disabled={form.action.pending()}>
            Save take-home
          </button>
        </div>
        <ActionStatus action={form.action} />
      </form>
    </section>
  );
}
