/**
 * "Try it with a sample team": loads the generated sample workspace, merged with whatever is
 * there. The page passes its action and shows its ActionStatus, so a failure reads like any other.
 */
import { commitImport } from '../../db/workspace.ts';
import { localToday } from '../../domain/dates.ts';
import type { Action } from '../../state/action.ts';

export default function SampleTeamButton(props: { action: Action }) {
  const load = () =>
    props.action.run('load the sample team', async () => {
      // Loaded on demand so Home does not ship the sample generator to people who never click.
      const { sampleWorkspace } = await import('../../domain/sample-team.ts');
      await commitImport(sampleWorkspace(localToday()), 'merge');
    });
  return (
    <button type="button" onClick={() => void load()} disabled={props.action.pending()} aria-busy={props.action.pending()}>
      {props.action.pending() ? 'Loading the sample team…' : 'Try it with a sample team'}
    </button>
  );
}
