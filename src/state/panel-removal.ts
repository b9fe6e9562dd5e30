/** Live kit documents removed from the team's sync server, now or as soon as it can be reached. */
import { panelSettings, pendingRemovals, setPendingRemovals } from './panel-settings.ts';

/**
 * Removes a candidate's live kit documents from the team's server, for a candidate anonymised or
 * deleted here: the server keeps nothing the workspace no longer has. When the server cannot be
 * reached (or no panel is set up on this device), the documents wait, and the Candidates page
 * removes them once it can.
 */
export async function removeLiveKits(documents: readonly string[]): Promise<'removed' | 'later'> {
  const settings = panelSettings();
  if (documents.length === 0) return 'removed';
  try {
    if (!settings) throw new Error('no panel on this device');
    const panel = await import('./panel.ts');
    await panel.removeKitDocuments(settings, documents);
    return 'removed';
  } catch {
    setPendingRemovals([...pendingRemovals(), ...documents]);
    return 'later';
  }
}
