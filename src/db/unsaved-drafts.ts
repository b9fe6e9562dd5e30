/**
 * A form's text kept the moment it is typed, in localStorage, until the form's own save
 * has written it to the database: the autosave waits for a pause in typing, and a tab
 * closed or crashed within that pause must not lose what was typed (src/state/autosave.ts).
 * Kept on this device only, like the workspace; removed once saved.
 */
import { z } from 'zod';
import { IsoDateTime } from '../schemas/common.ts';

const PREFIX = 'turbine.unsaved:';

export interface UnsavedDraft<V> {
  values: V;
  /** When it was typed (ISO instant). */
  at: string;
}

/** The draft kept under `key`, if there is one and its values read as `values` says; never throws. */
export function readUnsavedDraft<V>(key: string, values: z.ZodType<V>): UnsavedDraft<V> | undefined {
  try {
    const text = localStorage.getItem(PREFIX + key);
    const read = text ? z.object({ values, at: IsoDateTime }).safeParse(JSON.parse(text)) : undefined;
    return read?.success ? { values: read.data.values, at: read.data.at } : undefined;
  } catch {
    return undefined;
  }
}

/** Every draft kept under a key starting with `prefix` whose values read as `values` says; never throws. */
export function readUnsavedDrafts<V>(prefix: string, values: z.ZodType<V>): (UnsavedDraft<V> & { key: string })[] {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k?.startsWith(PREFIX + prefix) ?? false);
    return keys.flatMap((k) => {
      const key = k.slice(PREFIX.length);
      const draft = readUnsavedDraft(key, values);
      return draft ? [{ ...draft, key }] : [];
    });
  } catch {
    return [];
  }
}

export function keepUnsavedDraft<V>(key: string, values: V): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ values, at: new Date().toISOString() } satisfies UnsavedDraft<V>));
  } catch {
    // Full or blocked: the autosave still saves after the pause, only the crash window is open.
  }
}

export function dropUnsavedDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing kept, nothing to remove.
  }
}
