import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeChecklistDraft,
  guessItemType,
  MAX_CHECKLIST_BYTES,
  ownerOf,
  readOnboardingChecklist,
  timeOfHeading,
  type ChecklistItemDraft,
  type OnboardingChecklistDraft,
} from './onboarding-checklist.ts';

const GITLAB = readFileSync(new URL('../../e2e/data/onboarding/gitlab/Data Onboarding.md', import.meta.url), 'utf8');

const md = (lines: string[]) => lines.join('\n') + '\n';
const titles = (draft: OnboardingChecklistDraft) => draft.items.map((i) => i.title);
const find = (draft: OnboardingChecklistDraft, start: string): ChecklistItemDraft => {
  const item = draft.items.find((i) => i.title.startsWith(start));
  if (!item) throw new Error(`no item starting with ${start}`);
  return item;
};
const countBy = (items: ChecklistItemDraft[], key: (i: ChecklistItemDraft) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

describe('the GitLab data team onboarding issue template', () => {
  const draft = readOnboardingChecklist('Data Onboarding.md', GITLAB);

  it('reads without problems, titled from the file name (it has no front matter and no # heading)', () => {
    expect(draft.problems).toEqual([]);
    expect(draft.title).toBe('Data Onboarding');
    expect(draft.ticked).toBe(0);
    expect(draft.skipped).toEqual([]);
  });

  it('groups the items by the headings above them, with the <details> summaries', () => {
    expect(countBy(draft.items, (i) => i.section)).toEqual({
      'Access Requests › For all going through the Data Onboarding Process': 5,
      'Access Requests › For Central or Embedded Analyst/Engineers': 12,
      'Access Requests › For Engineers': 6,
      "WELCOME TO THE TEAM! WE'RE SO EXCITED TO HAVE YOU!!!": 11,
      "WELCOME TO THE TEAM! WE'RE SO EXCITED TO HAVE YOU!!! › For Data Analysts": 4,
      "WELCOME TO THE TEAM! WE'RE SO EXCITED TO HAVE YOU!!! › For Data Engineers": 11,
      'Data stack': 1,
      'Connecting to Snowflake': 3,
      'Connecting to Snowflake › Snowflake SQL': 3,
      'dbt › What is dbt?': 10,
      'dbt › Getting Set up with dbt locally': 5,
      'Airflow (Data Engineers only)': 2,
      Misc: 9,
      'GitLab.com (Product)': 3,
      Marketo: 2,
      'Netsuite (Accounting)': 2,
      'Usage/Version Ping (Product)': 6,
      'Salesforce (Sales, Marketing, Finance)': 8,
      'Snowplow (Product)': 4,
      Zendesk: 1,
      'Zuora (Finance, Billing SSOT)': 8,
      'Zuora (Finance, Billing SSOT) › Metrics and Methods': 4,
      'Suggested Bookmarks': 10,
      'Good First Issues': 2,
      'Resources to help you get started with your first issue': 3,
    });
    expect(draft.items).toHaveLength(135);
  });

  it('gives the "Manager: …" items to the manager, without the prefix, and the rest to the new member', () => {
    const managers = draft.items.filter((i) => i.owner === 'manager');
    expect(managers).toHaveLength(23);
    expect(managers.every((i) => i.section.startsWith('Access Requests'))).toBe(true);
    expect(draft.items.filter((i) => i.section.startsWith('Access Requests')).every((i) => i.owner === 'manager')).toBe(true);
    expect(draft.items.some((i) => /^manager\b/i.test(i.title))).toBe(false);
    expect(find(draft, 'Upgrade Periscope user to editor').owner).toBe('manager');
    expect(find(draft, 'Read (skim) through this full issue').owner).toBe('learner');
  });

  it('keeps nested checkboxes as sub-steps, at any depth, and plain bullets as notes', () => {
    expect(find(draft, 'Create access request using data analyst baseline').steps).toEqual([
      'Request addition to @datateam alias on Slack in PeopleOps Onboarding issue',
      'Request addition to @data-analysts alias on Slack in PeopleOps Onboarding issue',
      'Request addition to Data Team 1password vault in PeopleOps Onboarding issue',
    ]);
    expect(find(draft, 'Read the following pages of the handbook').steps).toEqual(['Data Team', 'Business Operations', 'Data Quality Process', 'Periscope Directory']);
    expect(find(draft, 'Install git').steps).toHaveLength(4);
    expect(find(draft, 'Install your Python-compatible IDE').steps).toEqual([
      'Ensure your IDE converts tabs to 4 spaces. To do that in VSCode, make sure in settings:',
      'Ensure your IDE uses the Python3 installation',
      expect.stringMatching(/^Consider installing extensions\/add-ons/),
      'Consider installing tldr for easy reference to common CLI commands',
    ]);
    expect(find(draft, 'Install your Python-compatible IDE').notes).toContain('- Editor: Tab Size is set to 4 spaces per tab');
    expect(find(draft, 'Add to Snowflake').notes).toBe('- Scratch schema will follow be your Snowflake username followed by _scratch i.e. jsmith_scratch');
    expect(draft.items.reduce((n, i) => n + i.steps.length, 0)).toBe(28);
  });

  it('keeps titles as plain text: link words without addresses, code spans as their text, no HTML', () => {
    const all = draft.items.flatMap((i) => [i.title, ...i.steps, i.notes]);
    expect(all.filter((t) => /<\/?[a-z!]/i.test(t))).toEqual([]);
    expect(all.filter((t) => /\]\(|`/.test(t))).toEqual([]);
    expect(find(draft, 'Watch @tlapiana').title).toBe("Watch @tlapiana's talk at DataEngConf that gives a phenomenal overview of how the team works.");
    expect(find(draft, 'Watch @tlapiana').url).toBe('https://www.youtube.com/watch?v=eu623QBwakc');
    // A bare address in the text is the item's link too.
    expect(find(draft, 'Login with the credentials').url).toBe('https://about.gitlab.com/handbook/business-ops/data-team/platform/#warehouse-access');
    expect(find(draft, 'Schedule a recurring fortnightly').url).toBeUndefined();
    expect(draft.items.every((i) => i.title.length <= 500 && i.steps.every((s) => s.length <= 500))).toBe(true);
  });

  it('puts every item in week 1 (no heading names a time) and guesses types from the words', () => {
    expect(new Set(draft.items.map((i) => `${i.period}/${String(i.offset)}`))).toEqual(new Set(['week-1/4']));
    expect(find(draft, 'Read (skim)').type).toBe('read');
    expect(find(draft, 'Join the following channels on Slack').type).toBe('shadow');
    expect(find(draft, 'Pairing session between a new Data Analyst').type).toBe('pair');
    expect(find(draft, 'Watch this great talk').type).toBe('read');
  });

  it('keeps the line each item starts on', () => {
    expect(find(draft, 'Upgrade Periscope user').line).toBe(9);
    expect(find(draft, 'Open your computer').line).toBe(77);
    expect(draft.items.at(-1)!.line).toBe(318);
  });
});

describe('a GitHub issue template with front matter and time headings', () => {
  const template = md([
    '---',
    'name: Engineer onboarding',
    'about: Checklist for a new engineer',
    'title: "[Onboarding] "',
    'labels: onboarding, people',
    '---',
    '',
    '# Welcome aboard',
    '',
    '## Before day 1',
    '- [ ] Manager: Order a laptop',
    '- [ ] Buddy: Send a welcome message',
    '',
    '## Day 1',
    '- [x] Read the [team handbook](https://example.com/handbook)',
    '- [ ] Pair with your buddy on the dev setup',
    '  - [ ] Clone the repo',
    '  - [x] Run the tests',
    '    - [ ] Fix any failing test',
    '  - Ask in #help if stuck',
    '',
    '### Accounts',
    '- [ ] New team member: Join the on-call rota as a shadow',
    '',
    '## Day 3',
    '- [ ] Shadow a code review',
    '- [ ] ~~Attend the all-hands~~',
    '',
    '## Week 2',
    '- [ ] Ship a small fix to production',
    '',
    '## Days 31–60',
    '- [ ] Demo your first feature at the team meeting',
    '- [x] Open a PR that updates the docs',
    '',
    '## Month 3',
    '- [ ] ~~Manager: Write the 90-day review~~',
    '  - [ ] Collect feedback',
    '- [ ] Present what you learned',
  ]);
  const draft = readOnboardingChecklist('.github/ISSUE_TEMPLATE/onboarding.md', template);

  it('takes the title from the front matter name', () => {
    expect(draft.problems).toEqual([]);
    expect(draft.title).toBe('Engineer onboarding');
  });

  it('reads each item with its period, offset, type, owner and section', () => {
    const brief = draft.items.map(({ title, period, offset, type, owner, section }) => ({ title, period, offset, type, owner, section }));
    expect(brief).toEqual([
      { title: 'Order a laptop', period: 'week-1', offset: -1, type: 'read', owner: 'manager', section: '' },
      { title: 'Send a welcome message', period: 'week-1', offset: -1, type: 'read', owner: 'buddy', section: '' },
      { title: 'Read the team handbook', period: 'week-1', offset: 0, type: 'read', owner: 'learner', section: '' },
      { title: 'Pair with your buddy on the dev setup', period: 'week-1', offset: 0, type: 'pair', owner: 'learner', section: '' },
      { title: 'Join the on-call rota as a shadow', period: 'week-1', offset: 0, type: 'shadow', owner: 'learner', section: 'Accounts' },
      { title: 'Shadow a code review', period: 'week-1', offset: 2, type: 'shadow', owner: 'learner', section: '' },
      { title: 'Ship a small fix to production', period: 'day-30', offset: 5, type: 'ship', owner: 'learner', section: '' },
      { title: 'Demo your first feature at the team meeting', period: 'day-60', offset: 43, type: 'present', owner: 'learner', section: '' },
      { title: 'Open a PR that updates the docs', period: 'day-60', offset: 43, type: 'ship', owner: 'learner', section: '' },
      { title: 'Present what you learned', period: 'day-90', offset: 64, type: 'present', owner: 'learner', section: '' },
    ]);
  });

  it('keeps nested task items as sub-steps and plain bullets as notes', () => {
    const pair = find(draft, 'Pair with your buddy');
    expect(pair.steps).toEqual(['Clone the repo', 'Run the tests', 'Fix any failing test']);
    expect(pair.notes).toBe('- Ask in #help if stuck');
    expect(pair.line).toBe(16);
    expect(find(draft, 'Read the team handbook').url).toBe('https://example.com/handbook');
  });

  it('imports ticked items undone and counts them, items and sub-steps alike', () => {
    expect(draft.ticked).toBe(3);
    expect(describeChecklistDraft(draft)).toEqual(['10 items in 2 sections, with 3 sub-steps.', '3 were ticked in the file; they start undone.', '2 items left out: see the list below.']);
  });

  it('leaves struck-through items out, with their sub-steps, and lists them as skipped', () => {
    expect(draft.skipped).toEqual([
      { line: 27, title: 'Attend the all-hands', why: 'struck through' },
      { line: 37, title: 'Manager: Write the 90-day review', why: 'struck through, with its 1 sub-step' },
    ]);
    expect(titles(draft).join(' ')).not.toMatch(/all-hands|90-day review|Collect feedback/);
  });
});

describe('titles, links and inline formatting', () => {
  it('falls back to the first # heading, then to the file name', () => {
    expect(readOnboardingChecklist('x.md', '# Platform team onboarding\n\n- [ ] Read the runbook\n').title).toBe('Platform team onboarding');
    expect(readOnboardingChecklist('docs/new-hire_checklist.md', '- [ ] Read the runbook\n').title).toBe('new hire checklist');
    expect(readOnboardingChecklist('x.md', '---\ntitle: Onboarding for ops\n---\n# Welcome\n- [ ] Read\n').title).toBe('Onboarding for ops');
  });

  it('makes code spans and links their text, keeps the first web link, and drops HTML and struck words', () => {
    const draft = readOnboardingChecklist(
      'x.md',
      md([
        '- [ ] Run `npm test` and read [the guide](https://x.example/guide) and [more](https://y.example)',
        '- [ ] <b>Read</b> the ~~old~~ new <span title="x">guide</span>',
        '- [ ] [Click here](javascript:alert(1))',
        '- [ ] <img src=x onerror=alert(1)>',
        '- [ ] Manager: ~~Book the desk~~',
      ]),
    );
    expect(draft.items.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: 'Run npm test and read the guide and more', url: 'https://x.example/guide' },
      { title: 'Read the new guide', url: undefined },
      { title: 'Click here', url: undefined },
    ]);
    expect(draft.skipped).toEqual([
      { line: 4, title: '', why: 'has no words to use as a title' },
      { line: 5, title: 'Manager: Book the desk', why: 'struck through' },
    ]);
  });

  it('cuts a title over 500 characters at a word and keeps the full text in the notes', () => {
    const long = `Read ${'the long onboarding guide '.repeat(30)}`.trim();
    const [item] = readOnboardingChecklist('x.md', `- [ ] ${long}\n`).items;
    expect(item!.title.length).toBeLessThanOrEqual(500);
    expect(item!.title.endsWith('guide…')).toBe(true);
    expect(item!.notes).toBe(long);
  });
});

describe('<details> blocks', () => {
  it('counts task lists the parser reads as Markdown inside them, under the summary as a section', () => {
    const draft = readOnboardingChecklist('x.md', md(['## Setup', '<details>', '<summary>For <b>data</b> engineers</summary>', '', '- [ ] Install dbt', '', '</details>', '', '- [ ] Read the wiki']));
    expect(draft.items.map((i) => [i.title, i.section])).toEqual([
      ['Install dbt', 'Setup › For data engineers'],
      ['Read the wiki', 'Setup'],
    ]);
  });

  it('lists task items left inside raw HTML as skipped, without their tags', () => {
    const draft = readOnboardingChecklist('x.md', md(['<details>', '<summary>Setup</summary>', '- [ ] Install <code>git</code>', '</details>', '', '- [ ] Read the wiki']));
    expect(titles(draft)).toEqual(['Read the wiki']);
    expect(draft.skipped).toEqual([{ line: 3, title: 'Install git', why: expect.stringContaining('HTML block') }]);
  });
});

describe('broken files', () => {
  const problems = (input: string | Uint8Array, name = 'x.md') => {
    const draft = readOnboardingChecklist(name, input);
    expect(draft.items).toEqual([]);
    return draft.problems;
  };

  it('refuses an empty file', () => {
    expect(problems('')).toEqual([{ message: expect.stringMatching(/^the file is empty/) }]);
    expect(problems(' \n\n\t\n')).toEqual([{ message: expect.stringMatching(/^the file is empty/) }]);
  });

  it('refuses a binary file and bytes that are not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problems(png, 'photo.png')).toEqual([{ message: expect.stringMatching(/^the file is not text/) }]);
    expect(problems('%PDF-1.7\n- [ ] Read')).toEqual([{ message: expect.stringMatching(/^the file is not text/) }]);
    expect(problems(new Uint8Array([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0xe9, 0x74, 0xe9]))).toEqual([{ message: expect.stringMatching(/not UTF-8/) }]);
  });

  it('reads UTF-8 bytes, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF# Été\r\n\r\n- [ ] Lire le guide\r\n');
    const draft = readOnboardingChecklist('x.md', bytes);
    expect([draft.title, titles(draft), draft.items[0]!.line]).toEqual(['Été', ['Lire le guide'], 3]);
  });

  it('refuses a file over 1 MB', () => {
    const big = `- [ ] Read\n\n${'x'.repeat(MAX_CHECKLIST_BYTES)}`;
    expect(problems(big)).toEqual([{ message: 'the file is 1,025 KB; Turbine reads checklists up to 1 MB (1,024 KB)' }]);
    expect(readOnboardingChecklist('x.md', `- [ ] Read\n\n${'x'.repeat(MAX_CHECKLIST_BYTES - 12)}`).problems).toEqual([]);
  });

  it('refuses Markdown with no task list', () => {
    expect(problems('# Onboarding\n\n- Read the handbook\n- Meet the team\n')).toEqual([{ message: 'found no `- [ ]` items; Turbine reads task lists under headings' }]);
  });

  it('says where the task items are when they are all inside raw HTML', () => {
    expect(problems(md(['# Onboarding', '<details><summary>Setup</summary>', '- [ ] Install git', '</details>']))).toEqual([
      { line: 3, message: expect.stringMatching(/^the `- \[ \]` items are inside an HTML block, where Markdown is not read/) },
    ]);
  });

  it('refuses a file whose every item is struck through', () => {
    expect(problems('- [ ] ~~Read~~\n- [x] ~~Ship~~\n')).toEqual([{ message: expect.stringContaining('every `- [ ]` item is struck through') }]);
  });

  it('refuses broken front matter, naming its line in the file', () => {
    expect(problems(md(['---', 'name: Onboarding', 'about: "never closed', '---', '', '- [ ] Read']))).toEqual([
      { line: 3, message: expect.stringMatching(/^the front matter is not valid YAML/) },
    ]);
    expect(problems(md(['---', 'name: Onboarding', 'title: a: b', '---', '- [ ] Read']))).toEqual([{ line: 3, message: expect.stringMatching(/^the front matter is not valid YAML/) }]);
    expect(problems(md(['---', '- name', '- about', '---', '- [ ] Read']))).toEqual([{ line: 2, message: expect.stringContaining('`key: value` lines') }]);
  });

  it('refuses front matter that is never closed', () => {
    expect(problems(md(['---', 'name: Onboarding', '', '- [ ] Read']))).toEqual([{ line: 1, message: expect.stringContaining('never closed') }]);
  });
});

describe('heading times', () => {
  it.each([
    ['Before day 1', 'week-1', -1],
    ['Pre-boarding', 'week-1', -1],
    ['Day 1', 'week-1', 0],
    ['First day', 'week-1', 0],
    ['Day 3: accounts', 'week-1', 2],
    ['Day one', 'week-1', 0],
    ['First week', 'week-1', 0],
    ['Days 1 to 5', 'week-1', 4],
    ['Week 2', 'day-30', 5],
    ['Second week', 'day-30', 5],
    ['Weeks 2–4', 'day-30', 19],
    ['First 30 days', 'day-30', 21],
    ['Day 30', 'day-30', 21],
    ['Days 31–60', 'day-60', 43],
    ['31-60 days', 'day-60', 43],
    ['Month 2', 'day-60', 43],
    ['Week 7', 'day-60', 30],
    ['90 days', 'day-90', 64],
    ['Month 3', 'day-90', 64],
  ] as const)('%s → %s, offset %i', (heading, period, offset) => {
    expect(timeOfHeading(heading)).toEqual({ period, offset });
  });

  it('finds no time in headings that name none', () => {
    for (const heading of ['Access Requests', 'Good First Issues', 'Resources to help you get started with your first issue', 'Tools', 'What is dbt?']) {
      expect(timeOfHeading(heading)).toBeUndefined();
    }
  });

  it('keeps the time of the last timed heading under headings without one', () => {
    const draft = readOnboardingChecklist('x.md', md(['## Week 2', '### Tools', '- [ ] Read the runbook', '## Access', '- [ ] Join the channel', '## Week 3', '- [ ] Ship it']));
    expect(draft.items.map((i) => [i.section, i.offset])).toEqual([
      ['Tools', 5],
      ['Access', 5],
      ['', 10],
    ]);
  });
});

describe('owners and types', () => {
  it('reads owner prefixes and leaves other labels in the title', () => {
    expect(ownerOf('Manager: Add to Slack')).toEqual({ owner: 'manager', title: 'Add to Slack' });
    expect(ownerOf('Buddy – walk through the codebase')).toEqual({ owner: 'buddy', title: 'walk through the codebase' });
    expect(ownerOf('New team member: read the wiki')).toEqual({ owner: 'learner', title: 'read the wiki' });
    expect(ownerOf('Data Engineers: update the profile')).toBeUndefined();
    expect(ownerOf('Netsuite dbt models 101: watch the video')).toBeUndefined();
  });

  it('guesses a type from the first telling word, read when none', () => {
    expect(guessItemType('Skim the architecture doc')).toBe('read');
    expect(guessItemType('Pair with Sam on the billing service')).toBe('pair');
    expect(guessItemType('Attend the incident review')).toBe('shadow');
    expect(guessItemType('Deploy a change to staging')).toBe('ship');
    expect(guessItemType('Open your first merge request')).toBe('ship');
    expect(guessItemType('Share what you learned at the retro')).toBe('present');
    expect(guessItemType('Read about and watch a demo of the tool')).toBe('read');
    expect(guessItemType('Install git')).toBe('read');
  });
});
