/**
 * /grow/check-in/?person=…&quarter=…: opens that person's check-in for that quarter (this
 * quarter when none is given), read once: the editor then owns the values and saves them.
 * The next person's check-in opens in place, as a manager holds them one after another: the
 * one open is saved first, and the team's part (gaps, where evidence is found) is read once
 * per page.
 */
import { createSignal, Match, Show, Switch } from 'solid-js';
import { readOnce, type ReadOnce } from '../../state/read-once.ts';
import { readCheckInPage, readCheckInTeam, type CheckInPage as CheckInData, type CheckInTeam } from '../../db/grow.ts';
import { paramsOf, href } from '../../state/routes.ts';
import { thisQuarter } from '../../domain/dates.ts';
import { Quarter } from '../../schemas/quarter.ts';
import { describeError } from '../../domain/errors.ts';
import type { Autosave } from '../../state/autosave.ts';
import CheckInEditor from './CheckInEditor.tsx';
import PersonChoice from './PersonChoice.tsx';
import Notice from '../../components/Notice.tsx';

export default function CheckInPage() {
  const params = paramsOf('grow/check-in', location.search);
  const quarter = params.quarter ?? thisQuarter();
  const valid = Quarter.safeParse(quarter).success;
  let team: Promise<CheckInTeam> | undefined;
  const teamOnce = () => (team ??= readCheckInTeam());
  const open = (personId: string) => ({ personId, read: readOnce(() => readCheckInPage(personId, quarter, teamOnce())) });
  const [current, setCurrent] = createSignal<{ personId: string; read: ReadOnce<CheckInData | undefined> } | undefined>(params.person && valid ? open(params.person) : undefined);
  const everyone = params.person && valid ? readOnce(teamOnce) : undefined;
  let autosave: Autosave | undefined;
  const choose = async (personId: string) => {
    // Saved before the next opens; a save that fails keeps this check-in open, with its text and why.
    if (autosave && !(await autosave.flush())) return false;
    autosave = undefined;
    setCurrent(open(personId));
    history.replaceState(history.state, '', href('grow/check-in', { person: personId, quarter: params.quarter }));
    return true;
  };
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
      <Match when={current()}>
        {(c) => (
          <>
            <Show when={everyone?.value()}>{(t) => <PersonChoice label="Check-in for" people={t().people} personId={c().personId} onChoose={choose} />}</Show>
            <Switch>
              <Match when={c().read.failed()}>{(r) => <Notice tone="error">{describeError(r().error, 'open the check-in')}</Notice>}</Match>
              <Match when={c().read.loading()}>
                <p role="status">Loading…</p>
              </Match>
              <Match when={c().read.value() === undefined}>
                <Notice tone="error">
                  That person is not in this workspace. Choose someone on <a href={href('grow')}>the check-ins page</a>.
                </Notice>
              </Match>
              <Match when={c().read.value()} keyed>
                {(p) => <CheckInEditor page={p} onAutosave={(a) => (autosave = a)} />}
              </Match>
            </Switch>
          </>
        )}
      </Match>
    </Switch>
  );
}
