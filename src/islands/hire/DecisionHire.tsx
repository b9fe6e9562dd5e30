/**
 * Hired → on the team: the candidate becomes a person (new hire, with a start date) and
 * their scorecards propose first capability levels (proposedLevels), which the manager
 * confirms or changes per capability. All of it is one write (hireCandidate); the levels
 * enter the matrix history with source "interview".
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { RecordOf } from '../../schemas/records.ts';
import { hireCandidate } from '../../db/candidates.ts';
import { proposedLevels } from '../../domain/hire/hired.ts';
import { localToday } from '../../domain/dates.ts';
import type { CandidatesContext } from './candidates-context.tsx';
import { createAction } from '../../state/action.ts';
import { href } from '../../state/routes.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import { day, lookups, plural } from './candidate-helpers.ts';

type Candidate = RecordOf<'candidates'>;
type Opening = RecordOf<'openings'>;
type Scorecard = RecordOf<'scorecards'>;

export default function DecisionHire(props: { ctx: CandidatesContext; candidate: Candidate; opening: Opening | undefined; cards: readonly Scorecard[] }) {
  const person = () => props.ctx.data.people.find((p) => p.id === props.candidate.personId);
  return (
    <Show when={props.candidate.status === 'hired'} fallback={<HireForm {...props} />}>
      <section class="card no-print" aria-labelledby="joined-heading">
        <h4 id="joined-heading">On the team</h4>
        <p>
          {person()?.name ?? props.candidate.name} joined the team as a new hire
          {person()?.startDate ? `, starting ${day(person()!.startDate!)}` : ''}. <a href={href('design/matrix')}>See them in the matrix</a>.
        </p>
        <Show when={props.candidate.hireSignal?.rises.length}>
          <ul class="signal-list">
            <For each={props.candidate.hireSignal!.rises}>
              {(r) => (
                <li>
                  This hire raises coverage of {r.name} from {r.from} to {r.to}: <a href={href('design/insights')}>revisit the design</a>.
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

const SKIP = 'skip';

function HireForm(props: { ctx: CandidatesContext; candidate: Candidate; opening: Opening | undefined; cards: readonly Scorecard[] }) {
  const action = createAction();
  const names = createMemo(() => lookups(props.ctx.data));
  // By capability name: the stored order of capabilities means nothing to a reader.
  const proposals = createMemo(() => {
    const name = names().capabilityName;
    const list = proposedLevels(props.candidate, [...props.cards], props.ctx.data.capabilities, props.ctx.data.levelScales);
    return list.sort((a, b) => name(a.capabilityId).localeCompare(name(b.capabilityId)));
  });
  const initialLevels = untrack(proposals).map((p) => [p.capabilityId, String(p.level)]);
  const [levels, setLevels] = createStore<Record<string, string>>(Object.fromEntries(initialLevels));
  const [name, setName] = createSignal(untrack(() => props.candidate.name));
  const [role, setRole] = createSignal('');
  const [level, setLevel] = createSignal(untrack(() => props.opening?.level ?? ''));
  const [start, setStart] = createSignal(localToday());

  const hire = async (e: SubmitEvent) => {
    e.preventDefault();
    const confirmed = proposals().flatMap((p) => {
      const chosen = levels[p.capabilityId] ?? String(p.level);
      return chosen === SKIP ? [] : [{ capabilityId: p.capabilityId, level: Number(chosen) }];
    });
    const input = { candidateId: props.candidate.id, person: { name: name(), role: role(), level: level(), startDate: start() }, levels: confirmed, at: new Date().toISOString() };
    await action.run('add them to the team', () => hireCandidate(input), `${input.person.name.trim()} joined the team with ${plural(confirmed.length, 'confirmed level')}.`);
  };

  return (
    <section class="card no-print" aria-labelledby="hire-heading">
      <h4 id="hire-heading">Add {props.candidate.name} to the team</h4>
      <p class="muted">
        They join as a new hire. Their scorecards propose a first level for each capability they were scored on: confirm or
        change each one. Confirmed levels enter the matrix history from the interview.
      </p>
      <form class="form stack" onSubmit={(e) => void hire(e)}>
        <div class="grid-2">
          <p class="field">
            <label for="hire-name">Name on the team</label>
            <input id="hire-name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </p>
          <p class="field">
            <label for="hire-role">Role</label>
            <input id="hire-role" value={role()} onInput={(e) => setRole(e.currentTarget.value)} />
          </p>
          <p class="field">
            <label for="hire-level">Level</label>
            <input id="hire-level" value={level()} onInput={(e) => setLevel(e.currentTarget.value)} />
          </p>
          <p class="field">
            <label for="hire-start">Start date</label>
            <input id="hire-start" type="date" required value={start()} onInput={(e) => setStart(e.currentTarget.value)} />
          </p>
        </div>
        <Show when={proposals().length > 0} fallback={<p class="muted">No scores to propose levels from (only “no signal”, or no scorecards).</p>}>
          <table class="proposals">
            <caption>Proposed capability levels</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th>
                <th scope="col">From the scorecards</th>
                <th scope="col">Level to record</th>
              </tr>
            </thead>
            <tbody>
              <For each={proposals()}>
                {(p) => {
                  const capability = () => names().capabilityName(p.capabilityId);
                  const id = `hire-level-${p.capabilityId}`;
                  return (
                    <tr>
                      <th scope="row">{capability()}</th>
                      <td>
                        median score {p.medianScore} over {plural(p.evidence, 'score')}
                      </td>
                      <td>
                        <label class="visually-hidden" for={id}>
                          Level for {capability()}
                        </label>
                        <select id={id} onChange={(e) => setLevels(p.capabilityId, e.currentTarget.value)}>
                          <For each={names().levelsOf(p.capabilityId)}>
                            {(l) => (
                              <option value={String(l.value)} selected={(levels[p.capabilityId] ?? String(p.level)) === String(l.value)}>
                                {l.value} {l.name}
                                {l.value === p.level ? ' (proposed)' : ''}
                              </option>
                            )}
                          </For>
                          <option value={SKIP} selected={levels[p.capabilityId] === SKIP}>
                            Do not record
                          </option>
                        </select>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </Show>
        <div class="row">
          <button type="submit">Add {props.candidate.name} to the team</button>
        </div>
        <ActionStatus action={action} />
      </form>
    </section>
  );
}
