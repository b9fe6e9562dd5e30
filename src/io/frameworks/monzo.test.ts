import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { MAX_FRAMEWORK_PROBLEMS } from './common.ts';
import { readMonzoMarkdown, readMonzoYaml } from './monzo.ts';

const backend = readFileSync(new URL('../../../e2e/data/frameworks/monzo/backend.md', import.meta.url), 'utf8');

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
    expect(level2.criteria).toContain('Provides helpful and actionable feedback in code reviews in an empathetic manner');
    expect(level2.examples).toEqual([
      'Take a look at the levelling up your code reviews talk for some ideas',
      'I decided to X instead of Y here, I also considered Z but for these reasons I went with X',
    ]);
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

  it('refuses a prose-only file whose front matter has no topics', () => {
    for (const front of ['title: "Backend"\nlevels: 6\n', 'title: "Backend"\ntopics: []\n', 'title: "Backend"\ntopics:\n']) {
      const r = refused(readMonzoMarkdown('backend.md', md(front, '\n### About\nProse only.\n')));
      expect(r.headline).toBe('backend.md is not a framework Turbine can read: its front matter has no topics.');
      expect(r.problems[0]?.where).toMatch(/^front matter \(lines 1–\d\)$/);
      expect(r.problems[0]?.message).toContain('topics:');
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
