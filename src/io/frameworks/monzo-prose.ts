/**
 * Monzo's prose frameworks (the design ones, e.g. frameworks/design/product-design.md): the
 * front matter says `yaml: false` and holds no topics; the body is Markdown with a `## Level N`
 * heading per level and, under it, a `### Topic` heading per capability followed by paragraphs.
 * Read with a Markdown parser (mdast-util-from-markdown), never with regular expressions over
 * the text, so emphasis, links and lists come out as the words a reader sees.
 *
 * One file is one area and one scale, as with the YAML frameworks; each topic is a capability,
 * each paragraph (or list item) under it at a level is a criterion of that level. Text under a
 * level heading before its first topic describes the level; text before the first level
 * describes the area.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { DraftCapability, FrameworkProblem, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { nameKey } from '../../domain/library-merge.ts';
import { finishDraft, kindFromName, stripEmoji, titleFor } from './common.ts';
import { markdownText } from '../markdown-text.ts';

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root | Root['children'][number];

const LEVEL_HEADING = /^level\s*(\d{1,2})\b/i;

export const HOW_PROSE_LOOKS = '## Level 1\n\n### Knowledge\n\nWhat someone at level 1 knows, in a paragraph.\n\n### Collaboration\n\nHow they work with others.';

/** True when the body has at least one `## Level N` heading: the shape this reader reads. */
export function looksLikeProse(body: string): boolean {
  return /^#{1,2}[ \t]+level[ \t]*\d/im.test(body);
}

/**
 * `body` starts at line `firstLine` of the file. `areaName` comes from the front matter's title.
 * `block` names the body in problems, e.g. "the text after the front matter (from line 10)".
 */
export function readMonzoProse(fileName: string, areaName: string, body: string, firstLine: number): FrameworkReadResult {
  const tree = fromMarkdown(body);
  const scaleName = `${areaName} levels`;
  const capabilities = new Map<string, DraftCapability>();
  const levels = new Map<number, { description: string[] }>();
  const areaDescription: string[] = [];
  let level: number | undefined;
  let topic: DraftCapability | undefined;
  let topicLevel = 0;

  const add = (texts: string[]) => {
    const kept = texts.map(cleanText).filter((t) => t !== '');
    if (kept.length === 0) return;
    if (level === undefined) areaDescription.push(...kept);
    else if (!topic) levels.get(level)?.description.push(...kept);
    else {
      let d = topic.descriptors.find((x) => x.level === level);
      if (!d) {
        d = { level, criteria: [], examples: [] };
        topic.descriptors.push(d);
      }
      d.criteria.push(...kept);
    }
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = cleanText(textOf(node));
      const match = LEVEL_HEADING.exec(text);
      if (node.depth <= 2) {
        level = match ? Number(match[1]) : undefined;
        topic = undefined;
        if (level !== undefined && !levels.has(level)) levels.set(level, { description: [] });
        continue;
      }
      if (level === undefined) continue;
      if (topic && node.depth > topicLevel) {
        // A heading below a topic's own (#### under ###) is part of what the topic says.
        add([text]);
        continue;
      }
      const name = stripEmoji(text);
      if (name === '') {
        topic = undefined;
        continue;
      }
      topic = capabilities.get(nameKey(name));
      if (!topic) {
        topic = { name, kind: kindFromName(name), description: '', scaleName, descriptors: [] };
        capabilities.set(nameKey(name), topic);
      }
      topicLevel = node.depth;
      continue;
    }
    if (node.type === 'list') add(node.children.map((item) => textOf(item)));
    else if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'table' || node.type === 'code') add([textOf(node)]);
    // thematicBreak (---) between levels, html and definitions carry nothing to import.
  }

  const values = [...levels.keys()].sort((a, b) => a - b);
  const noLevels: FrameworkProblem = {
    where: `the text after the front matter (from line ${firstLine})`,
    message: 'has no capabilities: a Monzo prose framework has a "## Level N" heading for each level and a "### Topic" heading for each capability under it, followed by what it means at that level.',
    example: HOW_PROSE_LOOKS,
  };
  return finishDraft(
    {
      fileName,
      format: 'monzo',
      title: titleFor(fileName, [areaName]),
      scales: [{ name: scaleName, levels: values.map((value) => ({ value, name: `Level ${value}`, description: levels.get(value)!.description.join('\n\n') })) }],
      areas: [{ name: areaName, description: areaDescription.join('\n\n'), capabilities: [...capabilities.values()] }],
      notes: [`${fileName} is written as prose: each paragraph under a topic's heading became a criterion of that level.`],
    },
    noLevels,
  );
}

const textOf = (node: Node) => markdownText(node);

function cleanText(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]+/g, ' ').trim();
}
