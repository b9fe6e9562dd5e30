/**
 * What the two surface-area readers share (backstage.ts, codeowners.ts): the system draft
 * they produce, the problems they report, the owner references they read, and the matcher
 * that turns those references into people on the team.
 *
 * Owner references come in five shapes: a user handle (`@mei`, Backstage `user:mei`), a
 * GitHub team or GitLab group (`@org/team`), an e-mail, a Backstage group (`group:team-a`)
 * and a GitLab role (`@@maintainer`). Only the first and the third name a person. A group
 * is resolved through the Backstage directory (Groups and Users read from catalog files);
 * without one, nothing in a CODEOWNERS file says who is in a team, so it stays unmatched
 * with that reason rather than disappearing. Pure: no DOM, no storage.
 */
import { endSentence } from '../../domain/words.ts';
import type { SystemKind } from '../../schemas/system.ts';

/** A file is read whole into memory and parsed; beyond this it is not a catalog or CODEOWNERS file. */
export const MAX_SURFACE_FILE_BYTES = 2 * 1024 * 1024;

/** Something that stops the file from being used, and where (1-based, as an editor counts). */
export interface SurfaceProblem {
  /** The file's name, when several files are read together. */
  file?: string;
  line: number;
  column?: number;
  message: string;
}

/** Something read and deliberately left out (an API entity, a mailto: link), with why. */
export interface SkippedItem {
  file?: string;
  line: number;
  /** What was left out, as the file names it: `api:default/petstore`, `link “Chat” (slack://…)`. */
  what: string;
  why: string;
}

export type OwnerKind = 'user' | 'team' | 'email' | 'group' | 'role';

/** An owner as a file names it. */
export interface OwnerRef {
  kind: OwnerKind;
  /** As written: `@mei`, `@org/team`, `mei@example.com`, `group:default/team-a`. Shown to the manager. */
  text: string;
  /**
   * Lower-cased key: the handle without `@` (user), `org/team` (team), the address (email),
   * the Backstage name without kind and namespace (user or group from a catalog), the role.
   */
  name: string;
  /** Backstage namespace, for `user:` and `group:` refs read from a catalog. */
  namespace?: string;
}

/** A system as read from a file, before it is matched to people and stored. */
export interface SystemDraft {
  /** Kept on the stored system so a second import updates it instead of adding a copy. */
  externalKey: string;
  name: string;
  kind: SystemKind;
  description: string;
  links: { label: string; url: string }[];
  owners: OwnerRef[];
  /** Facts worth keeping that have no field of their own (lifecycle, parent system): '' when none. */
  context: string;
  /** Where it starts in its file. */
  file?: string;
  line: number;
}

/* ---------- Backstage directory ---------- */

export interface DirectoryUser {
  /** `user:default/breanna.davison` */
  ref: string;
  name: string;
  namespace: string;
  displayName?: string;
  email?: string;
  /** Group refs, lower-cased, from spec.memberOf. */
  memberOf: string[];
}

export interface DirectoryGroup {
  /** `group:default/team-a` */
  ref: string;
  name: string;
  namespace: string;
  displayName?: string;
  email?: string;
  /** User refs from spec.members. Users naming the group in spec.memberOf count too (see groupMembers). */
  members: string[];
  /** Group refs from spec.children: their members are counted as this group's. */
  children: string[];
}

/** The people and teams a Backstage catalog describes, to resolve a group owner to its users. */
export interface BackstageDirectory {
  users: DirectoryUser[];
  groups: DirectoryGroup[];
}

export const EMPTY_DIRECTORY: BackstageDirectory = { users: [], groups: [] };

/* ---------- Reading owner references ---------- */

/** Loose on purpose: an address someone types, not RFC 5322. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** GitHub logins and team slugs: letters, digits, - _ and . (GitLab allows dots in user names). */
const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$/;

/**
 * Reads one owner of a CODEOWNERS line: `@user`, `@org/team` (GitLab: nested groups too),
 * `@@role` (GitLab only; the reader refuses it in a GitHub file), an e-mail. Undefined otherwise.
 */
export function parseCodeownersOwner(text: string): OwnerRef | undefined {
  if (text.startsWith('@@')) {
    const role = text.slice(2);
    return HANDLE.test(role) ? { kind: 'role', text, name: role.toLowerCase() } : undefined;
  }
  if (text.startsWith('@')) {
    const parts = text.slice(1).split('/');
    if (!parts.every((p) => HANDLE.test(p))) return undefined;
    return parts.length === 1 ? { kind: 'user', text, name: parts[0]!.toLowerCase() } : { kind: 'team', text, name: parts.join('/').toLowerCase() };
  }
  return EMAIL.test(text) ? { kind: 'email', text, name: text.toLowerCase() } : undefined;
}

/**
 * A Backstage entity ref, `[kind:][namespace/]name`, with Backstage's defaults for what is
 * left out (an owner defaults to kind Group, and every ref to the namespace of the entity
 * naming it). Lower-cased: Backstage compares refs without case. Undefined when malformed.
 */
export function parseEntityRef(text: string, defaults: { kind: string; namespace: string }): { kind: string; namespace: string; name: string; ref: string } | undefined {
  const match = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/.exec(text.trim());
  if (!match) return undefined;
  const kind = (match[1] ?? defaults.kind).toLowerCase();
  const namespace = (match[2] ?? defaults.namespace).toLowerCase();
  const name = match[3]!.toLowerCase();
  return { kind, namespace, name, ref: `${kind}:${namespace}/${name}` };
}

/* ---------- Matching owners to people ---------- */

/** A person on the team as the matcher needs them. */
export interface TeamPerson {
  id: string;
  name: string;
  /** GitHub/GitLab/Backstage user names, with or without `@`. */
  handles: string[];
  emails: string[];
}

export interface UnmatchedOwner {
  owner: string;
  why: string;
}

export interface OwnerMatch {
  /** People who own the system, in the order their owners are listed, each once. */
  personIds: string[];
  /** Owners that name nobody on the team, each with the reason. */
  unmatched: UnmatchedOwner[];
}

const handleKey = (handle: string) => handle.trim().replace(/^@+/, '').toLowerCase();
const personNameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Lookups built once per team, so matching hundreds of systems stays linear. */
interface PeopleIndex {
  byHandle: Map<string, string[]>;
  byEmail: Map<string, string[]>;
  byName: Map<string, string[]>;
}

function indexPeople(people: readonly TeamPerson[]): PeopleIndex {
  const index: PeopleIndex = { byHandle: new Map(), byEmail: new Map(), byName: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (key === '') return;
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  for (const person of people) {
    for (const handle of person.handles) add(index.byHandle, handleKey(handle), person.id);
    for (const email of person.emails) add(index.byEmail, email.trim().toLowerCase(), person.id);
    add(index.byName, personNameKey(person.name), person.id);
  }
  return index;
}

/**
 * Which people on the team the owners name, and which owners name nobody. Case never
 * matters; `@mei` and `mei` are the same handle. A Backstage user is found by user name,
 * then by its profile e-mail, then by display name (only when one person has that name).
 */
export function matchOwners(owners: readonly OwnerRef[], people: readonly TeamPerson[], directory: BackstageDirectory = EMPTY_DIRECTORY): OwnerMatch {
  return ownerMatcher(people, directory)(owners);
}

/** matchOwners for many systems against the same team: the lookups are built once. */
export function ownerMatcher(people: readonly TeamPerson[], directory: BackstageDirectory = EMPTY_DIRECTORY): (owners: readonly OwnerRef[]) => OwnerMatch {
  const index = indexPeople(people);
  const usersByRef = new Map(directory.users.map((u) => [u.ref, u]));
  return (owners) => {
    const personIds: string[] = [];
    const unmatched: UnmatchedOwner[] = [];
    const take = (ids: readonly string[]) => {
      for (const id of ids) if (!personIds.includes(id)) personIds.push(id);
    };
    for (const owner of owners) {
      const result = matchOne(owner, index, directory, usersByRef);
      if (result.ids.length > 0) take(result.ids);
      else unmatched.push({ owner: owner.text, why: result.why });
    }
    return { personIds, unmatched };
  };
}

function matchOne(owner: OwnerRef, index: PeopleIndex, directory: BackstageDirectory, usersByRef: Map<string, DirectoryUser>): { ids: string[]; why: string } {
  switch (owner.kind) {
    case 'email': {
      const ids = index.byEmail.get(owner.name) ?? [];
      return { ids, why: 'no one on the team has this e-mail address' };
    }
    case 'user': {
      const ids = index.byHandle.get(owner.name) ?? [];
      if (ids.length > 0) return { ids, why: '' };
      // A GitHub login often is the Backstage user name, whose profile carries an e-mail.
      const users = directory.users.filter((u) => u.name === owner.name && (owner.namespace === undefined || u.namespace === owner.namespace));
      const viaDirectory = users.flatMap((u) => matchDirectoryUser(u, index));
      return { ids: viaDirectory, why: 'no one on the team has this user name' };
    }
    case 'role':
      return { ids: [], why: 'a GitLab role stands for whoever holds it in the project, which this file does not say' };
    case 'team':
    case 'group': {
      // `@org/team` → the team slug, which is what Backstage's GitHub import names the group.
      const slug = owner.kind === 'team' ? owner.name.slice(owner.name.lastIndexOf('/') + 1) : owner.name;
      const groups = directory.groups.filter((g) => g.name === slug && (owner.namespace === undefined || g.namespace === owner.namespace));
      if (groups.length === 0) {
        return {
          ids: [],
          why:
            owner.kind === 'team'
              ? 'a team: the file does not say who is in it (a Backstage catalog with a group of this name would)'
              : 'no Backstage group of this name was read: add the catalog file that defines it and its users',
        };
      }
      const members = groups.flatMap((g) => groupMembers(g, directory));
      if (members.length === 0) return { ids: [], why: 'the group has no users in the catalog files read' };
      const ids = members.flatMap((ref) => {
        const user = usersByRef.get(ref);
        return user ? matchDirectoryUser(user, index) : (index.byHandle.get(ref.slice(ref.indexOf('/') + 1)) ?? []);
      });
      return { ids: [...new Set(ids)], why: members.length === 1 ? 'the group’s one user is not on the team' : `none of the group’s ${members.length} users is on the team` };
    }
  }
}

function matchDirectoryUser(user: DirectoryUser, index: PeopleIndex): string[] {
  const byHandle = index.byHandle.get(user.name);
  if (byHandle) return byHandle;
  const byEmail = user.email ? index.byEmail.get(user.email.toLowerCase()) : undefined;
  if (byEmail) return byEmail;
  const byName = user.displayName ? index.byName.get(personNameKey(user.displayName)) : undefined;
  // Two people with the same name cannot be told apart by it: better unmatched than wrong.
  return byName && byName.length === 1 ? byName : [];
}

/**
 * The user refs of a group: its spec.members, users whose spec.memberOf names it, and the
 * same for its children (a group of teams owns through the teams), each group once.
 */
export function groupMembers(group: DirectoryGroup, directory: BackstageDirectory): string[] {
  const groupsByRef = new Map(directory.groups.map((g) => [g.ref, g]));
  const members: string[] = [];
  const seen = new Set<string>();
  const visit = (g: DirectoryGroup) => {
    if (seen.has(g.ref)) return;
    seen.add(g.ref);
    for (const ref of g.members) if (!members.includes(ref)) members.push(ref);
    for (const user of directory.users) if (user.memberOf.includes(g.ref) && !members.includes(user.ref)) members.push(user.ref);
    for (const child of g.children) {
      const childGroup = groupsByRef.get(child);
      if (childGroup) visit(childGroup);
    }
  };
  visit(group);
  return members;
}

/* ---------- Refusing what is not text ---------- */

/**
 * Why a text cannot be a catalog or CODEOWNERS file at all, or undefined. A NUL character
 * or many replacement characters mean bytes that were never text (an image, an archive).
 */
export function refuseText(text: string, what: string): string | undefined {
  // Measured in UTF-8 bytes, as the file was on disk; a string of that many characters is at least as big.
  if (text.length > MAX_SURFACE_FILE_BYTES || new TextEncoder().encode(text).length > MAX_SURFACE_FILE_BYTES) {
    return `the file is larger than ${MAX_SURFACE_FILE_BYTES / (1024 * 1024)} MB, far more than a ${what} holds: check that this is the right file`;
  }
  const replacements = text.slice(0, 8192).match(/\uFFFD/g)?.length ?? 0;
  if (text.includes('\u0000') || replacements > 8) return `the file is not text (it looks like an image, an archive or another binary file): choose the ${what} itself`;
  return undefined;
}

/** "Line 3, column 5: …" — how a problem reads on its own. */
export function describeSurfaceProblem(problem: SurfaceProblem): string {
  const where = `${problem.file ? `${problem.file}, line` : 'Line'} ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`}`;
  return endSentence(`${where}: ${problem.message}`);
}
