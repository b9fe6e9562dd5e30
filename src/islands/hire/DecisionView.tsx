/**
 * The hiring manager's decision view: which scorecards are in, and once all are (or by
 * an explicit, recorded choice to open early) the whole puzzle: capabilities × stages
 * with every score and its evidence, must-have coverage, spread, outlier flags and
 * recommendation dissent. No single average. Then the decision, its print view, and
 * for a hire, joining the team (DecisionHire).
 */
import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { openDecisionViewEarly, recordDecision } from '../../db/candidates.ts';
import { decisionViewOpen, expectedScorecards, interviewerKey } from '../../domain/hire/visibility.ts';
import { decisionPuzzle, type CapabilityRow, type Puzzle } from '../../domain/hire/puzzle.ts';
import type { CandidatesContext } from './candidates-context.tsx';
import { z } from 'zod';
import { createForm } from '../../state/form.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import { day, lookups, plural, recommendationLabels, recommendations, type Lookups } from './candidate-helpers.ts';
import { endsSentence, quote } from '../../domain/words.ts';
import DecisionHire from './DecisionHire.tsx';

type Candidate = RecordOf<'candidates'>;
type Opening = RecordOf<'openings'>;
type Loop = RecordOf<'interviewLoops'>;
type Scorecard = RecordOf<'scorecards'>;

export default function DecisionView(props: { ctx: CandidatesContext; candidate: Candidate; opening: Opening | undefined; loop: Loop | undefined; cards: readonly Scorecard[] }) {
  const names = createMemo(() => lookups(props.ctx.data));
  const loop = () => props.loop ?? { stages: [] };
  const expected = createMemo(() => expectedScorecards(props.candidate, loop()));
  const state = createMemo(() => decisionViewOpen(props.candidate, loop(), [...props.cards], props.candidate.decisionViewOpenedEarly));
  const puzzle = createMemo(() =>
    decisionPuzzle({ candidate: props.candidate, opening: props.opening ?? { mustHave: [], niceToHave: [] }, loop: props.loop, scorecards: [...props.cards] }),
  );
  const cardFor = (stageId: string, key: string) => props.cards.find((s) => s.stageId === stageId && interviewerKey(s.interviewer) === key);
  // The latest kit given to that interviewer for the stage, if any.
  const kitFor = (stageId: string, key: string) => props.candidate.interviewKits.findLast((k) => k.stageId === stageId && interviewerKey(k.interviewer) === key);
  // A live kit says whether the interviewer is writing (never what); a file kit only that it went out.
  const kitState = (kit: Candidate['interviewKits'][number]) => {
    if (!kit.live) return `kit given ${day(kit.issuedAt)}, no reply yet`;
    const heard = props.ctx.panel.state(kit.partId);
    return heard === 'in-progress' ? 'in progress, scoring live' : heard === 'submitted' ? 'submitted live, being taken in' : `shared live ${day(kit.issuedAt)}, not started`;
  };
  const inCount = () => state().expected - state().missing.length;

  return (
    <section class="stack decision-section" aria-labelledby="decision-heading">
      <h3 id="decision-heading">Decision view for {props.candidate.name}</h3>
      <div class="card no-print">
        <h4>
          Scorecards in: {inCount()} of {state().expected}
        </h4>
        <Show when={expected().length > 0} fallback={<p class="muted">No scorecard is expected yet: the candidate has not reached a stage with interviewers.</p>}>
          <ul class="expected-list">
            <For each={expected()}>
              {(e) => {
                const card = () => cardFor(e.stageId, e.key);
                return (
                  <li>
                    {names().stageName(props.loop?.id, e.stageId)}: {names().interviewerName(e.interviewer)} —{' '}
                    {card()?.submittedAt
                      ? `submitted ${day(card()!.submittedAt!)}${card()!.source === 'kit' ? ' (from their kit)' : ''}`
                      : card()
                        ? 'draft, not submitted'
                        : kitFor(e.stageId, e.key)
                          ? kitState(kitFor(e.stageId, e.key)!)
                          : 'not started'}
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
        <p class="hint">The hiring manager sees what the scorecards say only here, once they are all in.</p>
      </div>
      <Show when={state().open} fallback={<OpenEarly candidate={props.candidate} missing={state().missing.length} />}>
        <Show when={state().reason === 'early-choice' && props.candidate.decisionViewOpenedEarly}>
          {(early) => (
            <p class="notice warn" role="status">
              Opened early by {early().by} on {day(early().at)}, with {plural(state().missing.length, 'scorecard')} still missing: {quote(early().reason)}
              {endsSentence(early().reason) ? '' : '.'}
            </p>
          )}
        </Show>
        <PuzzleView puzzle={puzzle()} names={names()} loopId={props.loop?.id} candidateName={props.candidate.name} />
        <DecisionRecord candidate={props.candidate} early={state().missing.length > 0} />
        <Show when={props.candidate.decision?.outcome === 'hire'}>
          <DecisionHire ctx={props.ctx} candidate={props.candidate} opening={props.opening} cards={props.cards} />
        </Show>
      </Show>
    </section>
  );
}

/** Opening early is a choice on the record: who made it and why, both required (the command checks them again). */
const OpenEarlyFields = z.object({
  by: z.string().trim().min(1, { error: 'must not be empty' }),
  reason: z.string().trim().min(1, { error: 'say why it cannot wait for every scorecard' }),
});

function OpenEarly(props: { candidate: Candidate; missing: number }) {
  const form = createForm({ initial: { by: '', reason: '' }, schema: OpenEarlyFields, doing: 'open the decision view' });
  const open = (e: SubmitEvent) => {
    const id = props.candidate.id;
    return form.submit(e, (values) => openDecisionViewEarly(id, { ...values, at: new Date().toISOString() }), { done: 'Decision view opened early; the choice is recorded.' });
  };
  return (
    <div class="card no-print">
      <p class="notice warn" role="status">
        The decision view opens once every expected scorecard is in: {plural(props.missing, 'scorecard')} still to come. Deciding on
        part of the picture lets the first loud score anchor everyone.
      </p>
      <Show when={!props.candidate.anonymisedAt}>
        <details class="open-early">
          <summary>Open it early anyway</summary>
          <form class="form stack" onSubmit={(e) => void open(e)} aria-busy={form.action.pending()} novalidate>
            <Field id="early-by" label="Who is opening it" error={form.error('by')}>
              {(control) => <input {...control} required maxLength={500} value={form.values.by} onInput={(e) => form.set('by', e.currentTarget.value)} />}
            </Field>
            <Field id="early-reason" label="Why it cannot wait" error={form.error('reason')}>
              {(control) => <textarea {...control} rows="2" required value={form.values.reason} onInput={(e) => form.set('reason', e.currentTarget.value)} />}
            </Field>
            {/* Secondary on purpose: opening early is the exception, not the way forward. */}
            <div class="row">
              <button type="submit" class="secondary" disabled={form.action.pending()}>
                Open the decision view early
              </button>
            </div>
            <ActionStatus action={form.action} />
          </form>
        </details>
      </Show>
    </div>
  );
}

const outlierText = { high: 'outlier: far above the rest of the panel', low: 'outlier: far below the rest of the panel' } as const;

function PuzzleView(props: { puzzle: Puzzle; names: Lookups; loopId: string | undefined; candidateName: string }) {
  const p = () => props.puzzle;
  const flagged = (row: CapabilityRow, scorecardId: string) => row.outliers.find((o) => o.score.scorecardId === scorecardId);
  const stageName = (s: { stageId: string; name: string | null }) => s.name ?? props.names.stageName(props.loopId, s.stageId);
  const outlierCount = () => p().rows.reduce((n, r) => n + r.outliers.length, 0);
  return (
    <div class="stack puzzle">
      <div class="card">
        <h4>Must-have coverage</h4>
        <Show when={p().coverage.length > 0} fallback={<p class="muted">The opening names no must-have capability.</p>}>
          <ul class="coverage-list">
            <For each={p().coverage}>
              {(c) => (
                <li>
                  {props.names.capabilityName(c.capabilityId)}: {plural(c.signal, 'score')} from {plural(c.interviewers, 'interviewer')}{' '}
                  <Show when={c.enoughSignal} fallback={<span class="flag">not enough signal</span>}>
                    <span class="ok-mark">enough signal</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <p class="hint">Enough signal means at least two interviewers gave a score, not “no signal”.</p>
      </div>
      <div class="card">
        <h4>Scores by capability and stage</h4>
        <p class="muted">
          Every score with its evidence. {outlierCount() > 0 ? `${plural(outlierCount(), 'score')} stand${outlierCount() === 1 ? 's' : ''} alone against the rest of the panel (flagged).` : 'No score stands alone against the rest of the panel.'} There is
          no overall average on purpose: no single rave or pan decides.
        </p>
        <div class="table-scroll">
          <table class="puzzle-table">
            <caption class="visually-hidden">Scores for {props.candidateName}, capabilities by stage</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th>
                <For each={p().stages}>{(s) => <th scope="col">{stageName(s)}</th>}</For>
                <th scope="col">Spread</th>
              </tr>
            </thead>
            <tbody>
              <For each={p().rows}>
                {(row) => (
                  <tr classList={{ 'has-outlier': row.outliers.length > 0 }}>
                    <th scope="row">
                      {props.names.capabilityName(row.capabilityId)}
                      <Show when={row.priority !== 'other'}>
                        <span class="priority">{row.priority}</span>
                      </Show>
                    </th>
                    <For each={row.cells}>
                      {(cell) => (
                        <td>
                          <ul class="cell-scores">
                            <For each={cell.scores}>
                              {(s) => (
                                <li classList={{ outlier: !!flagged(row, s.scorecardId) }}>
                                  <strong class="score">{s.score ?? 'no signal'}</strong> {props.names.interviewerName(s.interviewer)}
                                  <Show when={flagged(row, s.scorecardId)}>
                                    {(o) => (
                                      <>
                                        {' '}
                                        <span class="flag">{outlierText[o().direction]}</span>
                                      </>
                                    )}
                                  </Show>
                                  <Show when={s.evidence}>
                                    <span class="evidence">{s.evidence}</span>
                                  </Show>
                                </li>
                              )}
                            </For>
                          </ul>
                        </td>
                      )}
                    </For>
                    <td>
                      <Show when={row.spread} fallback={<span class="muted">no scores</span>}>
                        {(sp) => (
                          <>
                            {sp().min === sp().max ? `all ${sp().min}` : `${sp().min} to ${sp().max}, median ${sp().median}`}
                            <span class="hint">
                              {plural(row.signal, 'score')}
                              {row.noSignal ? `, ${row.noSignal} no signal` : ''}
                            </span>
                          </>
                        )}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </div>
      <div class="card">
        <h4>Recommendations</h4>
        <p>
          {recommendations
            .filter((r) => p().recommendations.mix[r] > 0)
            .map((r) => `${recommendationLabels[r]} from ${plural(p().recommendations.mix[r], 'interviewer')}`)
            .join(' · ') || 'None yet.'}
        </p>
        <Show when={p().recommendations.dissent.length > 0}>
          <ul>
            <For each={p().recommendations.dissent}>
              {(d) => (
                <li>
                  <span class="flag">dissent</span> {props.names.interviewerName(d.interviewer)} ({props.names.stageName(props.loopId, d.stageId)}) recommended “
                  {recommendationLabels[d.recommendation].toLowerCase()}” against the rest of the panel. Talk it through before deciding.
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </div>
  );
}

/** The decision's fields checked before recording it (the command checks them again). */
const DecisionFields = z.object({
  outcome: z.enum(['hire', 'no-hire'], { error: 'choose hire or no hire' }),
  rationale: z.string().trim().min(1, { error: 'say why, in a sentence or two' }),
  decidedBy: z.string().trim().min(1, { error: 'must not be empty' }),
});

function DecisionRecord(props: { candidate: Candidate; early: boolean }) {
  // Made here rather than in the form, so "Decision recorded." stays beside the record that replaces the form.
  const form = createForm({ initial: { outcome: '' as '' | 'hire' | 'no-hire', rationale: '', decidedBy: '' }, schema: DecisionFields, doing: 'record the decision' });
  const v = form.values;
  const [printing, setPrinting] = createSignal(false);
  onMount(() => {
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    onCleanup(() => window.removeEventListener('afterprint', done));
  });
  const decide = (e: SubmitEvent) => {
    const [id, early] = [props.candidate.id, props.early];
    return form.submit(
      e,
      // The schema has checked the outcome is chosen.
      (values) => recordDecision(id, { outcome: values.outcome as 'hire' | 'no-hire', rationale: values.rationale, decidedBy: values.decidedBy, at: new Date().toISOString(), early }),
      { done: 'Decision recorded.' },
    );
  };
  return (
    <Show
      when={props.candidate.decision}
      fallback={
        <section class="card no-print" aria-labelledby="decide-heading">
          <h4 id="decide-heading">Decide</h4>
          <Show
            when={!props.candidate.anonymisedAt}
            fallback={<p class="muted">No decision was recorded before this candidate was anonymised. A decision’s rationale is about them, so none can be added now.</p>}
          >
            <Show when={props.early}>
              <p class="notice warn">Not every scorecard is in: the decision will be recorded as taken early.</p>
            </Show>
            <form class="form stack" onSubmit={(e) => void decide(e)} aria-busy={form.action.pending()} novalidate>
              <fieldset class="choice">
                <legend>Decision</legend>
                <For each={[{ value: 'hire', label: 'Hire' }, { value: 'no-hire', label: 'No hire' }] as const}>
                  {(o) => (
                    <label class="option">
                      <input
                        type="radio"
                        name="decision-outcome"
                        value={o.value}
                        checked={v.outcome === o.value}
                        aria-invalid={form.error('outcome') ? 'true' : undefined}
                        aria-describedby={form.error('outcome') ? 'decision-outcome-error' : undefined}
                        onChange={() => form.set('outcome', o.value)}
                      />
                      {o.label}
                    </label>
                  )}
                </For>
                <Show when={form.error('outcome')}>
                  <span id="decision-outcome-error" class="field-error">
                    {form.error('outcome')}
                  </span>
                </Show>
              </fieldset>
              <Field id="decision-rationale" label="Rationale" hint="What in the whole picture decided it, including how you weighed any outlier or dissent." error={form.error('rationale')}>
                {(control) => <textarea {...control} rows="3" required value={v.rationale} onInput={(e) => form.set('rationale', e.currentTarget.value)} />}
              </Field>
              <Field id="decision-by" label="Decided by" error={form.error('decidedBy')}>
                {(control) => <input {...control} required maxLength={500} value={v.decidedBy} onInput={(e) => form.set('decidedBy', e.currentTarget.value)} />}
              </Field>
              <FormActions action={form.action} submitLabel="Record the decision" />
            </form>
          </Show>
        </section>
      }
    >
      {(d) => (
        <section class="card decision-record" classList={{ printing: printing() }} aria-labelledby="decision-record-heading">
          <h4 id="decision-record-heading">
            Decision: {d().outcome === 'hire' ? 'hire' : 'no hire'}
          </h4>
          <dl class="facts">
            <dt>Candidate</dt>
            <dd>{props.candidate.name}</dd>
            <dt>Decided by</dt>
            <dd>{d().decidedBy || '—'}</dd>
            <dt>When</dt>
            <dd>{day(d().at)}</dd>
            <dt>Rationale</dt>
            <dd class="prewrap">{d().rationale || (props.candidate.anonymisedAt ? 'Removed when the candidate was anonymised' : '—')}</dd>
          </dl>
          <Show when={d().early}>
            <p class="notice warn">Taken before every expected scorecard was in.</p>
          </Show>
          <p class="no-print">
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                setPrinting(true);
                window.print();
              }}
            >
              Print the decision record
            </button>
          </p>
          <ActionStatus action={form.action} />
        </section>
      )}
    </Show>
  );
}
