import { describe, expect, it } from 'vitest';
import { filterDecisions, normalise, parseNames, queryWords } from './decisions.ts';

const decision = (title: string, date: string, status: 'proposed' | 'decided' | 'superseded', more: Partial<{ context: string; decided: string; why: string; decidedBy: string; input: string[] }> = {}) => ({
  title,
  date,
  status,
  context: '',
  decided: '',
  why: '',
  decidedBy: '',
  input: [],
  ...more,
});

const all = [
  decision('Rotate Mei Lin into ledger work', '2026-10-12', 'decided', { why: 'It removes a single point of failure.', input: ['Amara Okafor', 'Peter Lindqvist (Finance operations)'] }),
  decision('Hire for incident response', '2026-09-18', 'decided', { context: 'Priya leads every incident.', decidedBy: 'Engineering manager' }),
  decision('Cap the take-home at four hours', '2026-09-04', 'superseded', { decided: 'Four hours, no more.', decidedBy: 'Tomás Herrera' }),
  decision('Move on-call handover to Tuesday', '2026-11-20', 'proposed', { decided: 'Handover on Tuesday mornings.' }),
];
const titles = (ds: { title: string }[]) => ds.map((d) => d.title);

describe('filterDecisions', () => {
  it('shows everything newest first when there is no query and no status', () => {
    expect(titles(filterDecisions(all, { query: '', status: 'all' }))).toEqual([
      'Move on-call handover to Tuesday',
      'Rotate Mei Lin into ledger work',
      'Hire for incident response',
      'Cap the take-home at four hours',
    ]);
    expect(titles(filterDecisions(all, { query: '   ', status: 'all' }))).toHaveLength(4);
  });

  it.each([
    ['title', 'ledger', ['Rotate Mei Lin into ledger work']],
    ['context', 'priya', ['Hire for incident response']],
    ['what was decided', 'tuesday mornings', ['Move on-call handover to Tuesday']],
    ['why', 'single point', ['Rotate Mei Lin into ledger work']],
    ['who decided', 'engineering manager', ['Hire for incident response']],
    ['who gave input', 'finance operations', ['Rotate Mei Lin into ledger work']],
  ])('finds a decision by its %s', (_field, query, expected) => {
    expect(titles(filterDecisions(all, { query, status: 'all' }))).toEqual(expected);
  });

  it('ignores case and accents, and needs every word somewhere in the record', () => {
    expect(titles(filterDecisions(all, { query: 'TOMAS', status: 'all' }))).toEqual(['Cap the take-home at four hours']);
    expect(titles(filterDecisions(all, { query: 'incident  manager', status: 'all' }))).toEqual(['Hire for incident response']);
    expect(filterDecisions(all, { query: 'incident tuesday', status: 'all' })).toEqual([]);
  });

  it('filters by status, alone and with a query', () => {
    expect(titles(filterDecisions(all, { query: '', status: 'superseded' }))).toEqual(['Cap the take-home at four hours']);
    expect(titles(filterDecisions(all, { query: '', status: 'decided' }))).toHaveLength(2);
    expect(filterDecisions(all, { query: 'ledger', status: 'proposed' })).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const copy = [...all];
    filterDecisions(all, { query: 'a', status: 'all' });
    expect(all).toEqual(copy);
  });
});

describe('helpers', () => {
  it('normalises text for comparison', () => {
    expect(normalise('  Mei   Lin Chén ')).toBe('mei lin chen');
    expect(queryWords(' on-call  v2 ')).toEqual(['on-call', 'v2']);
    expect(queryWords('')).toEqual([]);
  });

  it('reads names one per line and keeps commas inside a name', () => {
    expect(parseNames('Amara Okafor\n\n  Peter Lindqvist, Finance  \r\nRisk team\n')).toEqual(['Amara Okafor', 'Peter Lindqvist, Finance', 'Risk team']);
    expect(parseNames('  ')).toEqual([]);
  });
});
