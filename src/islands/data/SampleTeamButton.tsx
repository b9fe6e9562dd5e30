/**
 * "Try it with a sample team": loads the generated sample workspace, merged with whatever is
 * there. Into a workspace that already holds the manager's own data it asks first
 * (SampleTeamQuestion.tsx, on the Data page; Home offers the sample only to an empty workspace):
 * the sample's people and ratings would sit in their matrix and insights until removed. The
 * page passes its action and shows its ActionStatus, so a failure reads like any other.
 */
import { commitImport } from '../../db/workspace.ts';
import { localToday } from '../../domain/dates.ts';
import type { Action } from '../../state/action.ts';

export const loadSampleTeam = (action: Action) =>
  action.run('load the sample team', async () => {
    // Loaded on demand so Home does not ship the sample generator to people who never click.
    const { sampleWorkspace } = await import('../../domain/sample-team.ts');
    await commitImport(sampleWorkspace(localToday()), 'merge');
  });

export default function SampleTeamButton(props: { action: Action; secondary?: boolean }) {
  return (
    <button type="button" class={props.secondary ? 'secondary' : undefined} onClick={() => void loadSampleTeam(props.action)} disabled={props.action.pending()} aria-busy={props.action.pending()}>
      {props.action.pending() ? 'Loading the sample team…' : 'Try it with a sample team'}
    </button>
  );
}
