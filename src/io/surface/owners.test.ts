import { describe, expect, it } from 'vitest';
import { describeSurfaceProblem, matchOwners, ownerMatcher, parseCodeownersOwner, parseEntityRef, refuseText, type BackstageDirectory, type OwnerRef, type TeamPerson } from './owners.ts';

const owner = (text: string): OwnerRef => {
  const parsed = parseCodeownersOwner(text);
  if (!parsed) throw new Error(`not an owner: ${text}`);
  return parsed;
};

const people: TeamPerson[] = [
  { id: 'p-mei', name: 'Mei Chen', handles: ['@mei'], emails: ['mei.chen@example.com'] },
  { id: 'p-kofi', name: 'Kofi Mensah', handles: ['KofiM'], emails: ['KOFI@example.com'] },
  { id: 'p-ada', name: 'Ada Lovelace', handles: [], emails: [] },
  { id: 'p-ada2', name: 'ada lovelace', handles: [], emails: [] },
];

const directory: BackstageDirectory = {
  groups: [
    { ref: 'group:default/platform', name: 'platform', namespace: 'default', members: ['user:default/kofim'], children: ['group:default/sre'] },
    { ref: 'group:default/sre', name: 'sre', namespace: 'default', members: [], children: [] },
    { ref: 'group:default/empty', name: 'empty', namespace: 'default', members: [], children: [] },
    { ref: 'group:default/outsiders', name: 'outsiders', namespace: 'default', members: ['user:default/stranger'], children: [] },
  ],
  users: [
    { ref: 'user:default/kofim', name: 'kofim', namespace: 'default', memberOf: [] },
    { ref: 'user:default/mchen', name: 'mchen', namespace: 'default', email: 'Mei.Chen@example.com', memberOf: ['group:default/sre'] },
    { ref: 'user:default/ada', name: 'ada', namespace: 'default', displayName: 'Ada Lovelace', memberOf: [] },
    { ref: 'user:default/stranger', name: 'stranger', namespace: 'default', memberOf: [] },
  ],
};

describe('parseCodeownersOwner', () => {
  it('reads users, teams, nested GitLab groups, roles and e-mails, and nothing else', () => {
    expect(parseCodeownersOwner('@Mei')).toEqual({ kind: 'user', text: '@Mei', name: 'mei' });
    expect(parseCodeownersOwner('@Acme/Platform')).toEqual({ kind: 'team', text: '@Acme/Platform', name: 'acme/platform' });
    expect(parseCodeownersOwner('@group/with-nested/subgroup')?.kind).toBe('team');
    expect(parseCodeownersOwner('@@maintainer')).toEqual({ kind: 'role', text: '@@maintainer', name: 'maintainer' });
    expect(parseCodeownersOwner('Mei@Example.com')).toEqual({ kind: 'email', text: 'Mei@Example.com', name: 'mei@example.com' });
    for (const bad of ['mei', '@', '@org/', '@-mei', 'mei@example', '#', '@org//team']) expect(parseCodeownersOwner(bad), bad).toBeUndefined();
  });
});

describe('parseEntityRef', () => {
  it('fills in Backstage’s defaults and lower-cases', () => {
    const defaults = { kind: 'group', namespace: 'default' };
    expect(parseEntityRef('team-a', defaults)?.ref).toBe('group:default/team-a');
    expect(parseEntityRef('user:JDoe', defaults)?.ref).toBe('user:default/jdoe');
    expect(parseEntityRef('Group:Ops/SRE', defaults)?.ref).toBe('group:ops/sre');
    expect(parseEntityRef('finance/dba', { kind: 'group', namespace: 'x' })?.ref).toBe('group:finance/dba');
    expect(parseEntityRef('a b', defaults)).toBeUndefined();
    expect(parseEntityRef('a/b/c', defaults)).toBeUndefined();
  });
});

describe('matchOwners', () => {
  it('matches handles with or without @ and e-mails, ignoring case, each person once', () => {
    const match = matchOwners([owner('@MEI'), owner('@kofim'), owner('kofi@EXAMPLE.com'), owner('mei.chen@example.com')], people);
    expect(match).toEqual({ personIds: ['p-mei', 'p-kofi'], unmatched: [] });
  });

  it('lists every owner that names nobody, with why', () => {
    const match = matchOwners([owner('@ghost'), owner('ghost@example.com'), owner('@acme/platform'), owner('@@maintainer'), owner('@mei')], people);
    expect(match.personIds).toEqual(['p-mei']);
    expect(match.unmatched.map((u) => u.owner)).toEqual(['@ghost', 'ghost@example.com', '@acme/platform', '@@maintainer']);
    expect(match.unmatched[2]?.why).toMatch(/^a team: the file does not say who is in it/);
    expect(match.unmatched[3]?.why).toMatch(/GitLab role/);
  });

  it('resolves a GitHub team through a Backstage group of the same name, with its child groups', () => {
    const match = matchOwners([owner('@acme/platform')], people, directory);
    // kofim is a member; mchen is in the child group sre and found by e-mail.
    expect(match).toEqual({ personIds: ['p-kofi', 'p-mei'], unmatched: [] });
  });

  it('resolves Backstage refs, and keeps a display name shared by two people unmatched', () => {
    const refs: OwnerRef[] = [
      { kind: 'group', text: 'group:default/empty', name: 'empty', namespace: 'default' },
      { kind: 'group', text: 'group:default/outsiders', name: 'outsiders', namespace: 'default' },
      { kind: 'group', text: 'group:other/platform', name: 'platform', namespace: 'other' },
      { kind: 'user', text: 'user:default/ada', name: 'ada', namespace: 'default' },
      { kind: 'user', text: 'user:default/mchen', name: 'mchen', namespace: 'default' },
    ];
    const match = ownerMatcher(people, directory)(refs);
    expect(match.personIds).toEqual(['p-mei']);
    expect(match.unmatched).toEqual([
      { owner: 'group:default/empty', why: 'the group has no users in the catalog files read' },
      { owner: 'group:default/outsiders', why: 'the group’s one user is not on the team' },
      { owner: 'group:other/platform', why: 'no Backstage group of this name was read: add the catalog file that defines it and its users' },
      { owner: 'user:default/ada', why: 'no one on the team has this user name' },
    ]);
    const onlyOneAda = matchOwners([refs[3]!], people.slice(0, 3), directory);
    expect(onlyOneAda.personIds).toEqual(['p-ada']);
  });
});

describe('refuseText and describeSurfaceProblem', () => {
  it('refuses binary and oversized text, and accepts ordinary text', () => {
    expect(refuseText('* @mei\n', 'CODEOWNERS file')).toBeUndefined();
    expect(refuseText('a\u0000b', 'CODEOWNERS file')).toMatch(/not text/);
    expect(refuseText('\uFFFD'.repeat(20), 'CODEOWNERS file')).toMatch(/not text/);
    // 700,000 three-byte characters: under 2 MB as a string, over it as UTF-8 bytes.
    expect(refuseText('€'.repeat(700_000), 'CODEOWNERS file')).toMatch(/larger than 2 MB/);
  });

  it('says where, file first when there is one', () => {
    expect(describeSurfaceProblem({ line: 3, message: 'bad owner' })).toBe('Line 3: bad owner.');
    expect(describeSurfaceProblem({ file: 'a.yaml', line: 2, column: 7, message: 'broken.' })).toBe('a.yaml, line 2, column 7: broken.');
  });
});
