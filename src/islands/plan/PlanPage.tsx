/**
 * The first-90-days plan: made from the template (content/plans/) and the team, then shown
 * as this week (what is due, what is late), the whole plan by week or by phase with the
 * progress of each phase, and a print view (the page itself, printed). Tasks tick themselves
 * from the workspace and say what ticked them; the rest are ticked by hand. Moving the start
 * day moves every task; the plan, the scheduled 1:1s and check-ins export as a calendar file.
 */
import { createMemo, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../state/live-query.ts';
import { LiveView } from '../../components/LiveSection.tsx';
import { createAction } from '../../state/action.ts';
import { movePlanStart, readPlanCalendar, readPlanPage, removeNinetyDayPlan, setTaskDone, startPlan, type PlanPage as PlanData } from '../../db/plan.ts';
import { dueOn, groupEachPerson, lastDayOf, personTitle, PLAN_PHASES, PLAN_WEEKS, weekStart, type PlanTemplate } from '../../domain/plan/plan.ts';
import { counts, progressByPhase, thisWeek, withMatrixTicks, type TaskState } from '../../domain/plan/ticks.ts';
import { daysBetween, isDay, localToday } from '../../domain/dates.ts';
import { formatDay } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import { calendarFile } from '../../io/ical.ts';
import { downloadText } from '../../state/download.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Confirm from '../../components/Confirm.tsx';
import Field from '../../components/Field.tsx';
import TaskPlaceLink, { phaseLabel } from './TaskPlaceLink.tsx';
import type { PlanTask } from '../../schemas/plan.ts';

export default function PlanPage(props: { template: PlanTemplate }) {
  const today = localToday();
  // Drawn first from a quick reading that leaves out the matrix (the largest read), then with
  // the ticks the matrix gives from the whole reading, started once the quick one is in so
  // that the two do not compete.
  const quick = createLiveQuery(() => readPlanPage(today, true));
  const whole = createLiveQuery(
    () => (quick.data() ? today : undefined),
    (day) => readPlanPage(day),
  );
  const merged = createMemo((): PlanData | undefined => {
    const page = quick.data();
    const all = whole.data();
    if (!page?.plan || !all || all.plan?.id !== page.plan.id) return page;
    const states = withMatrixTicks(page.states, all.states);
    return { ...page, states, thisWeek: thisWeek(page.plan, states, today), progress: progressByPhase(page.plan.tasks, states) };
  });
  const query: LiveQuery<PlanData> = {
    data: merged,
    loading: quick.loading,
    error: () => quick.error() ?? whole.error(),
  };
  // Said once the plan replaces the form that made it (the form, and its status line, are gone by then).
  const [made, setMade] = createSignal<string>();
  return (
    <LiveView query={query}>
      {(data) => (
        <Show
          when={data().plan}
          fallback={<StartPlan template={props.template} people={[...data().people.values()].filter((p) => p.status !== 'moved-on').length} onMade={setMade} />}
        >
          <ThePlan data={data()} today={today} made={made()} />
        </Show>
      )}
    </LiveView>
  );
}

function StartPlan(props: { template: PlanTemplate; people: number; onMade: (text: string) => void }) {
  const action = createAction();
  const [start, setStart] = createSignal(localToday());
  const [error, setError] = createSignal<string>();
  const make = async (e: SubmitEvent) => {
    e.preventDefault();
    const day = start();
    if (!isDay(day)) return setError('Choose the day your first week starts.');
    setError(undefined);
    const [template, onMade] = [props.template, props.onMade];
    if (await action.run('make the plan', () => startPlan(template, day))) onMade(`Made your plan: week 1 starts on ${formatDay(day)}.`);
  };
  const perPhase = () => PLAN_PHASES.map((phase) => ({ phase, count: props.template.tasks.filter((t) => t.phase === phase).length }));
  return (
    <section class="card stack" aria-labelledby="start-plan-heading">
      <h2 id="start-plan-heading">Make your plan</h2>
      <p>{props.template.summary}</p>
      <p>
        It holds {plural(props.template.tasks.length, 'task')} across the four phases ({perPhase().map((p) => `${phaseLabel[p.phase]} ${p.count}`).join(', ')})
        {props.template.eachPerson.length > 0 ? (
          <>
            {' '}and, for each of your {plural(props.people, 'person', 'people')} (and anyone who joins later):{' '}
            {props.template.eachPerson.map((t) => personTitle(t, 'them').toLocaleLowerCase()).join(' and ')}
          </>
        ) : null}
        . Tasks tick themselves as you log the work in Turbine.
      </p>
      <form class="row" onSubmit={make}>
        <Field id="plan-start" label="Week 1 starts on" error={error()}>
          {(control) => <input {...control} type="date" required value={start()} onInput={(e) => setStart(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={action.pending()}>Make my 90-day plan</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}

function ThePlan(props: { data: PlanData; today: string; made: string | undefined }) {
  const action = createAction();
  const plan = () => props.data.plan!;
  const state = (task: PlanTask) => props.data.states.get(task.id);
  const [moveTo, setMoveTo] = createSignal('');
  const [moveError, setMoveError] = createSignal<string>();
  const [grouping, setGrouping] = createSignal<'week' | 'phase'>('week');
  // The printed plan holds every task: groups are drawn open while the page prints.
  const [printing, setPrinting] = createSignal(false);
  const beforePrint = () => setPrinting(true);
  const afterPrint = () => setPrinting(false);
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
  onCleanup(() => {
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', afterPrint);
  });
  const week = () => props.data.thisWeek?.week ?? 0;
  const counted = createMemo(() => plan().tasks.filter((t) => counts(state(t))));
  const done = () => counted().filter((t) => state(t)?.done).length;

  const when = () => {
    const w = week();
    if (w === 0) return `Starts on ${formatDay(plan().startDate)}, in ${plural(daysBetween(props.today, plan().startDate), 'day')}`;
    if (w > PLAN_WEEKS) return `Ended on ${formatDay(lastDayOf(plan()))}`;
    return `Week ${w} of ${PLAN_WEEKS}: started on ${formatDay(plan().startDate)}, ends on ${formatDay(lastDayOf(plan()))}`;
  };

  const move = (e: SubmitEvent) => {
    e.preventDefault();
    const day = moveTo();
    if (!isDay(day)) return setMoveError('Choose the day week 1 starts on.');
    setMoveError(undefined);
    const moving = plan();
    void action.run('move the plan', () => movePlanStart(moving, day), `Moved the plan: week 1 starts on ${formatDay(day)}, and every task moved with it.`);
  };

  const tick = (task: PlanTask, checked: boolean) => {
    const [planId, today] = [plan().id, props.today];
    void action.run(checked ? `tick “${task.title}”` : `take the tick off “${task.title}”`, () => setTaskDone(planId, task.id, checked, today), checked ? `Done: ${task.title}` : `Back to do: ${task.title}`);
  };

  const exportCalendar = async () => {
    const today = props.today;
    let entries = 0;
    const ok = await action.run('export the calendar', async () => {
      const calendar = await readPlanCalendar(today);
      if (!calendar) throw new Error('the plan is no longer in this workspace');
      entries = calendar.entries.length;
      downloadText(calendarFile(calendar.title, calendar.entries, new Date().toISOString()), 'first-90-days.ics', 'text/calendar');
    });
    if (ok) action.report(`Exported ${plural(entries, 'calendar entry', 'calendar entries')}: the plan's tasks, the next 1:1s and the planned check-ins.`);
  };

  const remove = () => {
    const removing = plan();
    return action.run('remove the plan', () => removeNinetyDayPlan(removing), 'Removed the plan. Nothing else changed: your 1:1s, charter and matrix stay.');
  };

  return (
    <div class="stack ninety-day-plan">
      <section class="card stack" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{plan().title}</h2>
        <Show when={props.made}>
          <p class="notice ok" role="status">
            {props.made}
          </p>
        </Show>
        <p>{when()}</p>
        <p>
          <strong>{done()} of {plural(counted().length, 'task')} done.</strong>
        </p>
        <ul class="phase-progress" aria-label="Progress per phase">
          <For each={props.data.progress}>
            {(p) => (
              <li>
                <span class="phase-name">{phaseLabel[p.phase]}</span> {p.done} of {p.total}
                <progress max={Math.max(1, p.total)} value={p.done} aria-label={`${phaseLabel[p.phase]}: ${p.done} of ${p.total} done`} />
              </li>
            )}
          </For>
        </ul>
        <div class="row no-print">
          <button type="button" class="secondary" onClick={() => window.print()}>Print the plan</button>
          <button type="button" class="secondary" onClick={exportCalendar}>Export to a calendar (.ics)</button>
          <Confirm
            variant="panel"
            question="Remove the plan? Its tasks and hand ticks go; what ticked the others (1:1s, charter, matrix) stays."
            confirmLabel="Yes, remove the plan"
            keepLabel="Keep it"
            busy={action.pending()}
            onAsk={action.clear}
            onConfirm={remove}
          >
            Remove the plan
          </Confirm>
        </div>
        <form class="row no-print" onSubmit={move}>
          <Field id="plan-move" label="Move week 1 to start on" error={moveError()}>
            {(control) => <input {...control} type="date" value={moveTo() || plan().startDate} onInput={(e) => setMoveTo(e.currentTarget.value)} />}
          </Field>
          <button type="submit" class="secondary" disabled={!moveTo() || moveTo() === plan().startDate || action.pending()}>
            Move the plan
          </button>
        </form>
        <div class="no-print">
          <ActionStatus action={action} />
        </div>
      </section>

      <Show when={props.data.thisWeek}>
        {(w) => (
          <section class="card no-print" aria-labelledby="this-week-heading">
            <h2 id="this-week-heading">{w().week === 0 ? 'Week 1, coming up' : w().week > PLAN_WEEKS ? 'Left when the plan ended' : `This week (week ${w().week})`}</h2>
            <Show when={w().late.length > 0}>
              <h3>Late</h3>
              <TaskList tasks={w().late} data={props.data} today={props.today} idPrefix="late" onTick={tick} busy={action.pending()} printing={printing()} />
            </Show>
            <Show when={w().week <= PLAN_WEEKS}>
              <h3>Due by {formatDay(dueOn(plan().startDate, Math.max(1, w().week)))}</h3>
              <Show when={w().due.length > 0} fallback={<p class="muted">Nothing left for this week.</p>}>
                <TaskList tasks={w().due} data={props.data} today={props.today} idPrefix="due" onTick={tick} busy={action.pending()} printing={printing()} />
              </Show>
            </Show>
          </section>
        )}
      </Show>

      <section class="stack" aria-labelledby="whole-plan-heading">
        <div class="row spread">
          <h2 id="whole-plan-heading">The whole plan</h2>
          <fieldset class="plan-grouping no-print">
            <legend class="visually-hidden">Show the plan</legend>
            <label>
              <input type="radio" name="plan-grouping" value="week" checked={grouping() === 'week'} onChange={() => setGrouping('week')} /> By week
            </label>
            <label>
              <input type="radio" name="plan-grouping" value="phase" checked={grouping() === 'phase'} onChange={() => setGrouping('phase')} /> By phase
            </label>
          </fieldset>
        </div>
        <Switch>
          <Match when={grouping() === 'week'}>
            <For each={Array.from({ length: PLAN_WEEKS }, (_, i) => i + 1)}>
              {(n) => {
                const tasks = () => counted().filter((t) => t.week === n);
                return (
                  <Show when={tasks().length > 0}>
                    <section class="card plan-week" classList={{ current: n === week() }} aria-labelledby={`plan-week-${n}`}>
                      <h3 id={`plan-week-${n}`}>
                        Week {n} <span class="muted">{formatDay(weekStart(plan().startDate, n))} – {formatDay(dueOn(plan().startDate, n))}</span>
                        {n === week() ? <span class="when-tag">this week</span> : null}
                      </h3>
                      <TaskList tasks={tasks()} data={props.data} today={props.today} idPrefix={`week-${n}`} onTick={tick} busy={action.pending()} printing={printing()} showPhase />
                    </section>
                  </Show>
                );
              }}
            </For>
          </Match>
          <Match when={grouping() === 'phase'}>
            <For each={props.data.progress}>
              {(p) => (
                <Show when={p.total > 0}>
                  <section class="card" aria-labelledby={`plan-phase-${p.phase}`}>
                    <h3 id={`plan-phase-${p.phase}`}>
                      {phaseLabel[p.phase]} <span class="muted">({p.done} of {p.total} done)</span>
                    </h3>
                    <TaskList tasks={counted().filter((t) => t.phase === p.phase)} data={props.data} today={props.today} idPrefix={`phase-${p.phase}`} onTick={tick} busy={action.pending()} printing={printing()} showWeek />
                  </section>
                </Show>
              )}
            </For>
          </Match>
        </Switch>
      </section>
    </div>
  );
}

interface TaskListProps {
  tasks: PlanTask[];
  data: PlanData;
  today: string;
  /** Keeps ids unique when a task shows in two lists (this week and the whole plan). */
  idPrefix: string;
  onTick: (task: PlanTask, done: boolean) => void;
  busy: boolean;
  /** Printing: every group is drawn open. */
  printing: boolean;
  /** The tasks of one group: listed one by one. */
  flat?: boolean;
  showPhase?: boolean;
  showWeek?: boolean;
}

function TaskList(props: TaskListProps) {
  // Rows are keyed by the task's id (or the group's key), not by the record: every change re-reads
  // the plan, and a row drawn anew would take the keyboard's focus away from the box just ticked.
  const rows = createMemo(() => new Map(groupEachPerson(props.tasks, props.flat ? [] : props.data.plan!.eachPerson).map((row) => ['task' in row ? row.task.id : `group:${row.key}`, row] as const)));
  const keys = createMemo(() => [...rows().keys()]);
  return (
    <ul class="plan-items">
      <For each={keys()}>
        {(key) => {
          const row = () => rows().get(key)!;
          return (
            <Show when={'task' in row()} fallback={<TaskGroup {...props} group={row() as TaskGroupRow} />}>
              <TaskRow {...props} task={(row() as { task: PlanTask }).task} />
            </Show>
          );
        }}
      </For>
    </ul>
  );
}

type TaskGroupRow = Exclude<ReturnType<typeof groupEachPerson>[number], { task: PlanTask }>;

function TaskGroup(props: TaskListProps & { group: TaskGroupRow }) {
  const [open, setOpen] = createSignal(false);
  const done = () => props.group.tasks.filter((t) => props.data.states.get(t.id)?.done).length;
  return (
    <li class="plan-item plan-group">
      <details open={open() || props.printing} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {props.group.title}{' '}
          <span class="muted">
            ({done()} of {props.group.tasks.length} done, due {formatDay(dueOn(props.data.plan!.startDate, props.group.tasks[0]!.week))})
          </span>
        </summary>
        {/* Drawn only once opened: a closed group of hundreds costs nothing. */}
        <Show when={open() || props.printing}>
          <TaskList {...props} tasks={props.group.tasks} flat />
        </Show>
      </details>
    </li>
  );
}

function TaskRow(props: TaskListProps & { task: PlanTask }) {
  const task = () => props.task;
  const state = (): TaskState | undefined => props.data.states.get(task().id);
  const id = () => `${props.idPrefix}-task-${task().id}`;
  const due = () => dueOn(props.data.plan!.startDate, task().week);
  const late = () => !state()?.done && due() < props.today;
  const byWorkspace = () => state()?.by === 'workspace';
  return (
    <li classList={{ 'plan-item': true, done: state()?.done === true, overdue: late() }}>
      <div class="plan-item-main">
        <input
          type="checkbox"
          id={id()}
          checked={state()?.done === true}
          // A tick that comes from the workspace is taken off by changing the workspace, not here.
          // Not disabled while a tick is being saved: a disabled box loses the keyboard's focus.
          disabled={byWorkspace()}
          aria-describedby={`${id()}-facts`}
          onChange={(e) => {
            // One save at a time: a change made meanwhile is undone rather than lost silently.
            if (props.busy) e.currentTarget.checked = !e.currentTarget.checked;
            else props.onTick(task(), e.currentTarget.checked);
          }}
        />
        <label for={id()}>{task().title}</label>
      </div>
      <p class="plan-item-facts" id={`${id()}-facts`}>
        <span>{state()?.done ? 'Done' : `${late() ? 'Late: was due' : 'Due'} ${formatDay(due())}`}</span>
        <Show when={props.showPhase}>
          <span>{phaseLabel[task().phase]}</span>
        </Show>
        <Show when={props.showWeek}>
          <span>Week {task().week}</span>
        </Show>
        <Show when={state()?.why}>
          <span>{state()!.why}</span>
        </Show>
        <Show when={state()?.stays === false}>
          <span>{props.data.people.get(task().personId ?? '')?.name ?? 'This person'} has moved on</span>
        </Show>
      </p>
      <Show when={state()?.place}>
        {(place) => (
          <p class="plan-item-facts no-print">
            <TaskPlaceLink place={place()} people={props.data.people} />
          </p>
        )}
      </Show>
    </li>
  );
}
