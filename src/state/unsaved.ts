/**
 * The warning before leaving a form with unsaved changes. Each open form registers
 * whether it has changes; while any does, the browser asks before the page unloads
 * (another page, reload, closing the tab), and in-page navigation (PageLink, which
 * swaps the view without unloading) asks first with confirmLeave().
 */
import { onCleanup, type Accessor } from 'solid-js';

export const UNSAVED_WARNING = 'You have changes that are not saved. Leave and lose them?';

const dirtyForms = new Set<Accessor<boolean>>();

export function hasUnsavedChanges(): boolean {
  for (const dirty of dirtyForms) if (dirty()) return true;
  return false;
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!hasUnsavedChanges()) return;
  // Browsers show their own wording; preventDefault (and returnValue for older Chromium) asks for it.
  event.preventDefault();
  event.returnValue = '';
}

/** Registers a form's "has changes" for as long as the calling component lives. */
export function guardUnsavedChanges(dirty: Accessor<boolean>): void {
  if (dirtyForms.size === 0) window.addEventListener('beforeunload', onBeforeUnload);
  dirtyForms.add(dirty);
  onCleanup(() => {
    dirtyForms.delete(dirty);
    if (dirtyForms.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  });
}

/** Before an in-page navigation: true when nothing is unsaved or the user chose to leave. */
export function confirmLeave(): boolean {
  return !hasUnsavedChanges() || window.confirm(UNSAVED_WARNING);
}
