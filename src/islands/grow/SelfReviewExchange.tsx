/**
 * The manager's side of the self-review: export a file for the person (only their part),
 * see which files were given and answered, and import a reply with a preview before its
 * answers join the check-in.
 */
import { createSignal, For, Show } from 'solid-js';
import type { CheckInPage } from '../../db/grow.ts';
import type { IssuedSelfReview } from '../../schemas/check-in.ts';
import { href } from '../../state/routes.ts';
import { readSelfReviewReply, selfReviewFile, selfReviewFileName, type SelfReviewReply } from '../../io/self-review-file.ts';
import { digestOf } from '../../io/exchange.ts';
import { selfReviewPartOf } from '../../domain/grow/self-review.ts';
import { scaleLookup } from '../../domain/matrix-view.ts';
import { formatMoment } from '../../domain/day-format.ts';
import { plural } from '../../domain/words.ts';
import { APP_NAME, APP_VERSION } from '../../app-info.ts';
import { downloadText } from '../../state/download.ts';
import { createAction } from '../../state/action.ts';
import type { Problem } from '../../io/problems.ts';
import type { CheckInValues } from './check-in-values.ts';
import { goalStatusLabel } from './CheckInSections.tsx';
import ActionStatus from '../../components/ActionStatus.tsx';
import ImportRefusal from '../../components/ImportRefusal.tsx';

export interface SelfReviewHooks {
  /** Saves the check-in now; resolves to its id and version, or throws why it could not. */
  saved: () => Promise<{ id: string; updatedAt: string | undefined }>;
  /** Records a file given out; returns the check-in's new version. */
  issue: (issued: IssuedSelfReview) => Promise<void>;
  /** Takes a reply's answers into the form and records it as answered. */
  take: (reply: SelfReviewReply) => Promise<void>;
  issued: () => readonly IssuedSelfReview[];
}

export default function SelfReviewExchange(props: { page: CheckInPage; values: CheckInValues; hooks: SelfReviewHooks }) {
  const action = createAction();
  const [refused, setRefused] = createSignal<{ fileName: string; headline: string; problems: Problem[] }>();
  const [preview, setPreview] = createSignal<{ fileName: string; reply: SelfReviewReply }>();
  let input: HTMLInputElement | undefined;
  const name = () => props.page.person.name;

  const writeFile = async () => {
    await props.hooks.saved();
    const part = selfReviewPartOf(
      {
        person: props.page.person,
        quarter: props.page.quarter,
        values: props.values,
        capabilities: props.page.capabilities,
        scaleOf: scaleLookup(props.page.levelScales),
        lastAreasToGrow: props.page.previous?.areasToGrow ?? '',
      },
      crypto.randomUUID(),
      new Date().toISOString(),
    );
    await props.hooks.issue({ partId: part.partId, issuedAt: part.issuedAt, digest: await digestOf(part) });
    downloadText(JSON.stringify(selfReviewFile(part, { name: APP_NAME, version: APP_VERSION }), null, 2), selfReviewFileName(part), 'application/json');
  };
  const exportFile = () =>
    action.run('export the self-review file', writeFile, `Exported ${name()}’s self-review file. Give it to ${name()}: they open it in Turbine with “Fill in my self-review” and send you the reply.`);

  const choose = async (file: File | undefined) => {
    setRefused(undefined);
    setPreview(undefined);
    if (!file) return;
    const read = await readSelfReviewReply(file.name, await file.text(), {
      personId: props.page.person.id,
      personName: name(),
      quarter: props.page.quarter,
      issued: props.hooks.issued(),
    });
    if (!read.ok) setRefused({ fileName: file.name, headline: read.headline, problems: read.problems });
    else setPreview({ fileName: file.name, reply: read.value });
    if (input) input.value = '';
  };

  const takeIn = async () => {
    const shown = preview();
    if (!shown) return;
    await props.hooks.take(shown.reply);
    setPreview(undefined);
  };
  const take = () => action.run('take the reply into the check-in', takeIn, `${name()}’s answers are in the check-in. Nothing you wrote was replaced.`);

  const goalText = (id: string) => props.values.goals.find((g) => g.id === id)?.text ?? 'A goal no longer in this check-in';
  const capabilityName = (id: string) => props.page.capabilities.find((c) => c.id === id)?.name ?? 'A capability no longer in the library';

  return (
    <section class="card no-print" aria-labelledby="self-review-heading">
      <h3 id="self-review-heading">{name()}’s self-review</h3>
      <p class="hint">
        A file with only {name()}’s part: their goals, the capabilities above with what each level looks like, and last quarter’s areas to grow. Nothing about anyone else and none
        of your notes. The files’ formats: <a href={href('schema/self-review')}>self-review</a> and <a href={href('schema/self-review-reply')}>reply</a> (JSON Schema).
      </p>
      <div class="row">
        <button type="button" disabled={action.pending()} onClick={() => void exportFile()}>
          Export a self-review file for {name()}
        </button>
        <label for="self-review-reply">Import {name()}’s reply</label>
        <input id="self-review-reply" ref={input} type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      <Show when={props.hooks.issued().length > 0}>
        <ul>
          <For each={props.hooks.issued()}>
            {(s) => (
              <li>
                File given {formatMoment(s.issuedAt)}: {s.repliedAt ? `reply taken in ${formatMoment(s.repliedAt)}` : 'no reply yet'}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={refused()}>
        {(r) => <ImportRefusal fileName={r().fileName} headline={r().headline} problems={r().problems} more={0} unchanged="The check-in is unchanged." />}
      </Show>
      <Show when={preview()}>
        {(p) => (
          <div class="notice ok" role="region" aria-label="Their answers">
            <p>
              {p().fileName}: {name()}’s answers of {formatMoment(p().reply.answeredAt)}.
            </p>
            <dl>
              <dt>Strengths</dt>
              <dd>
                {p()
                  .reply.answers.strengths.map((s) => (s.howUsed ? `${s.text}: ${s.howUsed}` : s.text))
                  .join('; ') || 'None written.'}
              </dd>
              <dt>Wins</dt>
              <dd>{p().reply.answers.wins.join('; ') || 'None written.'}</dd>
              <dt>Areas to grow</dt>
              <dd>{p().reply.answers.areasToGrow || 'None written.'}</dd>
              <dt>Goals</dt>
              <dd>
                {p()
                  .reply.answers.goals.map((g) => `${goalText(g.id)}: ${goalStatusLabel[g.status].toLowerCase()}`)
                  .join('; ') || 'None.'}
              </dd>
              <dt>Their levels</dt>
              <dd>
                {p()
                  .reply.answers.levels.map((l) => `${capabilityName(l.capabilityId)} ${l.level}`)
                  .join('; ') || 'None given.'}
              </dd>
            </dl>
            <div class="row">
              <button type="button" onClick={() => void take()}>
                Take {plural(p().reply.answers.levels.length + p().reply.answers.strengths.length + p().reply.answers.wins.length + p().reply.answers.goals.length, 'answer')} into
                the check-in
              </button>
              <button type="button" class="secondary" onClick={() => setPreview(undefined)}>
                Not now
              </button>
            </div>
          </div>
        )}
      </Show>
      <ActionStatus action={action} />
    </section>
  );
}
