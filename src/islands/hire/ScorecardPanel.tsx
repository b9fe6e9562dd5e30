/**
 * One interviewer's view of a candidate's scorecards. Until they submit theirs, the
 * others' are hidden from them (visibility.ts) and the page says so; afterwards they
 * see every submitted scorecard. Others' drafts are never shown.
 */
import { createMemo, For, Show } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { interviewerKey, isSubmitted, visibleScorecards, type InterviewerRef } from '../../domain/hire/visibility.ts';
import { scorecardStages } from '../../domain/hire/candidate-list.ts';
import type { CandidatesContext } from './candidates-context.tsx';
import { day, lookups, plural, recommendationLabels } from './candidate-helpers.ts';
import ScorecardForm from './ScorecardForm.tsx';

type Candidate = RecordOf<'candidates'>;
type Loop = RecordOf<'interviewLoops'>;
type Scorecard = RecordOf<'scorecards'>;

export default function ScorecardPanel(props: {
  ctx: CandidatesContext;
  candidate: Candidate;
  loop: Loop | undefined;
  viewer: InterviewerRef;
  cards: readonly Scorecard[];
}) {
  const names = createMemo(() => lookups(props.ctx.data));
  const me = () => interviewerKey(props.viewer);
  const myName = () => names().interviewerName(props.viewer);
  const visible = createMemo(() => visibleScorecards([...props.cards], props.candidate.id, props.viewer));
  const mine = (s: Scorecard) => interviewerKey(s.interviewer) === me();
  const hasSubmitted = () => visible().some((s) => mine(s) && isSubmitted(s));
  const hidden = () => props.cards.filter((s) => !mine(s) && isSubmitted(s) && !visible().includes(s)).length;
  const stages = createMemo(() => scorecardStages(props.candidate, props.loop, props.viewer));
  const others = () => visible().filter((s) => !mine(s));

  return (
    <section class="stack" aria-labelledby="scorecards-heading">
      <h3 id="scorecards-heading">Scorecards for {props.candidate.name}, as {myName()}</h3>
      <Show
        when={hasSubmitted() || props.candidate.anonymisedAt}
        fallback={
          <p class="notice warn" role="status">
            The other interviewers’ scorecards for {props.candidate.name} are hidden from {myName()} until {myName()} submits
            {' '}a scorecard: {hidden() === 0 ? 'none has been submitted yet' : `${plural(hidden(), 'submitted scorecard')} ${hidden() === 1 ? 'is' : 'are'} hidden`}. Write yours first, so each
            interview stays an independent piece of the puzzle.
          </p>
        }
      >
        <p class="notice ok" role="status" hidden={!hasSubmitted()}>
          {myName()} has submitted, so the other submitted scorecards are shown ({plural(others().length, 'scorecard')}).
        </p>
      </Show>
      <Show when={stages().length === 0}>
        <p class="muted">
          {myName()} has no scorecard to write for {props.candidate.name} yet: they interview at a stage the candidate has not
          reached.
        </p>
      </Show>
      <Show when={props.candidate.anonymisedAt && stages().length > 0}>
        <p class="notice warn" role="status">
          {props.candidate.name} was anonymised on {day(props.candidate.anonymisedAt!)}: evidence and notes about them can no longer be written, so
          {' '}{myName()}’s scorecards for them are read-only.
        </p>
      </Show>
      <For each={stages()}>
        {(stage) => {
          const card = () => props.cards.find((s) => s.stageId === stage.id && mine(s));
          return (
            <Show
              when={(card() && isSubmitted(card()!)) || props.candidate.anonymisedAt}
              fallback={<ScorecardForm candidate={props.candidate} stage={stage} viewer={props.viewer} viewerName={myName()} existing={card()} names={names()} questions={props.ctx.data.questions} />}
            >
              <Show when={card()} fallback={<p class="muted">{myName()} wrote no scorecard for {stage.name}.</p>}>
                <ScorecardView card={card()!} names={names()} loopId={props.loop?.id} />
              </Show>
            </Show>
          );
        }}
      </For>
      <For each={others()}>{(card) => <ScorecardView card={card} names={names()} loopId={props.loop?.id} />}</For>
    </section>
  );
}

/** A submitted scorecard, read-only. */
export function ScorecardView(props: { card: Scorecard; names: ReturnType<typeof lookups>; loopId: string | undefined }) {
  const who = () => props.names.interviewerName(props.card.interviewer);
  const stage = () => props.names.stageName(props.loopId, props.card.stageId);
  const headingId = () => `scorecard-${props.card.id}`;
  return (
    <article class="card scorecard" aria-labelledby={headingId()}>
      <h4 id={headingId()}>
        {who()}’s scorecard, {stage()}
      </h4>
      <p class="muted">
        {props.card.submittedAt ? `Submitted ${day(props.card.submittedAt)}` : 'Draft'}
        {props.card.recommendation ? ` · Recommendation: ${recommendationLabels[props.card.recommendation]}` : ''}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            <th scope="col" class="num">Score</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.card.scores}>
            {(s) => (
              <tr>
                <th scope="row">{props.names.capabilityName(s.capabilityId)}</th>
                <td class="num">{s.score ?? 'no signal'}</td>
                <td class="prewrap">{s.evidence || '—'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={(props.card.questionNotes ?? []).length > 0}>
        <h5>Notes on the questions</h5>
        <dl class="question-notes">
          <For each={props.card.questionNotes}>
            {(n) => (
              <>
                <dt>{n.question}</dt>
                <dd class="prewrap">{n.note}</dd>
              </>
            )}
          </For>
        </dl>
      </Show>
      <Show when={props.card.notes}>
        <p class="prewrap">{props.card.notes}</p>
      </Show>
    </article>
  );
}
