import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { MAX_FRAMEWORK_PROBLEMS } from './common.ts';
import { readMonzoMarkdown, readMonzoYaml } from './monzo.ts';

const backend = readFileSync(new URL('../../../e2e/data/frameworks/monzo/backend.md', import.meta.url), 'utf8');
const sublevels = readFileSync(new URL('../../../e2e/data/frameworks/shapes/sublevels.md', import.meta.url), 'utf8');
const prose = readFileSync(new URL('../../../e2e/data/frameworks/shapes/prose.md', import.meta.url), 'utf8');

function draftOf(r: FrameworkReadResult): FrameworkDraft {
  if (!r.ok) throw new Error(`expected a draft, got: ${r.headline} ${JSON.stringify(r.problems)}`);
  return r.draft;
}

function refused(r: FrameworkReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

const capabilities = (d: FrameworkDraft) => d.areas.flatMap((a) => a.capabilities);

const md = (frontMatter: string, body = '\nSome prose.\n') => `---\n${frontMatter}---\n${body}`;

describe('readMonzoMarkdown on the Backend framework', () => {
  const draft = draftOf(readMonzoMarkdown('backend.md', backend));

  it('makes one area named from the title without its emoji, and one scale of six levels', () => {
    expect(draft.format).toBe('monzo');
    expect(draft.title).toBe('Backend Engineering Framework');
    expect(draft.areas.map((a) => a.name)).toEqual(['Backend Engineering Framework']);
    expect(draft.scales).toEqual([
      { name: 'Backend Engineering Framework levels', levels: [1, 2, 3, 4, 5, 6].map((value) => ({ value, name: `Level ${value}`, description: '' })) },
    ]);
  });

  it('makes a capability per topic, named from its title or its humanised name, with a kind', () => {
    expect(capabilities(draft).map((c) => [c.name, c.kind])).toEqual([
      ['Communication', 'non-technical'],
      ['Impact', 'non-technical'],
      ['Leadership', 'non-technical'],
      ['Influence', 'non-technical'],
      ['Mastery', 'technical'],
    ]);
    expect(capabilities(draft).every((c) => c.scaleName === 'Backend Engineering Framework levels')).toBe(true);
  });

  it('maps criteria, example criteria and their examples into each level', () => {
    const mastery = capabilities(draft).find((c) => c.name === 'Mastery')!;
    expect(mastery.descriptors.map((d) => d.level)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(mastery.descriptors[5]).toEqual({
      level: 6,
      criteria: [
        'Makes major contributions to technologies and libraries that we depend on',
        'Makes improvements to the stability, performance or security of the entire platform',
        'Serves as a technical authority in the wider engineering community',
      ],
      examples: [],
    });
    const level2 = capabilities(draft).find((c) => c.name === 'Communication')!.descriptors[1]!;
    expect(level2.criteria).toEqual([
      "Proactively communicates to their team what they are working on, why, how it's going and what help they need",
      'Accepts feedback graciously',
      'Gives feedback to peers when asked',
    ]);
    // Each example stays under the criterion it illustrates.
    expect(level2.detailed).toEqual([
      {
        criterion: 'Provides helpful and actionable feedback in code reviews in an empathetic manner',
        examples: ['Take a look at the levelling up your code reviews talk for some ideas'],
      },
      {
        criterion: 'Writes PR descriptions that provide context and provide rationale for significant decisions',
        examples: ['I decided to X instead of Y here, I also considered Z but for these reasons I went with X'],
      },
    ]);
    expect(level2.examples).toEqual([]);
  });

  it('keeps a topic that starts at level 3 sparse', () => {
    expect(capabilities(draft).find((c) => c.name === 'Leadership')!.descriptors.map((d) => d.level)).toEqual([3, 4, 5, 6]);
  });

  it('reads the same with Windows line endings', () => {
    expect(draftOf(readMonzoMarkdown('backend.md', backend.replace(/\n/g, '\r\n')))).toEqual(draft);
  });
});

describe('readMonzoMarkdown on other files of the format', () => {
  const topic = 'topics:\n  - name: "mastery"\n    content:\n      - level: 1\n        criteria:\n          - "Fixes simple bugs"\n';

  it('names the area from the file when the title is empty or only emoji', () => {
    expect(draftOf(readMonzoMarkdown('backend.md', md(`title:\n${topic}`))).areas[0]?.name).toBe('Backend');
    expect(draftOf(readMonzoMarkdown('web-engineering.md', md(`title: "🛠️ "\n${topic}`))).areas[0]?.name).toBe('Web engineering');
    expect(draftOf(readMonzoMarkdown('x.md', md(`title: "  ✨🚀 Data  Science 👩‍💼 "\n${topic}`))).areas[0]?.name).toBe('Data Science');
  });

  it('refuses a file whose front matter has no topics and whose body has no levels, showing both shapes as code', () => {
    for (const front of ['title: "Backend"\nlevels: 6\n', 'title: "Backend"\ntopics: []\n', 'title: "Backend"\ntopics:\n']) {
      const r = refused(readMonzoMarkdown('backend.md', md(front, '\n### About\nProse only.\n')));
      expect(r.headline).toBe('backend.md is not a framework Turbine can read: its front matter has no topics.');
      expect(r.problems[0]?.where).toMatch(/^front matter \(lines 1–\d\)$/);
      expect(r.problems[0]?.message).toBe('there is no list of topics, so there are no capabilities to import. A Monzo framework lists its capabilities under "topics", each with a "name" and "content" per level, like this:');
      expect(r.problems[0]?.example).toBe('topics:\n  - name: communication\n    content:\n      - level: 1\n        criteria:\n          - "Gives regular status updates"');
      expect(r.problems[1]?.where).toMatch(/^the text after the front matter \(from line \d\)$/);
      expect(r.problems[1]?.example).toContain('## Level 1\n\n### Knowledge');
      // No escaped line breaks, escaped quotes or Markdown backticks in what the manager reads.
      for (const p of r.problems) expect(p.message).not.toMatch(/\\n|\\"|`/);
    }
  });

  it('refuses front matter that is only prose', () => {
    const r = refused(readMonzoMarkdown('notes.md', md('Just some words about the framework\n')));
    expect(r.headline).toBe('notes.md is not a framework Turbine can read: its front matter has no topics.');
  });

  it('refuses a file without front matter, or whose front matter is never closed', () => {
    expect(refused(readMonzoMarkdown('readme.md', '# Backend\n\nProse.\n')).headline).toBe('readme.md is not a framework Turbine can read: it has no YAML front matter.');
    const open = refused(readMonzoMarkdown('backend.md', `---\ntitle: x\n${topic}`));
    expect(open.headline).toContain('its front matter is never closed');
    expect(open.problems[0]?.where).toBe('line 1');
  });

  it('names the file line of a tab used for indentation', () => {
    const text = md(`title: x\ntopics:\n  - name: mastery\n\tcontent:\n      - level: 1\n`);
    const r = refused(readMonzoMarkdown('backend.md', text));
    expect(r.headline).toBe('backend.md is not a framework Turbine can read: its front matter has errors.');
    expect(r.problems).toEqual([{ where: 'line 5', message: expect.stringContaining('uses a tab for indentation; YAML needs spaces') }]);
  });

  it('accepts levels written as strings, and levels beyond the declared count', () => {
    const text = md('title: x\nlevels: "2"\ntopics:\n  - name: mastery\n    content:\n      - level: "3"\n        criteria: ["Designs schemas"]\n');
    const draft = draftOf(readMonzoMarkdown('x.md', text));
    expect(draft.scales[0]?.levels.map((l) => l.value)).toEqual([1, 2, 3]);
    expect(capabilities(draft)[0]?.descriptors).toEqual([{ level: 3, criteria: ['Designs schemas'], examples: [] }]);
  });

  it('merges topics with the same name, and keeps a topic whose criteria lists are empty', () => {
    const text = md(
      'title: x\ntopics:\n' +
        '  - name: mastery\n    content:\n      - level: 1\n        criteria: ["Fixes bugs"]\n' +
        '  - name: Mastery\n    content:\n      - level: 1\n        criteria: ["Fixes bugs", "Writes tests"]\n      - level: 2\n        criteria: []\n        exampleCriteria: []\n' +
        '  - name: impact\n    content:\n      - level: 1\n        criteria: []\n',
    );
    const caps = capabilities(draftOf(readMonzoMarkdown('x.md', text)));
    expect(caps.map((c) => c.name)).toEqual(['Mastery', 'Impact']);
    expect(caps[0]?.descriptors).toEqual([{ level: 1, criteria: ['Fixes bugs', 'Writes tests'], examples: [] }]);
    expect(caps[1]?.descriptors).toEqual([]);
  });

  it('names the path and line of a level that is not a number, and of text that YAML read as a key: value pair', () => {
    const text = md('title: x\ntopics:\n  - name: mastery\n    content:\n      - level: senior\n        criteria:\n          - Uses X: a thing\n');
    const r = refused(readMonzoMarkdown('backend.md', text));
    expect(r.problems).toEqual([
      { where: 'topics[0].content[0].level (line 6)', message: 'is "senior"; a level must be a whole number from 0 to 20' },
      { where: 'topics[0].content[0].criteria[0] (line 8)', message: expect.stringContaining('Put the whole text in double quotes') },
    ]);
  });

  it('refuses a topic with neither name nor title', () => {
    const r = refused(readMonzoMarkdown('x.md', md('title: x\ntopics:\n  - content: []\n')));
    expect(r.problems).toEqual([{ where: 'topics[0] (line 4)', message: expect.stringContaining('neither a name nor a title') }]);
  });

  it('caps the problems it lists', () => {
    const topics = Array.from({ length: 30 }, (_, i) => `  - name: t${i}\n    content:\n      - level: high\n`).join('');
    const r = refused(readMonzoMarkdown('x.md', md(`title: x\ntopics:\n${topics}`)));
    expect(r.problems).toHaveLength(MAX_FRAMEWORK_PROBLEMS);
    expect(r.problems.at(-1)?.message).toMatch(/^and 11 more problems/);
  });
});

describe('readMonzoYaml', () => {
  it('reads Monzo-style YAML without front matter, naming lines from the top of the file', () => {
    const draft = draftOf(readMonzoYaml('mobile.yml', 'title: Mobile\ntopics:\n  - name: mastery\n    content:\n      - level: 1\n        criteria: ["Ships"]\n'));
    expect(draft.areas[0]?.name).toBe('Mobile');
    const r = refused(readMonzoYaml('mobile.yml', 'title: Mobile\ntopics:\n\t- name: mastery\n'));
    expect(r.headline).toBe('mobile.yml is not a framework Turbine can read: its YAML has errors.');
    expect(r.problems[0]?.where).toBe('line 3');
  });
});

describe('readMonzoMarkdown on a file with sub-levels (the customer-operations shape)', () => {
  const draft = draftOf(readMonzoMarkdown('sublevels.md', sublevels));
  const [knowledge, communication] = capabilities(draft);

  it('keeps every example under the sub-level it belongs to, shared examples included', () => {
    expect(knowledge?.name).toBe('Knowledge & Impact');
    expect(knowledge?.description).toBe('How much they know, and what their work changes');
    expect(knowledge?.descriptors[0]).toEqual({
      level: 1,
      criteria: [],
      examples: [],
      detailed: [
        { criterion: 'Criteria for sublevel A', examples: ['Working towards the targets for new starters'] },
        { criterion: 'Criteria for sublevel A (after probation)', examples: ['Meets the new-starter targets for at least 2 weeks', 'Current targets are on the team wiki'] },
        { criterion: 'Criteria for sublevel B', examples: ['Handles every core queue at the expected standard', 'Current targets are on the team wiki'] },
        { criterion: 'Criteria for sublevel C', examples: ['Handles one advanced queue as well as every core queue', 'Current targets are on the team wiki'] },
      ],
    });
    expect(communication?.descriptors[0]?.detailed?.map((d) => d.examples)).toEqual([
      ['Asks for help with tasks they are learning', 'Welcomes feedback from their lead and peers'],
      ['Uses the right channel to get help', 'Welcomes feedback from their lead and peers'],
    ]);
    expect(communication?.descriptors[1]).toEqual({ level: 2, criteria: ['Gives feedback to the people they work with', 'Everything from level one'], examples: [] });
  });

  it('loses no text: every label and example of the file is in the draft', () => {
    const texts = capabilities(draft).flatMap((c) => c.descriptors.flatMap((d) => [...d.criteria, ...d.examples, ...(d.detailed ?? []).flatMap((x) => [x.criterion, ...(x.examples ?? [])])]));
    const inFile = [...sublevels.matchAll(/^ +- (?:criteria: )?"(.*)"$/gm)].map((m) => m[1]);
    expect(texts).toHaveLength(inFile.length);
    expect(texts.sort()).toEqual(inFile.sort());
  });
});

describe('readMonzoMarkdown on a prose framework (yaml: false, ## Level N and ### Topic)', () => {
  const draft = draftOf(readMonzoMarkdown('prose.md', prose));

  it('reads levels from the headings and a capability per topic, each paragraph a criterion', () => {
    expect(draft.format).toBe('monzo');
    expect(draft.title).toBe('Service Design Framework');
    expect(draft.scales).toEqual([{ name: 'Service Design Framework levels', levels: [1, 2].map((value) => ({ value, name: `Level ${value}`, description: '' })) }]);
    expect(capabilities(draft).map((c) => [c.name, c.kind])).toEqual([
      ['Knowledge', 'technical'],
      ['Collaboration', 'non-technical'],
      ['Ownership', 'non-technical'],
    ]);
    const [knowledge, collaboration, ownership] = capabilities(draft);
    expect(knowledge?.descriptors).toEqual([
      { level: 1, criteria: ['You know the basics of layout, type and colour, and you use your tools to turn them into real work.'], examples: [] },
      { level: 2, criteria: ['You are proficient in several parts of product design and user research.'], examples: [] },
    ]);
    // A paragraph's soft line break is a space; a list gives a criterion per item.
    expect(collaboration?.descriptors[0]?.criteria).toEqual(['You work with other designers to understand why decisions are made. You ask for feedback and take it graciously.']);
    expect(ownership?.descriptors).toEqual([
      { level: 2, criteria: ['You own large pieces of work from end to end.', 'You scope the work with your product manager', 'You see it through to release'], examples: [] },
    ]);
    expect(draft.notes).toEqual(['prose.md is written as prose: each paragraph under a topic\'s heading became a criterion of that level.']);
  });

  it('reads the same with Windows line endings', () => {
    expect(draftOf(readMonzoMarkdown('prose.md', prose.replace(/\n/g, '\r\n')))).toEqual(draft);
  });

  it('refuses a prose file whose levels hold no topics, with the shape to follow', () => {
    const r = refused(readMonzoMarkdown('empty.md', md('title: Empty\nyaml: false\n', '## Level 1\n\nJust an introduction.\n')));
    expect(r.headline).toBe('empty.md is not a framework Turbine can read: no capabilities found.');
    expect(r.problems[0]?.example).toContain('### Knowledge');
  });
});
