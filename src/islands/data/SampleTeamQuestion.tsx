/** "Try it with a sample team", asked first: for a workspace that already holds the manager's own data. */
import type { Action } from '../../state/action.ts';
import Confirm from '../../components/Confirm.tsx';
import { loadSampleTeam } from './SampleTeamButton.tsx';

export default function SampleTeamQuestion(props: { action: Action }) {
  return (
    <Confirm
      variant="panel"
      question="Your workspace already holds your own data. Load the sample team beside it? Its eight made-up people, ratings and plans will show in your matrix, insights and lists until you remove them here (they are marked as sample data)."
      confirmLabel="Load the sample team beside my data"
      keepLabel="Keep my workspace as it is"
      busy={props.action.pending()}
      onConfirm={() => loadSampleTeam(props.action)}
    >
      Try it with a sample team
    </Confirm>
  );
}
