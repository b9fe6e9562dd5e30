/**
 * Interviewers who score from their own machines: for each stage of the candidate's loop and
 * each of its interviewers, the kit file to give them (only that interviewer's kit: the
 * candidate's name, never their contact or notes, and nothing about the others' scores), what
 * came of the kits given so far, and the import of their scorecard replies.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import type { IssuedInterviewKit } from '../../schemas/hiring.ts';
import { recordInterviewKitIssued } from '../../db/candidates.ts';
import { stageKit } from '../../domain/hire/interview-kit.ts';
import { scorecardForKit } from '../../domain/hire/kit-replies.ts';
import { interviewerKey, isSubmitted } from '../../domain/hire/visibility.ts';
import { addDays, isDay, localToday } from '../../domain/dates.ts';
import { workdayAfter } from '../../domain/workdays.ts';
import { interviewKitFile, interviewKitFileName, issueInterviewKit, type InterviewKitPart } from '../../io/interview-kit-file.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { downloadText } from '../../state/download.ts';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import type { CandidatesContext } from './candidates-context.tsx';
import { day, lookups } from './candidate-helpers.ts';
import KitReplyImport from './KitReplyImport.tsx';
import { kitDocumentName } from '../../io/panel-token.ts';
import { forgetPanelSettings, panelSettings, savePanelSettings } from '../../state/panel-settings.ts';

/** A live link opens the kit until a week after the day it is wanted by, or two weeks from now without one. */
function linkExpiry(due: string | undefined): Date {
  if (!due) return new Date(Date.now() + 14 * 24 * 3600_000);
  const [y, m, d] = addDays(due, 8).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The live panel on this device: the sync server's secret, entered once and kept here only. */
function PanelSetup() {
  const action = createAction();
  const [secret, setSecret] = createSignal('');
  const connect = (e: SubmitEvent) => {
    e.preventDefault();
    const typed = secret().trim();
    return action.run(
      'connect to the sync server',
      async () => {
        const settings = { secret: typed, workspaceKey: panelSettings()?.workspaceKey ?? crypto.randomUUID() };
        const panel = await import('../../state/panel.ts');
        await panel.checkPanelServer(settings);
        savePanelSettings(settings);
        setSecret('');
      },
      'Connected: kits can be shared live from here. The secret stays on this device.',
    );
  };
  return (
    <Show
      when={panelSettings()}
      fallback={
        <details class="panel-setup">
          <summary>Score live on your team’s sync server (optional)</summary>
          <p class="hint">
            If your team serves Turbine together with its sync server (<code>npm run sync-server</code>), enter the server’s secret once: kits can then be shared as a link, and
            scorecards arrive as interviewers submit them. The secret stays on this device; it never goes into the workspace file.
          </p>
          <form class="row" onSubmit={(e) => void connect(e)} aria-busy={action.pending()}>
            <Field id="panel-secret" label="The sync server’s secret">
              {(control) => <input {...control} type="password" autocomplete="off" value={secret()} onInput={(e) => setSecret(e.currentTarget.value)} />}
            </Field>
            <button type="submit" class="secondary" disabled={action.pending()}>
              Connect
            </button>
          </form>
          <ActionStatus action={action} />
        </details>
      }
    >
      <p class="row">
        <span>Live panel: kits can be shared on this site’s sync server.</span>
        <button type="button" class="secondary small" onClick={() => forgetPanelSettings()}>
          Forget the server’s secret on this device
        </button>
      </p>
      <ActionStatus action={action} />
    </Show>
  );
}

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

  /** The kit for one interviewer at one stage, as it is now: the order is read when asked, not later. */
  const orderOf = (stage: Stage, interviewer: Interviewer, name: string, again?: IssuedInterviewKit) => {
    const candidate = props.candidate;
    const opening = props.ctx.data.openings.find((o) => o.id === candidate.openingId);
    const wantedBy = again ? (again.due ?? '') : due();
    const wrongDay = again ? undefined : dueError();
    const { questions } = props.ctx.data;
    const { capabilityName } = names();
    return async () => {
      if (wrongDay) throw new Error(`the day the scorecard is wanted by ${wrongDay}`);
      return issueInterviewKit({
        partId: again?.partId ?? crypto.randomUUID(),
        issuedAt: again?.issuedAt ?? new Date().toISOString(),
        candidate: { id: candidate.id, name: candidate.name },
        opening: { title: opening?.title ?? '' },
        stage,
        interviewer: { ...(interviewer.personId !== undefined ? { personId: interviewer.personId } : {}), name },
        kit: stageKit(stage, { questions, capabilityName }),
        ...(wantedBy ? { due: wantedBy } : {}),
      });
    };
  };

  const exportKit = (stage: Stage, interviewer: Interviewer, name: string) => {
    const candidateId = props.candidate.id;
    const issue = orderOf(stage, interviewer, name);
    setLink(undefined);
    return action.run(
      `export ${name}’s interview kit`,
      async () => {
        const { part, issued } = await issue();
        // Kept before the file goes out: a reply to a kit the workspace does not know would be refused.
        await recordInterviewKitIssued(candidateId, issued);
        downloadText(JSON.stringify(interviewKitFile(part, { name: APP_NAME, version: APP_VERSION }), null, 2), interviewKitFileName(part), 'application/json');
      },
      `Exported ${name}’s interview kit for ${stage.name}. Give it to ${name}: they open it in Turbine with “Score an interview from a kit” and send you their scorecard reply.`,
    );
  };

  const [link, setLink] = createSignal<{ who: string; stage: string; href: string }>();
  /** Puts the kit on the server (again, for a kit shared before: the same kit, from the loop as it is now) and mints the interviewer's link. */
  const publishAndLink = async (part: InterviewKitPart, document: string, due: string | undefined) => {
    const settings = panelSettings();
    if (!settings) throw new Error('set up the live panel first');
    const panel = await import('../../state/panel.ts');
    await panel.publishKit(settings, part, document);
    return panel.interviewerLink(settings, document, linkExpiry(due));
  };

  const shareLive = (stage: Stage, interviewer: Interviewer, name: string) => {
    const candidateId = props.candidate.id;
    const issue = orderOf(stage, interviewer, name);
    const settings = panelSettings();
    setLink(undefined);
    return action.run(
      `share ${name}’s kit live`,
      async () => {
        if (!settings) throw new Error('set up the live panel first');
        const { part, issued } = await issue();
        const document = kitDocumentName(settings.workspaceKey, part.partId);
        // Recorded before it reaches the server, so that removing the candidate always removes it there too.
        await recordInterviewKitIssued(candidateId, { ...issued, live: { document } });
        setLink({ who: name, stage: stage.name, href: await publishAndLink(part, document, part.due) });
      },
      `Shared ${name}’s kit for ${stage.name} live. Give ${name} the link below: it opens their kit, and only theirs.`,
    );
  };

  /** A kit shared before: published again (so a kit that never reached the server gets there) with a new link. */
  const linkAgain = (kit: IssuedInterviewKit, stage: Stage, interviewer: Interviewer, name: string) => {
    const issue = orderOf(stage, interviewer, name, kit);
    setLink(undefined);
    return action.run(`make ${name}’s live link`, async () => {
      if (!kit.live) return;
      const { part } = await issue();
      setLink({ who: name, stage: stage.name, href: await publishAndLink(part, kit.live.document, kit.due) });
    });
  };

  const status = (stage: Stage, interviewer: Interviewer) => {
    const card = cardFor(stage, interviewer);
    if (card && isSubmitted(card)) return `Scorecard submitted ${day(card.submittedAt!)}${card.source === 'kit' ? ', from their reply' : card.source === 'panel' ? ', live' : ', in Turbine'}`;
    const last = kitsFor(stage, interviewer).at(-1);
    const draft = card ? ' A draft is in Turbine.' : '';
    if (!last) return `No kit given.${draft}`;
    const wanted = last.due ? `, wanted by ${day(last.due)}` : '';
    if (last.live) {
      const heard = props.ctx.panel.state(last.partId);
      return `Shared live ${day(last.issuedAt)}${wanted}: ${heard === 'in-progress' ? 'in progress' : heard === 'submitted' ? 'submitted, being taken in' : 'not started'}.${draft}`;
    }
    return `Kit given ${day(last.issuedAt)}${wanted}: no reply yet.${draft}`;
  };
  const openLive = (stage: Stage, interviewer: Interviewer) => kitsFor(stage, interviewer).findLast((k) => k.live && k.repliedAt === undefined);

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
                        <div class="row-actions">
                          <button type="button" class="secondary small" disabled={action.pending()} onClick={() => void exportKit(slot.stage, slot.interviewer, slot.name)}>
                            Export {slot.name}’s kit for {slot.stage.name}
                          </button>
                          <Show when={panelSettings()}>
                            <Show
                              when={openLive(slot.stage, slot.interviewer)}
                              fallback={
                                <button type="button" class="secondary small" disabled={action.pending()} onClick={() => void shareLive(slot.stage, slot.interviewer, slot.name)}>
                                  Share {slot.name}’s kit for {slot.stage.name} live
                                </button>
                              }
                            >
                              {(kit) => (
                                <button type="button" class="secondary small" disabled={action.pending()} onClick={() => void linkAgain(kit(), slot.stage, slot.interviewer, slot.name)}>
                                  {slot.name}’s live link for {slot.stage.name}
                                </button>
                              )}
                            </Show>
                          </Show>
                        </div>
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
          <Show when={link()}>
            {(l) => (
              <div class="stack live-link">
                <Field id="live-link" label={`${l().who}’s live link for ${l().stage}`} hint="Send it to them only: it opens their kit and nothing else, until a week after the day it is wanted by.">
                  {(control) => <input {...control} readOnly value={l().href} onFocus={(e) => e.currentTarget.select()} />}
                </Field>
                <p>
                  <button type="button" class="secondary small" onClick={() => void navigator.clipboard?.writeText(l().href).then(() => action.report('Link copied.'))}>
                    Copy the link
                  </button>
                </p>
              </div>
            )}
          </Show>
          <PanelSetup />
          <Show when={props.ctx.panel.problem()}>{(p) => <p class="notice warn" role="status">{p()}</p>}</Show>
        </Show>
        <KitReplyImport ctx={props.ctx} idPrefix="candidate-replies" />
      </Show>
    </section>
  );
}
