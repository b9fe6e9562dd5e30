/**
 * One candidate: their details, every stage move with its date, pacing, take-homes and
 * status; then, depending on who the page is viewed as, that interviewer's scorecards
 * (ScorecardPanel) or the hiring manager's decision view (DecisionView).
 */
import { createEffect, createMemo, createSignal, For, Show, untrack } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { moveCandidate, readScorecards, saveCandidateDetails, saveTakeHome, setCandidateStatus } from '../../db/candidates.ts';
import { candidatePacing } from '../../domain/hire/pacing.ts';
import { loopInterviewers, nextStageId } from '../../domain/hire/candidate-list.ts';
import { dayOf, localToday, momentOn } from '../../domain/dates.ts';
import { createLiveStore } from '../../state/live-store.ts';
import { createAction } from '../../state/action.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Notice from '../../components/Notice.tsx';
import { describeError } from '../../domain/errors.ts';
import { NavLink, type CandidatesContext } from './candidates-context.tsx';
import { day, lookups, plural, statuses, statusLabels } from './candidate-helpers.ts';
import ScorecardPanel from './ScorecardPanel.tsx';
import DecisionView from './DecisionView.tsx';

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
        <Show when={c().status !== 'hired' && c().status} keyed>
          <StatusForm candidate={c()} />
        </Show>
      </section>

      <For each={(loop()?.stages ?? []).filter((s) => s.kind === 'take-home' && (c().moves.some((m) => m.stageId === s.id) || c().takeHomes.some((t) => t.stageId === s.id)))}>
        {(stage) => <TakeHomeForm candidate={c()} stage={stage} facts={pacing().takeHomes.find((t) => t.stageId === stage.id)} />}
      </For>

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
  const action = createAction();
  const c = () => props.candidate;
  const [name, setName] = createSignal(c().name);
  const [source, setSource] = createSignal(c().source);
  const [contact, setContact] = createSignal(c().contact);
  const [notes, setNotes] = createSignal(c().notes);
  // The version the form starts from: the save is refused if the candidate changed since.
  let readAt: string | undefined;
  const detailsOf = (x: Candidate) => JSON.stringify([x.name, x.source, x.contact, x.notes]);
  let readDetails = '';
  const start = () => {
    setName(c().name);
    setSource(c().source);
    setContact(c().contact);
    setNotes(c().notes);
    readAt = c().updatedAt;
    readDetails = detailsOf(c());
    setEditing(true);
  };
  // A stage move or status change (here or elsewhere) leaves the details as the form read
  // them: follow its version, so only a change to the details themselves refuses the save.
  createEffect(() => {
    if (editing() && detailsOf(c()) === readDetails) readAt = c().updatedAt;
  });
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const id = c().id;
    const details = { name: name(), source: source(), contact: contact(), notes: notes() };
    const ok = await action.run('save the details', () => saveCandidateDetails(id, details, readAt), 'Details saved.');
    if (ok) setEditing(false);
  };
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
          <p class="no-print">
            <button type="button" class="secondary small" onClick={start}>
              Edit details
            </button>
          </p>
          <ActionStatus action={action} />
        </>
      }
    >
      <form class="form stack no-print" onSubmit={(e) => void save(e)}>
        <div class="grid-2">
          <p class="field">
            <label for="candidate-name">Name</label>
            <input id="candidate-name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </p>
          <p class="field">
            <label for="candidate-source">Source</label>
            <input id="candidate-source" value={source()} onInput={(e) => setSource(e.currentTarget.value)} />
          </p>
          <p class="field">
            <label for="candidate-contact">Contact</label>
            <input id="candidate-contact" value={contact()} onInput={(e) => setContact(e.currentTarget.value)} />
          </p>
        </div>
        <p class="field">
          <label for="candidate-notes">Notes</label>
          <textarea id="candidate-notes" rows="3" value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
        </p>
        <div class="row">
          <button type="submit">Save details</button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
        <ActionStatus action={action} />
      </form>
    </Show>
  );
}

function MoveForm(props: { candidate: Candidate; stages: readonly Stage[]; today: string }) {
  const action = createAction();
  const next = () => nextStageId(props.candidate, { stages: [...props.stages] });
  const [chosen, setChosen] = createSignal<string>();
  const [date, setDate] = createSignal(untrack(() => props.today));
  const stageId = () => chosen() ?? next() ?? props.stages[0]?.id ?? '';
  const move = async (e: SubmitEvent) => {
    e.preventDefault();
    const stage = props.stages.find((s) => s.id === stageId());
    if (!stage) return;
    const id = props.candidate.id;
    const on = date();
    const ok = await action.run('move the candidate', () => moveCandidate(id, stage.id, momentOn(on, new Date())), `Moved to ${stage.name} on ${day(on)}.`);
    if (ok) setChosen(undefined);
  };
  return (
    <Show when={props.stages.length > 0} fallback={<p class="muted">The opening has no loop yet, so there are no stages to move through.</p>}>
      <form class="row move-form" onSubmit={(e) => void move(e)}>
        <p class="field">
          <label for="move-stage">Move to stage</label>
          <select id="move-stage" onChange={(e) => setChosen(e.currentTarget.value)}>
            <For each={props.stages}>
              {(s) => (
                <option value={s.id} selected={s.id === stageId()}>
                  {s.name}
                  {s.id === next() ? ' (next)' : ''}
                </option>
              )}
            </For>
          </select>
        </p>
        <p class="field">
          <label for="move-date">On</label>
          <input id="move-date" type="date" required value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </p>
        <button type="submit">Move</button>
      </form>
      <ActionStatus action={action} />
    </Show>
  );
}

function StatusForm(props: { candidate: Candidate }) {
  const action = createAction();
  const [status, setStatus] = createSignal<Candidate['status']>(untrack(() => props.candidate.status));
  const change = async (e: SubmitEvent) => {
    e.preventDefault();
    const id = props.candidate.id;
    const next = status();
    await action.run('change the status', () => setCandidateStatus(id, next, new Date().toISOString()), `Status: ${statusLabels[next].toLowerCase()}.`);
  };
  return (
    <>
      <form class="row move-form" onSubmit={(e) => void change(e)}>
        <p class="field">
          <label for="candidate-status-change">Status</label>
          <select id="candidate-status-change" onChange={(e) => setStatus(e.currentTarget.value as Candidate['status'])} aria-describedby="candidate-status-hint">
            <For each={statuses.filter((s) => s !== 'hired')}>
              {(s) => (
                <option value={s} selected={s === status()}>
                  {statusLabels[s]}
                </option>
              )}
            </For>
          </select>
        </p>
        <button type="submit" class="secondary" disabled={status() === props.candidate.status}>
          Change status
        </button>
      </form>
      <p id="candidate-status-hint" class="hint">
        A candidate becomes “hired” when they join the team, from the decision view. Leaving “active” starts the
        retention clock.
      </p>
      <ActionStatus action={action} />
    </>
  );
}

function TakeHomeForm(props: { candidate: Candidate; stage: Stage; facts: ReturnType<typeof candidatePacing>['takeHomes'][number] | undefined }) {
  const action = createAction();
  const stored = untrack(() => props.candidate.takeHomes.find((t) => t.stageId === props.stage.id));
  const [sent, setSent] = createSignal(stored?.sentAt ? dayOf(stored.sentAt) : '');
  const [returned, setReturned] = createSignal(stored?.returnedAt ? dayOf(stored.returnedAt) : '');
  const [hours, setHours] = createSignal(stored?.reportedHours?.toString() ?? '');
  const prefix = () => `take-home-${props.stage.id}`;
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const now = new Date();
    const h = hours().trim() === '' ? undefined : Number(hours());
    const [s, r, id, stageId] = [sent(), returned(), props.candidate.id, props.stage.id];
    await action.run(
      'save the take-home',
      async () => {
        if (h !== undefined && !Number.isFinite(h)) throw new Error('reported hours: must be a number');
        if (s && r && r < s) throw new Error('returned: must not be before it was sent');
        return saveTakeHome(id, {
          stageId,
          ...(s ? { sentAt: momentOn(s, now) } : {}),
          ...(r ? { returnedAt: momentOn(r, now) } : {}),
          ...(h !== undefined ? { reportedHours: h } : {}),
        });
      },
      'Take-home saved.',
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
            <Show when={f().reportedHours !== undefined}>Reported {plural(f().reportedHours!, 'hour')}. </Show>
            <Show when={f().overTimeBox}>
              <span class="flag">over the {plural(f().timeBoxHours!, 'hour')} time box</span>
            </Show>
          </p>
        )}
      </Show>
      <form class="row move-form" onSubmit={(e) => void save(e)}>
        <p class="field">
          <label for={`${prefix()}-sent`}>Sent</label>
          <input id={`${prefix()}-sent`} type="date" value={sent()} onInput={(e) => setSent(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for={`${prefix()}-returned`}>Returned</label>
          <input id={`${prefix()}-returned`} type="date" value={returned()} onInput={(e) => setReturned(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for={`${prefix()}-hours`}>Hours reported by the candidate</label>
          <input id={`${prefix()}-hours`} type="number" min="0" max="200" step="0.5" value={hours()} onInput={(e) => setHours(e.currentTarget.value)} />
        </p>
        <button type="submit" class="secondary">
          Save take-home
        </button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
