/**
 * Who really knows each system, from its git history: each author's degree of authorship
 * (DOA) of each file, the files' authors, and a truck factor per system and for the whole
 * repository. The model and its numbers are those of Avelino, Passos, Hora and Valente,
 * “A novel approach for estimating truck factors”, ICPC 2016 (arXiv:1604.06766), §II:
 *
 *   DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)
 *
 * FA is 1 for the developer who created the file, DL counts that developer's changes to
 * it and AC the changes by everyone else. DOA is normalised per file by the file's highest
 * DOA; a developer is an author of the file when the normalised DOA is above 0.75 and the
 * absolute DOA at least 3.293 (the paper's thresholds; the preprint, PeerJ 3:e1233v1 §2.1,
 * gives k = 0.75, and the authors' tool, aserg-ufmg/Truck-Factor, checks both in
 * AuthorshipInfo.isDOAAuthor — it also lets a file's creator pass below 3.293, which we do
 * not: the paper's rule is used). As in that tool, the commit that creates a file is its
 * first authorship, not a delivery: DL counts the changes after it.
 *
 * The truck factor is the paper's greedy heuristic: take away the author who authors the
 * most files, again and again, until more than half of the files have no author left; the
 * truck factor is how many were taken away.
 *
 * Pure: no DOM, no storage. The history comes in the compact form src/io/git-log.ts reads.
 */

/** How a commit touched a file, as `git log --name-status` writes it; a change's kind is its index here. */
export const CHANGE_KINDS = ['A', 'M', 'D', 'T'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const ADDED = 0;
export const MODIFIED = 1;
export const DELETED = 2;
export const TYPE_CHANGED = 3;

/**
 * A repository's history, compact enough for hundreds of thousands of changes: authors and
 * paths are numbered once, and commits and their changes are parallel number arrays.
 */
export interface FileHistory {
  /** Authors' e-mails in lower case; an author is its index here. */
  authors: string[];
  /** File paths as git writes them (relative to the repository's root); a file is its index here. */
  paths: string[];
  /** Each commit's author, oldest commit first. */
  commitAuthor: Uint32Array;
  /** Where each commit's changes end in changeFile/changeKind; a commit's changes start where the previous one's end. */
  commitEnd: Uint32Array;
  /** The file of each change. */
  changeFile: Uint32Array;
  /** The kind of each change: an index in CHANGE_KINDS. */
  changeKind: Uint8Array;
}

/** The paper's weights (ICPC 2016, §II). */
export const DOA_WEIGHTS = { base: 3.293, firstAuthorship: 1.098, deliveries: 0.164, acceptances: 0.321 } as const;
/** An author's DOA divided by the file's highest must be above this. */
export const NORMALISED_DOA_THRESHOLD = 0.75;
/** …and the DOA itself at least this: the DOA of someone with no first authorship, no change and nobody else's change. */
export const ABSOLUTE_DOA_THRESHOLD = 3.293;
/** The truck factor counts authors taken away until more than this share of the files has no author left. */
export const ORPHANED_SHARE = 0.5;
/** How many of a system's authors `topAuthors` lists. */
export const TOP_AUTHORS = 5;

/** DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC). */
export function degreeOfAuthorship(firstAuthor: boolean, deliveries: number, acceptances: number): number {
  const w = DOA_WEIGHTS;
  return w.base + (firstAuthor ? w.firstAuthorship : 0) + w.deliveries * deliveries - w.acceptances * Math.log1p(acceptances);
}

/** One developer's part in one file. */
export interface Contribution {
  /** Index in FileHistory.authors. */
  author: number;
  /** Created the file (its earliest `A`). */
  firstAuthor: boolean;
  /** DL: this developer's changes to the file after its creation. */
  deliveries: number;
  /** AC: everyone else's changes to it. */
  acceptances: number;
  doa: number;
  /** doa divided by the file's highest doa. */
  normalised: number;
  /** Normalised DOA above 0.75 and DOA at least 3.293. */
  isAuthor: boolean;
}

/** A file of the current code (not deleted at the end of the history) and who knows it. */
export interface FileAuthorship {
  path: string;
  /** Everyone who created or changed it, highest DOA first. */
  contributions: Contribution[];
  /** The authors among them (indices in FileHistory.authors), highest DOA first. */
  authors: number[];
}

export type Progress = (done: number, total: number) => void;
/** Changes between two progress reports. */
const PROGRESS_EVERY = 20_000;

/**
 * Each current file with every contributor's DOA and its authors, in path order.
 * History is read oldest first: the file's earliest `A` makes its creator; every later
 * `A` (the file added back), `M` or `T` is a change by its commit's author; a `D` counts as
 * no change, and a file whose last change is a `D` is not part of the current code.
 * One pass over the changes, then one over the (file, author) pairs.
 */
export function fileAuthorship(history: FileHistory, onProgress?: Progress): FileAuthorship[] {
  const { commitAuthor, commitEnd, changeFile, changeKind, paths } = history;
  const fileCount = paths.length;
  const creator = new Int32Array(fileCount).fill(-1);
  const present = new Uint8Array(fileCount);
  const changes = new Uint32Array(fileCount);
  /** Per file: author → their changes (0 for a creator who never changed it again). */
  const byAuthor: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(fileCount);
  const total = changeFile.length;

  let start = 0;
  for (let c = 0; c < commitAuthor.length; c++) {
    const author = commitAuthor[c]!;
    const end = commitEnd[c]!;
    for (let i = start; i < end; i++) {
      const file = changeFile[i]!;
      const kind = changeKind[i]!;
      let counts = byAuthor[file];
      if (counts === undefined) byAuthor[file] = counts = new Map();
      if (kind === DELETED) {
        present[file] = 0;
        continue;
      }
      present[file] = 1;
      if (kind === ADDED && creator[file] === -1) {
        creator[file] = author;
        if (!counts.has(author)) counts.set(author, 0);
        continue;
      }
      counts.set(author, (counts.get(author) ?? 0) + 1);
      changes[file] = changes[file]! + 1;
    }
    if (onProgress && Math.floor(start / PROGRESS_EVERY) !== Math.floor(end / PROGRESS_EVERY)) onProgress(end, total);
    start = end;
  }
  onProgress?.(total, total);

  const result: FileAuthorship[] = [];
  for (let file = 0; file < fileCount; file++) {
    const counts = byAuthor[file];
    if (!present[file] || counts === undefined) continue;
    const contributions: Contribution[] = [];
    let best = -Infinity;
    for (const [author, deliveries] of counts) {
      const firstAuthor = creator[file] === author;
      const acceptances = changes[file]! - deliveries;
      const doa = degreeOfAuthorship(firstAuthor, deliveries, acceptances);
      if (doa > best) best = doa;
      contributions.push({ author, firstAuthor, deliveries, acceptances, doa, normalised: 0, isAuthor: false });
    }
    for (const c of contributions) {
      // A file's best DOA is below zero only after tens of thousands of others' changes; then nobody passes 3.293 anyway.
      c.normalised = best > 0 ? c.doa / best : 0;
      c.isAuthor = c.normalised > NORMALISED_DOA_THRESHOLD && c.doa >= ABSOLUTE_DOA_THRESHOLD;
    }
    contributions.sort((a, b) => b.doa - a.doa || a.author - b.author);
    result.push({ path: paths[file]!, contributions, authors: contributions.filter((c) => c.isAuthor).map((c) => c.author) });
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The greedy truck factor of a set of files, given each file's authors. */
export interface TruckFactor {
  value: number;
  /** The authors taken away, in order: the people whose leaving would leave more than half the files without an author. */
  authors: number[];
}

/**
 * The paper's greedy truck factor. Authors are taken away in order of how many files they
 * author (ties: `tieBreak`, by default the lower index), until more than half of the files
 * have no author left. An author's count does not change as others leave, so the order is
 * one sort: O(pairs + authors·log authors).
 */
export function greedyTruckFactor(fileAuthors: readonly (readonly number[])[], tieBreak: (a: number, b: number) => number = (a, b) => a - b): TruckFactor {
  const total = fileAuthors.length;
  const filesOf = new Map<number, number[]>();
  const left = new Uint32Array(total);
  let orphaned = 0;
  fileAuthors.forEach((authors, file) => {
    left[file] = authors.length;
    if (authors.length === 0) orphaned++;
    for (const author of authors) {
      const files = filesOf.get(author);
      if (files) files.push(file);
      else filesOf.set(author, [file]);
    }
  });
  const order = [...filesOf.keys()].sort((a, b) => filesOf.get(b)!.length - filesOf.get(a)!.length || tieBreak(a, b));
  const removed: number[] = [];
  for (const author of order) {
    if (orphaned > total * ORPHANED_SHARE) break;
    removed.push(author);
    for (const file of filesOf.get(author)!) {
      left[file] = left[file]! - 1;
      if (left[file] === 0) orphaned++;
    }
  }
  return { value: removed.length, authors: removed };
}

/** Someone who authors some of a system's files. */
export interface SystemAuthor {
  /** Lower case, as the log gave it. */
  email: string;
  /** How many of the system's files they author. */
  files: number;
  /** files divided by the system's files, 0–1. */
  share: number;
}

/** A system (or the whole repository) and who knows it. */
export interface SystemKnowledge {
  /** The system's key; '' for the whole repository. */
  key: string;
  /** Its files in the current code. */
  files: number;
  /** Files nobody authors any more (everyone changed them a little, or their authors' DOA fell). */
  filesWithoutAuthor: number;
  /** Everyone who authors at least one of its files: the people who know it, most files first. */
  knownBy: SystemAuthor[];
  /** The first TOP_AUTHORS of knownBy. */
  topAuthors: SystemAuthor[];
  truckFactor: number;
  /** The e-mails of the people the truck factor counts, in the order they were taken away. */
  truckFactorAuthors: string[];
}

export interface AuthorshipReport {
  /** The whole repository's current code. */
  repository: SystemKnowledge;
  /** Each system with at least one current file, by key. */
  systems: SystemKnowledge[];
  /** Current files that belong to no system. */
  unassignedFiles: number;
  commits: number;
  /** Distinct e-mails in the history. */
  people: number;
}

export interface AuthorshipOptions {
  onProgress?: Progress;
}

/**
 * Who knows what, per system. `systemOf` maps a file's path to its system's key, or to
 * undefined when the file belongs to none (it still counts for the whole repository).
 */
export function analyseAuthorship(history: FileHistory, systemOf: (path: string) => string | undefined, options: AuthorshipOptions = {}): AuthorshipReport {
  const files = fileAuthorship(history, options.onProgress);
  const bySystem = new Map<string, FileAuthorship[]>();
  let unassignedFiles = 0;
  for (const file of files) {
    const key = systemOf(file.path);
    if (key === undefined) {
      unassignedFiles++;
      continue;
    }
    const list = bySystem.get(key);
    if (list) list.push(file);
    else bySystem.set(key, [file]);
  }
  const keys = [...bySystem.keys()].sort((a, b) => a.localeCompare(b));
  return {
    repository: knowledgeOf('', files, history.authors),
    systems: keys.map((key) => knowledgeOf(key, bySystem.get(key)!, history.authors)),
    unassignedFiles,
    commits: history.commitAuthor.length,
    people: history.authors.length,
  };
}

function knowledgeOf(key: string, files: readonly FileAuthorship[], emails: readonly string[]): SystemKnowledge {
  const byEmail = (a: number, b: number) => (emails[a]! < emails[b]! ? -1 : emails[a]! > emails[b]! ? 1 : a - b);
  const counts = new Map<number, number>();
  let filesWithoutAuthor = 0;
  for (const file of files) {
    if (file.authors.length === 0) filesWithoutAuthor++;
    for (const author of file.authors) counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  const knownBy = [...counts]
    .sort(([a, na], [b, nb]) => nb - na || byEmail(a, b))
    .map(([author, n]) => ({ email: emails[author]!, files: n, share: n / files.length }));
  const tf = greedyTruckFactor(files.map((f) => f.authors), byEmail);
  return {
    key,
    files: files.length,
    filesWithoutAuthor,
    knownBy,
    topAuthors: knownBy.slice(0, TOP_AUTHORS),
    truckFactor: tf.value,
    truckFactorAuthors: tf.authors.map((a) => emails[a]!),
  };
}

/**
 * A system key for each path from path prefixes: `{ web: ['apps/web', 'packages/ui/'] }`.
 * A prefix is a folder or a file, relative to the repository's root (a leading `/` or `./`
 * and a trailing `/` do not matter; `src/io` matches `src/io/x.ts`, not `src/iox.ts`); an
 * empty prefix matches everything. The longest matching prefix wins; the same prefix in
 * two systems belongs to the first. Looks up each of a path's folders once: O(depth).
 */
export function systemByPathPrefix(rules: Readonly<Record<string, readonly string[]>>): (path: string) => string | undefined {
  const owner = new Map<string, string>();
  for (const [key, prefixes] of Object.entries(rules)) {
    for (const prefix of prefixes) {
      const clean = prefix.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
      if (!owner.has(clean)) owner.set(clean, key);
    }
  }
  return (path) => {
    let at = path.length;
    for (;;) {
      const key = owner.get(path.slice(0, at));
      if (key !== undefined) return key;
      if (at === 0) return undefined;
      at = path.lastIndexOf('/', at - 1);
      if (at < 0) at = 0;
    }
  };
}

/** A listed owner's part in their system's code. */
export interface OwnerKnowledge {
  /** Lower case. */
  email: string;
  /** How many of the system's files they author; 0 when they author none. */
  files: number;
  share: number;
  /** Among the people the system's truck factor counts. */
  inTruckFactor: boolean;
}

/** A system with listed owners, set against who knows its code. */
export interface OwnerCheck {
  key: string;
  /** The system's current files (0: the history has none of its files). */
  files: number;
  owners: OwnerKnowledge[];
  /** Listed owners who author none of its files: the owner is not who knows the code. */
  notAuthors: string[];
  /** Those who do know it and are not listed as owners, most files first (at most TOP_AUTHORS). */
  knownInstead: SystemAuthor[];
}

/**
 * Listed owners (e.g. from CODEOWNERS or the team charter) against the history. One check per
 * system that lists at least one owner, by key; e-mails compare without regard to case or
 * surrounding spaces. The owner is not who knows the code where `notAuthors` is not empty.
 */
export function compareOwners(report: AuthorshipReport, ownersBySystem: Readonly<Record<string, readonly string[]>>): OwnerCheck[] {
  const systems = new Map(report.systems.map((s) => [s.key, s]));
  const checks: OwnerCheck[] = [];
  for (const key of Object.keys(ownersBySystem).sort((a, b) => a.localeCompare(b))) {
    const listed = [...new Set(ownersBySystem[key]!.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
    if (listed.length === 0) continue;
    const system = systems.get(key);
    const known = new Map((system?.knownBy ?? []).map((a) => [a.email, a]));
    const tf = new Set(system?.truckFactorAuthors ?? []);
    const owners = listed.map((email) => ({ email, files: known.get(email)?.files ?? 0, share: known.get(email)?.share ?? 0, inTruckFactor: tf.has(email) }));
    const listedSet = new Set(listed);
    checks.push({
      key,
      files: system?.files ?? 0,
      owners,
      notAuthors: owners.filter((o) => o.files === 0).map((o) => o.email),
      knownInstead: (system?.knownBy ?? []).filter((a) => !listedSet.has(a.email)).slice(0, TOP_AUTHORS),
    });
  }
  return checks;
}
