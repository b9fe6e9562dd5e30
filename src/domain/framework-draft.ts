/**
 * A capability framework as read from a file, before it becomes records: no ids yet,
 * everything named. Every framework importer (src/io/frameworks/) produces one, and
 * planLibraryMerge (src/domain/library-merge.ts) turns it into records that merge into
 * the manager's capability library without duplicating what is already there.
 */
import type { CapabilityKind, DetailedCriterion } from '../schemas/capability.ts';

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
  /** Criteria that keep their own examples, proficiency or links (stored as LevelDescriptor.detailed). */
  detailed?: DetailedCriterion[];
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
  /** What the reader decided that the manager should know before importing, e.g. how the text was decoded. */
  notes?: string[];
}

/** One way to import a file that can be read more than one way, e.g. one career track of an FT job family. */
export interface DraftOption {
  label: string;
  draft: FrameworkDraft;
}

/** A choice the manager makes in the preview; the first option is the one shown first. */
export interface DraftChoice {
  /** As a fieldset legend, e.g. "Career track". */
  question: string;
  /** Why it is asked, in a sentence. */
  why: string;
  options: DraftOption[];
}

/** One thing wrong with a framework file: where (a line, or a path such as topics[2].content) and what to do. */
export interface FrameworkProblem {
  where: string;
  message: string;
  /** What the fix looks like in the file, shown as a code block (may span lines). */
  example?: string;
}

export type FrameworkReadResult =
  | { ok: true; draft: FrameworkDraft; choice?: DraftChoice }
  | { ok: false; headline: string; problems: FrameworkProblem[] };
