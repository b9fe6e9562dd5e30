import { describe, expect, it } from 'vitest';
import { OnboardingTemplate } from '../schemas/onboarding.ts';
import { readTemplateFile, TEMPLATE_FORMAT, templateFile, templateFileName, templateToKeep, type TemplateReadResult } from './template-file.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const APP = { name: 'Turbine', version: '0.1.0' };
const AT = '2026-12-07T09:00:00.000Z';

const template = OnboardingTemplate.parse({
  id: id(1),
  name: 'Platform new hire',
  kind: 'new-hire',
  description: 'Our first 90 days',
  source: 'Data Onboarding.md',
  sample: true,
  updatedAt: '2026-12-01T08:00:00.000Z',
  items: [
    { id: id(2), title: 'Read the architecture notes', period: 'week-1', offset: 1, type: 'read', section: 'Day 1', effortHours: 2, url: 'https://example.com/arch' },
    { id: id(3), title: 'Ship a first change', period: 'day-30', offset: 12, type: 'ship', owner: 'learner', check: 'Merged and deployed', steps: [{ title: 'Pick a small issue' }] },
  ],
});
const text = (f: unknown) => JSON.stringify(f, null, 2);

function refused(r: TemplateReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

describe('templateFile', () => {
  it('wraps the template without the sample flag or the edit stamp, and names the file after it', () => {
    const f = templateFile(template, AT, APP);
    expect(f).toMatchObject({ format: TEMPLATE_FORMAT, formatVersion: 1, exportedAt: AT, app: APP });
    expect(f.data.template).not.toHaveProperty('sample');
    expect(f.data.template).not.toHaveProperty('updatedAt');
    expect(f.data.template.items).toHaveLength(2);
    expect(templateFileName({ name: 'Platform: new hire!' }, '2026-12-07')).toBe('turbine-template-platform-new-hire-2026-12-07.json');
  });

  it('reads back what it wrote, item for item', () => {
    const read = readTemplateFile('t.json', text(templateFile(template, AT, APP)));
    if (!read.ok) throw new Error(read.headline);
    const { sample: _s, updatedAt: _u, ...sent } = template;
    expect(read.data.template).toEqual(sent);
  });
});

describe('readTemplateFile refuses, naming what is wrong and where', () => {
  const good = () => JSON.parse(text(templateFile(template, AT, APP))) as Record<string, unknown> & { data: { template: { items: Record<string, unknown>[] } } };

  it('broken JSON, by line and column', () => {
    const r = refused(readTemplateFile('t.json', '{\n  "format": "turbine-onboarding-template",\n  oops\n}'));
    expect(r.headline).toBe('t.json is not an onboarding template Turbine can import: it is not valid JSON.');
    expect(r.problems[0]!.path).toBe('line 3, column 3');
    expect(r.problems[0]!.message).toMatch(/Check that the file was not cut short or edited by hand\.$/);
  });

  it('a file cut short says so once', () => {
    const whole = text(templateFile(template, AT, APP));
    const [problem] = refused(readTemplateFile('t.json', whole.slice(0, whole.lastIndexOf('}')))).problems;
    expect(problem!.message).toMatch(/it may have been cut short\.$/);
    expect(problem!.message.match(/cut short/g)).toHaveLength(1);
  });

  it('an empty file, and one far too large', () => {
    expect(refused(readTemplateFile('t.json', '  ')).headline).toContain('it is empty');
    expect(refused(readTemplateFile('t.json', ' '.repeat(3 * 1024 * 1024))).headline).toContain('larger than 2 MB');
  });

  it('another Turbine file: a whole workspace, or an interview loop', () => {
    expect(refused(readTemplateFile('w.json', text({ format: 'turbine-workspace', formatVersion: 3 }))).headline).toContain('it is a whole Turbine workspace, not one onboarding template');
    const loop = refused(readTemplateFile('l.json', text({ format: 'turbine-interview-loop', formatVersion: 1 })));
    expect(loop.problems[0]).toEqual({ path: '$.format', message: expect.stringContaining('"format" is "turbine-interview-loop"; a template file has "format": "turbine-onboarding-template". Export one from Learn → Templates.') });
  });

  it('a newer format version, with what to do', () => {
    const r = refused(readTemplateFile('t.json', text({ ...good(), formatVersion: 2 })));
    expect(r.headline).toContain('it was written by a newer Turbine (template format version 2; this one reads up to 1)');
  });

  it('a wrong value inside, by its JSON path', () => {
    const f = good();
    f.data.template.items[1]!.offset = -3;
    f.data.template.items[0]!.type = 'lecture';
    const r = refused(readTemplateFile('t.json', text(f)));
    expect(r.headline).toContain('some values are not what Turbine expects');
    expect(r.problems.map((p) => p.path)).toEqual(['$.data.template.items[0].type', '$.data.template.items[1].offset']);
  });

  it('a link that is not http or https', () => {
    const f = good();
    f.data.template.items[0]!.url = 'javascript:alert(1)';
    expect(refused(readTemplateFile('t.json', text(f))).problems[0]!.path).toBe('$.data.template.items[0].url');
  });

  it('two items with one id', () => {
    const f = good();
    f.data.template.items[1]!.id = id(2);
    const r = refused(readTemplateFile('t.json', text(f)));
    expect(r.headline).toContain('some items share an id');
    expect(r.problems).toEqual([{ path: '$.data.template.items[1].id', message: `repeats the id ${id(2)}` }]);
  });
});

describe('templateToKeep', () => {
  const read = () => {
    const r = readTemplateFile('t.json', text(templateFile(template, AT, APP)));
    if (!r.ok) throw new Error(r.headline);
    return r.data;
  };
  let n = 100;
  const newId = () => id(n++);

  it('gives the template and its items ids of the receiver’s own', () => {
    const kept = templateToKeep(read(), [], newId);
    expect(kept).not.toHaveProperty('id');
    expect(kept.items.map((i) => i.id)).not.toContain(id(2));
    expect(new Set(kept.items.map((i) => i.id)).size).toBe(2);
    expect(kept.name).toBe('Platform new hire');
  });

  it('never takes a name the receiver already uses, so no template of theirs changes', () => {
    expect(templateToKeep(read(), ['platform new hire '], newId).name).toBe('Platform new hire (2)');
    expect(templateToKeep(read(), ['Platform new hire', 'Platform new hire (2)'], newId).name).toBe('Platform new hire (3)');
  });
});
