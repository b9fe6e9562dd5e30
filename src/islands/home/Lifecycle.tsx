/**
 * Home: the four phases at a glance, what each holds, and what to do next.
 * An empty workspace explains each phase and offers the sample team.
 */
import { createComponent, createEffect, createMemo, createSignal, For, Match, Show, Switch, type Component } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readSummary, type HireSignal, type WorkspaceSummary } from '../../db/summary.ts';
import { backupState } from '../../domain/backup.ts';
import { quarterOf, localToday } from '../../domain/dates.ts';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import SampleTeamButton from '../data/SampleTeamButton.tsx';
import { describeError } from '../../domain/errors.ts';
import { hasRecordedChanges } from '../../db/change-token.ts';
import { startHireToday } from './hire-today.ts';
import { formatDay } from '../../domain/day-format.ts';

interface PhaseView {
  id: 'design' | 'hire' | 'learn' | 'grow';
  title: string;
  purpose: string;
  start: string;
  facts: (s: WorkspaceSummary) => string[];
  empty: (s: WorkspaceSummary) => boolean;
}

import { plural } from '../../domain/words.ts';
import Conversations, { SHOWN } from './Conversations.tsx';

const phases: PhaseView[] = [
  {
    id: 'design',
    title: 'Design — know the team',
    purpose: 'What the team is for, who is on it, what each person brings and which capabilities are missing.',
    start: 'Start with the charter and your people, then rate the capability matrix to find gaps.',
    empty: (s) => s.design.people === 0 && s.design.capabilities === 0,
    facts: (s) => [
      s.design.teamName ? `Team: ${s.design.teamName}` : 'No charter yet',
      plural(s.design.people, 'person', 'people') + (s.design.movedOn ? ` (${s.design.movedOn} moved on)` : ''),
      plural(s.design.capabilities, 'capability', 'capabilities'),
      `${s.design.peopleRated} of ${plural(s.design.people, 'person', 'people')} rated in the matrix`,
      plural(s.design.decisions, 'decision record'),
    ],
  },
  {
    id: 'hire',
    title: 'Hire — one process for all',
    purpose: 'Openings drawn from the gaps, one loop for every candidate, independent scorecards and calibration.',
    start: 'Draft an opening from a gap, then build the loop its candidates will all go through.',
    empty: (s) => s.hire.openings === 0,
    facts: (s) => [
      `${plural(s.hire.openings, 'opening')} (${s.hire.openOpenings} open)`,
      `${plural(s.hire.activeCandidates, 'active candidate')} of ${s.hire.candidates}`,
    ],
  },
  {
    id: 'learn',
    title: 'Learn — onboarding never stops',
    purpose: 'Onboarding plans for new hires and for people rotating into parts of the system they do not know yet.',
    start: 'Make a plan for your newest person, with a buddy and a first thing to ship.',
    empty: (s) => s.learn.plans === 0,
    facts: (s) => [
      `${plural(s.learn.plans, 'onboarding plan')} (${s.learn.inProgress} in progress)`,
      `${plural(s.learn.openItems, 'item')} to do, ${s.learn.doneItems} done`,
      ...(s.learn.overdueItems > 0 ? [`${plural(s.learn.overdueItems, 'item')} overdue`] : []),
    ],
  },
  {
    id: 'grow',
    title: 'Grow — a trajectory for each person',
    purpose: 'Quarterly check-ins: strengths, areas to grow, stretch work, goals and an updated self and manager view.',
    start: 'Hold a first check-in with each person this quarter.',
    empty: (s) => s.grow.checkIns === 0,
    facts: (s) => [
      `${plural(s.grow.checkInsThisQuarter, 'check-in')} this quarter` +
        (s.design.people ? ` (${s.grow.peopleWithCheckIn} of ${plural(s.design.people, 'person', 'people')})` : ''),
      `${plural(s.grow.checkIns, 'check-in')} in all`,
    ],
  },
];

export default function Lifecycle() {
  const today = localToday();
  const summary = createLiveQuery(() => readSummary(quarterOf(today)));
  // Loading the sample team: a failure is reported here in the shared words.
  const sample = createAction();
  // What needs the manager today, from each phase: read on their own, so the phase cards never
  // wait for them, and their code loaded on demand (a plain import(), since solid's lazy() would
  // bring Suspense to every visit).
  const plan = lazyLines(() => import('./PlanToday.tsx'));
  const hire = lazyLines(() => import('./HireToday.tsx'));
  const grow = lazyLines(() => import('./GrowToday.tsx'));
  const learn = lazyLines(() => import('./LearnToday.tsx'));
  // Hire's lines are Home's largest read (thousands of candidates and their scorecards): a worker
  // reads them beside the page's own work. In a browser that has written to its workspace (it very
  // likely holds one) the worker starts at once, and every line's code loads, rather than after
  // the summary; an empty browser loads none of it until the summary says there is something to say.
  const holdsWork = hasRecordedChanges();
  const hireWanted = createMemo(() => {
    const s = summary.data();
    return s === undefined ? holdsWork : s.hire.candidates > 0;
  });
  const hireToday = createMemo(() => (hireWanted() ? startHireToday(today) : undefined));
  if (holdsWork) for (const lines of [plan, hire, grow, learn]) lines.load();
  createEffect(() => {
    const s = summary.data();
    if (!s) return;
    if (s.hasPlan) plan.load();
    if (s.hire.candidates > 0) hire.load();
    if (s.design.people > 0) grow.load();
    if (s.learn.plans > 0 || s.learn.systems > 0) learn.load();
  });

  return (
    <Switch>
      <Match when={summary.error()}>
        <div class="notice error" role="alert">
          <p>{describeError(summary.error(), 'read your workspace')}</p>
        </div>
      </Match>
      <Match when={summary.loading()}>
        <p role="status">Loading your workspace…</p>
      </Match>
      <Match when={summary.data()}>
        {(s) => (
          <div class="stack">
            <BackupReminder summary={s()} today={today} />
            <Show when={!s().hasData}>
              <section class="card" aria-labelledby="start-heading">
                <h2 id="start-heading">Start here</h2>
                <p>
                  Turbine keeps your team plan in this browser only. Begin with your own team, import a workspace you
                  exported before, or look around with a sample team first.
                </p>
                <p>
                  With your own team, four steps get you to your gaps and a first opening: paste your people from a
                  spreadsheet, import a framework (or write your capabilities), rate them in the matrix or import the
                  ratings as a CSV, then read the insights.
                </p>
                <div class="row">
                  <a class="button" href={href('design/people')}>Start with my own team</a>
                  <SampleTeamButton action={sample} secondary />
                  <a class="button secondary" href={href('data')}>Import a workspace</a>
                  <a class="button secondary" href={href('plan')}>Plan my first 90 days</a>
                  <a class="button secondary" href={href('guides')}>Read the guides</a>
                </div>
                <ActionStatus action={sample} />
              </section>
            </Show>
            <Show when={s().hasSample}>
              <p class="notice warn" role="status">
                <span class="sample-badge">Sample data</span> You are looking at a sample team. Remove it from{' '}
                <a href={href('data')}>Data</a> when you are ready to enter your own.
              </p>
            </Show>
            <Show when={s().hireSignals.length > 0}>
              <HireSignals signals={s().hireSignals} today={today} />
            </Show>
            <Show when={s().hasPlan && plan.view()}>{(view) => createComponent(view(), { today, shown: SHOWN })}</Show>
            <Show when={s().design.people > 0}>
              <Conversations today={today} />
            </Show>
            <Show when={s().hire.candidates > 0 && hireToday() && hire.view()}>{(view) => createComponent(view(), { query: hireToday()!, shown: SHOWN })}</Show>
            <Show when={s().design.people > 0 && grow.view()}>{(view) => createComponent(view(), { today, quarter: quarterOf(today), shown: SHOWN })}</Show>
            <Show when={(s().learn.plans > 0 || s().learn.systems > 0) && learn.view()}>
              {(view) => createComponent(view(), { today, shown: SHOWN })}
            </Show>
            <Show when={plan.failed() || hire.failed() || grow.failed() || learn.failed()}>
              <p class="notice warn" role="status">
                Some of what needs you today could not be loaded (the site may have been updated since this page opened): reload the page to see it.
              </p>
            </Show>
            <section aria-labelledby="phases-heading">
              <h2 id="phases-heading">The four phases</h2>
              <ul class="cards" role="list">
                <For each={phases}>
                  {(phase) => (
                    <li class={`card phase-card phase-${phase.id}`}>
                      <h3>
                        <a href={href(phase.id)}>{phase.title}</a>
                      </h3>
                      <p>{phase.purpose}</p>
                      <Show
                        when={!phase.empty(s())}
                        fallback={<p class="muted">Nothing here yet. {phase.start}</p>}
                      >
                        <ul>
                          <For each={phase.facts(s())}>{(fact) => <li>{fact}</li>}</For>
                        </ul>
                      </Show>
                      <p class="next">
                        <a href={href(`guides/${phase.id}` as const)}>How to approach {phase.id}</a>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </div>
        )}
      </Match>
    </Switch>
  );
}

/** A part of Home whose code loads on demand, once: its component when loaded, and whether loading failed. */
function lazyLines<P extends Record<string, unknown>>(load: () => Promise<{ default: Component<P> }>) {
  const [view, setView] = createSignal<Component<P>>();
  const [failed, setFailed] = createSignal(false);
  let started = false;
  return {
    view,
    failed,
    load: () => {
      if (started) return;
      started = true;
      load().then((m) => setView(() => m.default), () => setFailed(true));
    },
  };
}

function BackupReminder(props: { summary: WorkspaceSummary; today: string }) {
  const state = () => backupState(props.summary.settings.lastExportAt, props.summary.hasData, props.today);
  return (
    <Switch>
      <Match when={state().kind === 'never'}>
        <div class="notice warn" role="status">
          <p>
            You have not exported this workspace yet. Browsers can erase site data (Safari does after seven days
            without a visit): <a href={href('data')}>export a copy</a> to keep it safe.
          </p>
        </div>
      </Match>
      <Match when={state().kind === 'overdue'}>
        <div class="notice warn" role="status">
          <p>
            Your last export was {(state() as { daysAgo: number }).daysAgo} days ago. Browsers can erase site data
            after a week without a visit: <a href={href('data')}>export a fresh copy</a>.
          </p>
        </div>
      </Match>
    </Switch>
  );
}

/** Cross-phase signal: a recent hire changed (or, before their start date, will change) the coverage the design was built on. */
function HireSignals(props: { signals: HireSignal[]; today: string }) {
  return (
    <section class="card signal-card" aria-labelledby="signals-heading">
      <h2 id="signals-heading">Across the phases</h2>
      <ul class="signal-list">
        <For each={props.signals}>
          {(signal) => (
            <For each={signal.rises}>
              {(rise) => (
                <li>
                  <Show
                    when={signal.startDate && signal.startDate > props.today}
                    fallback={<>Hiring {signal.name} raises coverage of {rise.name} from {rise.from} to {rise.to}:{' '}</>}
                  >
                    Hiring {signal.name} will raise coverage of {rise.name} from {rise.from} to {rise.to} on {formatDay(signal.startDate!)}:{' '}
                  </Show>
                  <a href={href('design/insights')}>revisit the design</a>.
                </li>
              )}
            </For>
          )}
        </For>
      </ul>
    </section>
  );
}
