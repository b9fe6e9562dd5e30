/**
 * An interviewer scoring live, from the link the hiring manager gave them: the kit comes from
 * their kit's document on the team's sync server, and the scorecard goes back into it as they
 * type (the manager sees "in progress", never the scores) and once they submit. Everything is
 * kept in this browser as well, so a reload or a lost connection loses nothing: the scorecard
 * reaches the server when the browser is back online.
 */
import { createMemo, createSignal, Match, onCleanup, Show, Switch, untrack } from 'solid-js';
import { openLiveKit, type LiveConnection } from '../../state/live-kit.ts';
import type { LiveLink } from '../../state/panel-settings.ts';
import { KIT_WITHDRAWN } from '../../io/panel-token.ts';
import { day } from './candidate-helpers.ts';
import { KeptScorecardValues } from './ScorecardFields.tsx';
import ScoreKitForm, { blankValues, briefOf } from './ScoreKitForm.tsx';

export default function LiveKitScorecard(props: { link: LiveLink }) {
  const [connection, setConnection] = createSignal<LiveConnection>({ state: 'connecting' });
  // Bumped on every change to the document or its sync: the reads below follow it.
  const [version, setVersion] = createSignal(0);
  const [loaded, setLoaded] = createSignal(false);
  // The link is the page's address: another link is another page load.
  const live = openLiveKit(untrack(() => props.link), { connection: setConnection, change: () => setVersion((v) => v + 1) });
  void live.loaded.then(() => setLoaded(true));
  onCleanup(live.close);

  const kit = createMemo(() => (version(), live.kit()));
  const scorecard = createMemo(() => (version(), live.scorecard()));
  const delivered = createMemo(() => (version(), connection(), live.delivered()));
  const submitted = () => {
    const s = scorecard();
    return s?.state === 'submitted' ? s.scorecard : undefined;
  };

  return (
    <div class="stack kit-scorecard">
      <Switch>
        <Match when={connection().state === 'refused' && connection()}>
          {(c) => (
            <p class="notice error" role="alert">
              {(c() as { why: string }).why === KIT_WITHDRAWN
                ? 'The hiring manager withdrew this kit: it and your scorecard are gone from the sync server and from this browser.'
                : `This link does not open a kit: ${(c() as { why: string }).why}. Ask the hiring manager for a new link.`}
            </p>
          )}
        </Match>
        <Match when={connection().state === 'online'}>
          <p class="notice ok" role="status">
            Connected to your team’s sync server. The hiring manager sees that you are writing, never your scores, until you submit.
          </p>
        </Match>
        <Match when={true}>
          <p class="notice warn" role="status">
            Offline: your scorecard is kept in this browser, and goes to the hiring manager when you are back online.
          </p>
        </Match>
      </Switch>

      <Show when={loaded() && !kit() && connection().state !== 'refused'}>
        <p class="muted" role="status">
          Waiting for the kit from your team’s sync server…
        </p>
      </Show>

      <Show when={connection().state !== 'refused' && kit()?.partId} keyed>
        {(_partId) => {
          const part = kit()!;
          return (
            <Show
              when={submitted()}
              fallback={
                <ScoreKitForm
                  part={part}
                  initial={(() => {
                    const draft = KeptScorecardValues.safeParse(live.draft());
                    return draft.success ? draft.data : blankValues(part);
                  })()}
                  onValues={live.writeDraft}
                  submitLabel="Submit my scorecard"
                  doing="submit your scorecard"
                  done="Submitted."
                  hint="Submitting checks that every capability has a score or “No signal” and that you chose a recommendation. A submitted scorecard cannot change."
                  brief={briefOf(part)}
                  submit={live.submit}
                />
              }
            >
              {(card) => (
                <section class="card" aria-labelledby="live-submitted-heading">
                  <h2 id="live-submitted-heading">
                    {part.interviewer.name}’s scorecard for {part.candidate.name}, {part.stage.name}
                  </h2>
                  <p class="notice ok" role="status">
                    You submitted your scorecard on {day(card().submittedAt)}.{' '}
                    {delivered() ? 'The hiring manager has it.' : 'It goes to the hiring manager when you are back online.'}
                  </p>
                </section>
              )}
            </Show>
          );
        }}
      </Show>
    </div>
  );
}
