/**
 * The Financial Times engineering-progression job families
 * (github.com/Financial-Times/engineering-progression, data/job-families/*.yml): `levels` and
 * `themes` declared by id, and `competencies` that each point at one level and one theme.
 * The job family is one area with one scale (its levels in order, valued 1…n); each theme is
 * a capability; each competency's summary is a criterion of its theme at its level, and its
 * examples are that level's examples. `proficiency` is not carried over: it is the same
 * ("Working knowledge") across whole families and would repeat on every criterion.
 */
import { z } from 'zod';
import type { DraftCapability, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
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

  const areaName = stripEmoji(family.name ?? '') || nameFromFileName(fileName);
  const scaleName = `${areaName} levels`;
  const capabilities: DraftCapability[] = themes.map((t) => {
    const name = (t.name ?? '').trim() || humanise(t.id);
    return { name, kind: kindFromName(name), description: t.summary ?? '', scaleName, descriptors: [] };
  });

  const problems: FrameworkProblem[] = [];
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
    const capability = theme === undefined ? undefined : capabilities[theme];
    if (level === undefined || !capability) continue;
    capability.descriptors.push({ level: level + 1, criteria: c.summary ? [c.summary] : [], examples: c.examples });
  }
  if (problems.length > 0) return refuse(fileName, 'some competencies point to levels or themes it does not declare', problems);

  return finishDraft(
    {
      fileName,
      format: 'ft',
      title: titleFor(fileName, [areaName]),
      scales: [{ name: scaleName, levels: family.levels.map((l, i) => ({ value: i + 1, name: (l.name ?? '').trim() || humanise(l.id), description: l.summary ?? '' })) }],
      areas: [{ name: areaName, description: family.summary ?? '', capabilities }],
    },
    { where: whereIn(source, ['themes']), message: 'no capabilities found: an FT job family needs a list of themes, each with an id and a name.' },
  );
}

function listIds(ids: ReadonlyMap<string, number>): string {
  return ids.size === 0 ? 'none are' : [...ids.keys()].map((id) => `"${id}"`).join(', ');
}
