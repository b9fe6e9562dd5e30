/**
 * Backstage catalog files (`catalog-info.yaml`, one or more YAML documents each) read into
 * system drafts for the surface-area map. Pure: it returns a preview and writes nothing.
 *
 * What becomes what:
 *  - Component → a `library` when spec.type is library, else a `service` (websites,
 *    services and the odd custom type are all things the team runs);
 *  - System → a `domain`: in Backstage a system is a group of components, which is what
 *    the map calls a domain;
 *  - Resource → `data`: databases, buckets and queues are the stateful things a team looks
 *    after, and the map has no better kind for them;
 *  - Group and User → the directory, so a group owner can be resolved to its users;
 *  - API, Domain and any other kind → skipped, each with why.
 *
 * The external key is the entity ref, lower-cased (`component:default/backstage`), because
 * Backstage compares refs without case and a second import must find the same system.
 * Refs left short in the file take Backstage's defaults: an owner is a group, and the
 * namespace is that of the entity naming it.
 *
 * Problems (broken YAML, an entity without a name, the same entity twice) stop the import:
 * nothing is written while there is one. Links that are not http(s) and entities the map
 * has no place for are not problems; they are listed in `skipped`, never dropped silently.
 */
import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { WebLink } from '../../schemas/common.ts';
import type { SystemKind } from '../../schemas/system.ts';
import {
  parseEntityRef,
  refuseText,
  type BackstageDirectory,
  type DirectoryGroup,
  type DirectoryUser,
  type OwnerRef,
  type SkippedItem,
  type SurfaceProblem,
  type SystemDraft,
} from './owners.ts';

export interface BackstageFile {
  name: string;
  text: string;
}

export interface BackstagePreview {
  /** Systems to add or update, in file order. */
  drafts: SystemDraft[];
  /** Entities and links left out on purpose, with why. */
  skipped: SkippedItem[];
  /** What stops the import, by line. Empty when it can be imported. */
  problems: SurfaceProblem[];
  /** Groups and Users read from the same files. */
  directory: BackstageDirectory;
}

// The stored schemas' limits (schemas/common.ts): longer text is cut, with a note in skipped.
const MAX_NAME = 200;
const MAX_TEXT = 20_000;
const MAX_LABEL = 500;

/** Why each kind the map has no place for is left out. */
const SKIPPED_KINDS: Record<string, string> = {
  api: 'an API is listed on the component that provides it; the map keeps the component',
  domain: 'a domain groups systems; each system keeps the name of its domain in its notes',
  location: 'a location only points Backstage at other catalog files: import those files instead',
  template: 'a software template creates new components; it is not part of what the team owns',
};

/** Reads one or more catalog files; Groups and Users in any of them resolve owners in all. */
export function readBackstageCatalog(input: string | readonly BackstageFile[]): BackstagePreview {
  const files = typeof input === 'string' ? [{ name: '', text: input }] : input;
  const preview: BackstagePreview = { drafts: [], skipped: [], problems: [], directory: { users: [], groups: [] } };
  const firstSeen = new Map<string, { file?: string; line: number }>();

  for (const { name, text } of files) {
    const file = name === '' ? undefined : name;
    const at = (line: number, column?: number) => ({ ...(file ? { file } : {}), line, ...(column === undefined ? {} : { column }) });
    const refusal = refuseText(text, 'Backstage catalog file');
    if (refusal) {
      preview.problems.push({ ...at(1), message: refusal });
      continue;
    }
    const body = text.replace(/^\uFEFF/, '');
    const lines = new LineCounter();
    const documents = parseAllDocuments(body, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    const broken = documents.flatMap((doc) => doc.errors);
    if (broken.length > 0) {
      for (const error of firstOfEachLine(broken)) preview.problems.push({ ...at(error.linePos?.[0]?.line ?? 1, error.linePos?.[0]?.col), message: yamlMessage(error) });
      continue;
    }
    let entities = 0;
    for (const doc of documents) {
      const lineOf = (path: readonly (string | number)[]) => nodeLine(doc, lines, path);
      const line = lineOf([]);
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch {
        // yaml refuses alias chains that would expand without bound (a "billion laughs" file).
        preview.problems.push({ ...at(line), message: 'this document repeats its aliases (*name) so often that reading it would never end' });
        continue;
      }
      if (value === null || value === undefined) continue; // an empty document, e.g. after a trailing ---
      entities++;
      const entity = readEntity(value, line);
      if ('problem' in entity) {
        preview.problems.push({ ...at(entity.line), message: entity.problem });
        continue;
      }
      const earlier = firstSeen.get(entity.ref);
      if (earlier) {
        const where = earlier.file && earlier.file !== file ? `${earlier.file}, line ${earlier.line}` : `line ${earlier.line}`;
        preview.problems.push({ ...at(line), message: `${entity.ref} is defined twice (also on ${where}): keep one of them` });
        continue;
      }
      firstSeen.set(entity.ref, { ...(file ? { file } : {}), line });
      collect(entity, preview, at, lineOf);
    }
    if (entities === 0) preview.problems.push({ ...at(1), message: 'the file holds no Backstage entity: a catalog file starts with apiVersion: backstage.io/v1alpha1 and a kind' });
  }
  return preview;
}

/* ---------- One entity ---------- */

interface Entity {
  /** Lower-cased, as in refs. */
  kind: string;
  kindAsWritten: string;
  namespace: string;
  name: string;
  ref: string;
  line: number;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** YAML reads `version: 2` as a number; in a catalog it is still text. */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((t): t is string => t !== undefined) : []);

function readEntity(value: unknown, line: number): Entity | { problem: string; line: number } {
  if (!isRecord(value)) return { line, problem: 'this document is not an entity: a catalog entity is a set of keys (apiVersion, kind, metadata, spec)' };
  const apiVersion = text(value.apiVersion);
  if (!apiVersion) return { line, problem: 'no apiVersion: a Backstage entity starts with apiVersion: backstage.io/v1alpha1' };
  if (!/^backstage\.io\//i.test(apiVersion)) return { line, problem: `apiVersion ${apiVersion} is not a Backstage catalog entity (backstage.io/v1alpha1)` };
  const kind = text(value.kind);
  if (!kind) return { line, problem: 'no kind: say what the entity is (Component, System, Resource, Group, User…)' };
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = text(metadata.name);
  if (!name) return { line, problem: `the ${kind} has no metadata.name` };
  const namespace = (text(metadata.namespace) ?? 'default').toLowerCase();
  const ref = parseEntityRef(`${kind}:${namespace}/${name}`, { kind, namespace });
  if (!ref) return { line, problem: `the ${kind} name “${name}” cannot be part of an entity ref: it may not contain spaces, “:” or “/”` };
  return { kind: ref.kind, kindAsWritten: kind, namespace, name: ref.name, ref: ref.ref, line, metadata, spec: isRecord(value.spec) ? value.spec : {} };
}

type At = (line: number, column?: number) => { file?: string; line: number; column?: number };

function collect(entity: Entity, preview: BackstagePreview, at: At, lineOf: (path: readonly (string | number)[]) => number): void {
  const { spec, metadata, namespace } = entity;
  const profile = isRecord(spec.profile) ? spec.profile : {};
  const refsOf = (value: unknown, kind: string) =>
    texts(value)
      .map((t) => parseEntityRef(t, { kind, namespace })?.ref)
      .filter((r): r is string => r !== undefined);

  if (entity.kind === 'user') {
    const user: DirectoryUser = { ref: entity.ref, name: entity.name, namespace, memberOf: refsOf(spec.memberOf, 'group') };
    const displayName = text(profile.displayName);
    const email = text(profile.email);
    if (displayName) user.displayName = displayName;
    if (email) user.email = email;
    preview.directory.users.push(user);
    return;
  }
  if (entity.kind === 'group') {
    const group: DirectoryGroup = { ref: entity.ref, name: entity.name, namespace, members: refsOf(spec.members, 'user'), children: refsOf(spec.children, 'group') };
    const displayName = text(profile.displayName);
    const email = text(profile.email);
    if (displayName) group.displayName = displayName;
    if (email) group.email = email;
    preview.directory.groups.push(group);
    return;
  }

  const kind = systemKind(entity);
  if (!kind) {
    preview.skipped.push({ ...at(entity.line), what: entity.ref, why: SKIPPED_KINDS[entity.kind] ?? `the map keeps components, systems and resources, not entities of kind ${entity.kindAsWritten}` });
    return;
  }

  const title = text(metadata.title);
  const draft: SystemDraft = {
    externalKey: entity.ref,
    name: clip(title ?? text(metadata.name) ?? entity.name, MAX_NAME, `the name of ${entity.ref}`, entity.line, preview, at),
    kind,
    description: clip(text(metadata.description) ?? '', MAX_TEXT, `the description of ${entity.ref}`, entity.line, preview, at),
    links: [],
    owners: [],
    context: contextOf(entity),
    ...at(entity.line),
  };

  const links = Array.isArray(metadata.links) ? metadata.links : [];
  links.forEach((link, i) => {
    const line = lineOf(['metadata', 'links', i]);
    const url = isRecord(link) ? text(link.url) : undefined;
    const label = isRecord(link) ? (text(link.title) ?? text(link.type) ?? '') : '';
    const what = `link${label ? ` “${label}”` : ''}${url ? ` (${url})` : ''} of ${entity.ref}`;
    if (!url) {
      preview.skipped.push({ ...at(line), what, why: 'it has no url' });
      return;
    }
    // Only http(s): a catalog could carry javascript: or file: links, and the map shows them as links.
    if (!WebLink.safeParse(url).success) {
      preview.skipped.push({ ...at(line), what, why: 'only http:// and https:// links are kept, so a link opens a web page and nothing else' });
      return;
    }
    draft.links.push({ label: label.slice(0, MAX_LABEL), url });
  });

  const owner = text(spec.owner);
  if (owner) {
    const ref = parseEntityRef(owner, { kind: 'group', namespace });
    if (ref && (ref.kind === 'group' || ref.kind === 'user')) {
      // The full ref, not the bare name the file may give: `CNCF` alone does not say it is a group.
      const ownerRef: OwnerRef = { kind: ref.kind, text: ref.ref, name: ref.name, namespace: ref.namespace };
      draft.owners.push(ownerRef);
    } else {
      preview.skipped.push({ ...at(lineOf(['spec', 'owner'])), what: `owner “${owner}” of ${entity.ref}`, why: 'an owner is a group or a user (group:team-a, user:jdoe, or a bare group name)' });
    }
  }
  preview.drafts.push(draft);
}

function systemKind(entity: Entity): SystemKind | undefined {
  if (entity.kind === 'component') return text(entity.spec.type)?.toLowerCase() === 'library' ? 'library' : 'service';
  if (entity.kind === 'system') return 'domain';
  if (entity.kind === 'resource') return 'data';
  return undefined;
}

/** Lifecycle, type and the system or domain it belongs to, as a line a manager can read. */
function contextOf(entity: Entity): string {
  const { spec, namespace } = entity;
  const short = (value: unknown, kind: string) => {
    const raw = text(value);
    const ref = raw ? parseEntityRef(raw, { kind, namespace }) : undefined;
    if (!ref) return undefined;
    return ref.namespace === 'default' ? ref.name : `${ref.namespace}/${ref.name}`;
  };
  const parts = [
    text(spec.type) && entity.kind !== 'system' ? `Type: ${text(spec.type)}` : undefined,
    text(spec.lifecycle) ? `Lifecycle: ${text(spec.lifecycle)}` : undefined,
    short(spec.system, 'system') ? `Part of system: ${short(spec.system, 'system')}` : undefined,
    short(spec.domain, 'domain') ? `Domain: ${short(spec.domain, 'domain')}` : undefined,
  ];
  return parts.filter((p) => p !== undefined).join('. ');
}

function clip(value: string, max: number, what: string, line: number, preview: BackstagePreview, at: At): string {
  if (value.length <= max) return value;
  preview.skipped.push({ ...at(line), what: `the end of ${what}`, why: `it is longer than ${max.toLocaleString('en-GB')} characters, the most Turbine keeps` });
  return value.slice(0, max);
}

/* ---------- YAML ---------- */

function nodeLine(doc: Document, lines: LineCounter, path: readonly (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | null | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** One problem a line: an unclosed bracket makes the parser complain again on the lines that follow. */
function firstOfEachLine(errors: readonly YAMLError[]): YAMLError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const shown = tabs.length > 0 ? tabs : errors;
  return shown.filter((e, i) => shown.findIndex((f) => f.linePos?.[0]?.line === e.linePos?.[0]?.line) === i);
}

function yamlMessage(error: YAMLError): string {
  const detail = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces';
    case 'DUPLICATE_KEY':
      return 'a key is repeated in the same block, so one of its values would be lost: remove or rename one';
    case 'MISSING_CHAR':
      return `${detail}: check that every quote and bracket opened on or before this line is closed`;
    default:
      return `the YAML cannot be read (${detail}): check the indentation, colons and quotes on this line`;
  }
}
