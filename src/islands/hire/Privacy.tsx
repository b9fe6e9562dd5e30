/**
 * Privacy and retention: how long a closed candidate's personal data is kept, who is due
 * for removal, and "Anonymise" or "Delete" for each, both showing exactly what will go
 * before asking to confirm. Also the calibration export without personal data, for a
 * recruiting partner. Every write goes through src/db/hire-privacy.ts.
 *
 * The sections are plain functions of one snapshot, not components: LiveSection re-renders
 * the whole view on every change (keyed), so nothing inside needs to track its inputs.
 */
import { createSignal, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveQuery } from '../../state/live-query.ts';
import { createAction, type Action as ActionRun } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { removeLiveKits } from '../../state/panel-removal.ts';
import { anonymiseCandidate, deleteCandidate, previewRemoval, readPrivacy, setRetentionDays, type PrivacyData, type RemovalPreview } from '../../db/hire-privacy.ts';
import { readCalibrationData } from '../../db/hire-calibration.ts';
import { dueForRetention, retentionDate, type Removal } from '../../domain/hire/retention.ts';
import { formatDay } from '../../domain/day-format.ts';
import { localToday } from '../../domain/dates.ts';
import { calibrationFile, calibrationFileName } from '../../io/calibration-file.ts';
import { downloadText } from '../../state/download.ts';
import { describeError } from '../../domain/errors.ts';
import LiveSection from '../../components/LiveSection.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import Notice from '../../components/Notice.tsx';
import type { Candidate } from '../../schemas/hiring.ts';
import { statusLabels } from './candidate-helpers.ts';
import { capitalise, plural } from '../../domain/words.ts';

type RemovalKind = 'anonymise' | 'delete';

export default function Privacy() {
  const query = createLiveQuery(readPrivacy);
  // Outside the live section, so a report survives the re-render its own write causes.
  const action = createAction();
  return (
    <div class="stack">
      <ActionStatus action={action} />
      <LiveSection query={query}>{(d) => privacyView({ data: d, action })}</LiveSection>
      <CalibrationExport />
    </div>
  );
}

/** "Name", "Evidence notes on scorecards (5)": a count only where there is more than one, never "Name: 1". */
const removalText = (r: Removal) => `${capitalise(r.what)}${r.count > 1 ? ` (${r.count})` : ''}`;

function privacyView(v: { data: PrivacyData; action: ActionRun }) {
  const today = localToday();
  const due = dueForRetention(v.data.candidates, today, v.data.settings);
  const dueIds = new Set(due.map((d) => d.candidate.id));
  const later = v.data.candidates
    .filter((c) => (c.status === 'rejected' || c.status === 'withdrawn') && !c.anonymisedAt && !dueIds.has(c.id))
    .map((candidate) => ({ candidate, retentionDate: retentionDate(candidate, v.data.settings) }))
    .sort((a, b) => (a.retentionDate ?? '').localeCompare(b.retentionDate ?? ''));
  const anonymised = v.data.candidates.filter((c) => c.anonymisedAt).length;
  const openingTitle = new Map(v.data.openings.map((o) => [o.id, o.title]));

  const [pending, setPending] = createSignal<{ action: RemovalKind; preview: RemovalPreview }>();
  // Reading what would go writes nothing, so its failure is its own notice rather than a write's status.
  const [readError, setReadError] = createSignal<string>();
  const ask = async (action: RemovalKind, candidate: Candidate) => {
    setReadError(undefined);
    v.action.clear();
    try {
      setPending({ action, preview: await previewRemoval(candidate.id) });
    } catch (e) {
      setReadError(describeError(e, 'read what would be removed'));
    }
  };
  const confirm = async () => {
    const p = pending();
    if (!p) return;
    const id = p.preview.candidate.id;
    let done = '';
    const ok = await v.action.run(p.action === 'anonymise' ? 'anonymise the candidate' : 'delete the candidate', async () => {
      if (p.action === 'anonymise') {
        const removed = await anonymiseCandidate(id, new Date().toISOString());
        done = `Anonymised. Removed ${removed.map((r) => r.what).join(', ') || 'nothing more'}; scores and recommendations stay for calibration.`;
      } else {
        const removed = await deleteCandidate(id);
        done = `Deleted the candidate with ${plural(removed.find((r) => r.what === 'scorecards')?.count ?? 0, 'scorecard')}.`;
      }
    });
    if (!ok) return;
    const live = p.preview.candidate.interviewKits.flatMap((k) => (k.live ? [k.live.document] : []));
    if (live.length > 0)
      done += (await removeLiveKits(live)) === 'removed' ? ' Their live kits were removed from the sync server.' : ' Their live kits will be removed from the sync server as soon as it can be reached.';
    v.action.report(done);
    setPending(undefined);
  };

  const table = (rows: { candidate: Candidate; retentionDate: string | undefined }[], caption: string) => (
    <div class="table-scroll">
      <table class="privacy-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th><th scope="col">Opening</th><th scope="col">Status</th>
            <th scope="col">Retention date</th><th scope="col">Remove personal data</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows}>
            {(r) => (
              <tr>
                <th scope="row">{r.candidate.name}</th>
                <td>{openingTitle.get(r.candidate.openingId) ?? ''}</td>
                <td>{statusLabels[r.candidate.status]}</td>
                <td>{r.retentionDate ? formatDay(r.retentionDate) : 'unknown: nothing dated'}</td>
                <td class="row-actions">
                  <button type="button" class="small secondary" onClick={() => void ask('anonymise', r.candidate)}>
                    Anonymise<span class="visually-hidden"> {r.candidate.name}</span>
                  </button>
                  <button type="button" class="small secondary" onClick={() => void ask('delete', r.candidate)}>
                    Delete<span class="visually-hidden"> {r.candidate.name}</span>
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <RetentionSetting days={v.data.settings.retentionDays} page={v.action} />

      <section class="card" aria-labelledby="due-heading">
        <h2 id="due-heading">Due for removal ({due.length})</h2>
        <p class="hint">
          Rejected and withdrawn candidates whose retention date has come. Anonymise removes their name, contact details and every free-text note about them but keeps
          scores for calibration; delete removes the candidate and their scorecards.
        </p>
        <Show when={due.length > 0} fallback={<p class="muted">Nobody is due. {anonymised > 0 ? `${anonymised} ${anonymised === 1 ? 'candidate is' : 'candidates are'} already anonymised.` : ''}</p>}>
          {table(due, 'Candidates due for removal')}
          <Show when={anonymised > 0}>
            <p class="hint">{anonymised} {anonymised === 1 ? 'candidate is' : 'candidates are'} already anonymised.</p>
          </Show>
        </Show>
      </section>

      <Show when={pending()} keyed>
        {(p) => confirmPanel({ pending: p, onConfirm: () => void confirm(), onCancel: () => setPending(undefined) })}
      </Show>
      <Show when={readError()}>{(text) => <Notice tone="error">{text()}</Notice>}</Show>

      <section class="card" aria-labelledby="later-heading">
        <h2 id="later-heading">Not due yet ({later.length})</h2>
        <p class="hint">Other rejected and withdrawn candidates, with the day their personal data falls due. You can remove it sooner.</p>
        <Show when={later.length > 0} fallback={<p class="muted">No other closed candidates hold personal data.</p>}>
          {table(later, 'Closed candidates not yet due')}
        </Show>
      </section>
    </>
  );
}

function confirmPanel(v: { pending: { action: RemovalKind; preview: RemovalPreview }; onConfirm: () => void; onCancel: () => void }) {
  const name = v.pending.preview.candidate.name;
  const anonymise = v.pending.action === 'anonymise';
  const removals = anonymise ? v.pending.preview.anonymise : v.pending.preview.delete;
  return (
    <section class="card notice warn confirm-removal" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">
        {anonymise ? `Anonymise ${name}?` : `Delete ${name}?`}
      </h2>
      <Show when={removals.length > 0} fallback={<p>There is nothing left to remove: this candidate holds no personal data.</p>}>
        <p>This removes, and cannot be undone:</p>
        <ul aria-label="What will be removed">
          <For each={removals}>{(r) => <li>{removalText(r)}</li>}</For>
        </ul>
      </Show>
      <p>
        {anonymise
          ? 'What stays: source, stage dates, take-home hours, the outcome, scores and recommendations, so calibration still counts them.'
          : 'Their scores will no longer count in calibration. Anonymise instead to keep them.'}
      </p>
      <div class="row">
        <button type="button" class="danger" disabled={anonymise && removals.length === 0} onClick={() => v.onConfirm()}>
          {anonymise ? 'Confirm: anonymise' : 'Confirm: delete'}
        </button>
        {/* The safe answer has the focus, so Enter cannot remove by accident. */}
        <button type="button" class="secondary" ref={(el) => queueMicrotask(() => el.focus())} onClick={() => v.onCancel()}>
          Cancel
        </button>
      </div>
    </section>
  );
}

const RetentionFields = z.object({
  days: z.coerce.number({ error: 'must be a number' }).int('must be a whole number of days').min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days'),
});

/** Made again with each re-render of the view, so it starts from the stored setting; its save is reported by the page. */
function RetentionSetting(props: { days: number; page: ActionRun }) {
  const form = createForm({ initial: { days: String(untrack(() => props.days)) }, schema: RetentionFields, doing: 'save the retention setting' });
  const save = async (e: SubmitEvent) => {
    const page = props.page;
    page.clear();
    const ok = await form.submit(e, (values) => setRetentionDays(Number(values.days)));
    const days = Number(form.values.days);
    if (ok) page.report(`Saved: personal data is due ${days} ${days === 1 ? 'day' : 'days'} after a candidate is turned down or withdraws.`);
  };
  return (
    <section class="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      <form class="field-row retention-form" onSubmit={(e) => void save(e)} aria-busy={form.action.pending()} novalidate>
        <Field id="retention-days" label="Days to keep a closed candidate’s personal data" error={form.error('days')}>
          {(control) => (
            <input
              {...control}
              // The hint sits below the row, where it has room; the error, when there is one, is read first.
              aria-describedby={[control['aria-describedby'], 'retention-hint'].filter(Boolean).join(' ')}
              type="number"
              min="1"
              max="3650"
              step="1"
              required
              value={form.values.days}
              onInput={(e) => form.set('days', e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={form.action.pending()}>Save retention</button>
      </form>
      <p id="retention-hint" class="hint">Counted from the day a candidate is turned down or withdraws. Hired candidates are on the team and are not counted.</p>
      <ActionStatus action={form.action} />
    </section>
  );
}

function CalibrationExport() {
  const [message, setMessage] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const run = async () => {
    setError(undefined);
    setMessage(undefined);
    try {
      const exportedAt = new Date().toISOString();
      const file = calibrationFile(await readCalibrationData(), exportedAt);
      const name = calibrationFileName(exportedAt);
      downloadText(JSON.stringify(file, null, 2), name, 'application/json');
      setMessage(`Exported ${name}: ${file.data.candidates.length} anonymised candidates and ${file.data.scorecards.length} scorecards, without names, contacts, notes or evidence.`);
    } catch (e) {
      setError(describeError(e, 'export calibration data'));
    }
  };
  return (
    <section class="card" aria-labelledby="calibration-export-heading">
      <h2 id="calibration-export-heading">Share calibration data</h2>
      <p>
        A file for a recruiting partner: openings, loops, capability names, every candidate anonymised, and scores and recommendations. No names, contact details,
        notes, evidence, sources or deciders; interviewers appear as “Interviewer 1”, “Interviewer 2”, and so on.
      </p>
      <button type="button" onClick={() => void run()}>Export calibration data</button>
      <p role="status">{message()}</p>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
    </section>
  );
}
