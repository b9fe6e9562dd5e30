/**
 * /grow/check-in/?person=…&quarter=…: opens that person's check-in for that quarter (this
 * quarter when none is given), read once: the editor then owns the values and saves them.
 */
import { Match, Switch } from 'solid-js';
import { readOnce } from '../../state/read-once.ts';
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
  const page = params.person && valid ? readOnce(() => readCheckInPage(params.person!, quarter)) : undefined;
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
      <Match when={page?.failed()}>{(r) => <Notice tone="error">{describeError(r().error, 'open the check-in')}</Notice>}</Match>
      <Match when={page?.loading()}>
        <p role="status">Loading…</p>
      </Match>
      <Match when={page?.value() === undefined}>
        <Notice tone="error">
          That person is not in this workspace. Choose someone on <a href={href('grow')}>the check-ins page</a>.
        </Notice>
      </Match>
      <Match when={page?.value()}>{(p) => <CheckInEditor page={p()} />}</Match>
    </Switch>
  );
}
