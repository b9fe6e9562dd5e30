import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackstageCatalog } from './backstage.ts';
import { describeSurfaceProblem, groupMembers, matchOwners, type TeamPerson } from './owners.ts';

const data = (name: string) => readFileSync(new URL(`../../../e2e/data/surface/backstage/${name}`, import.meta.url), 'utf8');
const catalogInfo = data('catalog-info.yaml');
const teamA = data('team-a-group.yaml');

describe('readBackstageCatalog', () => {
  it('reads Backstage’s own catalog-info.yaml into one library with its links, owner and lifecycle', () => {
    const preview = readBackstageCatalog(catalogInfo);
    expect(preview.problems).toEqual([]);
    expect(preview.skipped).toEqual([]);
    expect(preview.drafts).toEqual([
      {
        externalKey: 'component:default/backstage-existing',
        name: 'backstage-existing',
        kind: 'library',
        description: 'Backstage is an open-source developer portal that puts the developer experience first.',
        links: [
          { label: 'Website', url: 'http://backstage.io' },
          { label: 'Documentation', url: 'https://backstage.io/docs' },
          { label: 'Storybook', url: 'https://backstage.io/storybook' },
          { label: 'Discord Chat', url: 'https://discord.com/invite/EBHEGzX' },
        ],
        // A bare owner is a group in the entity's namespace, as Backstage reads it.
        owners: [{ kind: 'group', text: 'group:default/cncf', name: 'cncf', namespace: 'default' }],
        context: 'Type: library. Lifecycle: production',
        line: 1,
      },
    ]);
  });

  it('reads a multi-document Group and Users file into a directory, a user per namespace', () => {
    const preview = readBackstageCatalog(teamA);
    expect(preview.problems).toEqual([]);
    expect(preview.drafts).toEqual([]);
    expect(preview.directory.groups).toEqual([
      { ref: 'group:default/team-a', name: 'team-a', namespace: 'default', email: 'team-a@example.com', members: [], children: [] },
    ]);
    expect(preview.directory.users.map((u) => [u.ref, u.displayName, u.email, u.memberOf])).toEqual([
      ['user:default/breanna.davison', undefined, 'breanna-davison@example.com', ['group:default/team-a']],
      ['user:default/janelle.dawe', 'Janelle Dawe', 'janelle-dawe@example.com', ['group:default/team-a']],
      ['user:default/nigel.manning', 'Nigel Manning', 'nigel-manning@example.com', ['group:default/team-a']],
      ['user:default/guest', 'Guest User', 'guest@example.com', ['group:default/team-a']],
      // Same name, another namespace: another user, whose full ref names the group in default.
      ['user:development/guest', 'Guest User', 'guest@example.com', ['group:default/team-a']],
    ]);
    expect(groupMembers(preview.directory.groups[0]!, preview.directory)).toHaveLength(5);
  });

  it('resolves a group owner to people through Groups and Users read from another file', () => {
    const component = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: ledger',
      '  title: Ledger service',
      'spec:',
      '  type: service',
      '  owner: team-a',
      '  system: payments',
      '  lifecycle: experimental',
    ].join('\n');
    const preview = readBackstageCatalog([
      { name: 'catalog-info.yaml', text: component },
      { name: 'team-a-group.yaml', text: teamA },
    ]);
    expect(preview.problems).toEqual([]);
    const [draft] = preview.drafts;
    expect(draft).toMatchObject({ externalKey: 'component:default/ledger', name: 'Ledger service', kind: 'service', file: 'catalog-info.yaml', line: 1 });
    expect(draft?.context).toBe('Type: service. Lifecycle: experimental. Part of system: payments');
    const people: TeamPerson[] = [
      { id: 'p-breanna', name: 'Breanna D.', handles: [], emails: ['Breanna-Davison@Example.com'] },
      { id: 'p-janelle', name: 'janelle  dawe', handles: [], emails: [] },
      { id: 'p-nigel', name: 'Nigel', handles: ['@nigel.manning'], emails: [] },
      { id: 'p-other', name: 'Someone else', handles: ['other'], emails: ['other@example.com'] },
    ];
    const match = matchOwners(draft!.owners, people, preview.directory);
    expect(match).toEqual({ personIds: ['p-breanna', 'p-janelle', 'p-nigel'], unmatched: [] });
  });

  it('turns Systems into domains and Resources into data, and lists APIs, Domains and other kinds as skipped', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: System',
      'metadata: { name: payments, namespace: Finance, description: Money in and out }',
      'spec: { owner: "user:jdoe", domain: commerce }',
      '---',
      'apiVersion: backstage.io/v1alpha1',
      'kind: Resource',
      'metadata: { name: ledger-db }',
      'spec: { type: database, owner: "group:finance/dba", system: payments }',
      '---',
      'apiVersion: backstage.io/v1alpha1',
      'kind: API',
      'metadata: { name: ledger-api }',
      '---',
      'apiVersion: backstage.io/v1alpha1',
      'kind: Domain',
      'metadata: { name: commerce }',
      '---',
      'apiVersion: backstage.io/v1alpha1',
      'kind: Location',
      'metadata: { name: everything }',
      '---',
      'apiVersion: backstage.io/v1alpha1',
      'kind: Workflow',
      'metadata: { name: nightly }',
      '---',
    ].join('\n');
    const preview = readBackstageCatalog(text);
    expect(preview.problems).toEqual([]);
    expect(preview.drafts.map((d) => [d.externalKey, d.kind, d.owners.map((o) => o.text), d.context])).toEqual([
      ['system:finance/payments', 'domain', ['user:finance/jdoe'], 'Domain: finance/commerce'],
      ['resource:default/ledger-db', 'data', ['group:finance/dba'], 'Type: database. Part of system: payments'],
    ]);
    expect(preview.skipped.map((s) => [s.line, s.what])).toEqual([
      [11, 'api:default/ledger-api'],
      [15, 'domain:default/commerce'],
      [19, 'location:default/everything'],
      [23, 'workflow:default/nightly'],
    ]);
    expect(preview.skipped[3]?.why).toContain('kind Workflow');
  });

  it('keeps http and https links only, and lists the others with their line instead of dropping them', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: web',
      '  links:',
      '    - url: https://runbooks.example.com/web',
      '      title: Runbook',
      '    - url: javascript:alert(1)',
      '      title: Trap',
      '    - url: slack://channel?id=C123',
      '    - title: No address',
      'spec: { owner: team-a }',
    ].join('\n');
    const preview = readBackstageCatalog(text);
    expect(preview.problems).toEqual([]);
    expect(preview.drafts[0]?.links).toEqual([{ label: 'Runbook', url: 'https://runbooks.example.com/web' }]);
    expect(preview.skipped.map((s) => [s.line, s.what, s.why.slice(0, 28)])).toEqual([
      [8, 'link “Trap” (javascript:alert(1)) of component:default/web', 'only http:// and https:// li'],
      [10, 'link (slack://channel?id=C123) of component:default/web', 'only http:// and https:// li'],
      [11, 'link “No address” of component:default/web', 'it has no url'],
    ]);
  });

  it('reports broken YAML with its line and column, and reads nothing from that file', () => {
    const text = ['apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: ledger', '  links: [ { url: https://x.example.com }', 'spec:', '  owner: team-a'].join('\n');
    const preview = readBackstageCatalog(text);
    expect(preview.drafts).toEqual([]);
    expect(preview.problems.length).toBeGreaterThan(0);
    const [first] = preview.problems;
    expect(first?.line).toBeGreaterThanOrEqual(5);
    expect(first?.column).toBeTypeOf('number');
    expect(describeSurfaceProblem(first!)).toMatch(/^Line \d+, column \d+: /);

    const tab = readBackstageCatalog('apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n\tname: ledger\n');
    expect(tab.problems).toEqual([{ line: 4, column: 1, message: 'a tab is used for indentation; YAML needs spaces' }]);
  });

  it('names entities it cannot read, and an entity defined twice across files', () => {
    const preview = readBackstageCatalog([
      { name: 'a.yaml', text: 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: Ledger }\n---\nkind: Component\nmetadata: { name: x }\n' },
      { name: 'b.yaml', text: 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { title: No name }\n---\napiVersion: backstage.io/v1alpha1\nkind: component\nmetadata: { name: ledger }\n' },
      { name: 'c.yaml', text: '# only a comment\n' },
      { name: 'd.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: { name: ledger }\n' },
    ]);
    expect(preview.problems.map(describeSurfaceProblem)).toEqual([
      'a.yaml, line 5: no apiVersion: a Backstage entity starts with apiVersion: backstage.io/v1alpha1.',
      'b.yaml, line 1: the Component has no metadata.name.',
      'b.yaml, line 5: component:default/ledger is defined twice (also on a.yaml, line 1): keep one of them.',
      'c.yaml, line 1: the file holds no Backstage entity: a catalog file starts with apiVersion: backstage.io/v1alpha1 and a kind.',
      'd.yaml, line 1: apiVersion v1 is not a Backstage catalog entity (backstage.io/v1alpha1).',
    ]);
  });

  it('refuses a binary file and one too large to be a catalog', () => {
    expect(readBackstageCatalog('PK\u0003\u0004\u0000\u0000').problems[0]?.message).toMatch(/^the file is not text/);
    const big = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: big\n  description: ${'x'.repeat(2 * 1024 * 1024)}\n`;
    expect(readBackstageCatalog(big).problems).toEqual([{ line: 1, message: expect.stringMatching(/larger than 2 MB/) }]);
  });
});
