import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { kindFromName } from './common.ts';
import { parallelTracks, readFtJobFamily } from './ft.ts';

const operations = readFileSync(new URL('../../../e2e/data/frameworks/ft/operations.yml', import.meta.url), 'utf8');
const tracks = readFileSync(new URL('../../../e2e/data/frameworks/shapes/tracks.yml', import.meta.url), 'utf8');

function draftOf(r: FrameworkReadResult): FrameworkDraft {
  if (!r.ok) throw new Error(`expected a draft, got: ${r.headline} ${JSON.stringify(r.problems)}`);
  return r.draft;
}

function refused(r: FrameworkReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

const family = (competencies: string, extra = '') =>
  `name: Tiny\nsummary: A tiny family.\ngoogleSheetId: x\n${extra}levels:\n  - id: engineer\n    name: Engineer\n  - id: senior\n    name: Senior Engineer\nthemes:\n  - id: technical\n    name: Technical\n  - id: communication\n    name: Communication\n    summary: How we talk\ncompetencies:\n${competencies}`;

const competency = (level: string, theme: string, summary = 'Does a thing') =>
  `  - id: 06e32fac-1368-47fb-b6ef-261d58662ba8\n    summary: ${summary}\n    examples:\n      - An example of it\n    level: ${level}\n    theme: ${theme}\n    proficiency: Working knowledge\n`;

describe('readFtJobFamily on the Operations job family', () => {
  const draft = draftOf(readFtJobFamily('operations.yml', operations));
  const caps = draft.areas[0]!.capabilities;

  it('makes one area for the family, described by its summary', () => {
    expect(draft.format).toBe('ft');
    expect(draft.title).toBe('Operations');
    expect(draft.areas.map((a) => [a.name, a.description])).toEqual([['Operations', 'Competencies for System Engineers within Operations at the Financial Times.']]);
  });

  it('makes one scale from its three levels, in order', () => {
    expect(draft.scales).toEqual([
      {
        name: 'Operations levels',
        levels: [
          { value: 1, name: 'Engineer', description: '' },
          { value: 2, name: 'Senior Engineer 1', description: '' },
          { value: 3, name: 'Senior Engineer 2', description: '' },
        ],
      },
    ]);
  });

  it('makes a capability per theme', () => {
    expect(caps.map((c) => [c.name, c.kind])).toEqual([
      ['Technical', 'technical'],
      ['Communication', 'non-technical'],
      ['Delivery', 'technical'],
      ['Leadership', 'non-technical'],
    ]);
    expect(caps.every((c) => c.descriptors.map((d) => d.level).join() === '1,2,3')).toBe(true);
  });

  it('keeps each competency as a criterion of its level and theme, with its own examples and proficiency', () => {
    const incidents = caps.find((c) => c.name === 'Communication')!.descriptors[2]!;
    expect(incidents.criteria).toEqual([]);
    expect(incidents.examples).toEqual([]);
    expect(incidents.detailed).toContainEqual({
      criterion: 'Incident Management (in a incident lead role)',
      examples: [
        'Comfortable running a major incident with widespread business impact, sending senior stakeholder updates and comms, coordinating complex incident reviews across multiple teams, and ensuring that improvements are picked by teams',
      ],
      proficiency: 'Working knowledge',
    });
    expect(caps.find((c) => c.name === 'Technical')!.descriptors[0]!.detailed!.map((d) => d.criterion)).not.toContain('Incident Management (in a incident lead role)');
  });

  it('does not repeat a competency the file lists twice', () => {
    const leadership = caps.find((c) => c.name === 'Leadership')!.descriptors[0]!;
    const visibility = leadership.detailed!.filter((c) => c.criterion === 'Improves and promotes team visibility between departments');
    expect(visibility).toEqual([{ criterion: 'Improves and promotes team visibility between departments', examples: ['Collaborates with other P&T teams professionally'], proficiency: 'Working knowledge' }]);
  });
});

describe('readFtJobFamily on other files of the format', () => {
  it('reads a small family, with a theme summary as the capability description', () => {
    const draft = draftOf(readFtJobFamily('tiny.yml', family(competency('senior', 'communication'))));
    expect(draft.areas[0]?.capabilities[1]).toEqual({
      name: 'Communication',
      kind: 'non-technical',
      description: 'How we talk',
      scaleName: 'Tiny levels',
      descriptors: [{ level: 2, criteria: [], examples: [], detailed: [{ criterion: 'Does a thing', examples: ['An example of it'], proficiency: 'Working knowledge' }] }],
    });
  });

  it('names the competency and the unknown level or theme, with the path and line', () => {
    const r = refused(readFtJobFamily('tiny.yml', family(competency('engineer', 'technical') + competency('principal', 'people'))));
    expect(r.headline).toBe('tiny.yml is not a framework Turbine can read: some competencies point to levels or themes it does not declare.');
    expect(r.problems).toEqual([
      {
        where: 'competencies[1].level (line 27)',
        message: 'competency 06e32fac-1368-47fb-b6ef-261d58662ba8 is at level "principal", which is not declared under levels ("engineer", "senior"). Use one of those ids or declare the level.',
      },
      {
        where: 'competencies[1].theme (line 28)',
        message: expect.stringContaining('is in theme "people", which is not declared under themes ("technical", "communication")'),
      },
    ]);
  });

  it('refuses a level or theme id declared twice', () => {
    const text = family(competency('engineer', 'technical')).replace('  - id: senior\n', '  - id: engineer\n');
    const r = refused(readFtJobFamily('tiny.yml', text));
    expect(r.problems).toEqual([{ where: 'levels[1].id (line 7)', message: expect.stringContaining('repeats the id "engineer" of levels[0]') }]);
  });

  it('names the line of a tab used for indentation', () => {
    const r = refused(readFtJobFamily('tiny.yml', family(competency('engineer', 'technical')).replace('  - id: technical', '\t- id: technical')));
    expect(r.headline).toBe('tiny.yml is not a framework Turbine can read: its YAML has errors.');
    expect(r.problems[0]).toEqual({ where: 'line 10', message: expect.stringContaining('uses a tab for indentation') });
  });

  it('refuses a family without themes: no capabilities found', () => {
    const text = 'name: Tiny\nlevels:\n  - id: engineer\n    name: Engineer\ncompetencies: []\n';
    const r = refused(readFtJobFamily('tiny.yml', text));
    expect(r.headline).toBe('tiny.yml is not a framework Turbine can read: no capabilities found.');
  });

  it('refuses a family without levels, naming the field', () => {
    const r = refused(readFtJobFamily('tiny.yml', 'name: Tiny\nthemes:\n  - id: technical\n    name: Technical\n'));
    expect(r.problems).toEqual([{ where: 'levels (line 1)', message: 'is missing (expected array)' }]);
  });

  it('refuses YAML that is not a set of fields', () => {
    expect(refused(readFtJobFamily('list.yml', '- one\n- two\n')).headline).toBe('list.yml is not a framework Turbine can read: it is not an FT job family.');
  });

  it('falls back to the file name when the family has no name', () => {
    const draft = draftOf(readFtJobFamily('product-engineering.yml', family(competency('engineer', 'technical')).replace('name: Tiny\n', '')));
    expect(draft.areas[0]?.name).toBe('Product engineering');
    expect(draft.scales[0]?.name).toBe('Product engineering levels');
  });
});

describe('readFtJobFamily on a family with parallel tracks, per-competency proficiency and links (the engineering.yml shape)', () => {
  const result = readFtJobFamily('tracks.yml', tracks);
  if (!result.ok) throw new Error(result.headline);
  const choice = result.choice!;

  it('asks which track to import, and never ranks a manager level above the IC level it parallels', () => {
    expect(choice.question).toBe('Career track');
    expect(choice.why).toContain('Senior Engineer; Principal Engineer');
    expect(choice.options.map((o) => o.label)).toEqual([
      'Individual Contributor track: Engineer, Senior Engineer (IC), Principal Engineer (Individual Contributor), Platform Director',
      'People Manager track: Engineer, Senior Engineer (People Manager), Principal Engineer (People Manager), Platform Director',
      'Both tracks, each as its own area and scale',
    ]);
    expect(result.draft).toBe(choice.options[0]!.draft);
    const [ic, pm, both] = choice.options.map((o) => o.draft);
    expect(ic!.scales).toEqual([
      {
        name: 'Platform (Individual Contributor) levels',
        levels: [
          { value: 1, name: 'Engineer', description: '' },
          { value: 2, name: 'Senior Engineer (IC)', description: '' },
          { value: 3, name: 'Principal Engineer (Individual Contributor)', description: '' },
          { value: 4, name: 'Platform Director', description: '' },
        ],
      },
    ]);
    expect(pm!.scales[0]!.levels.map((l) => [l.value, l.name])).toEqual([
      [1, 'Engineer'],
      [2, 'Senior Engineer (People Manager)'],
      [3, 'Principal Engineer (People Manager)'],
      [4, 'Platform Director'],
    ]);
    expect(both!.scales.map((s) => s.name)).toEqual(['Platform (Individual Contributor) levels', 'Platform (People Manager) levels']);
    expect(both!.areas.map((a) => a.name)).toEqual(['Platform (Individual Contributor)', 'Platform (People Manager)']);
    // A track carries its own competencies only.
    const technical = (d: typeof ic) => d!.areas[0]!.capabilities.find((c) => c.name === 'Technical')!.descriptors.map((x) => [x.level, x.detailed?.[0]?.criterion]);
    expect(technical(ic)).toEqual([
      [1, "Writes well-tested code that follows the team's conventions."],
      [2, 'Designs systems that account for reliability and security.'],
      [3, 'Is a source of deep technical expertise in their area.'],
    ]);
    expect(technical(pm)).toEqual([
      [1, "Writes well-tested code that follows the team's conventions."],
      [2, 'Leads their team to good technical outcomes.'],
    ]);
  });

  it('keeps the proficiency of each competency, and its http and https links', () => {
    const technical = result.draft.areas[0]!.capabilities.find((c) => c.name === 'Technical')!;
    expect(technical.descriptors.map((d) => d.detailed?.[0]?.proficiency)).toEqual(['Foundational', 'Working knowledge', 'Expert']);
    expect(technical.descriptors[0]!.detailed![0]!.links).toEqual([
      { label: 'Testing guide', url: 'https://example.com/testing' },
      { label: 'Old wiki', url: 'http://wiki.example.com/conventions' },
    ]);
    expect(result.draft.notes).toEqual(['The link "Not a page" of competency 0b6f1c3e-2a44-4c1e-9f2a-1d2e3f4a5b01 was left out: Turbine keeps http:// and https:// links only.']);
  });

  it('guesses the kind of themes about working with others as non-technical', () => {
    expect(result.draft.areas[0]!.capabilities.map((c) => [c.name, c.kind])).toEqual([
      ['Team Work', 'non-technical'],
      ['Curiosity & Learning', 'non-technical'],
      ['Planning and Organising', 'non-technical'],
      ['Works Through Others', 'non-technical'],
      ['Technical', 'technical'],
    ]);
    expect(kindFromName('Machine Learning')).toBe('technical');
  });

  it('reads a family without parallel tracks as one scale, as before', () => {
    expect(parallelTracks(['Engineer', 'Senior Engineer 1', 'Senior Engineer 2'])).toBeUndefined();
    expect(parallelTracks(['Engineer', 'Senior (IC)', 'Staff (IC)'])).toBeUndefined();
    expect(readFtJobFamily('operations.yml', operations)).not.toHaveProperty('choice');
  });
});
