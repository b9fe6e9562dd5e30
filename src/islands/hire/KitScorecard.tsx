/**
 * The interviewer's side of an interview kit, in their own browser with no account: open the
 * kit file the hiring manager sent, write the scorecard around it (the same fields as the
 * scorecard in the manager's Turbine), and save a reply file to send back. Each kit and the
 * scorecard so far stay in this browser, kept as they are typed, until the interviewer clears
 * them, so an interviewer with several candidates this week keeps each one's. Only their own
 * scorecard is ever here: the kit holds nothing of the other interviewers.
 */
import { createComponent, createMemo, createSignal, For, Show, untrack, type Component } from 'solid-js';
import { z } from 'zod';
import { IsoDateTime } from '../../schemas/common.ts';
import { InterviewKitPart, interviewKitReplyFile, interviewKitReplyFileName, readInterviewKitFile, type InterviewKitScorecard } from '../../io/interview-kit-file.ts';
import { dropUnsavedDraft, keepUnsavedDraft, readUnsavedDrafts } from '../../db/unsaved-drafts.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { downloadText } from '../../state/download.ts';
import { readLiveLink, type LiveLink } from '../../state/panel-settings.ts';
import type { Problem } from '../../io/problems.ts';
import Confirm from '../../components/Confirm.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';
import { day } from './candidate-helpers.ts';
import { KeptScorecardValues } from './ScorecardFields.tsx';
import ScoreKitForm, { blankValues, briefOf } from './ScoreKitForm.tsx';

/**
 * Yjs and the sync client load only for a live link: a plain import(), since solid's lazy() would
 * bring Suspense into the code every page shares (Home's included).
 */
function LiveKit(props: { link: LiveLink }) {
  const [view, setView] = createSignal<Component<{ link: LiveLink }>>();
  const [failed, setFailed] = createSignal(false);
  import('./LiveKitScorecard.tsx').then((m) => setView(() => m.default), () => setFailed(true));
  return (
    <Show when={view()} fallback={<p role={failed() ? 'alert' : 'status'}>{failed() ? 'The live kit could not be loaded: reload the page to try again.' : 'Loading…'}</p>}>
      {(live) => createComponent(live(), { link: props.link })}
    </Show>
  );
}

/** Each kit is kept under its own key, so that several can wait in one browser. */
const KEPT = 'interview-kit:';

/** What this browser keeps of one kit: the file, the scorecard so far, and when a reply was last saved. */
const Kept = z.object({ part: InterviewKitPart, values: KeptScorecardValues, replySavedAt: IsoDateTime.optional() });
type Kept = z.infer<typeof Kept>;


const keptKits = () =>
  readUnsavedDrafts(KEPT, Kept)
    .map((d) => d.values)
    .sort((a, b) => a.part.issuedAt.localeCompare(b.part.issuedAt));

const kitTitle = (part: InterviewKitPart) => `${part.candidate.name}, ${part.stage.name}`;

export default function KitScorecard() {
  // A live link from the hiring manager: the kit comes from the team's sync server instead of a file.
  const live = readLiveLink(window.location.hash);
  return (
    <Show when={live} fallback={<KitFiles />}>
      {(link) => <LiveKit link={link()} />}
    </Show>
  );
}

function KitFiles() {
  // What earlier visits kept, if it still reads as a kit (one kept by an older Turbine may not).
  const initial = keptKits();
  const [kits, setKits] = createSignal<Kept[]>(initial);
  const [openId, setOpenId] = createSignal(initial[0]?.part.partId);
  const [refused, setRefused] = createSignal<{ fileName: string; headline: string; problems: Problem[] }>();
  const [opened, setOpened] = createSignal<string>();
  const current = createMemo(() => kits().find((k) => k.part.partId === openId()));

  const open = async (file: File | undefined, input: HTMLInputElement) => {
    setRefused(undefined);
    setOpened(undefined);
    if (!file) return;
    const read = readInterviewKitFile(file.name, await file.text());
    input.value = '';
    if (!read.ok) return setRefused({ fileName: file.name, headline: read.headline, problems: read.problems });
    const part = read.value;
    const already = kits().some((k) => k.part.partId === part.partId);
    if (!already) {
      keepUnsavedDraft<Kept>(KEPT + part.partId, { part, values: blankValues(part) });
      setKits(keptKits());
    }
    setOpenId(part.partId);
    setOpened(already ? `${kitTitle(part)} was open already: your scorecard so far is kept.` : `Opened the kit for ${kitTitle(part)}.`);
  };

  const clear = (partId: string) => {
    dropUnsavedDraft(KEPT + partId);
    const left = keptKits();
    setKits(left);
    setOpened(undefined);
    if (openId() === partId) setOpenId(left[0]?.part.partId);
  };

  return (
    <div class="stack kit-scorecard">
      <section class="card" aria-labelledby="kit-file-heading">
        <h2 id="kit-file-heading">Your interview kits</h2>
        <p>The hiring manager sends you a kit file for each candidate and stage you interview. Open it here; what you write stays in this browser until you clear it.</p>
        <div class="row">
          <label for="kit-file">Open an interview kit</label>
          <input id="kit-file" type="file" accept="application/json,.json" onChange={(e) => void open(e.currentTarget.files?.[0], e.currentTarget)} />
        </div>
        <Show when={opened()}>
          <p class="notice ok" role="status">
            {opened()}
          </p>
        </Show>
        <Show when={refused()}>{(r) => <ImportRefusal fileName={r().fileName} headline={r().headline} problems={r().problems} more={0} unchanged="Nothing was opened." />}</Show>
        <Show when={kits().length > 1}>
          <nav aria-label="Kits in this browser">
            <ul class="kit-list">
              <For each={kits()}>
                {(k) => (
                  <li>
                    <button type="button" class="link-button" aria-current={k.part.partId === openId() ? 'true' : undefined} onClick={() => setOpenId(k.part.partId)}>
                      {kitTitle(k.part)}
                    </button>
                    {k.part.due ? ` · wanted by ${day(k.part.due)}` : ''}
                    {k.replySavedAt ? ' · reply saved' : ''}
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>
      </section>

      {/* Made again only for another kit: saving a reply updates the list, not the form. */}
      <Show when={current()?.part.partId} keyed>
        {(partId) => <KitForm kept={current()!} onClear={() => clear(partId)} onKept={() => setKits(keptKits())} />}
      </Show>
    </div>
  );
}

function KitForm(props: { kept: Kept; onClear: () => void; onKept: () => void }) {
  const { part } = untrack(() => props.kept);
  const key = KEPT + part.partId;
  let replySavedAt = untrack(() => props.kept.replySavedAt);
  let values = untrack(() => props.kept.values);
  const keep = () => keepUnsavedDraft<Kept>(key, { part, values, ...(replySavedAt ? { replySavedAt } : {}) });
  const onKept = untrack(() => props.onKept);
  const [brief, setBrief] = createSignal(briefOf(part, replySavedAt));
  const saveReply = async (scorecard: InterviewKitScorecard) => {
    const file = await interviewKitReplyFile(part, scorecard, { name: APP_NAME, version: APP_VERSION });
    downloadText(JSON.stringify(file, null, 2), interviewKitReplyFileName(part), 'application/json');
    replySavedAt = scorecard.submittedAt;
    keep();
    setBrief(briefOf(part, replySavedAt));
    onKept();
  };
  return (
    <ScoreKitForm
      part={part}
      initial={values}
      onValues={(next) => {
        values = next;
        keep();
      }}
      submitLabel="Save my scorecard reply"
      doing="save your scorecard reply"
      done="Your scorecard reply is saved as a file. Send it to the hiring manager: it becomes your scorecard in their Turbine."
      hint="Saving checks that every capability has a score or “No signal” and that you chose a recommendation. You can save again after a change: the hiring manager chooses which reply stays."
      brief={brief()}
      submit={saveReply}
    >
      <Confirm
        variant="inline"
        question={`Clear ${part.candidate.name}’s kit and your scorecard from this browser? Save your reply first if you have not sent it.`}
        confirmLabel="Clear it"
        keepLabel="Keep it"
        onConfirm={props.onClear}
      >
        Clear from this browser
      </Confirm>
    </ScoreKitForm>
  );
}
