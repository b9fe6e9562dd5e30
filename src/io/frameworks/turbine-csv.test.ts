import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkReadResult } from '../../domain/framework-draft.ts';
import { planIsEmpty, planLibraryMerge, type CapabilityLibrary } from '../../domain/library-merge.ts';
import { CSV_COLUMNS, readCapabilityCsv, TURBINE_SCALE, writeCapabilityCsv } from './turbine-csv.ts';
import { libraryToDraft } from './turbine-library.ts';

function draftOf(r: FrameworkReadResult): FrameworkDraft {
  if (!r.ok) throw new Error(`expected a draft, got: ${r.headline} ${JSON.stringify(r.problems)}`);
  return r.draft;
}

function refused(r: FrameworkReadResult) {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('readCapabilityCsv', () => {
  it('reads the four required columns onto Turbine’s 0–4 scale', () => {
    const draft = draftOf(
      readCapabilityCsv('team.csv', 'area,capability,level,descriptor\nPayments,Card schemes,2,Explains a chargeback\nPayments,Card schemes,3,Designs a scheme integration\n'),
    );
    expect(draft).toEqual({
      fileName: 'team.csv',
      format: 'turbine-csv',
      title: 'Payments',
      scales: [TURBINE_SCALE],
      areas: [
        {
          name: 'Payments',
          description: '',
          capabilities: [
            {
              name: 'Card schemes',
              kind: 'technical',
              description: '',
              scaleName: 'Default scale (0–4)',
              descriptors: [
                { level: 2, criteria: ['Explains a chargeback'], examples: [] },
                { level: 3, criteria: ['Designs a scheme integration'], examples: [] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('reads the optional columns: kind, first description, examples, named scale and levels, target', () => {
    const csv = [
      ' Area ,CAPABILITY,Level,Descriptor,Kind,Description,Level Name,Example,Scale,target_people,target_level',
      'Together,Feedback,1,,,,,,Growth,,',
      'Together,Feedback,2,Gives feedback when asked,non-technical,,Practitioner,Reviewed a design doc,Growth,2,2',
      'together,FEEDBACK,2,,,How we give feedback,,Asked for feedback on a talk,Growth,,',
      'Together,Feedback,4,,,A later description,Expert,,Growth,,',
    ].join('\n');
    const draft = draftOf(readCapabilityCsv('team.csv', csv));
    expect(draft.scales).toEqual([
      {
        name: 'Growth',
        levels: [
          { value: 1, name: 'Level 1', description: '' },
          { value: 2, name: 'Practitioner', description: '' },
          { value: 4, name: 'Expert', description: '' },
        ],
      },
    ]);
    expect(draft.areas[0]?.capabilities).toEqual([
      {
        name: 'Feedback',
        kind: 'non-technical',
        description: 'How we give feedback',
        scaleName: 'Growth',
        descriptors: [{ level: 2, criteria: ['Gives feedback when asked'], examples: ['Reviewed a design doc', 'Asked for feedback on a talk'] }],
        target: { people: 2, level: 2 },
      },
    ]);
  });

  it('tolerates a BOM, semicolons and Windows line endings', () => {
    const csv = '\uFEFFarea;capability;level;descriptor\r\nPayments;Card schemes;2;"Explains a chargeback; and a refund"\r\n';
    expect(draftOf(readCapabilityCsv('team.csv', csv)).areas[0]?.capabilities[0]?.descriptors).toEqual([
      { level: 2, criteria: ['Explains a chargeback; and a refund'], examples: [] },
    ]);
  });

  it('accepts tabs as delimiters', () => {
    const draft = draftOf(readCapabilityCsv('team.tsv', 'area\tcapability\tlevel\tdescriptor\nPayments\tCard schemes\t1\tKnows the schemes\n'));
    expect(draft.areas[0]?.capabilities[0]?.name).toBe('Card schemes');
  });

  it('names a missing required column', () => {
    const r = refused(readCapabilityCsv('team.csv', 'area,capability,descriptor\nPayments,Card schemes,Explains a chargeback\n'));
    expect(r.headline).toBe('team.csv is not a framework Turbine can read: its header has no "level" column.');
    expect(r.problems).toEqual([{ where: 'line 1 (the header)', message: expect.stringContaining('has no "level" column') }]);
  });

  it('says when the first line is not a header', () => {
    const r = refused(readCapabilityCsv('team.csv', 'Payments,Card schemes,2,Explains a chargeback\n'));
    expect(r.headline).toBe('team.csv is not a framework Turbine can read: its first line is not a header.');
    expect(r.problems).toHaveLength(1);
  });

  it('names a column it does not read', () => {
    const r = refused(readCapabilityCsv('team.csv', 'area,capability,level,descriptor,notes\n'));
    expect(r.headline).toBe('team.csv is not a framework Turbine can read: its header has columns Turbine does not read.');
    expect(r.problems[0]?.message).toContain('"notes"');
  });

  it('names the file line of a row whose level is not a number, counting blank lines and multi-line cells', () => {
    const csv = 'area,capability,level,descriptor\n\nPayments,Card schemes,1,"Explains\na chargeback"\nPayments,Card schemes,senior,Designs\n';
    const r = refused(readCapabilityCsv('team.csv', csv));
    expect(r.headline).toBe('team.csv is not a framework Turbine can read: a row is not what Turbine expects.');
    expect(r.problems).toEqual([{ where: 'line 5', message: 'has the level "senior", which is not a whole number from 0 to 20. Put the level\'s number in the level column.' }]);
  });

  it('names rows that miss an area, a capability or a level, or put a capability on two scales', () => {
    const csv = [
      'area,capability,level,descriptor,scale,kind',
      ',Card schemes,1,Knows them,,',
      'Payments,,1,Knows them,,',
      'Payments,Card schemes,,Knows them,,',
      'Payments,Card schemes,1,Knows them,Other,',
      'Payments,Ledgers,1,Knows them,,magic',
      'Payments,Ledgers,1,"unclosed',
    ].join('\n');
    const r = refused(readCapabilityCsv('team.csv', csv));
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'line 2: has a capability but no area. Every capability belongs to an area: fill the area column.',
      'line 3: has a descriptor but no capability. Fill the capability column.',
      'line 4: has a descriptor but no level. Add the level it describes.',
      'line 5: puts "Card schemes" on the scale "Other", but line 4 put it on "Default scale (0–4)". A capability uses one scale.',
      'line 6: has the kind "magic". Use technical, non-technical or domain.',
      expect.stringMatching(/^line 7: has a quoted field that is never closed/),
    ]);
  });

  it('names a row with more values than the header has columns', () => {
    const r = refused(readCapabilityCsv('team.csv', 'area,capability,level,descriptor\nPayments,Card schemes,1,Explains a chargeback, and a refund\n'));
    expect(r.problems).toEqual([{ where: 'line 2', message: expect.stringContaining('more values than the header has columns') }]);
  });

  it('refuses a file whose rows name no capability', () => {
    const r = refused(readCapabilityCsv('team.csv', 'area,capability,level,descriptor\nPayments,,,\n'));
    expect(r.headline).toBe('team.csv is not a framework Turbine can read: no capabilities found.');
  });
});

describe('readCapabilityCsv with detail and from spreadsheets', () => {
  it('keeps examples, proficiency and links under a descriptor marked detailed', () => {
    const csv = [
      'area,capability,level,descriptor,example,detailed,proficiency,link_label,link_url',
      'Ops,Support,1,Criteria for sublevel A,Asks for help,yes,,,',
      'Ops,Support,1,Criteria for sublevel A,Welcomes feedback,yes,,,',
      'Ops,Support,1,Criteria for sublevel B,Welcomes feedback,yes,Foundational,Guide,https://example.com/guide',
      'Ops,Support,1,Follows the runbook,A level example,,,,',
    ].join('\n');
    expect(draftOf(readCapabilityCsv('ops.csv', csv)).areas[0]?.capabilities[0]?.descriptors).toEqual([
      {
        level: 1,
        criteria: ['Follows the runbook'],
        examples: ['A level example'],
        detailed: [
          { criterion: 'Criteria for sublevel A', examples: ['Asks for help', 'Welcomes feedback'] },
          { criterion: 'Criteria for sublevel B', examples: ['Welcomes feedback'], proficiency: 'Foundational', links: [{ label: 'Guide', url: 'https://example.com/guide' }] },
        ],
      },
    ]);
  });

  it('refuses a link that is not http or https, and detail without a descriptor', () => {
    const csv = ['area,capability,level,descriptor,detailed,link_url', 'Ops,Support,1,Uses the runbook,yes,javascript:alert(1)', 'Ops,Support,1,,yes,'].join('\n');
    const r = refused(readCapabilityCsv('ops.csv', csv));
    expect(r.problems).toEqual([
      { where: 'line 2', message: expect.stringContaining('"javascript:alert(1)", which is not an http:// or https:// address') },
      { where: 'line 3', message: expect.stringContaining('says detailed but has no descriptor') },
    ]);
  });

  it("understands Excel's sep= first line, keeping the file's line numbers", () => {
    const ok = draftOf(readCapabilityCsv('excel.csv', 'sep=;\r\narea;capability;level;descriptor\r\nQuality;Code review;1;Reviews, carefully\r\n'));
    expect(ok.areas[0]?.capabilities[0]?.descriptors).toEqual([{ level: 1, criteria: ['Reviews, carefully'], examples: [] }]);
    const bad = refused(readCapabilityCsv('excel.csv', 'sep=;\narea;capability;level;descriptor\nQuality;Code review;high;Reviews\n'));
    expect(bad.problems[0]?.where).toBe('line 3');
  });
});

describe('writeCapabilityCsv', () => {
  function library(): CapabilityLibrary {
    return {
      levelScales: [
        { id: id(1), name: 'Default scale (0–4)', levels: TURBINE_SCALE.levels.map((l) => ({ ...l })) },
        { id: id(2), name: 'Growth', levels: [1, 2, 3].map((value) => ({ value, name: `G${value}`, description: value === 2 ? 'Middle, "quoted"' : '' })) },
        { id: id(3), name: 'Unused', levels: [{ value: 5, name: 'Five', description: '' }] },
      ],
      capabilityAreas: [
        { id: id(10), name: 'Payments', description: 'Money, moving', order: 0 },
        { id: id(11), name: 'Empty area', description: 'Nothing here yet', order: 1 },
        { id: id(12), name: 'Together', description: '', order: 2 },
      ],
      capabilities: [
        {
          id: id(20),
          areaId: id(10),
          name: 'Card schemes',
          kind: 'domain',
          description: 'Visa, Mastercard; and the rest',
          scaleId: id(1),
          descriptors: [
            { level: 2, criteria: ['Explains a chargeback', '=SUM(A1) is not a formula here', '-1 is a number'], examples: ['Line one\nline two'] },
            { level: 4, criteria: [], examples: ['@mention in an example', 'Second example'] },
          ],
          target: { people: 2, level: 3 },
        },
        { id: id(21), areaId: id(10), name: 'Ledgers', kind: 'technical', description: '', scaleId: id(1), descriptors: [] },
        {
          id: id(22),
          areaId: id(12),
          name: 'Feedback',
          kind: 'non-technical',
          description: '',
          scaleId: id(2),
          descriptors: [
            {
              level: 3,
              criteria: ['Asks for feedback'],
              examples: [],
              detailed: [
                { criterion: 'Criteria for sublevel A', examples: ['Welcomes feedback', 'Asks peers'] },
                { criterion: 'Criteria for sublevel B', examples: ['Welcomes feedback'] },
                { criterion: 'Leads retrospectives', proficiency: 'Working knowledge', links: [{ label: 'Guide', url: 'https://example.com/retro' }] },
              ],
            },
          ],
        },
      ],
    };
  }

  it('writes every column', () => {
    expect(writeCapabilityCsv(library()).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS).toEqual(
      expect.arrayContaining(['area', 'capability', 'level', 'descriptor', 'kind', 'description', 'level_name', 'example', 'scale', 'target_people', 'target_level']),
    );
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const csv = writeCapabilityCsv(library());
    expect(csv).toContain(`'=SUM(A1) is not a formula here`);
    expect(csv).toContain(`'@mention in an example`);
  });

  it('reads back the same library: areas (even empty), capabilities, scales (even unused), descriptors, targets', () => {
    const lib = library();
    const back = draftOf(readCapabilityCsv('library.csv', writeCapabilityCsv(lib)));
    const expected = libraryToDraft(lib, 'library.csv');
    expect({ ...back, format: expected.format }).toEqual(expected);
    expect(back.areas.find((a) => a.name === 'Payments')?.capabilities[0]?.descriptors[0]?.criteria).toEqual([
      'Explains a chargeback',
      '=SUM(A1) is not a formula here',
      '-1 is a number',
    ]);
    expect(planIsEmpty(planLibraryMerge(back, lib, () => id(99)))).toBe(true);
  });
});
