/**
 * The Financial Times engineering-progression job families
 * (github.com/Financial-Times/engineering-progression, data/job-families/*.yml): `levels` and
 * `themes` declared by id, and `competencies` that each point at one level and one theme.
 * The job family is one area with one scale (its levels in order, valued 1…n); each theme is
 * a capability; each competency is a criterion of its theme at its level, kept with its own
 * examples, its proficiency (which varies per competency in some families, e.g. engineering.yml)
 * and its supportingUrls as links (http and https only; others are left out with a note).
 *
 * Some families have parallel career tracks at the same grade ("Senior Engineer 2 (Individual
 * Contributor)" and "Senior Engineer 2 (People Manager)"). Ranked on one scale, the manager
 * level would sit above the IC level it parallels, so such a family is read once per track:
 * each track is its own area and scale (the shared levels plus that track's), and the preview
 * asks which to import, or both side by side.
 */
import { z } from 'zod';
import type { DraftCapability, DraftChoice, FrameworkDraft, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import type { DetailedCriterion } from '../../schemas/capability.ts';
import { finishDraft, humanise, isRecord, kindFromName, nameFromFileName, normaliseText, parseYaml, refuse, stripEmoji, TextList, TextValue, titleFor, whereIn, zodProblems } from './common.ts';

const Declared = z.object({ id: TextValue, name: TextValue.nullish(), summary: TextValue.nullish() });

const JobFamily = z.object({
  name: TextValue.nullish(),
  summary: TextValue.nullish(),
  levels: z.array(Declared, { error: 'must be a list of levels, each with an id and a name' }).min(1, { error: 'must declare at least one level' }),
  themes: z.array(Declared, { error: 'must be a list of themes, each with an id and a name' }).nullish(),
  competencies: z
    .array(
      z.object({
        id: TextValue.nullish(),
        summary: TextValue.nullish(),
        examples: TextList,
        level: TextValue,
        theme: TextValue,
        proficiency: TextValue.nullish(),
        supportingUrls: z
          .array(z.object({ label: TextValue.nullish(), url: TextValue }, { error: 'must be a label and a url' }).nullable(), { error: 'must be a list of links, each with a label and a url' })
          .nullish(),
      }),
    )
    .nullish(),
});

export function readFtJobFamily(fileName: string, text: string): FrameworkReadResult {
  const parsed = parseYaml(normaliseText(text));
  if (!parsed.ok) return refuse(fileName, 'its YAML has errors', parsed.problems);
  const { source } = parsed;
  if (!isRecord(source.value))
    return refuse(fileName, 'it is not an FT job family', [
      { where: 'the file', message: 'an FT job family is a set of fields: name, summary, levels, themes and competencies. Check that you chose a job-family file.' },
    ]);
  const result = JobFamily.safeParse(source.value);
  if (!result.success)
    return refuse(fileName, 'some values are not what Turbine expects', zodProblems(result.error.issues, source.value, (path) => whereIn(source, path)));
  const family = result.data;

  const repeated: FrameworkProblem[] = [];
  const declare = (list: 'levels' | 'themes', items: readonly z.infer<typeof Declared>[]) => {
    const ids = new Map<string, number>();
    items.forEach((item, i) => {
      const id = item.id.trim();
      const first = ids.get(id);
      if (first === undefined) ids.set(id, i);
      else repeated.push({ where: whereIn(source, [list, i, 'id']), message: `repeats the id "${id}" of ${list}[${first}]. Give each one its own id.` });
    });
    return ids;
  };
  const levelIndex = declare('levels', family.levels);
  const themes = family.themes ?? [];
  const themeIndex = declare('themes', themes);
  if (repeated.length > 0) return refuse(fileName, 'it declares some ids twice', repeated);

  const problems: FrameworkProblem[] = [];
  const notes: string[] = [];
  const placed: { level: number; theme: number; criterion: DetailedCriterion | undefined; examples: string[] }[] = [];
  for (const [i, c] of (family.competencies ?? []).entries()) {
    const label = c.id ? `competency ${c.id}` : `competency ${i + 1}`;
    const level = levelIndex.get(c.level.trim());
    const theme = themeIndex.get(c.theme.trim());
    if (level === undefined)
      problems.push({
        where: whereIn(source, ['competencies', i, 'level']),
        message: `${label} is at level "${c.level}", which is not declared under levels (${listIds(levelIndex)}). Use one of those ids or declare the level.`,
      });
    if (theme === undefined)
      problems.push({
        where: whereIn(source, ['competencies', i, 'theme']),
        message: `${label} is in theme "${c.theme}", which is not declared under themes (${listIds(themeIndex)}). Use one of those ids or declare the theme.`,
      });
    if (level === undefined || theme === undefined) continue;
    const links: { label: string; url: string }[] = [];
    for (const link of c.supportingUrls ?? []) {
      if (!link) continue;
      const url = link.url.trim();
      const text = (link.label ?? '').trim() || url;
      if (isWebLink(url)) links.push({ label: text.slice(0, 500), url });
      else notes.push(`The link "${text.slice(0, 80)}" of ${label} was left out: Turbine keeps http:// and https:// links only.`);
    }
    const summary = (c.summary ?? '').trim();
    const proficiency = (c.proficiency ?? '').trim();
    const criterion: DetailedCriterion | undefined =
      summary === ''
        ? undefined
        : {
            criterion: summary,
            ...(c.examples.length > 0 ? { examples: c.examples } : {}),
            ...(proficiency ? { proficiency } : {}),
            ...(links.length > 0 ? { links } : {}),
          };
    // Without a summary, the examples describe the level as a whole.
    placed.push({ level, theme, criterion, examples: criterion ? [] : c.examples });
  }
  if (problems.length > 0) return refuse(fileName, 'some competencies point to levels or themes it does not declare', problems);

  const familyName = stripEmoji(family.name ?? '') || nameFromFileName(fileName);
  const levels = family.levels.map((l, i) => ({ index: i, name: (l.name ?? '').trim() || humanise(l.id), description: l.summary ?? '' }));
  const draftFor = (areaName: string, levelIndexes: readonly number[]): FrameworkDraft => {
    const scaleName = `${areaName} levels`;
    const value = new Map(levelIndexes.map((index, i) => [index, i + 1]));
    const capabilities: DraftCapability[] = themes.map((t) => {
      const name = (t.name ?? '').trim() || humanise(t.id);
      return { name, kind: kindFromName(name), description: t.summary ?? '', scaleName, descriptors: [] };
    });
    for (const p of placed) {
      const level = value.get(p.level);
      const capability = capabilities[p.theme];
      if (level === undefined || !capability) continue;
      capability.descriptors.push({ level, criteria: [], examples: p.examples, ...(p.criterion ? { detailed: [p.criterion] } : {}) });
    }
    return {
      fileName,
      format: 'ft',
      title: titleFor(fileName, [areaName]),
      scales: [{ name: scaleName, levels: levelIndexes.map((index) => ({ value: value.get(index)!, name: levels[index]!.name, description: levels[index]!.description })) }],
      areas: [{ name: areaName, description: family.summary ?? '', capabilities }],
      ...(notes.length > 0 ? { notes } : {}),
    };
  };
  const noThemes: FrameworkProblem = { where: whereIn(source, ['themes']), message: 'no capabilities found: an FT job family needs a list of themes, each with an id and a name.' };

  const tracks = parallelTracks(levels.map((l) => l.name));
  if (!tracks) return finishDraft(draftFor(familyName, levels.map((l) => l.index)), noThemes);

  const options: DraftChoice['options'] = [];
  for (const track of tracks.tracks) {
    const result = finishDraft(draftFor(`${familyName} (${track.name})`, track.levels), noThemes);
    if (!result.ok) return result;
    options.push({ label: `${track.name} track: ${track.levels.map((i) => levels[i]!.name).join(', ')}`, draft: result.draft });
  }
  const both = finishDraft(mergeDrafts(options.map((o) => o.draft), familyName), noThemes);
  if (!both.ok) return both;
  options.push({ label: `Both tracks, each as its own area and scale`, draft: both.draft });
  const first = options[0]!;
  return {
    ok: true,
    draft: first.draft,
    choice: {
      question: 'Career track',
      why: `${familyName} has parallel tracks at the same grades (${tracks.pairs.join('; ')}). On one scale a manager level would rank above the level it parallels, so each track is imported as its own scale.`,
      options,
    },
  };
}

/** Tracks a level name can end with; the same grade in two of them is a parallel pair. */
const TRACK_SUFFIX = /^(.*?)\s*\((ic|individual contributor|people manager|pm|manager|engineering manager)\)\s*$/i;

function trackName(suffix: string): string {
  return /^(ic|individual contributor)$/i.test(suffix) ? 'Individual Contributor' : 'People Manager';
}

/**
 * The tracks of a family whose level names mark some levels "(IC)"/"(Individual Contributor)"
 * and "(People Manager)"/"(PM)", with at least one grade in both; each track holds the
 * unmarked levels and its own, in the file's order. Undefined when there are no such pairs.
 */
export function parallelTracks(levelNames: readonly string[]): { tracks: { name: string; levels: number[] }[]; pairs: string[] } | undefined {
  const marked = levelNames.map((name) => {
    const m = TRACK_SUFFIX.exec(name);
    return m ? { base: m[1]!.trim().toLowerCase(), display: m[1]!.trim(), track: trackName(m[2]!) } : undefined;
  });
  const trackNames = [...new Set(marked.flatMap((m) => (m ? [m.track] : [])))];
  if (trackNames.length < 2) return undefined;
  const pairs = [...new Set(marked.flatMap((m) => (m ? [m.base] : [])))].filter((base) => trackNames.every((t) => marked.some((m) => m?.base === base && m.track === t)));
  if (pairs.length === 0) return undefined;
  const tracks = trackNames
    .sort((a, b) => (a === 'Individual Contributor' ? -1 : b === 'Individual Contributor' ? 1 : 0))
    .map((name) => ({ name, levels: levelNames.map((_, i) => i).filter((i) => !marked[i] || marked[i]!.track === name) }));
  return { tracks, pairs: pairs.map((base) => marked.find((m) => m?.base === base)!.display) };
}

function mergeDrafts(drafts: readonly FrameworkDraft[], title: string): FrameworkDraft {
  const first = drafts[0]!;
  return { ...first, title, scales: drafts.flatMap((d) => d.scales), areas: drafts.flatMap((d) => d.areas) };
}

function isWebLink(url: string): boolean {
  if (url.length > 2000) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && url === url.trim();
  } catch {
    return false;
  }
}

function listIds(ids: ReadonlyMap<string, number>): string {
  return ids.size === 0 ? 'none are' : [...ids.keys()].map((id) => `"${id}"`).join(', ');
}
