/**
 * Home's Hire lines: scorecards still missing for candidates in a loop, longest wait first
 * (a decision waits on them), and candidates whose personal data is due for anonymising or
 * deleting. They are read in a worker (hire-today.ts), so the phase cards never wait for them.
 * Nothing shows when Hire needs nothing.
 */
import { For, Show } from 'solid-js';
import type { HireTodayData } from '../../db/hire-today.ts';
import type { LiveQuery } from '../../state/live-query.ts';
import { formatDay } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';

/** `shown`: how many of a list Home shows before "and N more" (as Conversations does). */
export default function HireToday(props: { query: LiveQuery<HireTodayData>; shown: number }) {
  return <LiveSection query={props.query}>{(data) => lines(data, props.shown)}</LiveSection>;
}

/** A plain function of one snapshot, not a component: the section is keyed, so every change draws it anew. */
function lines(d: HireTodayData, shown: number) {
  const privacy = href('hire/privacy');
  return (
    <Show when={d.missing.length + d.retentionDue.length > 0}>
      <section class="card" aria-labelledby="hire-today-heading">
        <h2 id="hire-today-heading">Hiring today</h2>
        <Show when={d.missing.length > 0}>
          <h3>Scorecards still missing</h3>
          <ul>
            <For each={d.missing.slice(0, shown)}>
              {(m) => (
                <li>
                  <a href={href('hire/candidates', { candidate: m.candidate.id })}>{m.candidate.name}</a> · {m.stage.name}: {m.interviewer}’s scorecard (since{' '}
                  {formatDay(m.since)})
                </li>
              )}
            </For>
          </ul>
          <Show when={d.missing.length > shown}>
            <p>
              <a href={href('hire/candidates')}>and {plural(d.missing.length - shown, 'more missing scorecard')}</a>
            </p>
          </Show>
        </Show>
        <Show when={d.retentionDue.length > 0}>
          <h3>Personal data due for removal</h3>
          {/* A long list would crowd Home: past `shown`, one count and the privacy page, which lists them all. */}
          <Show
            when={d.retentionDue.length <= shown}
            fallback={
              <p>
                <a href={privacy}>{plural(d.retentionDue.length, 'candidate')}</a> past their retention date: anonymise or delete their personal data.
              </p>
            }
          >
            <ul>
              <For each={d.retentionDue}>
                {(c) => (
                  <li>
                    <a href={privacy}>{c.name}</a>:{' '}
                    {c.retentionDate !== undefined ? `due since ${formatDay(c.retentionDate)}` : 'nothing about them is dated, so how old their data is cannot be told'}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
    </Show>
  );
}
