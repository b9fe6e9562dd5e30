import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownersOfPath, readCodeowners, systemsOfPath, type CodeownersRule } from './codeowners.ts';
import { describeSurfaceProblem, type OwnerRef } from './owners.ts';

const backstage = readFileSync(new URL('../../../e2e/data/surface/backstage/CODEOWNERS', import.meta.url), 'utf8');
const texts = (owners: readonly OwnerRef[] | undefined) => owners?.map((o) => o.text);
/** Rules from a file that must read without problems. */
function rulesOf(text: string): CodeownersRule[] {
  const preview = readCodeowners(text);
  expect(preview.problems.map(describeSurfaceProblem)).toEqual([]);
  return preview.rules;
}

describe('readCodeowners on Backstage’s own CODEOWNERS', () => {
  const preview = readCodeowners(backstage);

  it('reads every pattern as a system, the catch-all first, with teams and users as owners', () => {
    expect(preview.flavour).toBe('github');
    expect(preview.problems).toEqual([]);
    expect(preview.rules).toHaveLength(75);
    expect(preview.drafts).toHaveLength(75);
    expect(preview.drafts[0]).toEqual({
      externalKey: 'codeowners:*',
      name: 'Everything else (*)',
      kind: 'service',
      description: '',
      links: [],
      owners: [
        { kind: 'team', text: '@backstage/maintainers', name: 'backstage/maintainers' },
        { kind: 'team', text: '@backstage/reviewers', name: 'backstage/reviewers' },
      ],
      context: 'CODEOWNERS: * @backstage/maintainers @backstage/reviewers',
      line: 7,
    });
    const catalog = preview.drafts.find((d) => d.externalKey === 'codeowners:/plugins/catalog-backend-module-aws');
    expect(catalog?.name).toBe('plugins/catalog-backend-module-aws');
    expect(catalog?.owners.map((o) => [o.kind, o.name])).toEqual([
      ['team', 'backstage/maintainers'],
      ['team', 'backstage/reviewers'],
      ['team', 'backstage/catalog-maintainers'],
      ['user', 'pjungermann'],
    ]);
  });

  it('keeps a pattern with no owner as an unowned system', () => {
    const changeset = preview.drafts.find((d) => d.externalKey === 'codeowners:/.changeset/*.md');
    expect(changeset).toMatchObject({ name: '.changeset/*.md', owners: [], line: 10 });
    expect(changeset?.context).toContain('no owner');
  });

  it('finds the owners of a path by the last matching pattern', () => {
    const rules = preview.rules;
    expect(texts(ownersOfPath(rules, 'README.md'))).toEqual(['@backstage/maintainers', '@backstage/reviewers']);
    expect(texts(ownersOfPath(rules, 'yarn.lock'))).toEqual(['@backstage/maintainers', '@backstage-service']);
    expect(texts(ownersOfPath(rules, 'plugins/yarn.lock'))).toEqual(['@backstage/maintainers', '@backstage-service']);
    // `/plugins/catalog-*` names directories, so it covers the files under them…
    expect(texts(ownersOfPath(rules, 'plugins/catalog-backend/src/index.ts'))).toEqual(['@backstage/maintainers', '@backstage/reviewers', '@backstage/catalog-maintainers']);
    // …until a later, more specific line takes over.
    expect(texts(ownersOfPath(rules, 'plugins/catalog-graph/src/index.ts'))).toContain('@backstage/sda-se-reviewers');
    expect(systemsOfPath(rules, 'plugins/catalog-backend-module-aws/package.json')).toEqual(['codeowners:/plugins/catalog-backend-module-aws']);
    expect(texts(ownersOfPath(rules, 'docs/features/search/index.md'))).toEqual(['@backstage/discoverability-maintainers']);
    // Unowned on purpose: matched, with no owner, and not the catch-all's.
    expect(ownersOfPath(rules, '.changeset/brave-cats.md')).toEqual([]);
    expect(systemsOfPath(rules, '.changeset/brave-cats.md')).toEqual(['codeowners:/.changeset/*.md']);
    expect(texts(ownersOfPath(rules, '.changeset/config.json'))).toEqual(['@backstage/maintainers', '@backstage/reviewers']);
  });
});

describe('ownersOfPath', () => {
  it('lets the last matching line win, whatever the order', () => {
    const jsThenDocs = rulesOf('*.js @js\n/docs/ @docs-root\n');
    expect(texts(ownersOfPath(jsThenDocs, 'docs/app.js'))).toEqual(['@docs-root']);
    expect(texts(ownersOfPath(jsThenDocs, 'src/app.js'))).toEqual(['@js']);
    const docsThenJs = rulesOf('/docs/ @docs-root\n*.js @js\n');
    expect(texts(ownersOfPath(docsThenJs, 'docs/app.js'))).toEqual(['@js']);
    expect(texts(ownersOfPath(docsThenJs, 'docs/guide.md'))).toEqual(['@docs-root']);
  });

  const rules = rulesOf(
    [
      '/docs/ @docs-root',
      'docs/ @docs-any',
      '*.js @js',
      '**/logs @logs',
      '/dist/ @dist',
      '/build @build',
      '/guides/* @guides',
      'apps/ @apps',
      '/apps/github',
      'owners.txt mei@example.com @org/team',
    ].join('\n'),
  );

  it('anchors a pattern that starts with /, and matches one without a slash at any depth', () => {
    expect(texts(ownersOfPath(rules, 'docs/guide.md'))).toEqual(['@docs-any']);
    expect(texts(ownersOfPath(rules, 'src/docs/guide.md'))).toEqual(['@docs-any']);
    expect(texts(ownersOfPath(rules, 'docs/app.js'))).toEqual(['@js']);
    expect(texts(ownersOfPath(rules, 'src/deep/app.js'))).toEqual(['@js']);
    expect(texts(ownersOfPath(rules, 'logs'))).toEqual(['@logs']);
    expect(texts(ownersOfPath(rules, 'services/api/logs/today.txt'))).toEqual(['@logs']);
    expect(ownersOfPath(rules, 'README.md')).toBeUndefined();
    // Paths compare with case, as git does.
    expect(ownersOfPath(rules, 'Docs/guide.md')).toBeUndefined();
  });

  it('tells a directory pattern from a file', () => {
    expect(texts(ownersOfPath(rules, 'dist/app.js'))).toEqual(['@dist']);
    expect(texts(ownersOfPath(rules, 'dist/'))).toEqual(['@dist']);
    expect(ownersOfPath(rules, 'dist')).toBeUndefined();
    // Without a trailing slash a pattern names a file or a directory.
    expect(texts(ownersOfPath(rules, 'build'))).toEqual(['@build']);
    expect(texts(ownersOfPath(rules, 'build/out/app.css'))).toEqual(['@build']);
  });

  it('covers only the files directly in a directory with dir/*, as GitHub documents', () => {
    expect(texts(ownersOfPath(rules, 'guides/start.md'))).toEqual(['@guides']);
    expect(ownersOfPath(rules, 'guides/deep/start.md')).toBeUndefined();
  });

  it('leaves a path unowned when the last line matching it has no owner, and reads e-mail owners', () => {
    expect(texts(ownersOfPath(rules, 'apps/web/index.ts'))).toEqual(['@apps']);
    expect(ownersOfPath(rules, 'apps/github/index.ts')).toEqual([]);
    expect(ownersOfPath(rules, 'owners.txt')).toEqual([
      { kind: 'email', text: 'mei@example.com', name: 'mei@example.com' },
      { kind: 'team', text: '@org/team', name: 'org/team' },
    ]);
    expect(ownersOfPath(rules, './owners.txt')).toHaveLength(2);
  });
});

describe('readCodeowners: lines GitHub refuses', () => {
  it('names each line and refuses the whole file', () => {
    const preview = readCodeowners(
      [
        '# Owners',
        '*.js @js',
        '!vendor/*.js',
        'src/[abc].ts @x',
        '\\#notes @x',
        '@mei',
        'lib/ mei',
        'docs/ @docs # the docs team',
        '/ @root',
        'api/ @org/team mei@example.com',
        'ops/ @@maintainer',
      ].join('\n'),
    );
    expect(preview.flavour).toBe('github');
    expect(preview.problems.map(describeSurfaceProblem)).toEqual([
      'Line 3: GitHub does not support ! to exclude paths: give the paths their own line with no owner instead, which leaves them unowned.',
      'Line 4: GitHub does not support [ ] character ranges in CODEOWNERS: list each path, or use * instead.',
      'Line 5: GitHub does not read \\# as an escaped #: a pattern cannot start with # (the line would be a comment).',
      'Line 6: the line starts with the owner @mei: a rule starts with the path it covers, then its owners (e.g. /docs/ @mei).',
      'Line 7: owner “mei” is not one GitHub accepts: write @user, @org/team or an e-mail address.',
      'Line 8: GitHub does not allow a comment after the owners (“# the docs team”): move it to a line of its own.',
      'Line 9: the pattern / never matches anything: use * to mean every file.',
      'Line 11: owner “@@maintainer” is not one GitHub accepts: write @user, @org/team or an e-mail address.',
    ]);
    expect(preview.rules).toEqual([]);
    expect(preview.drafts).toEqual([]);
  });

  it('refuses an empty file, a binary one, and one too large', () => {
    expect(readCodeowners('# nothing yet\n\n').problems.map((p) => p.message)).toEqual([
      'the file holds no rules: a CODEOWNERS line is a path pattern followed by its owners, e.g. /docs/ @mei',
    ]);
    expect(readCodeowners('\u0089PNG\r\n\u001a\n\u0000\u0000').problems[0]?.message).toMatch(/^the file is not text/);
    expect(readCodeowners(`* @a\n${'# padding\n'.repeat(220_000)}`).problems[0]?.message).toMatch(/larger than 2 MB/);
  });

  it('reads escaped spaces in a path, Windows line ends, and a pattern listed twice as its last line says', () => {
    const preview = readCodeowners('docs/My\\ Guide.txt @mei\r\n*.md @a\r\n*.md @b\r\n');
    expect(preview.problems).toEqual([]);
    expect(preview.rules[0]?.pattern).toBe('docs/My Guide.txt');
    expect(texts(ownersOfPath(preview.rules, 'docs/My Guide.txt'))).toEqual(['@mei']);
    expect(texts(ownersOfPath(preview.rules, 'docs/My Guide.md'))).toEqual(['@b']);
    expect(preview.drafts.map((d) => [d.externalKey, texts(d.owners)])).toEqual([
      ['codeowners:docs/My Guide.txt', ['@mei']],
      ['codeowners:*.md', ['@b']],
    ]);
    expect(preview.overridden).toEqual([{ line: 2, pattern: '*.md', byLine: 3 }]);
  });
});

describe('readCodeowners: GitLab sections', () => {
  const text = [
    '# Required for all files',
    '* @admin',
    '',
    '[Documentation] @docs-team',
    'docs/',
    'README.md',
    'internal/README.md @tech-writer',
    '',
    '^[Database][2] @database-team @agarcia',
    'model/db/',
    'config/db/database-setup.md @docs-team',
    '',
    '[documentation]',
    '*.txt',
    '!generated/',
    '',
    '[Ruby]',
    '*.rb @ruby-team',
    '!/config/**/*.rb',
    '/config/routes.rb @ops',
  ].join('\n');
  const preview = readCodeowners(text);

  it('makes one system per section, gathering its patterns, with default owners where a line has none', () => {
    expect(preview.flavour).toBe('gitlab');
    expect(preview.problems).toEqual([]);
    expect(preview.sections.map((s) => [s.name, s.line, s.optional, s.approvals, texts(s.defaultOwners)])).toEqual([
      ['Documentation', 4, false, undefined, ['@docs-team']],
      ['Database', 9, true, 2, ['@database-team', '@agarcia']],
      ['Ruby', 17, false, undefined, []],
    ]);
    expect(preview.drafts.map((d) => [d.externalKey, d.name, texts(d.owners)])).toEqual([
      ['codeowners:*', 'Everything else (*)', ['@admin']],
      ['codeowners:[Documentation]', 'Documentation', ['@docs-team', '@tech-writer']],
      ['codeowners:[Database]', 'Database', ['@database-team', '@agarcia', '@docs-team']],
      ['codeowners:[Ruby]', 'Ruby', ['@ruby-team', '@ops']],
    ]);
    expect(preview.drafts[2]?.context).toBe('CODEOWNERS section [Database] (optional, 2 approvals needed): model/db/, config/db/database-setup.md');
    expect(preview.drafts[1]?.context).toContain('*.txt');
  });

  it('asks each section for its last matching line, and puts the owners together', () => {
    const rules = preview.rules;
    expect(texts(ownersOfPath(rules, 'README.md'))).toEqual(['@admin', '@docs-team']);
    expect(systemsOfPath(rules, 'README.md')).toEqual(['codeowners:*', 'codeowners:[Documentation]']);
    expect(texts(ownersOfPath(rules, 'internal/README.md'))).toEqual(['@admin', '@tech-writer']);
    // A relative path with a slash matches at any depth in GitLab.
    expect(texts(ownersOfPath(rules, 'docs/internal/README.md'))).toEqual(['@admin', '@tech-writer']);
    expect(texts(ownersOfPath(rules, 'config/db/database-setup.md'))).toEqual(['@admin', '@docs-team']);
    expect(texts(ownersOfPath(rules, 'model/db/schema.sql'))).toEqual(['@admin', '@database-team', '@agarcia']);
    expect(texts(ownersOfPath(rules, 'notes.txt'))).toEqual(['@admin', '@docs-team']);
    // An exclusion takes its section out for what it matches, even before a later line.
    expect(texts(ownersOfPath(rules, 'generated/notes.txt'))).toEqual(['@admin']);
    expect(texts(ownersOfPath(rules, 'config/routes.rb'))).toEqual(['@admin']);
    expect(texts(ownersOfPath(rules, 'app/models/user.rb'))).toEqual(['@admin', '@ruby-team']);
  });

  it('reports a section header it cannot read, and owners GitLab refuses', () => {
    const bad = readCodeowners('[Docs]\ndocs/ @docs\n[]\n[Ops][two] @ops\n[Api] api-team\n/api/ @api # owners\n');
    expect(bad.problems.map(describeSurfaceProblem)).toEqual([
      'Line 3: a section header needs a name between the brackets, e.g. [Documentation].',
      'Line 4: the number of approvals “two” must be a whole number of at least 1, as in [Ops][2].',
      'Line 5: owner “api-team” is not one GitLab accepts: write @user, @org/team or an e-mail address.',
      'Line 6: GitLab does not allow a comment after the owners (“# owners”): move it to a line of its own.',
    ]);
    expect(bad.drafts).toEqual([]);
  });
});
