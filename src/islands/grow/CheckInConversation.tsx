/**
 * The check-in's conversation parts: engagement per BICEPS need, the growth stage in the
 * person's words, and the notes only the manager sees (never printed, never in the
 * person's self-review file).
 */
import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { BicepsNeed, GrowthStage } from '../../schemas/check-in.ts';
import type { CheckInValues } from './check-in-values.ts';
import Field from '../../components/Field.tsx';

interface Props {
  values: CheckInValues;
  setValues: SetStoreFunction<CheckInValues>;
}

const needLabel: Record<BicepsNeed, [string, string]> = {
  belonging: ['Belonging', 'feels part of the team'],
  improvement: ['Improvement', 'is getting better at things that matter'],
  choice: ['Choice', 'has a say in what and how'],
  equality: ['Equality', 'is treated fairly'],
  predictability: ['Predictability', 'knows what is coming'],
  significance: ['Significance', 'their work is seen and matters'],
};

export const growthStageLabel: Record<GrowthStage, string> = {
  'ramping-up': 'Ramping up',
  'staying-engaged': 'Staying engaged once the code is familiar',
  'multiplying-impact': 'Multiplying impact through others',
};

const RATINGS = [1, 2, 3, 4, 5] as const;

export function EngagementSection(props: Props) {
  const rating = (key: 'overall' | BicepsNeed, label: string, hint: string) => (
    <Field id={`engagement-${key}`} label={label} hint={hint} class="narrow">
      {(c) => (
        <select {...c} onChange={(e) => props.setValues('engagement', key, e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}>
          <option value="" selected={props.values.engagement[key] === undefined}>
            Not rated
          </option>
          <For each={RATINGS}>
            {(n) => (
              <option value={n} selected={props.values.engagement[key] === n}>
                {n} of 5
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
  return (
    <section class="card" aria-labelledby="engagement-heading">
      <h3 id="engagement-heading">Engagement</h3>
      <p class="hint">Each need from 1 (unmet) to 5 (well met), as the person sees it. Rate only what you talked about; there is no total.</p>
      <div class="row wrap">
        {rating('overall', 'Energy overall', 'drained 1 … thriving 5')}
        <For each={BicepsNeed.options}>{(need) => rating(need, needLabel[need][0], needLabel[need][1])}</For>
      </div>
      <Field id="engagement-note" label="What they said about it">
        {(c) => <textarea {...c} rows={2} value={props.values.engagement.note} onInput={(e) => props.setValues('engagement', 'note', e.currentTarget.value)} />}
      </Field>
    </section>
  );
}

export function GrowthStageSection(props: Props) {
  return (
    <section class="card" aria-labelledby="stage-heading">
      <h3 id="stage-heading">Where they are</h3>
      <fieldset class="choice">
        <legend>Growth stage, as they put it</legend>
        <For each={GrowthStage.options}>
          {(stage) => (
            <label>
              <input type="radio" name="growth-stage" value={stage} checked={props.values.growthStage === stage} onChange={() => props.setValues('growthStage', stage)} />{' '}
              {growthStageLabel[stage]}
            </label>
          )}
        </For>
      </fieldset>
      <Field id="growth-words" label="In their words">
        {(c) => <textarea {...c} rows={2} value={props.values.growthInTheirWords} onInput={(e) => props.setValues('growthInTheirWords', e.currentTarget.value)} />}
      </Field>
    </section>
  );
}

export function ManagerNotesSection(props: Props) {
  return (
    <section class="card manager-only no-print" aria-labelledby="manager-notes-heading">
      <h3 id="manager-notes-heading">Only for you</h3>
      <p class="hint">Never printed and never in the person’s self-review file.</p>
      <div class="row wrap">
        <Field id="ready-for-more" label="Ready for more scope now" class="check" labelAfter>
          {(c) => (
            <input
              {...c}
              type="checkbox"
              checked={props.values.managerNotes.readyForMoreScope}
              onChange={(e) => props.setValues('managerNotes', 'readyForMoreScope', e.currentTarget.checked)}
            />
          )}
        </Field>
        <Field id="at-risk" label="At risk of leaving" class="check" labelAfter>
          {(c) => <input {...c} type="checkbox" checked={props.values.managerNotes.atRisk} onChange={(e) => props.setValues('managerNotes', 'atRisk', e.currentTarget.checked)} />}
        </Field>
      </div>
      <Field id="what-would-keep" label="What would keep them">
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={props.values.managerNotes.whatWouldKeepThem}
            onInput={(e) => props.setValues('managerNotes', 'whatWouldKeepThem', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="private-notes" label="Private notes">
        {(c) => <textarea {...c} rows={3} value={props.values.managerNotes.notes} onInput={(e) => props.setValues('managerNotes', 'notes', e.currentTarget.value)} />}
      </Field>
    </section>
  );
}
