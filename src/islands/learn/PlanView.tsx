/**
 * One onboarding plan: its items by period with their due days, ticked by keyboard (each
 * is a checkbox); the five things that matter in its first week; editing items, moving the
 * start (every item moves with it), printing, and exporting the open items to a calendar.
 * Ticking an item that builds a capability offers to record the level it earned.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createAction, type Action } from '../../state/action.ts';
import { removePlan, savePlan, saveTemplate, setItemStatus, type PlansData } from '../../db/learn.ts';
import { recordAssessments } from '../../db/design.ts';
import { dueOf, intoName, planProgress } from '../../domain/learn/plans.ts';
import WeekOneList from './WeekOne.tsx';
import { periodOfOffset, workdayAfter, workdaysBetween, dueState } from '../../domain/workdays.ts';
import { isDay, localToday } from '../../domain/dates.ts';
import { formatDay } from '../../domain/day-format.ts';
import { levelLabel, scaleLookup } from '../../domain/matrix-view.ts';
import { endSentence, plural, sentenceEndingWithQuote } from '../../domain/words.ts';
import { calendarFile } from '../../io/ical.ts';
import { downloadText } from '../../state/download.ts';
import {
  OnboardingItemOwner,
  OnboardingItemType,
  OnboardingPeriod,
  type OnboardingItem,
  type OnboardingPlan,
} from '../../schemas/onboarding.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import type { BuiltInTemplate } from './templates.ts';

export const periodLabel: Record<OnboardingPeriod, string> = { 'week-1': 'First week', 'day-30': 'First 30 days', 'day-60': 'Days 31–60', 'day-90': 'Days 61–90' };
export const itemTypeLabel: Record<OnboardingItemType, string> = { read: 'Read', pair: 'Pair', shadow: 'Shadow', ship: 'Ship', present: 'Present' };
const ownerLabel: Record<OnboardingItemOwner, string> = { learner: 'the learner', buddy: 'the buddy', manager: 'the manager' };

export default function PlanView(props: { data: PlansData; plan: OnboardingPlan; builtIns: BuiltInTemplate[]; onClose: () => void }) {
  const today = localToday();
  const action = createAction();
  /** The id of the item being edited, or 'new' for the add form. */
  const [editing, setEditing] = createSignal<string>();
  /** An item just ticked that builds a capability: the level it earned can be recorded. */
  const [earned, setEarned] = createSignal<OnboardingItem>();
  const plan = () => props.plan;
  const nameOf = (id: string | undefined) => props.data.people.find((p) => p.id === id)?.name;
  const person = () => nameOf(plan().personId) ?? 'someone no longer on the team';
  const into = () => intoName(plan(), props.data);
  const progress = createMemo(() => planProgress(plan(), today));
  const byPeriod = createMemo(() =>
    OnboardingPeriod.options.map((period) => ({ period, items: plan().items.filter((i) => i.period === period).sort((a, b) => a.offset - b.offset) })).filter((g) => g.items.length > 0),
  );
  // The first week's five things matter until the first week is over.
  const inWeekOne = () => today <= workdayAfter(plan().startDate, 4);
  const [moveTo, setMoveTo] = createSignal('');

  const tick = async (item: OnboardingItem, done: boolean) => {
    setEarned(undefined);
    const planId = plan().id;
    const ok = await action.run(done ? `tick “${item.title}”` : `set “${item.title}” back to do`, () => setItemStatus(planId, item.id, done ? 'done' : 'todo', today), endSentence(done ? `Done: ${item.title}` : `Back to do: ${item.title}`));
    if (ok && done && item.capabilityId && props.data.capabilities.some((c) => c.id === item.capabilityId)) setEarned(item);
  };

  const move = () => {
    const day = moveTo();
    if (!isDay(day)) return action.report('Choose the day the plan starts on.');
    const moved = { ...plan(), startDate: day };
    void action.run(`move ${moved.title}`, () => savePlan(moved), `Moved ${plan().title} to start on ${formatDay(day)}; every item moved with it.`);
  };

  const exportCalendar = () => {
    const open = plan().items.filter((i) => i.status !== 'done');
    const text = calendarFile(
      plan().title,
      open.map((i) => ({
        uid: i.id,
        day: dueOf(plan(), i),
        summary: i.title,
        description: [`${itemTypeLabel[i.type]}, by ${ownerLabel[i.owner]}`, i.check ? `Done when: ${i.check}` : '', i.url ?? ''].filter(Boolean).join('\n'),
      })),
      new Date().toISOString(),
    );
    downloadText(text, `${plan().title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'plan'}.ics`, 'text/calendar');
    action.report(`Exported ${plural(open.length, 'open item')} as a calendar file.`);
  };

  const removeThePlan = async () => {
    const removing = plan();
    const ok = await action.run(`remove ${removing.title}`, () => removePlan(removing), endSentence(`Removed ${removing.title}`));
    if (ok) props.onClose();
    return ok;
  };

  const saveAsTemplate = () => {
    const from = plan();
    void action.run(
      `save ${from.title} as a template`,
      () =>
        saveTemplate({
          name: `${from.title} (template)`.slice(0, 200),
          kind: from.kind,
          description: `Saved from ${from.title} on ${formatDay(today)}.`,
          source: '',
          items: from.items.map(({ id, title, period, offset, type, owner, section, check, effortHours, steps, url, notes }) => ({
            id,
            title,
            period,
            offset,
            type,
            owner,
            section,
            check,
            ...(effortHours === undefined ? {} : { effortHours }),
            steps: steps.map((s) => ({ title: s.title, done: false })),
            ...(url ? { url } : {}),
            notes,
          })),
        }),
      'Saved as a template: new plans can start from it.',
    );
  };

  return (
    <div class="stack plan-view">
      <p class="no-print">
        <a href="./" onClick={(e) => { e.preventDefault(); props.onClose(); }}>All plans</a>
      </p>
      <section class="card stack" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{plan().title}</h2>
        <dl class="facts">
          <dt>For</dt><dd>{person()}</dd>
          <dt>Kind</dt><dd>{plan().kind === 'new-hire' ? 'New hire' : `Rotation${into() ? ` into ${into()}` : ''}`}</dd>
          <dt>Starts</dt><dd>{formatDay(plan().startDate)}</dd>
          <dt>Buddy</dt><dd>{nameOf(plan().buddyId) ?? 'none yet'}</dd>
          <dt>Progress</dt>
          <dd>
            {progress().done} of {plural(progress().total, 'item')} done
            {progress().overdue.length > 0 ? `, ${progress().overdue.length} overdue` : ''}
          </dd>
        </dl>
        <div class="row no-print">
          <button type="button" class="secondary" onClick={() => window.print()}>Print</button>
          <button type="button" class="secondary" onClick={exportCalendar}>Export to a calendar (.ics)</button>
          <button type="button" class="secondary" onClick={saveAsTemplate}>Save as a template</button>
          <Confirm
            variant="panel"
            question={`Remove ${plan().title}? Its items and what was ticked go with it; the matrix keeps any level recorded from it.`}
            confirmLabel="Yes, remove the plan"
            keepLabel="Keep it"
            busy={action.pending()}
            onAsk={action.clear}
            onConfirm={removeThePlan}
          >
            Remove the plan
          </Confirm>
        </div>
        <div class="row no-print plan-move">
          <Field id="plan-move" label="Move the start to">
            {(control) => <input {...control} type="date" value={moveTo() || plan().startDate} onInput={(e) => setMoveTo(e.currentTarget.value)} />}
          </Field>
          <button type="button" class="secondary" onClick={move} disabled={!moveTo() || moveTo() === plan().startDate}>Move the plan</button>
        </div>
        <ActionStatus action={action} />
        <Show when={earned()}>{(item) => <RecordLevel data={props.data} plan={plan()} item={item()} action={action} onDone={() => setEarned(undefined)} />}</Show>
      </section>

      <Show when={inWeekOne()}>
        <section class="card" aria-labelledby="week-one-heading">
          <h2 id="week-one-heading">The first week: five things that matter</h2>
          <WeekOneList plan={plan()} data={props.data} />
        </section>
      </Show>

      <div class="row no-print">
        <button type="button" onClick={() => setEditing('new')} disabled={editing() === 'new'}>Add an item</button>
      </div>
      <Show when={editing() === 'new'}>
        <ul class="plan-items">
          <ItemForm data={props.data} plan={plan()} onDone={() => setEditing(undefined)} />
        </ul>
      </Show>

      <For each={byPeriod()}>
        {(group) => (
          <section class="card" aria-labelledby={`period-${group.period}`}>
            <h2 id={`period-${group.period}`}>
              {periodLabel[group.period]} <span class="muted">({group.items.filter((i) => i.status === 'done').length} of {group.items.length} done)</span>
            </h2>
            <ul class="plan-items">
              <For each={group.items}>
                {(item) => (
                  <Show
                    when={editing() !== item.id}
                    fallback={<ItemForm data={props.data} plan={plan()} item={item} onDone={() => setEditing(undefined)} />}
                  >
                    <li classList={{ 'plan-item': true, done: item.status === 'done', overdue: item.status !== 'done' && dueState(dueOf(plan(), item), today) === 'overdue' }}>
                      <div class="plan-item-main">
                        <input
                          type="checkbox"
                          id={`item-${item.id}`}
                          checked={item.status === 'done'}
                          aria-describedby={`item-${item.id}-due`}
                          onChange={(e) => void tick(item, e.currentTarget.checked)}
                          disabled={action.pending()}
                        />
                        <label for={`item-${item.id}`}>{item.title}</label>
                      </div>
                      <p class="plan-item-facts" id={`item-${item.id}-due`}>
                        <span>
                          {item.status === 'done'
                            ? `Done${item.completedOn ? ` on ${formatDay(item.completedOn)}` : ''}`
                            : `${dueState(dueOf(plan(), item), today) === 'overdue' ? 'Overdue since' : 'Due'} ${formatDay(dueOf(plan(), item))}`}
                          {item.status === 'doing' ? ' (started)' : ''}
                        </span>
                        <span>{itemTypeLabel[item.type]}, by {ownerLabel[item.owner]}</span>
                        <Show when={nameOf(item.buddyId)}>{(b) => <span>with {b()}</span>}</Show>
                        <Show when={intoName(item, props.data)}>{(what) => <span>builds {what()}</span>}</Show>
                        <Show when={item.effortHours !== undefined}>
                          <span>about {plural(item.effortHours!, 'hour')}</span>
                        </Show>
                      </p>
                      <Show when={item.check}>
                        <p class="hint">Done when: {item.check}</p>
                      </Show>
                      <Show when={item.steps.length > 0}>
                        <ul class="plan-steps">
                          <For each={item.steps}>{(s) => <li>{s.title}</li>}</For>
                        </ul>
                      </Show>
                      <Show when={item.notes}>
                        <p class="prewrap hint">{item.notes}</p>
                      </Show>
                      <div class="row tight no-print">
                        <button type="button" class="secondary small" onClick={() => setEditing(item.id)}>
                          Edit<span class="visually-hidden"> “{item.title}”</span>
                        </button>
                        <Confirm
                          question={`Remove “${item.title}” from the plan?`}
                          confirmLabel="Yes, remove it"
                          keepLabel="Keep it"
                          onAsk={action.clear}
                          busy={action.pending()}
                          onConfirm={() => {
                            const without = { ...plan(), items: plan().items.filter((i) => i.id !== item.id) };
                            return action.run(`remove “${item.title}”`, () => savePlan(without), sentenceEndingWithQuote('Removed ', item.title));
                          }}
                        >
                          Remove<span class="visually-hidden"> “{item.title}”</span>
                        </Confirm>
                      </div>
                    </li>
                  </Show>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}

/** After ticking an item that builds a capability: record the level it earned, as the manager. */
function RecordLevel(props: { data: PlansData; plan: OnboardingPlan; item: OnboardingItem; action: Action; onDone: () => void }) {
  const capability = () => props.data.capabilities.find((c) => c.id === props.item.capabilityId)!;
  const scale = () => scaleLookup(props.data.levelScales)(capability().scaleId);
  const person = () => props.data.people.find((p) => p.id === props.plan.personId)?.name ?? 'them';
  const [level, setLevel] = createSignal('');
  const record = async () => {
    if (level() === '') return;
    const entry = { personId: props.plan.personId, capabilityId: capability().id, level: Number(level()), interested: true, source: 'manager' as const, note: `After “${props.item.title}”` };
    const ok = await props.action.run(
      `record ${person()}’s level in ${capability().name}`,
      () => recordAssessments([entry]),
      `Recorded level ${levelLabel(scale(), Number(level()))} for ${person()} in ${capability().name}; the matrix shows it.`,
    );
    if (ok) props.onDone();
  };
  return (
    <div class="notice ok stack" role="status">
      <p>“{props.item.title}” builds {capability().name}. Record the level {person()} has reached?</p>
      <div class="row">
        <Field id="earned-level" label={`${person()}’s level in ${capability().name}`}>
          {(control) => (
            <select {...control} value={level()} onChange={(e) => setLevel(e.currentTarget.value)} ref={(el) => queueMicrotask(() => el.focus())}>
              <option value="" selected={level() === ''}>Choose a level</option>
              <For each={scale().levels}>{(l) => <option value={l.value} selected={level() === String(l.value)}>{levelLabel(scale(), l.value)}</option>}</For>
            </select>
          )}
        </Field>
        <button type="button" onClick={() => void record()} disabled={level() === '' || props.action.pending()}>Record the level</button>
        <button type="button" class="secondary" onClick={() => props.onDone()}>Not now</button>
      </div>
    </div>
  );
}

/** Adding an item to a plan, or editing one: its due day is chosen as a day and kept as workdays from the start. */
function ItemForm(props: { data: PlansData; plan: OnboardingPlan; item?: OnboardingItem; onDone: () => void }) {
  const item = untrack(() => props.item);
  const plan = untrack(() => props.plan);
  const action = createAction();
  const [title, setTitle] = createSignal(item?.title ?? '');
  const [due, setDue] = createSignal(item ? dueOf(plan, item) : workdayAfter(plan.startDate, 4));
  const [type, setType] = createSignal<OnboardingItemType>(item?.type ?? 'read');
  const [owner, setOwner] = createSignal<OnboardingItemOwner>(item?.owner ?? 'learner');
  const [buddyId, setBuddyId] = createSignal(item?.buddyId ?? '');
  const [capabilityId, setCapabilityId] = createSignal(item?.capabilityId ?? plan.capabilityId ?? '');
  const [check, setCheck] = createSignal(item?.check ?? '');
  const [hours, setHours] = createSignal(item?.effortHours === undefined ? '' : String(item.effortHours));
  const [problem, setProblem] = createSignal<string>();
  const people = () => props.data.people.filter((p) => p.status !== 'moved-on' && p.id !== plan.personId);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!title().trim()) return setProblem('Give the item a title.');
    if (!isDay(due())) return setProblem('Choose the day it is due.');
    const offset = workdaysBetween(plan.startDate, due());
    if (offset < 0) return setProblem(`It cannot be due before the plan starts (${formatDay(plan.startDate)}).`);
    const effort = hours().trim() === '' ? undefined : Number(hours());
    if (effort !== undefined && !(effort >= 0 && effort <= 200)) return setProblem('Hours must be a number from 0 to 200.');
    const { buddyId: _b, capabilityId: _c, effortHours: _e, ...kept } = item ?? { id: crypto.randomUUID(), section: '', steps: [], notes: '', status: 'todo' as const };
    const next: OnboardingItem = {
      ...kept,
      title: title().trim(),
      offset,
      period: periodOfOffset(offset),
      type: type(),
      owner: owner(),
      check: check().trim(),
      ...(buddyId() ? { buddyId: buddyId() } : {}),
      ...(capabilityId() ? { capabilityId: capabilityId() } : {}),
      ...(effort === undefined ? {} : { effortHours: effort }),
    };
    const saved = { ...props.plan, items: item ? props.plan.items.map((i) => (i.id === item.id ? next : i)) : [...props.plan.items, next] };
    const ok = await action.run(item ? `save “${next.title}”` : `add “${next.title}”`, () => savePlan(saved), sentenceEndingWithQuote('Saved ', next.title));
    if (ok) props.onDone();
  };

  return (
    <li class="plan-item-form">
      <form class="card stack form" onSubmit={(e) => void save(e)} aria-label={item ? `Edit “${item.title}”` : 'Add an item'} novalidate>
        <div class="grid-2">
          <Field id="item-title" label="What to do">
            {(control) => <input {...control} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} maxLength={500} required ref={(el) => queueMicrotask(() => el.focus())} />}
          </Field>
          <Field id="item-due" label="Due" hint="Kept as workdays from the start, so moving the plan moves it.">
            {(control) => <input {...control} type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)} />}
          </Field>
          <Field id="item-type" label="Kind of item">
            {(control) => (
              <select {...control} value={type()} onChange={(e) => setType(e.currentTarget.value as OnboardingItemType)}>
                <For each={OnboardingItemType.options}>{(t) => <option value={t} selected={type() === t}>{itemTypeLabel[t]}</option>}</For>
              </select>
            )}
          </Field>
          <Field id="item-owner" label="Who does it">
            {(control) => (
              <select {...control} value={owner()} onChange={(e) => setOwner(e.currentTarget.value as OnboardingItemOwner)}>
                <For each={OnboardingItemOwner.options}>{(o) => <option value={o} selected={owner() === o}>{ownerLabel[o].replace('the ', 'The ')}</option>}</For>
              </select>
            )}
          </Field>
          <Field id="item-buddy" label="With">
            {(control) => (
              <select {...control} value={buddyId()} onChange={(e) => setBuddyId(e.currentTarget.value)}>
                <option value="" selected={buddyId() === ''}>Nobody in particular</option>
                <For each={people()}>{(p) => <option value={p.id} selected={buddyId() === p.id}>{p.name}</option>}</For>
              </select>
            )}
          </Field>
          <Field id="item-capability" label="Builds the capability">
            {(control) => (
              <select {...control} value={capabilityId()} onChange={(e) => setCapabilityId(e.currentTarget.value)}>
                <option value="" selected={capabilityId() === ''}>None in particular</option>
                <For each={[...props.data.capabilities].sort((a, b) => a.name.localeCompare(b.name))}>{(c) => <option value={c.id} selected={capabilityId() === c.id}>{c.name}</option>}</For>
              </select>
            )}
          </Field>
          <Field id="item-check" label="How we know it is done" hint="A demo, a quiz question, a shipped change.">
            {(control) => <input {...control} value={check()} onInput={(e) => setCheck(e.currentTarget.value)} maxLength={500} />}
          </Field>
          <Field id="item-hours" label="Hours it should take" hint="For the learning margin.">
            {(control) => <input {...control} type="number" min="0" max="200" step="0.5" value={hours()} onInput={(e) => setHours(e.currentTarget.value)} />}
          </Field>
        </div>
        <Show when={problem()}>{(p) => <p class="notice error" role="alert">{p()}</p>}</Show>
        <div class="row">
          <button type="submit" disabled={action.pending()}>{item ? 'Save the item' : 'Add the item'}</button>
          <button type="button" class="secondary" onClick={() => props.onDone()}>Cancel</button>
        </div>
        <ActionStatus action={action} />
      </form>
    </li>
  );
}
