/**
 * Saves that cannot silently overwrite. A form keeps the record as it read it,
 * `updatedAt` included; the save checks, inside its transaction, that the stored
 * record is still that version. If another tab saved it since, or it is gone (deleted,
 * or the workspace was replaced or started over elsewhere), the save is refused with
 * an error the form can show, next to the fresh version where there is one.
 */
import type { Table } from 'dexie';
import { wasWorkspaceReplacedElsewhere } from './lifecycle.ts';

/** Another tab (or window) saved this record after this form read it. */
export class StaleRecordError<T = unknown> extends Error {
  override readonly name = 'StaleRecordError';
  /** The record as it is stored now. */
  readonly fresh: T;
  constructor(what: string, fresh: T) {
    super(`${what} was changed in another tab after you opened it. Nothing was saved and your changes are still in the form: copy what you need, then close the form (or reload the page) to see the saved version and edit that.`);
    this.fresh = fresh;
  }
}

/** The record this form edits is no longer in the workspace. */
export class GoneRecordError extends Error {
  override readonly name = 'GoneRecordError';
  constructor(what: string) {
    super(`${what} is no longer in this workspace: it was removed, or the workspace was replaced in another tab. Nothing was saved; copy your text before you reload.`);
  }
}

/** Another tab replaced the workspace (import or start over) after this tab loaded it. */
export class ReplacedWorkspaceError extends Error {
  override readonly name = 'ReplacedWorkspaceError';
  constructor() {
    super('The workspace was replaced in another tab, so this page shows one that no longer exists. Nothing was saved; copy your text, then reload the page.');
  }
}

/**
 * The moment a command stamps on what it writes: now, but always later than the version it
 * replaces. Two saves within one millisecond (or a clock that stepped back) would otherwise
 * share a stamp, and a form holding the first would pass the freshness check over the second.
 */
export function stamp(replaces?: string): string {
  const now = Date.now();
  const previous = replaces === undefined ? Number.NaN : Date.parse(replaces);
  return new Date(Number.isNaN(previous) || now > previous ? now : previous + 1).toISOString();
}

/**
 * For an edit (the record has an id that was read from storage): the stored record,
 * after checking it is the version the form read. For a new record: undefined.
 */
export async function checkFresh<T extends { id: string; updatedAt?: string }>(
  table: Table<T, string>,
  edited: { id: string; updatedAt?: string | undefined },
  what: string,
): Promise<T>;
export async function checkFresh<T extends { id: string; updatedAt?: string }>(
  table: Table<T, string>,
  edited: { id?: string | undefined; updatedAt?: string | undefined },
  what: string,
): Promise<T | undefined>;
export async function checkFresh<T extends { id: string; updatedAt?: string }>(
  table: Table<T, string>,
  edited: { id?: string | undefined; updatedAt?: string | undefined },
  what: string,
): Promise<T | undefined> {
  if (wasWorkspaceReplacedElsewhere()) throw new ReplacedWorkspaceError();
  if (edited.id === undefined) return undefined;
  const stored = await table.get(edited.id);
  if (!stored) throw new GoneRecordError(what);
  if (stored.updatedAt !== edited.updatedAt) throw new StaleRecordError(what, stored);
  return stored;
}
