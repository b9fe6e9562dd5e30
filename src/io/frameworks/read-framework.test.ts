import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrameworkReadResult } from '../../domain/framework-draft.ts';
import { planIsEmpty, planLibraryMerge, type CapabilityLibrary } from '../../domain/library-merge.ts';
import { Capability, CapabilityArea, LevelScale } from '../../schemas/capability.ts';
import { checkFrameworkFileSize, MAX_FRAMEWORK_FILE_BYTES, readFrameworkBytes, readFrameworkFile } from './read-framework.ts';
import { libraryFile } from './turbine-library.ts';

const framework = (path: string) => readFileSync(new URL(`../../../e2e/data/frameworks/${path}`, import.meta.url), 'utf8');
const backend = framework('monzo/backend.md');
const operations = framework('ft/operations.yml');

const formatOf = (r: FrameworkReadResult) => (r.ok ? r.draft.format : `refused: ${r.headline}`);

function refused(r: FrameworkReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

describe('readFrameworkFile', () => {
  it('picks the reader by extension, whatever its case', () => {
    expect(formatOf(readFrameworkFile('backend.md', backend))).toBe('monzo');
    expect(formatOf(readFrameworkFile('Backend.MARKDOWN', backend))).toBe('monzo');
    expect(formatOf(readFrameworkFile('operations.yml', operations))).toBe('ft');
    expect(formatOf(readFrameworkFile('operations.YAML', operations))).toBe('ft');
    expect(formatOf(readFrameworkFile('team.csv', 'area,capability,level,descriptor\nPayments,Card schemes,2,Explains a chargeback\n'))).toBe('turbine-csv');
    const library = libraryFile(
      {
        levelScales: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Scale', levels: [{ value: 1, name: 'One', description: '' }] }],
        capabilityAreas: [{ id: '00000000-0000-4000-8000-000000000002', name: 'Area', description: '', order: 0 }],
        capabilities: [
          {
            id: '00000000-0000-4000-8000-000000000003',
            areaId: '00000000-0000-4000-8000-000000000002',
            name: 'Thing',
            kind: 'technical',
            description: '',
            scaleId: '00000000-0000-4000-8000-000000000001',
            descriptors: [],
          },
        ],
      },
      '2026-05-01T09:00:00.000Z',
      { name: 'Turbine', version: '0.1.0' },
    );
    expect(formatOf(readFrameworkFile('library.json', JSON.stringify(library)))).toBe('turbine-library');
  });

  it('reads a .yml with topics as Monzo-style, with or without front matter', () => {
    const frontMatter = backend.slice(0, backend.indexOf('\n---\n') + 5);
    expect(formatOf(readFrameworkFile('backend.yml', frontMatter))).toBe('monzo');
    expect(formatOf(readFrameworkFile('backend.yaml', frontMatter.replace(/^---\n/, '').replace(/---\n$/, '')))).toBe('monzo');
  });

  it('sends a workspace file to Data → Import', () => {
    const r = refused(readFrameworkFile('turbine-backup.json', JSON.stringify({ format: 'turbine-workspace', formatVersion: 1, data: {} })));
    expect(r.problems[0]?.message).toContain('Data → Import');
  });

  it('refuses an empty file', () => {
    expect(refused(readFrameworkFile('backend.md', '')).headline).toBe('backend.md is empty.');
    expect(refused(readFrameworkFile('backend.md', '\uFEFF \n\r\n')).headline).toBe('backend.md is empty.');
    expect(checkFrameworkFileSize('backend.md', 0)?.ok).toBe(false);
  });

  it('refuses a file over 5 MB', () => {
    const r = refused(readFrameworkFile('huge.csv', 'x'.repeat(MAX_FRAMEWORK_FILE_BYTES + 1)));
    expect(r.headline).toBe('huge.csv is 5.0 MB; Turbine reads framework files up to 5 MB.');
    expect(checkFrameworkFileSize('huge.csv', 12 * 1024 * 1024)?.ok).toBe(false);
    expect(checkFrameworkFileSize('ok.csv', MAX_FRAMEWORK_FILE_BYTES)).toBeUndefined();
  });

  it('says which formats it reads when the extension is unknown or missing', () => {
    const r = refused(readFrameworkFile('framework.xlsx', 'PK...'));
    expect(r.headline).toBe('framework.xlsx is not a kind of file Turbine can read as a framework.');
    expect(r.problems[0]?.message).toMatch(/^\.xlsx is not one of them: Turbine reads \.csv .*\.json .*\.md .*\.yml or \.yaml/);
    expect(refused(readFrameworkFile('README', 'text')).problems[0]?.message).toMatch(/^it has no extension/);
  });

  it.each([
    ['backend.md', backend],
    ['operations.yml', operations],
  ])('merges %s into a library as valid records, and a second import changes nothing', (fileName, text) => {
    const r = readFrameworkFile(fileName, text);
    if (!r.ok) throw new Error(r.headline);
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const first = planLibraryMerge(r.draft, { levelScales: [], capabilityAreas: [], capabilities: [] }, newId);
    const library: CapabilityLibrary = {
      levelScales: first.scales.add.map((s) => LevelScale.parse(s)),
      capabilityAreas: first.areas.add.map((a) => CapabilityArea.parse(a)),
      capabilities: first.capabilities.add.map((c) => Capability.parse(c)),
    };
    expect(library.capabilities).toHaveLength(first.summary.capabilities);
    expect(planIsEmpty(planLibraryMerge(r.draft, library, newId))).toBe(true);
  });
});

describe('readFrameworkBytes: text as it was written', () => {
  const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(`../../../e2e/data/frameworks/${path}`, import.meta.url)));
  const texts = (r: FrameworkReadResult) => (r.ok ? r.draft.areas.flatMap((a) => [a.name, ...a.capabilities.flatMap((c) => [c.name, ...c.descriptors.flatMap((d) => d.criteria)])]) : []);

  it('decodes a CSV that Excel saved as Windows-1252, with a note, and never stores replacement characters', () => {
    const r = readFrameworkBytes('excel-1252.csv', bytesOf('shapes/excel-1252.csv'));
    if (!r.ok) throw new Error(r.headline);
    expect(texts(r)).toEqual(['Qualité', 'Revue de code', 'Relit le code d’un collègue avec soin', 'Explique ses remarques – “pourquoi” avant “comment”']);
    expect(JSON.stringify(r.draft)).not.toContain('\uFFFD');
    expect(r.draft.notes).toEqual([
      'excel-1252.csv is not UTF-8, so Turbine read it as Windows-1252, the encoding Excel uses for "CSV (Comma delimited)": check that words such as "Qualité" look right below. To avoid this, save as "CSV UTF-8 (Comma delimited)".',
    ]);
  });

  it('reads UTF-8 without a note, and says so when the file already holds replacement characters', () => {
    const csv = 'area,capability,level,descriptor\nQualité,Revue,1,Relit\n';
    const plain = readFrameworkBytes('ok.csv', new TextEncoder().encode(csv));
    expect(plain.ok && plain.draft.notes).toBeFalsy();
    const lost = readFrameworkBytes('lost.csv', new TextEncoder().encode(csv.replace('é', '\uFFFD')));
    expect(lost.ok && lost.draft.notes?.[0]).toMatch(/^lost\.csv already holds 1 replacement character/);
  });

  it('decodes a UTF-16 export from a text editor, with or without its byte-order mark', () => {
    const csv = 'area,capability,level,descriptor\nQualité,Revue,1,Relit\n';
    const le = new Uint8Array(csv.length * 2);
    for (let i = 0; i < csv.length; i++) le[i * 2] = csv.charCodeAt(i);
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le]) {
      const r = readFrameworkBytes('unicode.csv', bytes);
      if (!r.ok) throw new Error(r.headline);
      expect(texts(r)[0]).toBe('Qualité');
      expect(r.draft.notes?.[0]).toMatch(/^unicode\.csv is UTF-16 text/);
    }
    const be = new Uint8Array(csv.length * 2);
    for (let i = 0; i < csv.length; i++) be[i * 2 + 1] = csv.charCodeAt(i);
    expect(readFrameworkBytes('unicode.csv', be).ok).toBe(true);
  });

  it('says what kind of file a binary one looks like, without showing its bytes', () => {
    const zip = refused(readFrameworkBytes('framework.json', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe])));
    expect(zip.headline).toBe('framework.json is not a framework Turbine can read: it looks like a ZIP archive, such as an Excel workbook (.xlsx) or a Word document.');
    expect(zip.problems[0]?.message).toContain('CSV UTF-8');
    const blob = refused(readFrameworkBytes('framework.json', new Uint8Array([0x7b, 0x00, 0x13, 0x9c, 0x00, 0x00, 0x01, 0x88, 0x22, 0x41, 0x00])));
    expect(blob.headline).toBe('framework.json is not a framework Turbine can read: it is a binary file, not text.');
    expect(refused(readFrameworkBytes('empty.csv', new Uint8Array())).headline).toBe('empty.csv is empty.');
  });
});
