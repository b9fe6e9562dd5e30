/**
 * The check-in's two structured parts: the goals (carried over, set now, their status) and
 * the capabilities looked at together, the person's level beside the manager's.
 */
import { createMemo, For, Show, type Accessor } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { CheckInPage } from '../../db/grow.ts';
import { GoalStatus } from '../../schemas/goal.ts';
import { describeDifference, isOpen, selfMinusManager } from '../../domain/grow/check-in.ts';
import { levelLabel, scaleLookup } from '../../domain/matrix-view.ts';
import { formatMoment } from '../../domain/day-format.ts';
import type { Action } from '../../state/action.ts';
import { levelCheckNow, type CheckInValues } from './check-in-values.ts';
import Field from '../../components/Field.tsx';

export const goalStatusLabel: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  done: 'Done',
  dropped: 'Dropped',
};

interface SectionProps {
  page: CheckInPage;
  values: CheckInValues;
  setValues: SetStoreFunction<CheckInValues>;
}

export function GoalsSection(props: SectionProps) {
  const isCarried = (id: string | undefined) => id !== undefined && props.page.carried.includes(id);
  const setIn = (id: string | undefined) => props.page.goals.find((g) => g.id === id)?.setIn;
  const open = () => props.values.goals.filter((g) => isOpen(g.status)).length;
  return (
    <section class="card" aria-labelledby="goals-heading">
      <h3 id="goals-heading">Goals</h3>
      <p class="hint">{open()} open. Goals still open from earlier quarters are carried over; done and dropped ones stay here as history.</p>
      <For each={props.values.goals}>
        {(g, i) => (
          <fieldset class="goal">
            <legend>
              Goal {i() + 1}
              {isCarried(g.id) ? `, carried over from ${setIn(g.id)}` : ''}
            </legend>
            <div class="row">
              <Field id={`goal-${i()}`} label="Goal" class="grow">
                {(c) => <input {...c} value={g.text} maxLength={500} onInput={(e) => props.setValues('goals', i(), 'text', e.currentTarget.value)} />}
              </Field>
              <Field id={`goal-${i()}-status`} label="Status">
                {(c) => (
                  <select {...c} onChange={(e) => props.setValues('goals', i(), 'status', e.currentTarget.value as GoalStatus)}>
                    <For each={GoalStatus.options}>
                      {(s) => (
                        <option value={s} selected={g.status === s}>
                          {goalStatusLabel[s]}
                        </option>
                      )}
                    </For>
                  </select>
                )}
              </Field>
              <Field id={`goal-${i()}-due`} label="Due by" class="narrow">
                {(c) => <input {...c} type="date" value={g.due ?? ''} onInput={(e) => props.setValues('goals', i(), 'due', e.currentTarget.value || undefined)} />}
              </Field>
            </div>
          </fieldset>
        )}
      </For>
      <button
        type="button"
        class="no-print"
        onClick={() =>
          props.setValues('goals', (list) => [
            ...list,
            {
              id: crypto.randomUUID(),
              text: '',
              status: 'not-started',
              capabilityIds: [],
            },
          ])
        }
      >
        Add a goal
      </button>
    </section>
  );
}

export function LevelsSection(
  props: SectionProps & {
    confirmedAt: Accessor<Record<string, string | undefined>>;
    changedSinceConfirmed: (check: CheckInValues['levels'][number]) => boolean;
    onConfirm: () => void;
    confirming: Action;
  },
) {
  const scaleOf = createMemo(() => scaleLookup(props.page.levelScales));
  const capability = (id: string) => props.page.capabilities.find((c) => c.id === id);
  const notChecked = () => props.page.capabilities.filter((c) => !props.values.levels.some((l) => l.capabilityId === c.id));
  const toConfirm = () =>
    props.values.levels.filter((l) => (l.self !== undefined || l.manager !== undefined) && (!props.confirmedAt()[l.capabilityId] || props.changedSinceConfirmed(l)));
  let adder: HTMLSelectElement | undefined;
  const removeCheck = (at: number) => props.setValues('levels', (list) => list.filter((_, j) => j !== at));
  const addCheck = () => {
    if (!adder?.value) return;
    const check = levelCheckNow(props.page, adder.value);
    props.setValues('levels', (list) => [...list, check]);
  };
  const levelSelect = (id: string, label: string, capabilityId: string, value: number | undefined, set: (v: number | undefined) => void) => {
    const scale = () => scaleOf()(capability(capabilityId)?.scaleId ?? '');
    return (
      <select id={id} aria-label={label} onChange={(e) => set(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}>
        <option value="" selected={value === undefined}>
          Not given
        </option>
        <For each={scale().levels}>
          {(l) => (
            <option value={l.value} selected={value === l.value}>
              {levelLabel(scale(), l.value)}
            </option>
          )}
        </For>
      </select>
    );
  };
  return (
    <section class="card" aria-labelledby="levels-heading">
      <h3 id="levels-heading">Levels, self beside manager</h3>
      <p class="hint no-print">Suggested: what they want to grow in and the team’s gaps. Only your level counts in the team’s coverage; theirs is kept beside it.</p>
      <Show when={props.values.levels.length > 0} fallback={<p class="muted">No capabilities chosen.</p>}>
        <table class="level-checks">
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Their level</th>
              <th scope="col">Your level</th>
              <th scope="col">Difference</th>
              <th scope="col" class="no-print">
                In the matrix
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.values.levels}>
              {(l, i) => {
                const name = () => capability(l.capabilityId)?.name ?? 'A capability no longer in the library';
                return (
                  <tr>
                    <th scope="row">{name()}</th>
                    <td>{levelSelect(`level-${i()}-self`, `${name()}: their level`, l.capabilityId, l.self, (v) => props.setValues('levels', i(), 'self', v))}</td>
                    <td>{levelSelect(`level-${i()}-manager`, `${name()}: your level`, l.capabilityId, l.manager, (v) => props.setValues('levels', i(), 'manager', v))}</td>
                    <td>{describeDifference(selfMinusManager(l))}</td>
                    <td class="no-print">
                      {props.confirmedAt()[l.capabilityId] && !props.changedSinceConfirmed(l) ? `Entered ${formatMoment(props.confirmedAt()[l.capabilityId]!)}` : 'Not entered'}{' '}
                      <button type="button" class="link" onClick={() => removeCheck(i())}>
                        Remove {name()}
                      </button>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </Show>
      <div class="row no-print">
        <Show when={notChecked().length > 0}>
          <label for="add-level-check">Look at another capability</label>
          <select id="add-level-check" ref={adder}>
            <For each={notChecked()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
          </select>
          <button type="button" onClick={addCheck}>
            Add
          </button>
        </Show>
        <button type="button" disabled={toConfirm().length === 0 || props.confirming.pending()} onClick={() => props.onConfirm()}>
          Enter {toConfirm().length === 1 ? 'this level' : `these ${toConfirm().length} levels`} in the matrix
        </button>
      </div>
    </section>
  );
}
