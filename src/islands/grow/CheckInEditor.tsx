/**
 * One person's check-in for one quarter, written during the conversation: prefilled from
 * what Turbine already holds (open goals carried over, last quarter beside this one, the
 * quarter's evidence to pick from, levels self beside manager), saved as the manager types,
 * and printable without what only the manager sees.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { confirmLevels, recordSelfReviewIssued, recordSelfReviewReplied, saveCheckIn, type CheckInPage } from '../../db/grow.ts';
import type { IssuedSelfReview } from '../../schemas/check-in.ts';
import type { SelfReviewReply } from '../../io/self-review-file.ts';
import { withAnswers } from '../../domain/grow/self-review.ts';
import SelfReviewExchange from './SelfReviewExchange.tsx';
import { readUnsavedDraft } from '../../db/unsaved-drafts.ts';
import { createAutosave, type Autosave } from '../../state/autosave.ts';
import { createAction } from '../../state/action.ts';
import { formatDay, formatMoment } from '../../domain/day-format.ts';
import { href } from '../../state/routes.ts';
import { BufferedCheckInValues, startingValues, type CheckInValues } from './check-in-values.ts';
import { GoalsSection, LevelsSection } from './CheckInSections.tsx';
import { EngagementSection, GrowthStageSection, ManagerNotesSection } from './CheckInConversation.tsx';
import CheckInPrint from './CheckInPrint.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import Notice from '../../components/Notice.tsx';

const MAX_STRENGTHS = 3;
const MAX_WINS = 3;

/** `onAutosave` hands the page the editor's autosave, so moving to another check-in saves this one first. */
export default function CheckInEditor(props: { page: CheckInPage; onAutosave?: (autosave: Autosave) => void }) {
  // Read once: from here on the editor owns the values and saves them; the page is its starting point.
  // eslint-disable-next-line solid/reactivity
  const page = props.page;
  const bufferKey = `check-in:${page.person.id}:${page.quarter}`;
  // Text typed but not yet saved when the tab went away comes back, newer than the saved record.
  const buffered = readUnsavedDraft(bufferKey, BufferedCheckInValues);
  const restored = buffered && (!page.checkIn?.updatedAt || buffered.at > page.checkIn.updatedAt) ? buffered : undefined;
  const [values, setValues] = createStore<CheckInValues>(restored?.values ?? startingValues(page));
  let read: { id?: string | undefined; updatedAt?: string | undefined } = page.checkIn ? { id: page.checkIn.id, updatedAt: page.checkIn.updatedAt } : {};
  const [confirmedAt, setConfirmedAt] = createSignal<Record<string, string | undefined>>(
    Object.fromEntries((page.checkIn?.levels ?? []).map((l) => [l.capabilityId, l.confirmedAt])),
  );

  /** Writes the check-in as the form holds it, keeping each level's confirmation only while the level is as confirmed. */
  const writeCheckIn = async (v: CheckInValues) => {
    const confirmed = untrack(confirmedAt);
    const levels = v.levels.map(({ confirmedAt: _stale, ...l }) => ({
      ...l,
      ...(confirmed[l.capabilityId] && !changedSinceConfirmed(l) ? { confirmedAt: confirmed[l.capabilityId] } : {}),
    }));
    const saved = await saveCheckIn(page.person.id, page.quarter, { ...v, levels }, read);
    read = { id: saved.checkIn.id, updatedAt: saved.checkIn.updatedAt };
  };

  const autosave = createAutosave({
    values: () => values,
    bufferKey,
    doing: 'save the check-in',
    startsUnsaved: restored !== undefined,
    save: writeCheckIn,
  });
  // Handed over once, as the editor opens: the page keeps it until it opens another check-in.
  // eslint-disable-next-line solid/reactivity
  props.onAutosave?.(autosave);

  /** The levels confirmed last, to tell whether a check was changed after it was confirmed. */
  const confirmedLevels = new Map((page.checkIn?.levels ?? []).filter((l) => l.confirmedAt).map((l) => [l.capabilityId, { self: l.self, manager: l.manager }]));
  const changedSinceConfirmed = (l: Pick<CheckInValues['levels'][number], 'capabilityId' | 'self' | 'manager'>) => {
    const c = confirmedLevels.get(l.capabilityId);
    return !c || c.self !== l.self || c.manager !== l.manager;
  };

  /**
   * The check-in saved as it is now, written once even if nothing was typed yet (a self-review or
   * levels entered from an untouched new check-in). The other writes then run in turn with the saves.
   */
  const saveAsIs = async () => {
    if (!(await autosave.flush())) throw new Error('the check-in could not be saved first');
    if (read.id) return { id: read.id, updatedAt: read.updatedAt };
    const asIs = structuredClone(unwrap(values));
    await autosave.inTurn(() => writeCheckIn(asIs));
    return { id: read.id!, updatedAt: read.updatedAt };
  };

  const confirming = createAction();
  const enterLevels = async () => {
    await saveAsIs();
    const saved = await autosave.inTurn(() => confirmLevels(read.id!, read.updatedAt));
    read = { id: saved.id, updatedAt: saved.updatedAt };
    for (const l of saved.levels) confirmedLevels.set(l.capabilityId, { self: l.self, manager: l.manager });
    setConfirmedAt(Object.fromEntries(saved.levels.map((l) => [l.capabilityId, l.confirmedAt])));
  };
  const confirm = () => confirming.run('enter the levels into the matrix', enterLevels, 'Entered in the matrix: the manager’s levels count in coverage, the self levels are kept beside them.');

  const [issued, setIssued] = createSignal<readonly IssuedSelfReview[]>(page.checkIn?.selfReviews ?? []);
  const selfReview = {
    saved: saveAsIs,
    issued,
    issue: async (entry: IssuedSelfReview) => {
      await saveAsIs();
      const checkIn = await autosave.inTurn(() => recordSelfReviewIssued(read.id!, read.updatedAt, entry));
      read = { id: checkIn.id, updatedAt: checkIn.updatedAt };
      setIssued(checkIn.selfReviews);
    },
    take: async (reply: SelfReviewReply) => {
      const merged = withAnswers(values, reply.answers);
      setValues((v) => ({ ...v, strengths: merged.strengths, wins: merged.wins, areasToGrow: merged.areasToGrow, goals: merged.goals, levels: merged.levels }));
      await saveAsIs();
      const checkIn = await autosave.inTurn(() => recordSelfReviewReplied(read.id!, read.updatedAt, reply.partId, new Date().toISOString()));
      read = { id: checkIn.id, updatedAt: checkIn.updatedAt };
      setIssued(checkIn.selfReviews);
    },
  };

  const print = async () => {
    await autosave.flush();
    window.print();
  };

  const savedText = () => {
    const s = autosave.state();
    if (s.status === 'saving') return 'Saving…';
    if (s.status === 'waiting') return 'Changes not saved yet…';
    if (s.status === 'saved') return s.at ? `Saved at ${formatMoment(s.at)}` : page.checkIn ? 'Saved' : 'Nothing written yet: it is saved as you type.';
    return '';
  };
  const previous = page.previous;
  const isPicked = (ref: string) => values.evidence.some((e) => e.ref === ref);
  const pickedElsewhere = () => values.evidence.filter((e) => !page.evidence.some((x) => x.ref === e.ref));

  return (
    <>
      <CheckInPrint page={page} values={values} />
      <form class="check-in no-print" aria-labelledby="check-in-heading" onSubmit={(e) => e.preventDefault()}>
        <div class="check-in-head">
          <h2 id="check-in-heading">
            {page.person.name}, {page.quarter}
          </h2>
          <p role="status" class="action-status no-print">
            {savedText()}
          </p>
          <Show when={autosave.state().status === 'failed' && autosave.state()}>{(s) => <Notice tone="error">{(s() as { text: string }).text}</Notice>}</Show>
          <div class="row no-print">
            <Field id="check-in-date" label="Held on" class="narrow">
              {(c) => <input {...c} type="date" required value={values.date} onInput={(e) => e.currentTarget.value && setValues('date', e.currentTarget.value)} />}
            </Field>
            <Field id="check-in-held" label="The conversation was held" class="check" labelAfter>
              {(c) => <input {...c} type="checkbox" checked={values.held} onChange={(e) => setValues('held', e.currentTarget.checked)} />}
            </Field>
            <button type="button" onClick={() => void print()}>
              Print the shared part
            </button>
          </div>
        </div>

        <Show when={previous}>
          {(p) => (
            <section class="card last-quarter" aria-labelledby="last-quarter-heading">
              <h3 id="last-quarter-heading">Last quarter ({p().quarter})</h3>
              <dl>
                <dt>Areas to grow</dt>
                <dd>{p().areasToGrow || 'None written.'}</dd>
                <dt>Stretch work</dt>
                <dd>
                  <Show when={p().stretch.length > 0} fallback="None written.">
                    <ul>
                      <For each={p().stretch}>{(s) => <li>{s.text}</li>}</For>
                    </ul>
                  </Show>
                </dd>
              </dl>
            </section>
          )}
        </Show>

        <GoalsSection page={page} values={values} setValues={setValues} />

        <section class="card" aria-labelledby="evidence-heading">
          <h3 id="evidence-heading">What {page.person.name} did this quarter</h3>
          <Show
            when={page.evidence.length > 0 || pickedElsewhere().length > 0}
            fallback={<p class="muted">Turbine holds nothing from this quarter yet: no completed Learn items, done 1:1 action items, decisions or interviews.</p>}
          >
            <p class="hint no-print">Pick what you talked about; it is kept with the check-in.</p>
            <ul class="evidence-list">
              <For each={page.evidence}>
                {(e) => (
                  <li classList={{ 'print-hidden': !isPicked(e.ref) }}>
                    <label>
                      <input
                        type="checkbox"
                        checked={isPicked(e.ref)}
                        onChange={(ev) => setValues('evidence', (list) => (ev.currentTarget.checked ? [...list, { ...e }] : list.filter((x) => x.ref !== e.ref)))}
                      />{' '}
                      {e.text} <span class="muted">({formatDay(e.on)})</span>
                    </label>
                  </li>
                )}
              </For>
              <For each={pickedElsewhere()}>
                {(e) => (
                  <li>
                    <label>
                      <input type="checkbox" checked onChange={() => setValues('evidence', (list) => list.filter((x) => x.ref !== e.ref))} /> {e.text}{' '}
                      <span class="muted">({formatDay(e.on)}, no longer in the workspace)</span>
                    </label>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>

        <section class="card" aria-labelledby="strengths-heading">
          <h3 id="strengths-heading">Strengths and wins</h3>
          <For each={values.strengths}>
            {(s, i) => (
              <fieldset class="strength">
                <legend>Strength {i() + 1}</legend>
                <Field id={`strength-${i()}`} label="Strength">
                  {(c) => <input {...c} value={s.text} maxLength={500} onInput={(e) => setValues('strengths', i(), 'text', e.currentTarget.value)} />}
                </Field>
                <Field id={`strength-${i()}-use`} label="How it was used">
                  {(c) => <textarea {...c} rows={2} value={s.howUsed} onInput={(e) => setValues('strengths', i(), 'howUsed', e.currentTarget.value)} />}
                </Field>
                <button type="button" class="link no-print" onClick={() => setValues('strengths', (list) => list.filter((_, j) => j !== i()))}>
                  Remove strength {i() + 1}
                </button>
              </fieldset>
            )}
          </For>
          <Show when={values.strengths.length < MAX_STRENGTHS}>
            <button type="button" class="no-print" onClick={() => setValues('strengths', (list) => [...list, { text: '', howUsed: '' }])}>
              Add a strength
            </button>
          </Show>
          <For each={values.wins}>
            {(w, i) => (
              <div class="row">
                <Field id={`win-${i()}`} label={`Win ${i() + 1}`} class="grow">
                  {(c) => <input {...c} value={w} maxLength={500} onInput={(e) => setValues('wins', i(), e.currentTarget.value)} />}
                </Field>
                <button type="button" class="link no-print" onClick={() => setValues('wins', (list) => list.filter((_, j) => j !== i()))}>
                  Remove win {i() + 1}
                </button>
              </div>
            )}
          </For>
          <Show when={values.wins.length < MAX_WINS}>
            <button type="button" class="no-print" onClick={() => setValues('wins', (list) => [...list, ''])}>
              Add a win
            </button>
          </Show>
        </section>

        <section class="card" aria-labelledby="growing-heading">
          <h3 id="growing-heading">Growing</h3>
          <Field id="areas-to-grow" label="Areas to grow" hint={previous?.areasToGrow ? `Last quarter: ${previous.areasToGrow}` : undefined}>
            {(c) => <textarea {...c} rows={3} value={values.areasToGrow} onInput={(e) => setValues('areasToGrow', e.currentTarget.value)} />}
          </Field>
          <For each={values.stretch}>
            {(s, i) => (
              <fieldset class="stretch">
                <legend>Stretch work {i() + 1}</legend>
                <Field id={`stretch-${i()}`} label="What">
                  {(c) => <input {...c} value={s.text} maxLength={500} onInput={(e) => setValues('stretch', i(), 'text', e.currentTarget.value)} />}
                </Field>
                <div class="row">
                  <Field id={`stretch-${i()}-system`} label="In the system">
                    {(c) => (
                      <select {...c} onChange={(e) => setValues('stretch', i(), 'systemId', e.currentTarget.value || undefined)}>
                        <option value="" selected={!s.systemId}>
                          None
                        </option>
                        <For each={page.systems}>
                          {(x) => (
                            <option value={x.id} selected={s.systemId === x.id}>
                              {x.name}
                            </option>
                          )}
                        </For>
                      </select>
                    )}
                  </Field>
                  <Field id={`stretch-${i()}-capability`} label="Growing the capability">
                    {(c) => (
                      <select {...c} onChange={(e) => setValues('stretch', i(), 'capabilityId', e.currentTarget.value || undefined)}>
                        <option value="" selected={!s.capabilityId}>
                          None
                        </option>
                        <For each={page.capabilities}>
                          {(x) => (
                            <option value={x.id} selected={s.capabilityId === x.id}>
                              {x.name}
                            </option>
                          )}
                        </For>
                      </select>
                    )}
                  </Field>
                </div>
                <button type="button" class="link no-print" onClick={() => setValues('stretch', (list) => list.filter((_, j) => j !== i()))}>
                  Remove stretch work {i() + 1}
                </button>
              </fieldset>
            )}
          </For>
          <button type="button" class="no-print" onClick={() => setValues('stretch', (list) => [...list, { text: '' }])}>
            Add stretch work
          </button>
        </section>

        <LevelsSection
          page={page}
          values={values}
          setValues={setValues}
          confirmedAt={confirmedAt}
          changedSinceConfirmed={changedSinceConfirmed}
          onConfirm={() => void confirm()}
          confirming={confirming}
        />

        <SelfReviewExchange page={page} values={values} hooks={selfReview} />

        <section class="card" aria-labelledby="feedback-heading">
          <h3 id="feedback-heading">Feedback</h3>
          <Field id="feedback-asked" label="Feedback asked for">
            {(c) => <textarea {...c} rows={2} value={values.feedbackAsked} onInput={(e) => setValues('feedbackAsked', e.currentTarget.value)} />}
          </Field>
          <Field id="feedback-given" label="Feedback given">
            {(c) => <textarea {...c} rows={2} value={values.feedbackGiven} onInput={(e) => setValues('feedbackGiven', e.currentTarget.value)} />}
          </Field>
        </section>

        <EngagementSection values={values} setValues={setValues} />
        <GrowthStageSection values={values} setValues={setValues} />
        <ManagerNotesSection values={values} setValues={setValues} />

        <p class="no-print">
          <a href={href('grow')}>Back to all check-ins</a>
        </p>
        <ActionStatus action={confirming} pendingText="Entering the levels…" />
      </form>
    </>
  );
}
