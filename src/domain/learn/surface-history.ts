/**
 * A repository's analysed history (./authorship.ts) set against the map: each system the
 * history covers — matched by the key its import gave it — gets its files, truck factor and
 * authors, authors matched to people by their work e-mails. Listed owners who author none of
 * a system's files are named: the owner is not who knows the code.
 */
import { compareOwners, type AuthorshipReport } from './authorship.ts';
import type { System } from '../../schemas/system.ts';

/** The most authors kept per system: enough to see who knows it, bounded for storage. */
export const MAX_AUTHORS_KEPT = 100;

export interface SystemHistoryPreview {
  systemId: string;
  name: string;
  updatedAt: string | undefined;
  history: NonNullable<System['history']>;
  /** Listed owners (person ids) who author none of its files. */
  ownersNotAuthors: string[];
}

export function systemHistories(
  report: AuthorshipReport,
  systems: readonly Pick<System, 'id' | 'name' | 'externalKey' | 'ownerIds' | 'updatedAt'>[],
  people: readonly { id: string; emails?: readonly string[] | undefined }[],
  analysedOn: string,
): SystemHistoryPreview[] {
  const personOf = new Map<string, string>();
  for (const p of people) for (const e of p.emails ?? []) personOf.set(e.trim().toLowerCase(), p.id);
  const byKey = new Map(systems.filter((s) => s.externalKey).map((s) => [s.externalKey!.trim().toLowerCase(), s]));
  const previews: SystemHistoryPreview[] = [];
  const ownerEmails: Record<string, string[]> = {};
  const emailOwner = new Map<string, string>();
  for (const known of report.systems) {
    const system = byKey.get(known.key.toLowerCase());
    if (!system) continue;
    ownerEmails[known.key] = system.ownerIds.flatMap((id) => (people.find((p) => p.id === id)?.emails ?? []).map((e) => {
      emailOwner.set(e.trim().toLowerCase(), id);
      return e;
    }));
    previews.push({
      systemId: system.id,
      name: system.name,
      updatedAt: system.updatedAt,
      history: {
        analysedOn,
        files: known.files,
        truckFactor: known.truckFactor,
        authors: known.knownBy.slice(0, MAX_AUTHORS_KEPT).map((a) => ({ email: a.email, ...(personOf.has(a.email) ? { personId: personOf.get(a.email)! } : {}), files: a.files })),
      },
      ownersNotAuthors: [],
    });
  }
  // Owners whose e-mails author nothing there; an owner with no e-mail on record cannot be checked.
  const checks = new Map(compareOwners(report, ownerEmails).map((c) => [c.key.toLowerCase(), c]));
  for (const preview of previews) {
    const key = systems.find((s) => s.id === preview.systemId)!.externalKey!.trim().toLowerCase();
    const check = checks.get(key);
    if (!check) continue;
    const authoring = new Set(check.owners.filter((o) => o.files > 0).map((o) => emailOwner.get(o.email)));
    preview.ownersNotAuthors = [...new Set(check.notAuthors.map((e) => emailOwner.get(e)!))].filter((id) => !authoring.has(id));
  }
  return previews.sort((a, b) => a.history.truckFactor - b.history.truckFactor || a.name.localeCompare(b.name));
}
