/**
 * The hiring manager takes interviewers' scorecard replies in: one file or many at once, each
 * read against the kits this workspace issued, then a preview of what each would do before
 * anything is written. A reply whose interviewer already has a scorecard for the stage (a draft,
 * or one submitted) waits for the manager's choice: replace it, or keep it and leave the reply
 * out. The preview names who and which stage, never the scores: those are seen in the decision
 * view, by its rules, so the manager's own read stays independent too.
 */
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { readScorecards, takeScorecardReplies } from '../../db/candidates.ts';
import { replySteps, type ReplyStep } from '../../domain/hire/kit-replies.ts';
import { isSubmitted } from '../../domain/hire/visibility.ts';
import { issuedKitsOf, readInterviewKitReplyFile, type InterviewKitReply } from '../../io/interview-kit-file.ts';
import type { Problem } from '../../io/problems.ts';
import { createAction } from '../../state/action.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import type { CandidatesContext } from './candidates-context.tsx';
import { day, lookups, plural } from './candidate-helpers.ts';

/** More files than any panel sends at once: a folder chosen by mistake. */
const MAX_FILES = 500;

type Step = ReplyStep<InterviewKitReply>;
type Found = Extract<Step, { candidate: unknown }>;
const isFound = (step: Step): step is Found => step.kind !== 'gone';

export default function KitReplyImport(props: { ctx: CandidatesContext; idPrefix: string }) {
  const names = createMemo(() => lookups(props.ctx.data));
  const action = createAction();
  const [refused, setRefused] = createSignal<{ fileName: string; headline: string; problems: Problem[] }[]>([]);
  const [steps, setSteps] = createSignal<Step[]>([]);
  const [replace, setReplace] = createSignal<ReadonlySet<string>>(new Set());
  let input: HTMLInputElement | undefined;

  const choose = async (list: FileList | null | undefined) => {
    action.clear();
    setRefused([]);
    setSteps([]);
    setReplace(new Set<string>());
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    if (files.length > MAX_FILES) {
      setRefused([{ fileName: `${files.length} files`, headline: `That is ${files.length} files: choose at most ${MAX_FILES} scorecard replies at once.`, problems: [] }]);
      if (input) input.value = '';
      return;
    }
    const issued = issuedKitsOf(props.ctx.data.candidates);
    const read: { fileName: string; reply: InterviewKitReply }[] = [];
    const refusals: { fileName: string; headline: string; problems: Problem[] }[] = [];
    for (const file of files) {
      const r = await readInterviewKitReplyFile(file, issued);
      if (r.ok) read.push({ fileName: file.name, reply: r.value });
      else refusals.push({ fileName: file.name, headline: r.headline, problems: r.problems });
    }
    const candidateIds = [...new Set(read.map((r) => r.reply.candidateId))];
    const cards = new Map(await Promise.all(candidateIds.map(async (id) => [id, await readScorecards(id)] as const)));
    setRefused(refusals);
    setSteps(replySteps(read, { candidate: (id) => props.ctx.data.candidates.find((c) => c.id === id), scorecards: (id) => cards.get(id) ?? [] }));
    if (input) input.value = '';
  };

  const stageName = (step: Found) => {
    const loopId = props.ctx.data.openings.find((o) => o.id === step.candidate.openingId)?.loopId;
    return names().stageName(loopId, step.kit.stageId);
  };
  const takeable = () => steps().filter((s) => s.kind === 'new' || (s.kind === 'replaces' && replace().has(s.fileName)));
  const kept = () => steps().filter((s) => s.kind === 'replaces' && !replace().has(s.fileName)).length;

  const takeIn = () => {
    const chosen = steps().flatMap((s) =>
      s.kind === 'new' ? [{ reply: s.reply, replace: false }] : s.kind === 'replaces' ? [{ reply: s.reply, found: { id: s.existing.id, updatedAt: s.existing.updatedAt }, replace: replace().has(s.fileName) }] : [],
    );
    const count = takeable().length;
    const keptCount = kept();
    return action.run(
      'take the scorecard replies in',
      async () => {
        await takeScorecardReplies(chosen, new Date().toISOString());
        setSteps([]);
        setReplace(new Set<string>());
      },
      `Took in ${plural(count, 'scorecard')}${keptCount > 0 ? `; kept ${plural(keptCount, 'scorecard')} already in Turbine as ${keptCount === 1 ? 'it was' : 'they were'}` : ''}. They show in the decision view by its rules.`,
    );
  };

  const choice = (fileName: string, on: boolean) => {
    const next = new Set(replace());
    if (on) next.add(fileName);
    else next.delete(fileName);
    setReplace(next);
  };

  return (
    <div class="stack kit-replies">
      <div class="row">
        <label for={`${props.idPrefix}-files`}>Import scorecard replies</label>
        <input id={`${props.idPrefix}-files`} ref={input} type="file" multiple accept="application/json,.json" aria-describedby={`${props.idPrefix}-hint`} onChange={(e) => void choose(e.currentTarget.files)} />
      </div>
      <p id={`${props.idPrefix}-hint`} class="hint">
        Choose one reply or many, for any candidate. Each is checked against the kit it answers; you see what each would do before anything is written.
      </p>
      <For each={refused()}>{(r) => <ImportRefusal fileName={r.fileName} headline={r.headline} problems={r.problems} more={0} unchanged="Nothing of it was written." />}</For>
      <Show when={steps().length > 0}>
        <div class="notice ok stack" role="region" aria-label="Scorecard replies to take in">
          <ul class="kit-reply-steps">
            <For each={steps()}>
              {(step) => (
                <li>
                  <Show when={isFound(step) ? step : undefined} fallback={<p>{step.fileName}: set aside, its candidate or kit is no longer in the workspace.</p>}>
                    {(found) => <FoundStep step={found()} stageName={stageName(found())} idPrefix={props.idPrefix} replace={replace().has(step.fileName)} onChoice={(on) => choice(step.fileName, on)} />}
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <div class="row">
            <button type="button" disabled={action.pending() || takeable().length === 0} onClick={() => void takeIn()}>
              Take in {plural(takeable().length, 'scorecard')}
            </button>
            <button type="button" class="secondary" onClick={() => setSteps([])}>
              Not now
            </button>
          </div>
        </div>
      </Show>
      <ActionStatus action={action} />
    </div>
  );
}

/** One reply found to answer a kit: who, which candidate and stage, and what taking it in would do. */
function FoundStep(props: { step: Found; stageName: string; idPrefix: string; replace: boolean; onChoice: (replace: boolean) => void }) {
  const who = () => props.step.kit.interviewer.name;
  const existing = () => ('existing' in props.step ? props.step.existing : undefined);
  const what = (card: NonNullable<ReturnType<typeof existing>>) =>
    isSubmitted(card) ? `a scorecard submitted ${day(card.submittedAt!)}${card.source === 'kit' ? ' from an earlier reply' : ' in Turbine'}` : 'a draft in Turbine';
  return (
    <>
      <p>
        <strong>
          {who()}’s scorecard for {props.step.candidate.name}, {props.stageName}
        </strong>{' '}
        (submitted {day(props.step.reply.scorecard.submittedAt)}, {props.step.fileName})
      </p>
      <Switch>
        <Match when={props.step.kind === 'new'}>
          <p>Becomes {who()}’s submitted scorecard.</p>
        </Match>
        <Match when={props.step.kind === 'already-in'}>
          <p>Taken in already: nothing to do.</p>
        </Match>
        <Match when={props.step.kind === 'superseded' && props.step}>{(x) => <p>Set aside: {x().by} answers the same kit and was submitted later.</p>}</Match>
        <Match when={props.step.kind === 'replaces' && existing()}>
          {(card) => (
            <fieldset class="choice">
              <legend>
                {who()} already has {what(card())} for {props.stageName}. Which should stay?
              </legend>
              <label class="option">
                <input type="radio" name={`${props.idPrefix}-${props.step.fileName}`} checked={props.replace} onChange={() => props.onChoice(true)} /> Replace it with this reply
              </label>
              <label class="option">
                <input type="radio" name={`${props.idPrefix}-${props.step.fileName}`} checked={!props.replace} onChange={() => props.onChoice(false)} /> Keep the one in Turbine, leave this reply out
              </label>
            </fieldset>
          )}
        </Match>
      </Switch>
    </>
  );
}
