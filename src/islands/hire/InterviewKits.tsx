/**
 * Interviewers who score from their own machines: for each stage of the candidate's loop and
 * each of its interviewers, the kit file to give them (only that interviewer's kit: the
 * candidate's name, never their contact or notes, and nothing about the others' scores), what
 * came of the kits given so far, and the import of their scorecard replies.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { recordInterviewKitIssued } from '../../db/candidates.ts';
import { stageKit } from '../../domain/hire/interview-kit.ts';
import { scorecardForKit } from '../../domain/hire/kit-replies.ts';
import { interviewerKey, isSubmitted } from '../../domain/hire/visibility.ts';
import { isDay, localToday } from '../../domain/dates.ts';
import { workdayAfter } from '../../domain/workdays.ts';
import { interviewKitFile, interviewKitFileName, issueInterviewKit } from '../../io/interview-kit-file.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { downloadText } from '../../state/download.ts';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import type { CandidatesContext } from './candidates-context.tsx';
import { day, lookups } from './candidate-helpers.ts';
import KitReplyImport from './KitReplyImport.tsx';

type Candidate = RecordOf<'candidates'>;
type Loop = RecordOf<'interviewLoops'>;
type Stage = Loop['stages'][number];
type Scorecard = RecordOf<'scorecards'>;
type Interviewer = Stage['interviewers'][number];

export default function InterviewKits(props: { ctx: CandidatesContext; candidate: Candidate; loop: Loop; cards: readonly Scorecard[] }) {
  const names = createMemo(() => lookups(props.ctx.data));
  const action = createAction();
  const [due, setDue] = createSignal(workdayAfter(localToday(), 1));
  const dueError = () => (due() === '' || isDay(due()) ? undefined : 'must be a day, like 2026-11-25');
  const slots = createMemo(() =>
    props.loop.stages.flatMap((stage) => (stage.capabilityIds.length === 0 ? [] : stage.interviewers.map((interviewer) => ({ stage, interviewer, name: names().interviewerName(interviewer) })))),
  );
  const unscored = () => props.loop.stages.filter((s) => s.capabilityIds.length === 0 && s.interviewers.length > 0);

  const kitsFor = (stage: Stage, interviewer: Interviewer) => props.candidate.interviewKits.filter((k) => k.stageId === stage.id && interviewerKey(k.interviewer) === interviewerKey(interviewer));
  const cardFor = (stage: Stage, interviewer: Interviewer) => scorecardForKit(props.cards, { stageId: stage.id, interviewer });

  const exportKit = (stage: Stage, interviewer: Interviewer, name: string) => {
    const candidate = props.candidate;
    const opening = props.ctx.data.openings.find((o) => o.id === candidate.openingId);
    const wantedBy = due();
    const wrongDay = dueError();
    const { questions } = props.ctx.data;
    const { capabilityName } = names();
    return action.run(
      `export ${name}’s interview kit`,
      async () => {
        if (wrongDay) throw new Error(`the day the scorecard is wanted by ${wrongDay}`);
        const { part, issued } = await issueInterviewKit({
          partId: crypto.randomUUID(),
          issuedAt: new Date().toISOString(),
          candidate: { id: candidate.id, name: candidate.name },
          opening: { title: opening?.title ?? '' },
          stage,
          interviewer: { ...(interviewer.personId !== undefined ? { personId: interviewer.personId } : {}), name },
          kit: stageKit(stage, { questions, capabilityName }),
          ...(wantedBy ? { due: wantedBy } : {}),
        });
        // Kept before the file goes out: a reply to a kit the workspace does not know would be refused.
        await recordInterviewKitIssued(candidate.id, issued);
        downloadText(JSON.stringify(interviewKitFile(part, { name: APP_NAME, version: APP_VERSION }), null, 2), interviewKitFileName(part), 'application/json');
      },
      `Exported ${name}’s interview kit for ${stage.name}. Give it to ${name}: they open it in Turbine with “Score an interview from a kit” and send you their scorecard reply.`,
    );
  };

  const status = (stage: Stage, interviewer: Interviewer) => {
    const card = cardFor(stage, interviewer);
    if (card && isSubmitted(card)) return `Scorecard submitted ${day(card.submittedAt!)}${card.source === 'kit' ? ', from their reply' : ', in Turbine'}`;
    const last = kitsFor(stage, interviewer).at(-1);
    const draft = card ? ' A draft is in Turbine.' : '';
    if (!last) return `No kit given.${draft}`;
    return `Kit given ${day(last.issuedAt)}${last.due ? `, wanted by ${day(last.due)}` : ''}: no reply yet.${draft}`;
  };

  return (
    <section class="card no-print" aria-labelledby="interview-kits-heading">
      <h3 id="interview-kits-heading">Interviewers scoring on their own machines</h3>
      <p class="hint">
        Give each interviewer a file with only their kit: {props.candidate.name}’s name (not their contact or notes), the stage, its capabilities with their rubrics
        and the questions. They score in their own Turbine and send back a reply, which becomes their scorecard here. The files’ formats:{' '}
        <a href={href('schema/interview-kit')}>interview kit</a> and <a href={href('schema/interview-kit-reply')}>reply</a> (JSON Schema).
      </p>
      <Show
        when={!props.candidate.anonymisedAt}
        fallback={<p class="muted">{props.candidate.name} was anonymised: no kit can be given out about them, and no reply taken in.</p>}
      >
        <Show when={slots().length > 0} fallback={<p class="muted">No stage of the loop has both capabilities to score and interviewers, so there is no kit to give.</p>}>
          <Field id="kit-due" label="Scorecards wanted by" hint="Printed on each kit exported from here; leave it empty for none." error={dueError()}>
            {(control) => <input {...control} type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)} />}
          </Field>
          <table class="interview-kits">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Interviewer</th>
                <th scope="col">Their scorecard</th>
                <th scope="col">
                  <span class="visually-hidden">Kit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={slots()}>
                {(slot) => (
                  <tr>
                    <th scope="row">{slot.stage.name}</th>
                    <td>{slot.name}</td>
                    <td>{status(slot.stage, slot.interviewer)}</td>
                    <td>
                      <Show when={!(cardFor(slot.stage, slot.interviewer) && isSubmitted(cardFor(slot.stage, slot.interviewer)!))}>
                        <button type="button" class="secondary small" disabled={action.pending()} onClick={() => void exportKit(slot.stage, slot.interviewer, slot.name)}>
                          Export {slot.name}’s kit for {slot.stage.name}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <Show when={unscored().length > 0}>
            <p class="muted">{unscored().map((s) => s.name).join(', ')} scores no capability, so it has no kit.</p>
          </Show>
          <ActionStatus action={action} />
        </Show>
        <KitReplyImport ctx={props.ctx} idPrefix="candidate-replies" />
      </Show>
    </section>
  );
}
