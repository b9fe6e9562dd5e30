/**
 * A capability framework as read from a file, before it becomes records: no ids yet,
 * everything named. Every framework importer (src/io/frameworks/) produces one, and
 * planLibraryMerge (src/domain/library-merge.ts) turns it into records that merge into
 * the manager's capability library without duplicating what is already there.
 */
import type { CapabilityKind } from '../schemas/capability.ts';

export type FrameworkFormat = 'turbine-csv' | 'turbine-library' | 'monzo' | 'ft';

export interface DraftScaleLevel {
  value: number;
  name: string;
  description: string;
}

/** A level scale a framework brings (named levels, values need not be contiguous). */
export interface DraftScale {
  name: string;
  levels: DraftScaleLevel[];
}

/** What a person at one level of a capability does. */
export interface DraftDescriptor {
  level: number;
  criteria: string[];
  examples: string[];
}

export interface DraftCapability {
  name: string;
  kind: CapabilityKind;
  description: string;
  /** The name of one of the draft's scales. */
  scaleName: string;
  /** Sorted by level; may be sparse (a topic whose descriptors start at level 3). */
  descriptors: DraftDescriptor[];
  target?: { people: number; level: number };
}

export interface DraftArea {
  name: string;
  description: string;
  capabilities: DraftCapability[];
}

export interface FrameworkDraft {
  /** The file it came from, for messages. */
  fileName: string;
  format: FrameworkFormat;
  /** A human title for the preview, e.g. "Backend Engineering Framework". */
  title: string;
  scales: DraftScale[];
  areas: DraftArea[];
}

/** One thing wrong with a framework file: where (a line, or a path such as topics[2].content) and what to do. */
export interface FrameworkProblem {
  where: string;
  message: string;
}

export type FrameworkReadResult =
  | { ok: true; draft: FrameworkDraft }
  | { ok: false; headline: string; problems: FrameworkProblem[] };
