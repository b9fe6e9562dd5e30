/**
 * "Try it with a sample team": loads the generated sample workspace, merged with whatever is
 * there. Into a workspace that already holds the manager's own data it asks first: the sample's
 * people and ratings would sit in their matrix and insights until removed. The page passes its
 * action and shows its ActionStatus, so a failure reads like any other.
 */
import { Show } from 'solid-js';
import { commitImport } from '../../db/workspace.ts';
import { localToday } from '../../domain/dates.ts';
import type { Action } from '../../state/action.ts';
import Confirm from '../../components/Confirm.tsx';

export default function SampleTeamButton(props: { action: Action; hasData?: boolean; secondary?: boolean }) {
  const load = () =>
    props.action.run('load the sample team', async () => {
      // Loaded on demand so Home does not ship the sample generator to people who never click.
      const { sampleWorkspace } = await import('../../domain/sample-team.ts');
      await commitImport(sampleWorkspace(localToday()), 'merge');
    });
  return (
    <Show
      when={props.hasData}
      fallback={
        <button type="button" class={props.secondary ? 'secondary' : undefined} onClick={() => void load()} disabled={props.action.pending()} aria-busy={props.action.pending()}>
          {props.action.pending() ? 'Loading the sample team…' : 'Try it with a sample team'}
        </button>
      }
    >
      <Confirm
        variant="panel"
        question="Your workspace already holds your own data. Load the sample team beside it? Its eight made-up people, ratings and plans will show in your matrix, insights and lists until you remove them here (they are marked as sample data)."
        confirmLabel="Load the sample team beside my data"
        keepLabel="Keep my workspace as it is"
        busy={props.action.pending()}
        onConfirm={load}
      >
        Try it with a sample team
      </Confirm>
    </Show>
  );
}
