/** "Try it with a sample team": loads the generated sample workspace, merged with whatever is there. */
import { createSignal } from 'solid-js';
import { commitImport } from '../../db/workspace.ts';
import { describeError } from '../../domain/errors.ts';
import { localToday } from '../../domain/dates.ts';

export default function SampleTeamButton(props: { onError: (message: string | undefined) => void }) {
  const [busy, setBusy] = createSignal(false);
  const load = async () => {
    setBusy(true);
    props.onError(undefined);
    try {
      // Loaded on demand so Home does not ship the sample generator to people who never click.
      const { sampleWorkspace } = await import('../../domain/sample-team.ts');
      await commitImport(sampleWorkspace(localToday()), 'merge');
    } catch (e) {
      props.onError(describeError(e, 'load the sample team'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={load} disabled={busy()} aria-busy={busy()}>
      {busy() ? 'Loading the sample team…' : 'Try it with a sample team'}
    </button>
  );
}
