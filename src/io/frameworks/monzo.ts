/**
 * Monzo's progression frameworks (github.com/monzo/progression-framework): a Markdown file
 * whose YAML front matter holds `title`, `levels` and `topics`, each topic with `content`
 * per level of `criteria` and `exampleCriteria`. One file is one area and one scale
 * ("<title> levels", Level 1…N); each topic is a capability. An exampleCriterion keeps its
 * examples under it (a detailed criterion), never merged into the level's loose examples.
 * A file whose front matter has no topics but whose body has "## Level N" headings is one of
 * Monzo's prose frameworks, read by monzo-prose.ts.
 */
import { z } from 'zod';
import type { DraftCapability, DraftDescriptor, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import type { DetailedCriterion } from '../../schemas/capability.ts';
import { HOW_PROSE_LOOKS, looksLikeProse, readMonzoProse } from './monzo-prose.ts';
import {
  finishDraft,
  humanise,
  isRecord,
  nameFromFileName,
  kindFromName,
  LevelValue,
  normaliseText,
  parseYaml,
  refuse,
  stripEmoji,
  TextList,
  TextValue,
  titleFor,
  whereIn,
  zodProblems,
} from './common.ts';

const ExampleCriterion = z.union(
  [
    TextValue,
    z.object({ criteria: TextValue.nullish(), examples: TextList }),
  ],
  { error: 'must be text, or a criteria text with its examples' },
);

const Content = z.object({
  level: LevelValue,
  criteria: TextList,
  exampleCriteria: z.array(ExampleCriterion.nullable()).nullish(),
});

const Topic = z.object({
  name: TextValue.nullish(),
  title: TextValue.nullish(),
  description: TextValue.nullish(),
  content: z.array(Content.nullable()).nullish(),
});

const FrontMatter = z.object({
  title: TextValue.nullish(),
  levels: LevelValue.nullish(),
  topics: z.array(Topic.nullable()).nullish(),
});

const HOW_TOPICS_LOOK = 'A Monzo framework lists its capabilities under "topics", each with a "name" and "content" per level, like this:';
const TOPICS_EXAMPLE = 'topics:\n  - name: communication\n    content:\n      - level: 1\n        criteria:\n          - "Gives regular status updates"';

/** A Markdown file with front matter, as Monzo publishes them. */
export function readMonzoMarkdown(fileName: string, text: string): FrameworkReadResult {
  const lines = normaliseText(text).split('\n');
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open === -1 || lines[open]?.trimEnd() !== '---')
    return refuse(fileName, 'it has no YAML front matter', [
      {
        where: `line ${open === -1 ? 1 : open + 1}`,
        message: 'the file must start with a line of three dashes (---), then the framework in YAML, then another --- line. Monzo framework files look like that; check that you chose one of them.',
      },
    ]);
  const close = lines.findIndex((l, i) => i > open && l.trimEnd() === '---');
  if (close === -1)
    return refuse(fileName, 'its front matter is never closed', [
      { where: `line ${open + 1}`, message: 'the front matter starts here but no later line is ---. Add a line with three dashes after the YAML.' },
    ]);
  return readMonzoYaml(fileName, lines.slice(open + 1, close).join('\n'), {
    firstLine: open + 2,
    block: `front matter (lines ${open + 1}–${close + 1})`,
    body: { text: lines.slice(close + 1).join('\n'), firstLine: close + 2 },
  });
}

/**
 * Monzo-style YAML: a .yml file with `topics`, or the front matter of a Markdown file,
 * which starts at line `firstLine` of the file so problems name the editor's line.
 */
export function readMonzoYaml(fileName: string, yaml: string, frontMatter?: { firstLine: number; block: string; body?: { text: string; firstLine: number } }): FrameworkReadResult {
  const block = frontMatter?.block ?? 'the file';
  const parsed = parseYaml(normaliseText(yaml), frontMatter?.firstLine);
  if (!parsed.ok) return refuse(fileName, `its ${frontMatter ? 'front matter' : 'YAML'} has errors`, parsed.problems);
  const { source } = parsed;
  const body = frontMatter?.body;
  const prose = body && looksLikeProse(body.text);
  const noTopics = (): FrameworkReadResult => {
    const title = isRecord(source.value) && typeof source.value.title === 'string' ? stripEmoji(source.value.title) : '';
    if (body && prose) return readMonzoProse(fileName, title || nameFromFileName(fileName), body.text, body.firstLine);
    return refuse(fileName, `its ${frontMatter ? 'front matter' : 'YAML'} has no topics`, [
      {
        where: block,
        message: `there is no list of topics, so there are no capabilities to import. ${HOW_TOPICS_LOOK}`,
        example: TOPICS_EXAMPLE,
      },
      ...(body
        ? [{ where: `the text after the front matter (from line ${body.firstLine})`, message: 'has no "## Level N" headings either, so it is not a prose framework. Monzo\'s prose frameworks (yaml: false) look like this:', example: HOW_PROSE_LOOKS }]
        : []),
    ]);
  };
  if (!isRecord(source.value)) return noTopics();

  const result = FrontMatter.safeParse(source.value);
  if (!result.success)
    return refuse(fileName, 'some values are not what Turbine expects', zodProblems(result.error.issues, source.value, (path) => whereIn(source, path)));
  const front = result.data;
  const topics = front.topics ?? [];
  if (topics.every((t) => t === null)) return noTopics();

  const areaName = stripEmoji(front.title ?? '') || nameFromFileName(fileName);
  const scaleName = `${areaName} levels`;
  const problems: FrameworkProblem[] = [];
  const capabilities: DraftCapability[] = [];
  let highest = 0;
  for (const [i, topic] of topics.entries()) {
    if (topic === null) continue;
    const name = stripEmoji(topic.title ?? '') || humanise(stripEmoji(topic.name ?? ''));
    if (name === '') {
      problems.push({ where: whereIn(source, ['topics', i]), message: 'has neither a name nor a title. Give the topic a name, e.g. "name: communication".' });
      continue;
    }
    const descriptors: DraftDescriptor[] = [];
    for (const content of topic.content ?? []) {
      if (content === null) continue;
      highest = Math.max(highest, content.level);
      const criteria = [...content.criteria];
      const examples: string[] = [];
      const detailed: DetailedCriterion[] = [];
      // Each example stays under the criterion it illustrates; in customer-operations.md the
      // criterion is a sub-level label ("Criteria for sublevel B") and its examples are the content.
      for (const item of content.exampleCriteria ?? []) {
        if (item === null) continue;
        if (typeof item === 'string') criteria.push(item);
        else if (item.criteria && item.criteria.trim() !== '') detailed.push(item.examples.length > 0 ? { criterion: item.criteria, examples: item.examples } : { criterion: item.criteria });
        else examples.push(...item.examples);
      }
      descriptors.push({ level: content.level, criteria, examples, ...(detailed.length > 0 ? { detailed } : {}) });
    }
    capabilities.push({ name, kind: kindFromName(`${name} ${topic.name ?? ''}`), description: topic.description ?? '', scaleName, descriptors });
  }
  if (problems.length > 0) return refuse(fileName, 'some topics have no name', problems);

  // Levels run 1…N even where no topic describes one, so the scale reads as the framework's ladder.
  const count = Math.max(front.levels ?? 0, highest, 1);
  const zero = capabilities.some((c) => c.descriptors.some((d) => d.level === 0));
  const levels = Array.from({ length: count + (zero ? 1 : 0) }, (_, i) => i + (zero ? 0 : 1)).map((value) => ({ value, name: `Level ${value}`, description: '' }));

  return finishDraft(
    {
      fileName,
      format: 'monzo',
      title: titleFor(fileName, [areaName]),
      scales: [{ name: scaleName, levels }],
      areas: [{ name: areaName, description: '', capabilities }],
    },
    { where: block, message: `no capabilities found. ${HOW_TOPICS_LOOK}`, example: TOPICS_EXAMPLE },
  );
}
