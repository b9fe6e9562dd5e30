/**
 * Merging systems read from a catalog file (Backstage, CODEOWNERS) into the team's map by
 * their external key, so importing the same file again updates what changed rather than
 * adding copies.
 *
 * The file is the source of a system's name, kind, description, doc links and owners; what
 * only Turbine knows (the capabilities it needs, its history) is kept. Owners the file
 * names but nobody on the team matches are not owners Turbine can record, so a file whose
 * owners all went unmatched leaves the owners already recorded as they are.
 */
import type { System, SystemKind } from '../../schemas/system.ts';

/** A system as a catalog file describes it, its owners already matched to people. */
export interface SystemDraft {
  externalKey: string;
  name: string;
  kind: SystemKind;
  description: string;
  links: { label: string; url: string }[];
  ownerIds: string[];
}

export interface SystemUpdate {
  id: string;
  /** The version the plan was made from: the import is refused if it changed meanwhile. */
  updatedAt: string | undefined;
  name: string;
  /** What the file changes, in a manager's words: "name", "owners", … */
  changes: string[];
  after: System;
}

export interface SurfaceImportPlan {
  add: SystemDraft[];
  update: SystemUpdate[];
  /** Systems already as the file describes them. */
  unchanged: string[];
}

const keyOf = (key: string) => key.trim().toLowerCase();

export function planSurfaceImport(existing: readonly System[], drafts: readonly SystemDraft[]): SurfaceImportPlan {
  const byKey = new Map(existing.filter((s) => s.externalKey).map((s) => [keyOf(s.externalKey!), s]));
  const plan: SurfaceImportPlan = { add: [], update: [], unchanged: [] };
  // A key repeated in the file: its last description wins, as a later line of CODEOWNERS does.
  const last = new Map(drafts.map((d) => [keyOf(d.externalKey), d]));
  for (const draft of last.values()) {
    const current = byKey.get(keyOf(draft.externalKey));
    if (!current) {
      plan.add.push(draft);
      continue;
    }
    const after: System = {
      ...current,
      name: draft.name,
      kind: draft.kind,
      description: draft.description || current.description,
      links: draft.links,
      ownerIds: draft.ownerIds.length > 0 ? draft.ownerIds : current.ownerIds,
    };
    const changes = changed(current, after);
    if (changes.length === 0) plan.unchanged.push(current.name);
    else plan.update.push({ id: current.id, updatedAt: current.updatedAt, name: current.name, changes, after });
  }
  return plan;
}

function changed(before: System, after: System): string[] {
  const out: string[] = [];
  if (before.name !== after.name) out.push('name');
  if (before.kind !== after.kind) out.push('kind');
  if (before.description !== after.description) out.push('description');
  if (JSON.stringify(before.links) !== JSON.stringify(after.links)) out.push('doc links');
  if ([...before.ownerIds].sort().join() !== [...after.ownerIds].sort().join()) out.push('owners');
  return out;
}
