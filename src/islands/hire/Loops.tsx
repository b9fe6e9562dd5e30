/**
 * Interview loops: reusable templates of ordered stages, each with the capabilities it
 * assesses, its interviewers, duration (a time box for take-homes), questions from the bank
 * and a rubric. The loop checks run on every edit, against the must-haves of the openings
 * that use the loop (or a chosen opening), and link to the stage they are about. A loop can
 * be duplicated, exported as a file and imported from one (checked and previewed first).
 */
import { createEffect, For, Show, untrack } from 'solid-js';
import { z } from 'zod';
import { createLiveStore } from '../../state/live-store.ts';
import { describeError } from '../../domain/errors.ts';
import { createLoop, readLoopsPage } from '../../db/hire-setup.ts';
import { joinNames } from '../../domain/hire/setup.ts';
import { createUrlState } from '../../state/url-state.ts';
import { createAction } from '../../state/action.ts';
import { createForm } from '../../state/form.ts';
import { Name } from '../../schemas/common.ts';
import ActionStatus from '../../components/ActionStatus.tsx';
import Field from '../../components/Field.tsx';
import FormActions from '../../components/FormActions.tsx';
import PageLink from '../../components/PageLink.tsx';
import { plural } from './loop-helpers.ts';
import LoopEditor from './LoopEditor.tsx';
import LoopImport from './LoopImport.tsx';

export default function Loops() {
  const data = createLiveStore(readLoopsPage);
  const url = createUrlState('hire/loops');
  const selected = () => url.params().loop;
  // What the page reports: a loop created, saved, duplicated, exported, deleted or imported.
  const action = createAction();
  const newLoop = createForm({ initial: { name: '' }, schema: z.object({ name: Name }), doing: 'create the loop' });

  const select = (id: string | undefined) => url.go({ loop: id });
  /** Arriving from an opening's "Build its interview loop" (?opening=): the loop created here is attached to it. */
  const forOpening = () => {
    const id = url.params().opening;
    return id ? data.data()?.openings.find((o) => o.id === id) : undefined;
  };
  // Named after the opening, once its title is read; the manager may rename it before creating.
  let named = false;
  createEffect(() => {
    const o = forOpening();
    if (named || !o) return;
    named = true;
    if (newLoop.values.name === '') newLoop.reset({ name: `${o.title} loop` });
  });

  const create = async (event: SubmitEvent) => {
    action.clear();
    const opening = forOpening();
    let created: { id: string; name: string } | undefined;
    const ok = await newLoop.submit(event, async (values) => void (created = await createLoop(values.name.trim(), opening?.id)), { reset: { name: '' } });
    if (!ok || !created) return;
    select(created.id);
    action.report(opening ? `Created ${created.name} for ${opening.title}: its candidates go through it. Add its stages below.` : `Created ${created.name}. Add its stages below.`);
  };

  return (
    <Show when={data.data()} fallback={data.error() ? <p class="notice error" role="alert">{describeError(data.error(), 'read your workspace')}</p> : <p role="status">Loading…</p>}>
      {(d) => (
        <div class="stack">
          <section class="card" aria-labelledby="loops-heading">
            <h2 id="loops-heading">Interview loops</h2>
            <Show when={d().loops.length > 0} fallback={<p class="muted">No loops yet. A loop is the same ordered set of stages for every candidate of an opening: create one below.</p>}>
              <ul class="loop-list">
                <For each={d().loops}>
                  {(l) => (
                    <li>
                      <PageLink
                        href={url.href({ loop: l.id })}
                        aria-current={selected() === l.id ? 'true' : undefined}
                        onNavigate={() => {
                          action.clear();
                          select(l.id);
                        }}
                      >
                        {l.name}
                      </PageLink>{' '}
                      <span class="muted">
                        {l.stages.map((s) => s.name).join(' → ') || 'no stages yet'}
                        {d().openings.some((o) => o.loopId === l.id) ? ` · used by ${joinNames(d().openings.filter((o) => o.loopId === l.id).map((o) => o.title))}` : ''}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={forOpening()}>
              {(o) => (
                <p class="notice ok" role="status">
                  <Show
                    when={!o().loopId}
                    fallback={<>{o().title} already has a loop: {d().loops.find((l) => l.id === o().loopId)?.name ?? 'one no longer in the workspace'}.</>}
                  >
                    Building the interview loop for <strong>{o().title}</strong>: the loop you create here becomes its loop, and its checks run against its must-haves.
                  </Show>
                </p>
              )}
            </Show>
            <form class="row new-loop" onSubmit={(e) => void create(e)} aria-busy={newLoop.action.pending()} novalidate>
              <Field id="new-loop-name" label="Name of a new loop" error={newLoop.error('name')}>
                {(control) => <input {...control} value={newLoop.values.name} onInput={(e) => newLoop.set('name', e.currentTarget.value)} maxLength={200} />}
              </Field>
              <FormActions action={newLoop.action} submitLabel="Create loop" />
            </form>
          </section>
          <ActionStatus action={action} />
          <Show when={selected()} keyed>
            {(id) => (
              <Show when={d().loops.find((l) => l.id === id)} fallback={<p class="notice warn" role="status">That loop is no longer in your workspace. Choose another one above.</p>}>
                {(loop) => (
                  <LoopEditor
                    initial={untrack(loop)}
                    data={d()}
                    page={action}
                    onSelect={(next) => select(next)}
                  />
                )}
              </Show>
            )}
          </Show>
          <LoopImport
            data={d()}
            onImported={(plan) => {
              select(plan.loop.id);
              action.report(`Imported ${plan.loop.name}: ${plural(plan.loop.stages.length, 'stage')}, ${plural(plan.questions.add.length, 'question')} added to the bank, ${plural(plan.capabilities.add.length, 'capability', 'capabilities')} added to the library.`);
            }}
          />
        </div>
      )}
    </Show>
  );
}
