/**
 * Hired → on the team: the candidate becomes a person (new hire, with a start date) and
 * their scorecards propose first capability levels (proposedLevels), which the manager
 * confirms or changes per capability. All of it is one write (hireCandidate); the levels
 * enter the matrix history with source "interview".
 */
import { createMemo, For, Show, untrack } from 'solid-js';
import type { RecordOf } from '../../schemas/records.ts';
import { Person } from '../../schemas/person.ts';
import { IsoDate } from '../../schemas/common.ts';
import { hireCandidate } from '../../db/candidates.ts';
import { proposedLevels } from '../../domain/hire/hired.ts';
import { filledOpenings } from '../../domain/hire/setup.ts';
import { localToday } from '../../domain/dates.ts';
import type { CandidatesContext } from './candidates-context.tsx';
import { createForm } from '../../state/form.ts';
import { href } from '../../state/routes.ts';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import { day, lookups, plural } from './candidate-helpers.ts';

type Candidate = RecordOf<'candidates'>;
type Opening = RecordOf<'openings'>;
type Scorecard = RecordOf<'scorecards'>;

export default function DecisionHire(props: { ctx: CandidatesContext; candidate: Candidate; opening: Opening | undefined; cards: readonly Scorecard[] }) {
  const person = () => props.ctx.data.people.find((p) => p.id === props.candidate.personId);
  // This hire may be the last the opening was for: say so, with the way to close it.
  const filled = createMemo(() => (props.opening ? filledOpenings([props.opening], props.ctx.data.candidates)[0] : undefined));
  return (
    <Show when={props.candidate.status === 'hired'} fallback={<HireForm {...props} />}>
      <section class="card no-print" aria-labelledby="joined-heading">
        <h4 id="joined-heading">On the team</h4>
        <p>
          {person()?.name ?? props.candidate.name} joined the team as a new hire
          {person()?.startDate ? `, starting ${day(person()!.startDate!)}` : ''}. <a href={href('design/matrix')}>See them in the matrix</a>.
        </p>
        <Show when={filled()}>
          {(f) => (
            <p class="notice ok" role="status">
              {f().opening.title} has hired {f().hired} of {f().headcount}: <a href={href('hire')}>close it as filled on Openings</a>
              {f().stillActive > 0 ? `, once the ${plural(f().stillActive, 'candidate')} still active ${f().stillActive === 1 ? 'has' : 'have'} heard from you` : ''}.
            </p>
          )}
        </Show>
        <Show when={props.candidate.hireSignal?.rises.length}>
          <ul class="signal-list">
            <For each={props.candidate.hireSignal!.rises}>
              {(r) => (
                <li>
                  {/* Until their first day they carry nothing: the rise is still to come. */}
                  {person()?.startDate && person()!.startDate! > localToday()
                    ? `This hire will raise coverage of ${r.name} from ${r.from} to ${r.to} on ${day(person()!.startDate!)}: `
                    : `This hire raises coverage of ${r.name} from ${r.from} to ${r.to}: `}
                  <a href={href('design/insights')}>revisit the design</a>.
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

/** The new person's fields checked before the hire, with the person record's own rules. */
const HireFields = Person.pick({ name: true, role: true, level: true }).extend({ startDate: IsoDate });

function HireForm(props: { ctx: CandidatesContext; candidate: Candidate; opening: Opening | undefined; cards: readonly Scorecard[] }) {
  const names = createMemo(() => lookups(props.ctx.data));
  // By capability name: the stored order of capabilities means nothing to a reader.
  const proposals = createMemo(() => {
    const name = names().capabilityName;
    const list = proposedLevels(props.candidate, [...props.cards], props.ctx.data.capabilities, props.ctx.data.levelScales);
    return list.sort((a, b) => name(a.capabilityId).localeCompare(name(b.capabilityId)));
  });
  const form = createForm({
    initial: {
      name: untrack(() => props.candidate.name),
      role: '',
      level: untrack(() => props.opening?.level ?? ''),
      startDate: localToday(),
      /** The level to record per capability, or SKIP; starts from the proposal. */
      levels: Object.fromEntries(untrack(proposals).map((p) => [p.capabilityId, String(p.level)])) as Record<string, string>,
    },
    schema: HireFields,
    doing: 'add them to the team',
  });
  const v = form.values;

  const hire = (e: SubmitEvent) => {
    const [candidateId, list] = [props.candidate.id, proposals()];
    const confirmedOf = (levels: Record<string, string>) =>
      list.flatMap((p) => {
        const chosen = levels[p.capabilityId] ?? String(p.level);
        return chosen === SKIP ? [] : [{ capabilityId: p.capabilityId, level: Number(chosen) }];
      });
    return form.submit(
      e,
      (values) => hireCandidate({ candidateId, person: { name: values.name, role: values.role, level: values.level, startDate: values.startDate }, levels: confirmedOf(values.levels), at: new Date().toISOString() }),
      { done: (values) => `${values.name.trim()} joined the team with ${plural(confirmedOf(values.levels).length, 'confirmed level')}.` },
    );
  };

  return (
    <section class="card no-print" aria-labelledby="hire-heading">
      <h4 id="hire-heading">Add {props.candidate.name} to the team</h4>
      <p class="muted">
        They join as a new hire. Their scorecards propose a first level for each capability they were scored on: confirm or
        change each one. Confirmed levels enter the matrix history from the interview.
      </p>
      <form class="form stack" onSubmit={(e) => void hire(e)} aria-busy={form.action.pending()} novalidate>
        <div class="grid-2">
          <Field id="hire-name" label="Name on the team" error={form.error('name')}>
            {(control) => <input {...control} required maxLength={200} value={v.name} onInput={(e) => form.set('name', e.currentTarget.value)} />}
          </Field>
          <Field id="hire-role" label="Role" error={form.error('role')}>
            {(control) => <input {...control} value={v.role} onInput={(e) => form.set('role', e.currentTarget.value)} />}
          </Field>
          <Field id="hire-level" label="Level" error={form.error('level')}>
            {(control) => <input {...control} value={v.level} onInput={(e) => form.set('level', e.currentTarget.value)} />}
          </Field>
          <Field id="hire-start" label="Start date" error={form.error('startDate')}>
            {(control) => <input {...control} type="date" required value={v.startDate} onInput={(e) => form.set('startDate', e.currentTarget.value)} />}
          </Field>
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
                        <select id={id} onChange={(e) => form.set('levels', p.capabilityId, e.currentTarget.value)}>
                          <For each={names().levelsOf(p.capabilityId)}>
                            {(l) => (
                              <option value={String(l.value)} selected={(v.levels[p.capabilityId] ?? String(p.level)) === String(l.value)}>
                                {l.value} {l.name}
                                {l.value === p.level ? ' (proposed)' : ''}
                              </option>
                            )}
                          </For>
                          <option value={SKIP} selected={v.levels[p.capabilityId] === SKIP}>
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
        <FormActions action={form.action} submitLabel={`Add ${props.candidate.name} to the team`} />
      </form>
    </section>
  );
}
