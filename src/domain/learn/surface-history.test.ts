import { describe, expect, it } from 'vitest';
import { systemHistories } from './surface-history.ts';
import type { AuthorshipReport } from './authorship.ts';

const knowledge = (key: string, files: number, truckFactor: number, knownBy: [string, number][]) => ({
  key,
  files,
  filesWithoutAuthor: 0,
  knownBy: knownBy.map(([email, f]) => ({ email, files: f, share: f / files })),
  topAuthors: [],
  truckFactor,
  truckFactorAuthors: knownBy.slice(0, truckFactor).map(([e]) => e),
});
const report: AuthorshipReport = {
  repository: knowledge('', 30, 1, [['amara.okafor@example.com', 20]]),
  systems: [knowledge('codeowners:/plugins/adr', 10, 1, [['amara.okafor@example.com', 8], ['someone@else.org', 2]]), knowledge('codeowners:/docs', 5, 2, [['mei@example.com', 3]])],
  unassignedFiles: 15,
  commits: 40,
  people: 3,
};
const people = [
  { id: 'amara', emails: ['Amara.Okafor@example.com'] },
  { id: 'priya', emails: ['priya@example.com'] },
  { id: 'mei', emails: [] },
];
const systems = [
  { id: 'adr', name: 'plugins/adr', externalKey: 'codeowners:/plugins/adr', ownerIds: ['priya'], updatedAt: 'v1' },
  { id: 'docs', name: 'docs', externalKey: 'CODEOWNERS:/docs', ownerIds: ['mei'], updatedAt: 'v2' },
  { id: 'ledger', name: 'Ledger', ownerIds: ['amara'], updatedAt: 'v3' },
];

describe('systemHistories', () => {
  it('gives each system the history covers its files, truck factor and authors, matched to people by e-mail', () => {
    const [adr, docs] = systemHistories(report, systems, people, '2026-12-06');
    expect(adr).toMatchObject({ systemId: 'adr', updatedAt: 'v1', history: { analysedOn: '2026-12-06', files: 10, truckFactor: 1 } });
    expect(adr!.history.authors).toEqual([
      { email: 'amara.okafor@example.com', personId: 'amara', files: 8 },
      { email: 'someone@else.org', files: 2 },
    ]);
    // Keys match whatever their case; a system the history does not cover is left alone.
    expect(docs!.systemId).toBe('docs');
    expect(systemHistories(report, systems, people, '2026-12-06').map((p) => p.systemId)).not.toContain('ledger');
  });

  it('names listed owners who author none of the files, and cannot judge owners with no e-mail', () => {
    const [adr, docs] = systemHistories(report, systems, people, '2026-12-06');
    expect(adr!.ownersNotAuthors).toEqual(['priya']);
    expect(docs!.ownersNotAuthors).toEqual([]);
  });

  it('keeps the whole repository as the one system the manager names, a Backstage component with no paths', () => {
    const [ledger, ...others] = systemHistories(report, systems, people, '2026-12-06', { wholeRepositoryIs: 'ledger' });
    expect(others).toEqual([]);
    expect(ledger).toMatchObject({ systemId: 'ledger', updatedAt: 'v3', history: { files: 30, truckFactor: 1, authors: [{ email: 'amara.okafor@example.com', personId: 'amara', files: 20 }] } });
    // Amara owns it and authors most of it.
    expect(ledger!.ownersNotAuthors).toEqual([]);
    const [adr] = systemHistories(report, systems, people, '2026-12-06', { wholeRepositoryIs: 'adr' });
    expect(adr).toMatchObject({ systemId: 'adr', history: { files: 30 } });
    expect(adr!.ownersNotAuthors).toEqual(['priya']);
    // A system that is not on the map (removed meanwhile) gives nothing to keep.
    expect(systemHistories(report, systems, people, '2026-12-06', { wholeRepositoryIs: 'gone' })).toEqual([]);
  });
});
