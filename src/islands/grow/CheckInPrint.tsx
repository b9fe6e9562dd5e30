/**
 * The check-in as it goes on paper for the person: the shared part as plain text, only what
 * was written, and nothing from "Only for you". Shown only when printing.
 */
import { For, Show } from 'solid-js';
import type { CheckInPage } from '../../db/grow.ts';
import { BicepsNeed } from '../../schemas/check-in.ts';
import { describeDifference, selfMinusManager } from '../../domain/grow/check-in.ts';
import { levelLabel, scaleLookup } from '../../domain/matrix-view.ts';
import { formatDay } from '../../domain/day-format.ts';
import { capitalise } from '../../domain/words.ts';
import type { CheckInValues } from './check-in-values.ts';
import { goalStatusLabel } from './CheckInSections.tsx';
import { growthStageLabel } from './CheckInConversation.tsx';

export default function CheckInPrint(props: { page: CheckInPage; values: CheckInValues }) {
  const v = () => props.values;
  const capability = (id: string | undefined) => props.page.capabilities.find((c) => c.id === id);
  const system = (id: string | undefined) => props.page.systems.find((s) => s.id === id);
  const level = (capabilityId: string, value: number | undefined) => {
    if (value === undefined) return '—';
    return levelLabel(scaleLookup(props.page.levelScales)(capability(capabilityId)?.scaleId ?? ''), value);
  };
  const ratings = () => (['overall', ...BicepsNeed.options] as const).filter((k) => v().engagement[k] !== undefined);
  const goals = () => v().goals.filter((g) => g.text.trim() !== '');
  const levels = () => v().levels.filter((l) => l.self !== undefined || l.manager !== undefined);
  return (
    <article class="print-only check-in-print">
      <h2>
        {props.page.person.name}: check-in {props.page.quarter}, {formatDay(v().date)}
      </h2>
      <Show when={goals().length > 0}>
        <h3>Goals</h3>
        <ul>
          <For each={goals()}>
            {(g) => (
              <li>
                {g.text}: {goalStatusLabel[g.status].toLowerCase()}
                {g.due ? `, due ${formatDay(g.due)}` : ''}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={v().evidence.length > 0}>
        <h3>What they did this quarter</h3>
        <ul>
          <For each={v().evidence}>
            {(e) => (
              <li>
                {e.text} ({formatDay(e.on)})
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={v().strengths.some((s) => s.text.trim()) || v().wins.some((w) => w.trim())}>
        <h3>Strengths and wins</h3>
        <ul>
          <For each={v().strengths.filter((s) => s.text.trim())}>
            {(s) => (
              <li>
                {s.text}
                {s.howUsed.trim() ? `: ${s.howUsed}` : ''}
              </li>
            )}
          </For>
          <For each={v().wins.filter((w) => w.trim())}>{(w) => <li>Win: {w}</li>}</For>
        </ul>
      </Show>
      <Show when={v().areasToGrow.trim() || v().stretch.some((s) => s.text.trim())}>
        <h3>Growing</h3>
        <Show when={v().areasToGrow.trim()}>
          <p>{v().areasToGrow}</p>
        </Show>
        <ul>
          <For each={v().stretch.filter((s) => s.text.trim())}>
            {(s) => <li>Stretch: {[s.text, system(s.systemId)?.name, capability(s.capabilityId)?.name].filter(Boolean).join(', ')}</li>}
          </For>
        </ul>
      </Show>
      <Show when={levels().length > 0}>
        <h3>Levels</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Their level</th>
              <th scope="col">Manager’s level</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            <For each={levels()}>
              {(l) => (
                <tr>
                  <th scope="row">{capability(l.capabilityId)?.name ?? 'A capability no longer in the library'}</th>
                  <td>{level(l.capabilityId, l.self)}</td>
                  <td>{level(l.capabilityId, l.manager)}</td>
                  <td>{describeDifference(selfMinusManager(l))}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={v().feedbackAsked.trim() || v().feedbackGiven.trim()}>
        <h3>Feedback</h3>
        <Show when={v().feedbackAsked.trim()}>
          <p>Asked for: {v().feedbackAsked}</p>
        </Show>
        <Show when={v().feedbackGiven.trim()}>
          <p>Given: {v().feedbackGiven}</p>
        </Show>
      </Show>
      <Show when={ratings().length > 0 || v().engagement.note.trim()}>
        <h3>Engagement</h3>
        <p>
          {ratings()
            .map((k) => `${capitalise(k === 'overall' ? 'energy overall' : k)} ${v().engagement[k]} of 5`)
            .join('; ')}
        </p>
        <Show when={v().engagement.note.trim()}>
          <p>{v().engagement.note}</p>
        </Show>
      </Show>
      <Show when={v().growthStage || v().growthInTheirWords.trim()}>
        <h3>Where they are</h3>
        <Show when={v().growthStage}>{(s) => <p>{growthStageLabel[s()]}</p>}</Show>
        <Show when={v().growthInTheirWords.trim()}>
          <p>{v().growthInTheirWords}</p>
        </Show>
      </Show>
    </article>
  );
}
