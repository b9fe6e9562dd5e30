/**
 * A repository's analysed history (./authorship.ts) set against the map: each system the
 * history covers — matched by the key its import gave it, or the one system the whole
 * repository is — gets its files, truck factor and
 * authors, authors matched to people by their work e-mails. Listed owners who author none of
 * a system's files are named: the owner is not who knows the code.
 */
import { compareOwners, type AuthorshipReport, type SystemKnowledge } from './authorship.ts';
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

/**
 * The previews to keep: each system the history's paths fall under (by the CODEOWNERS key its
 * import gave it), or, when `wholeRepositoryIs` names a system, the whole repository as that
 * one system: a Backstage component is usually a repository of its own, with no paths to map.
 */
export function systemHistories(
  report: AuthorshipReport,
  systems: readonly Pick<System, 'id' | 'name' | 'externalKey' | 'ownerIds' | 'updatedAt'>[],
  people: readonly { id: string; emails?: readonly string[] | undefined }[],
  analysedOn: string,
  options: { wholeRepositoryIs?: string | undefined } = {},
): SystemHistoryPreview[] {
  const personOf = new Map<string, string>();
  for (const p of people) for (const e of p.emails ?? []) personOf.set(e.trim().toLowerCase(), p.id);
  const byKey = new Map(systems.filter((s) => s.externalKey).map((s) => [s.externalKey!.trim().toLowerCase(), s]));
  const asOne = options.wholeRepositoryIs;
  // Keyed by system id from here on: the owner check below compares within each system.
  const covered: SystemKnowledge[] = [];
  const systemOf = new Map<string, (typeof systems)[number]>();
  const matches =
    asOne === undefined
      ? report.systems.map((known) => ({ known, system: byKey.get(known.key.toLowerCase()) }))
      : [{ known: report.repository, system: systems.find((s) => s.id === asOne) }];
  for (const { known, system } of matches) {
    if (!system) continue;
    covered.push({ ...known, key: system.id });
    systemOf.set(system.id, system);
  }
  const emailOwner = new Map<string, string>();
  const ownerEmails: Record<string, string[]> = {};
  for (const system of systemOf.values()) {
    ownerEmails[system.id] = system.ownerIds.flatMap((id) =>
      (people.find((p) => p.id === id)?.emails ?? []).map((e) => {
        emailOwner.set(e.trim().toLowerCase(), id);
        return e;
      }),
    );
  }
  // Owners whose e-mails author nothing there; an owner with no e-mail on record cannot be checked.
  const checks = new Map(compareOwners({ ...report, systems: covered }, ownerEmails).map((c) => [c.key, c]));
  const previews = covered.map((known): SystemHistoryPreview => {
    const system = systemOf.get(known.key)!;
    const check = checks.get(system.id);
    const authoring = new Set(check?.owners.filter((o) => o.files > 0).map((o) => emailOwner.get(o.email)));
    return {
      systemId: system.id,
      name: system.name,
      updatedAt: system.updatedAt,
      history: {
        analysedOn,
        files: known.files,
        truckFactor: known.truckFactor,
        authors: known.knownBy.slice(0, MAX_AUTHORS_KEPT).map((a) => ({ email: a.email, ...(personOf.has(a.email) ? { personId: personOf.get(a.email)! } : {}), files: a.files })),
      },
      ownersNotAuthors: check ? [...new Set(check.notAuthors.map((e) => emailOwner.get(e)!))].filter((id) => !authoring.has(id)) : [],
    };
  });
  return previews.sort((a, b) => a.history.truckFactor - b.history.truckFactor || a.name.localeCompare(b.name));
}
