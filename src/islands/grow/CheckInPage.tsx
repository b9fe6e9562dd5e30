/**
 * /grow/check-in/?person=…&quarter=…: opens that person's check-in for that quarter (this
 * quarter when none is given), read once: the editor then owns the values and saves them.
 */
import { createResource, Match, Switch } from 'solid-js';
import { readCheckInPage } from '../../db/grow.ts';
import { paramsOf, href } from '../../state/routes.ts';
import { thisQuarter } from '../../domain/dates.ts';
import { Quarter } from '../../schemas/quarter.ts';
import { describeError } from '../../domain/errors.ts';
import CheckInEditor from './CheckInEditor.tsx';
import Notice from '../../components/Notice.tsx';

export default function CheckInPage() {
  const params = paramsOf('grow/check-in', location.search);
  const quarter = params.quarter ?? thisQuarter();
  const valid = Quarter.safeParse(quarter).success;
  const [page] = createResource(
    () => (params.person && valid ? { person: params.person, quarter } : undefined),
    ({ person, quarter }) => readCheckInPage(person, quarter),
  );
  return (
    <Switch>
      <Match when={!params.person}>
        <Notice tone="warn">
          Choose a person on <a href={href('grow')}>the check-ins page</a>.
        </Notice>
      </Match>
      <Match when={!valid}>
        <Notice tone="error">“{quarter}” is not a quarter: quarters look like 2026-Q4.</Notice>
      </Match>
      <Match when={page.error}>
        <Notice tone="error">{describeError(page.error, 'open the check-in')}</Notice>
      </Match>
      <Match when={page.loading}>
        <p role="status">Loading…</p>
      </Match>
      <Match when={page() === undefined}>
        <Notice tone="error">
          That person is not in this workspace. Choose someone on <a href={href('grow')}>the check-ins page</a>.
        </Notice>
      </Match>
      <Match when={page()}>{(p) => <CheckInEditor page={p()} />}</Match>
    </Switch>
  );
}
