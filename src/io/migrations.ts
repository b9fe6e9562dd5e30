/**
 * Named migrations of the workspace *file* format, one per formatVersion step.
 * A file written by an older Turbine is lifted one step at a time to the current
 * format before it is validated. Every migration needs a before/after test in
 * migrations.test.ts (the test fails when one is missing).
 */
import { WORKSPACE_FORMAT_VERSION } from '../schemas/format.ts';

export interface FileMigration {
  /** What the step changes, in a few words. */
  name: string;
  /** Takes the `data` of a file at version `from` and returns it at `from + 1`. */
  up: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Keyed by the version a migration starts from. Version 1 is the first format, so none yet. */
export const fileMigrations: Record<number, FileMigration> = {};

export function migrateFileData(data: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = data;
  for (let v = fromVersion; v < WORKSPACE_FORMAT_VERSION; v++) {
    const step = fileMigrations[v];
    if (!step) throw new Error(`No migration from workspace format ${v} to ${v + 1}`);
    current = step.up(current);
  }
  return current;
}
