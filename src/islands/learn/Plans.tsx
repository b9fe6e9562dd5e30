/**
 * Learn: onboarding plans for new hires and for anyone rotating into a part of the system
 * they do not know. Lists the plans, starts one from a template (Design's "Plan growth for
 * … with …" links arrive here as a rotation draft), and opens one plan (?plan=) to tick,
 * edit, move, print or export it.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction, type Action } from '../../state/action.ts';
import { createUrlState, type UrlState } from '../../state/url-state.ts';
import { readNewestPlans, readPlans, savePlan, type NewestPlans, type PlansData } from '../../db/learn.ts';
import { dueOf, intoName, planFromTemplate, planProgress } from '../../domain/learn/plans.ts';
import { pairKey, suggestPairs, type SuggestedPair } from '../../domain/learn/pairing.ts';
import { mentoringLoad } from '../../domain/act-on-this.ts';
import { insights } from '../../domain/insights.ts';
import { latestCells } from '../../domain/matrix-cells.ts';
import { nextWorkdayFrom, periodOfOffset, workdayAfter, workdaysBetween } from '../../domain/workdays.ts';
import { countsToday } from '../../domain/insights.ts';
import { localToday } from '../../domain/dates.ts';
import { formatDay } from '../../domain/day-format.ts';
import { endSentence, plural } from '../../domain/words.ts';
import type { OnboardingItem, OnboardingPlanKind } from '../../schemas/onboarding.ts';
import { LiveView } from '../../components/LiveSection.tsx';
import { pageOf } from '../../domain/paging.ts';
import Pager from '../../components/Pager.tsx';
import { readAssessments } from '../../db/design.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import PlanView from './PlanView.tsx';
import LearningMargin from './LearningMargin.tsx';
import type { BuiltInTemplate } from './templates.ts';

/** The first suggested pairs shown, the scarcest knowledge first; the rest on request. */
const PAIRS_SHOWN = 10;

/** Plans listed a page at a time, newest start first. */
const PLANS_PER_PAGE = 50;

type PlanRecord = PlansData['plans'][number];

export default function Plans(props: { builtIns: BuiltInTemplate[] }) {
  const url = createUrlState('learn');
  // A bare visit draws the newest plans first and reads every plan after (their items are the
  // page's largest read). A link to a plan or a drafted form needs everything, so waits for it.
  const asksForMore = (() => {
    const p = url.params();
    return Boolean(p.plan || p.grow || p.system);
  })();
  const [newest, setNewest] = createSignal<NewestPlans>();
  const [readingAll, setReadingAll] = createSignal(asksForMore);
  if (!asksForMore) {
    readNewestPlans(PLANS_PER_PAGE)
      .then(setNewest, () => undefined) // the full read that follows reports what went wrong
      .finally(() => setReadingAll(true));
  }
  return (
    <Show when={readingAll()} fallback={<p role="status">Loading…</p>}>
      <AllPlans url={url} builtIns={props.builtIns} newest={newest()} />
    </Show>
  );
}

function AllPlans(props: { url: UrlState<'learn'>; builtIns: BuiltInTemplate[]; newest: NewestPlans | undefined }) {
  const query = createLiveQuery(readPlans);
  return (
    <Show when={query.data() || query.error() || !props.newest || props.newest.total === 0} fallback={<NewestPlansList newest={props.newest!} url={props.url} />}>
      <LiveView query={query}>{(data) => <PlansView data={data()} url={props.url} builtIns={props.builtIns} />}</LiveView>
    </Show>
  );
}

/** The newest plans, shown while the rest of the page is read. */
function NewestPlansList(props: { newest: NewestPlans; url: UrlState<'learn'> }) {
  const others = () => props.newest.total - props.newest.plans.length;
  return (
    <section class="card" aria-labelledby="plans-heading">
      <h2 id="plans-heading">Onboarding plans</h2>
      <PlanTable plans={props.newest.plans} people={props.newest.people} url={props.url} />
      <p role="status" class="muted">{others() > 0 ? `Reading the other ${plural(others(), 'plan')}…` : 'Reading the plans’ items…'}</p>
    </section>
  );
}

/** One page of plans, each linking to the plan itself. */
function PlanTable(props: { plans: readonly PlanRecord[]; people: PlansData['people']; url: UrlState<'learn'> }) {
  const today = localToday();
  const names = createMemo(() => new Map(props.people.map((p) => [p.id, p.name])));
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Plan</th><th scope="col">For</th><th scope="col">Kind</th><th scope="col">Starts</th>
            <th scope="col" class="num">Done</th><th scope="col" class="num">Overdue</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.plans}>
            {(p) => {
              const progress = () => planProgress(p, today);
              return (
                <tr>
                  <th scope="row">
                    <a href={props.url.href({ plan: p.id })} onClick={(e) => { e.preventDefault(); props.url.go({ plan: p.id }); }}>{p.title}</a>
                  </th>
                  <td>{names().get(p.personId) ?? ''}</td>
                  <td>{p.kind === 'new-hire' ? 'New hire' : 'Rotation'}</td>
                  <td>{formatDay(p.startDate)}</td>
                  <td class="num">{progress().done} of {progress().total}</td>
                  <td class="num">{progress().overdue.length || ''}</td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function PlansView(props: { data: PlansData; url: UrlState<'learn'>; builtIns: BuiltInTemplate[] }) {
  const open = createMemo(() => props.data.plans.find((p) => p.id === props.url.params().plan));
  const growing = () => props.url.params().grow;
  // A link that asks for a plan (from Design's gaps or Home's systems known by one person) opens the form drafted.
  const asked = () => Boolean(growing() || props.url.params().system);
  const [starting, setStarting] = createSignal(false);
  const action = createAction();
  // A page at a time: a team with years of plans must not draw a thousand rows to show the newest.
  const [shownPage, setPlansPage] = createSignal(0);
  const plansPage = createMemo(() => pageOf(props.data.plans, shownPage(), PLANS_PER_PAGE));

  return (
    <Show
      when={open()}
      fallback={
        <div class="stack">
          <Show when={props.url.params().plan}>
            <p class="notice warn" role="status">That plan is no longer in this workspace. Here are the plans there are.</p>
          </Show>
          <div class="row no-print">
            <button type="button" onClick={() => setStarting(true)} disabled={starting() || asked()}>Start a plan</button>
          </div>
          <ActionStatus action={action} />
          <Show when={starting() || asked()}>
            <StartPlan
              data={props.data}
              builtIns={props.builtIns}
              draft={{ personId: growing(), capabilityId: props.url.params().capability, systemId: props.url.params().system, buddyId: props.url.params().with }}
              onStarted={(id) => {
                setStarting(false);
                props.url.go({ plan: id });
              }}
              onCancel={() => {
                setStarting(false);
                if (asked()) props.url.go({}, { replace: true });
              }}
            />
          </Show>
          <SuggestedPairs data={props.data} url={props.url} action={action} />
          <LearningMargin data={props.data} action={action} />
          <section class="card" aria-labelledby="plans-heading">
            <h2 id="plans-heading">Onboarding plans</h2>
            <Show
              when={props.data.plans.length > 0}
              fallback={<p class="muted">No onboarding plans yet. Plans are for new hires and for anyone rotating into a part of the system they do not know.</p>}
            >
              <PlanTable plans={plansPage().items} people={props.data.people} url={props.url} />
              <Pager label="Plan pages" page={plansPage()} onPage={setPlansPage} />
            </Show>
          </section>
        </div>
      }
    >
      {(plan) => <PlanView data={props.data} plan={plan()} builtIns={props.builtIns} onClose={() => props.url.go({})} />}
    </Show>
  );
}

interface Draft {
  personId: string | undefined;
  capabilityId: string | undefined;
  systemId: string | undefined;
  buddyId: string | undefined;
}

/** Starting a plan: who, what kind, from which template, when, with which buddy, into what. */
function StartPlan(props: { data: PlansData; builtIns: BuiltInTemplate[]; draft: Draft; onStarted: (id: string) => void; onCancel: () => void }) {
  const today = localToday();
  const draft = untrack(() => props.draft);
  const people = createMemo(() => props.data.people.filter((p) => p.status !== 'moved-on'));
  // The draft from Design's link, checked once against the team as it was when the form opened.
  const { known, knownCapability, knownSystem } = untrack(() => ({
    known: (id: string | undefined) => (people().some((p) => p.id === id) ? id : undefined),
    knownCapability: props.data.capabilities.some((c) => c.id === draft.capabilityId) ? draft.capabilityId! : '',
    knownSystem: props.data.systems.some((s) => s.id === draft.systemId) ? draft.systemId! : '',
  }));
  const fromDesign = Boolean(known(draft.personId));
  const [personId, setPersonId] = createSignal(known(draft.personId) ?? '');
  const [kind, setKind] = createSignal<OnboardingPlanKind>(fromDesign || knownSystem ? 'rotation' : 'new-hire');
  const templates = createMemo(() => [
    ...props.builtIns.map((t) => ({ id: t.id, name: `${t.name} (Turbine’s)`, kind: t.kind, items: t.items })),
    ...props.data.templates.map((t) => ({ id: t.id, name: t.name, kind: t.kind, items: t.items })),
  ]);
  const [templateId, setTemplateId] = createSignal('');
  const template = () => templates().find((t) => t.id === templateId()) ?? templates().find((t) => t.kind === kind());
  const [buddyId, setBuddyId] = createSignal(known(draft.buddyId) ?? '');
  const [capabilityId, setCapabilityId] = createSignal(knownCapability);
  const [systemId, setSystemId] = createSignal(knownSystem);
  const person = () => props.data.people.find((p) => p.id === personId());
  // A new hire starts on their start day if it is still ahead; anyone else on the next workday.
  const defaultStart = () => nextWorkdayFrom(kind() === 'new-hire' && person()?.startDate && person()!.startDate! > today ? person()!.startDate! : today);
  const [startDate, setStartDate] = createSignal('');
  const into = () => intoName({ systemId: systemId(), capabilityId: capabilityId() }, props.data);
  const defaultTitle = () => (person() ? (kind() === 'rotation' ? `${person()!.name}: rotation${into() ? ` into ${into()}` : ''}` : `${person()!.name}: first 90 days`) : '');
  const [title, setTitle] = createSignal('');
  const [problem, setProblem] = createSignal<string>();
  const action = createAction();

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const t = template();
    if (!person()) return setProblem('Choose who the plan is for.');
    if (!t) return setProblem('Choose a template.');
    if (kind() === 'rotation' && !systemId() && !capabilityId()) return setProblem('Choose the system or the capability the rotation is into.');
    if (buddyId() === personId()) return setProblem('The buddy must be someone else.');
    const plan = planFromTemplate(
      {
        personId: personId(),
        title: (title() || defaultTitle()).trim(),
        kind: kind(),
        startDate: startDate() || defaultStart(),
        buddyId: buddyId() || undefined,
        systemId: kind() === 'rotation' ? systemId() || undefined : undefined,
        capabilityId: kind() === 'rotation' ? capabilityId() || undefined : undefined,
        templateId: t.id,
      },
      t.items,
      () => crypto.randomUUID(),
    );
    const ok = await action.run(`start the plan for ${person()!.name}`, () => savePlan(plan), endSentence(`Started ${plan.title}`));
    if (ok) props.onStarted(plan.id);
  };

  return (
    <form class="card stack form" onSubmit={(e) => void start(e)} aria-labelledby="start-plan-heading" novalidate>
      <h2 id="start-plan-heading">{fromDesign ? `Plan growth for ${person()?.name ?? ''}` : 'Start a plan'}</h2>
      <Show when={fromDesign}>
        <p>From Design: a rotation{into() ? ` into ${into()}` : ''}{buddyId() ? ` with ${props.data.people.find((p) => p.id === buddyId())?.name} as buddy` : ''}. Check it and start it.</p>
      </Show>
      <div class="grid-2">
        <Field id="plan-person" label="For">
          {(control) => (
            <select {...control} value={personId()} onChange={(e) => setPersonId(e.currentTarget.value)} ref={(el) => queueMicrotask(() => el.focus())}>
              <option value="" selected={personId() === ''}>Choose a person</option>
              <For each={people()}>{(p) => <option value={p.id} selected={personId() === p.id}>{p.name}</option>}</For>
            </select>
          )}
        </Field>
        <Field id="plan-kind" label="Kind">
          {(control) => (
            <select {...control} value={kind()} onChange={(e) => { setKind(e.currentTarget.value as OnboardingPlanKind); setTemplateId(''); }}>
              <option value="new-hire" selected={kind() === 'new-hire'}>New hire</option>
              <option value="rotation" selected={kind() === 'rotation'}>Rotation into a system or capability</option>
            </select>
          )}
        </Field>
        <Field id="plan-template" label="Template" hint="The plan copies its items; editing the template later does not change the plan.">
          {(control) => (
            <select {...control} value={template()?.id ?? ''} onChange={(e) => setTemplateId(e.currentTarget.value)}>
              <For each={templates()}>{(t) => <option value={t.id} selected={(template()?.id ?? '') === t.id}>{t.name} ({plural(t.items.length, 'item')})</option>}</For>
            </select>
          )}
        </Field>
        <Field id="plan-start" label="Starts on" hint={`Items fall due on workdays from this day. Default: ${formatDay(defaultStart())}.`}>
          {(control) => <input {...control} type="date" value={startDate() || defaultStart()} onInput={(e) => setStartDate(e.currentTarget.value)} />}
        </Field>
        <Field id="plan-buddy" label="Buddy">
          {(control) => (
            <select {...control} value={buddyId()} onChange={(e) => setBuddyId(e.currentTarget.value)}>
              <option value="" selected={buddyId() === ''}>No buddy yet</option>
              <For each={people().filter((p) => p.id !== personId() && countsToday(p, today))}>{(p) => <option value={p.id} selected={buddyId() === p.id}>{p.name}</option>}</For>
            </select>
          )}
        </Field>
        <Show when={kind() === 'rotation'}>
          <Field id="plan-system" label="Into the system">
            {(control) => (
              <select {...control} value={systemId()} onChange={(e) => setSystemId(e.currentTarget.value)}>
                <option value="" selected={systemId() === ''}>No system</option>
                <For each={props.data.systems}>{(s) => <option value={s.id} selected={systemId() === s.id}>{s.name}</option>}</For>
              </select>
            )}
          </Field>
          <Field id="plan-capability" label="Into the capability">
            {(control) => (
              <select {...control} value={capabilityId()} onChange={(e) => setCapabilityId(e.currentTarget.value)}>
                <option value="" selected={capabilityId() === ''}>No capability</option>
                <For each={[...props.data.capabilities].sort((a, b) => a.name.localeCompare(b.name))}>{(c) => <option value={c.id} selected={capabilityId() === c.id}>{c.name}</option>}</For>
              </select>
            )}
          </Field>
        </Show>
      </div>
      <Field id="plan-title" label="Title" hint={defaultTitle() ? `Default: ${defaultTitle()}` : undefined}>
        {(control) => <input {...control} value={title() || defaultTitle()} onInput={(e) => setTitle(e.currentTarget.value)} maxLength={200} />}
      </Field>
      <Show when={problem()}>{(p) => <p class="notice error" role="alert">{p()}</p>}</Show>
      <div class="row">
        <button type="submit" disabled={action.pending()}>Start the plan</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>Cancel</button>
      </div>
      <ActionStatus action={action} />
    </form>
  );
}

/**
 * Pairs to suggest: people who want to grow in a capability beside someone strong in it with
 * time for it. Accepting adds a pairing item to the learner's plan in progress, due a week from
 * today; without one, it opens a rotation plan draft with the partner as buddy.
 */
function SuggestedPairs(props: { data: PlansData; url: UrlState<'learn'>; action: Action }) {
  const today = localToday();
  const name = (id: string | undefined) => props.data.people.find((p) => p.id === id)?.name ?? '';
  const capabilityName = (id: string) => props.data.capabilities.find((c) => c.id === id)?.name ?? '';
  const inProgress = createMemo(() => props.data.plans.filter((p) => planProgress(p, today).inProgress || p.startDate > today));
  const [showAll, setShowAll] = createSignal(false);
  // The matrix's history is the largest read of the page: the plans show without waiting for it.
  const levels = createLiveQuery(readAssessments);
  const pairs = createMemo(() => {
    const assessments = levels.data();
    if (!assessments) return [];
    const input = { people: props.data.people, areas: props.data.capabilityAreas, capabilities: props.data.capabilities, scales: props.data.levelScales, cells: latestCells(assessments), today };
    const result = insights(input);
    const planned = new Set<string>();
    for (const plan of inProgress()) {
      if (plan.capabilityId) planned.add(pairKey(plan.personId, plan.capabilityId));
      for (const item of plan.items) if (item.type === 'pair' && item.capabilityId && item.status !== 'done') planned.add(pairKey(plan.personId, item.capabilityId));
    }
    return suggestPairs({ coverage: result.coverage, singlePointsOfFailure: result.singlePointsOfFailure, mentoring: mentoringLoad(props.data.plans), planned, name });
  });

  const accept = (pair: SuggestedPair) => {
    const plan = inProgress().find((p) => p.personId === pair.learnerId);
    if (!plan) return props.url.go({ grow: pair.learnerId, capability: pair.capabilityId, with: pair.partnerId });
    // Due a week from today (or from the start, if the plan has not started yet).
    const from = today > plan.startDate ? today : plan.startDate;
    const offset = Math.max(0, workdaysBetween(plan.startDate, workdayAfter(from, 5)));
    const item: OnboardingItem = {
      id: crypto.randomUUID(),
      title: `Pair with ${name(pair.partnerId)} on ${capabilityName(pair.capabilityId)}`,
      period: periodOfOffset(offset),
      offset,
      type: 'pair',
      owner: 'learner',
      section: '',
      check: '',
      steps: [],
      notes: '',
      buddyId: pair.partnerId,
      capabilityId: pair.capabilityId,
      status: 'todo',
    };
    const saved = { ...plan, items: [...plan.items, item] };
    void props.action.run(`add the pairing to ${plan.title}`, () => savePlan(saved), endSentence(`Added “${item.title}” to ${plan.title}, due ${formatDay(dueOf(plan, item))}`));
  };

  return (
    <Show when={pairs().length > 0}>
      <section class="card stack" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Suggested pairs</h2>
        <p class="muted">People who want to grow in a capability, beside someone strong in it who has time: the scarcest knowledge first, and nobody suggested for everything.</p>
        <ul class="plain-list stack">
          <For each={showAll() ? pairs() : pairs().slice(0, PAIRS_SHOWN)}>
            {(pair) => (
              <li class="pair-suggestion">
                <p>
                  <strong>{name(pair.learnerId)}</strong> with <strong>{name(pair.partnerId)}</strong> on {capabilityName(pair.capabilityId)}
                  <span class="hint">{name(pair.partnerId)}: {pair.why}</span>
                </p>
                <button type="button" class="secondary small" onClick={() => accept(pair)} disabled={props.action.pending()}>
                  Accept<span class="visually-hidden"> {name(pair.learnerId)} with {name(pair.partnerId)} on {capabilityName(pair.capabilityId)}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={!showAll() && pairs().length > PAIRS_SHOWN}>
          <div class="row">
            <button type="button" class="secondary small" onClick={() => setShowAll(true)}>
              Show all {pairs().length} suggested pairs
            </button>
          </div>
        </Show>
      </section>
    </Show>
  );
}
