import { describe, expect, it } from 'vitest';
import { fileMigrations, migrateFileData } from './migrations.ts';
import { WORKSPACE_FORMAT_VERSION } from '../schemas/workspace.ts';
import { scopeSystemId } from '../domain/format-2.ts';
import { readFileSync } from 'node:fs';
import { readWorkspaceFile } from './read-workspace-file.ts';
import { sampleWorkspace } from '../domain/sample-team.ts';
import { defaultOffsetOf, workdayAfter } from '../domain/workdays.ts';
import { daysBetween } from '../domain/dates.ts';

/** One before/after pair per file-format migration, keyed by the version it starts from. */
const team = '66666666-6666-4666-8666-666666666666';
const person = '11111111-1111-4111-8111-111111111111';
const goal = '77777777-7777-4777-8777-777777777777';
const plan = '88888888-8888-4888-8888-888888888888';
const item = (n: number) => `99999999-9999-4999-8999-99999999999${n}`;
const noManagerNotes = { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' };
const format4Plan = {
  id: '00000000-0000-4000-8000-0000000000a1',
  title: 'First 90 days',
  startDate: '2026-09-28',
  tasks: [{ id: '00000000-0000-4000-8000-0000000000a2', week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Mei', personId: '00000000-0000-4000-8000-0000000000a3', done: true }],
};

const format5Candidate = {
  id: '00000000-0000-4000-8000-0000000000b1',
  openingId: '00000000-0000-4000-8000-0000000000b2',
  name: 'Ines Duarte',
  status: 'active',
  moves: [{ stageId: '00000000-0000-4000-8000-0000000000b3', at: '2026-11-20T10:00:00.000Z' }],
};

const migrationCases: Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }> = {
  // A format-5 candidate was given no interview kit; their scorecards were all written in the manager's Turbine.
  5: { before: { candidates: [format5Candidate] }, after: { candidates: [{ ...format5Candidate, interviewKits: [] }] } },
  // A format-4 plan stays as it was: its tasks are ticked by hand, and it gives later joiners no tasks.
  4: { before: { ninetyDayPlans: [format4Plan] }, after: { ninetyDayPlans: [{ ...format4Plan, eachPerson: [] }] } },
  3: {
    before: {
      checkIns: [
        {
          id: 'c1',
          personId: person,
          quarter: '2026-Q3',
          date: '2026-09-20',
          strengths: ' Calm in incidents. ',
          toImprove: 'Writing things down',
          stretch: 'Lead the on-call review',
          goalIds: [goal],
          feedbackAsked: '',
          feedbackGiven: 'Thanks',
          energy: 4,
        },
        { id: 'c2', personId: person, quarter: '2026-Q4', date: '2026-12-01', strengths: '', stretch: '  ', goalIds: [] },
        'not a check-in',
      ],
    },
    after: {
      checkIns: [
        {
          id: 'c1',
          personId: person,
          quarter: '2026-Q3',
          date: '2026-09-20',
          held: true,
          strengths: [{ text: 'Calm in incidents.', howUsed: '' }],
          wins: [],
          areasToGrow: 'Writing things down',
          stretch: [{ text: 'Lead the on-call review' }],
          goalIds: [goal],
          feedbackAsked: '',
          feedbackGiven: 'Thanks',
          engagement: { overall: 4, note: '' },
          growthInTheirWords: '',
          evidence: [],
          levels: [],
          managerNotes: noManagerNotes,
          selfReviews: [],
        },
        {
          id: 'c2',
          personId: person,
          quarter: '2026-Q4',
          date: '2026-12-01',
          held: true,
          strengths: [],
          wins: [],
          areasToGrow: '',
          stretch: [],
          goalIds: [],
          engagement: { note: '' },
          growthInTheirWords: '',
          evidence: [],
          levels: [],
          managerNotes: noManagerNotes,
          selfReviews: [],
        },
        'not a check-in',
      ],
    },
  },
  2: {
    before: {
      onboardingPlans: [
        {
          id: plan,
          personId: person,
          title: 'Mei: ledger',
          kind: 'rotation',
          // A Friday: the Tuesday after is two workdays on.
          startDate: '2026-11-20',
          items: [
            { id: item(1), title: 'Pair on a mismatch', period: 'week-1', type: 'pair', due: '2026-11-24', status: 'done', notes: '' },
            { id: item(2), title: 'Read the model', period: 'day-30', type: 'read', status: 'todo', notes: '' },
            { id: item(3), title: 'Due before the start', period: 'day-60', type: 'ship', due: '2026-11-01', status: 'todo', notes: '' },
            'not an item',
          ],
        },
        { id: 'no items' },
      ],
    },
    after: {
      onboardingPlans: [
        {
          id: plan,
          personId: person,
          title: 'Mei: ledger',
          kind: 'rotation',
          startDate: '2026-11-20',
          items: [
            { id: item(1), title: 'Pair on a mismatch', period: 'week-1', type: 'pair', offset: 2, owner: 'learner', section: '', check: '', steps: [], status: 'done', notes: '' },
            { id: item(2), title: 'Read the model', period: 'day-30', type: 'read', offset: defaultOffsetOf('day-30'), owner: 'learner', section: '', check: '', steps: [], status: 'todo', notes: '' },
            { id: item(3), title: 'Due before the start', period: 'day-60', type: 'ship', offset: defaultOffsetOf('day-60'), owner: 'learner', section: '', check: '', steps: [], status: 'todo', notes: '' },
            'not an item',
          ],
        },
        { id: 'no items' },
      ],
    },
  },
  1: {
    before: {
      teams: [{ id: team, name: 'Payments', scope: ['Ledger', ' Refunds '], partners: [] }],
      checkIns: [
        { id: 'c2', personId: person, quarter: '2026-Q3', date: '2026-09-20', goals: [{ id: 'other-id', text: 'Write the runbook ', status: 'done' }] },
        { id: 'c1', personId: person, quarter: '2026-Q2', date: '2026-06-20', goals: [{ id: goal, text: 'Write the runbook', status: 'at-risk' }] },
      ],
      people: [],
    },
    after: {
      teams: [{ id: team, name: 'Payments', partners: [] }],
      checkIns: [
        { id: 'c2', personId: person, quarter: '2026-Q3', date: '2026-09-20', goalIds: [goal] },
        { id: 'c1', personId: person, quarter: '2026-Q2', date: '2026-06-20', goalIds: [goal] },
      ],
      people: [],
      systems: [
        { id: scopeSystemId(team, 0), name: 'Ledger', kind: 'service' },
        { id: scopeSystemId(team, 1), name: 'Refunds', kind: 'service' },
      ],
      goals: [
        {
          id: goal,
          personId: person,
          text: 'Write the runbook',
          setIn: '2026-Q2',
          status: 'done',
          history: [{ status: 'at-risk', on: '2026-06-20' }, { status: 'done', on: '2026-09-20' }],
          capabilityIds: [],
        },
      ],
    },
  },
};

describe('workspace file migrations', () => {
  it('has a migration for every step up to the current format', () => {
    for (let v = 1; v < WORKSPACE_FORMAT_VERSION; v++) expect(fileMigrations[v], `migration from ${v}`).toBeDefined();
  });

  it('has a before/after test for every migration', () => {
    expect(Object.keys(fileMigrations).filter((v) => !migrationCases[Number(v)])).toEqual([]);
  });

  for (const [from, c] of Object.entries(migrationCases)) {
    it(`migrates format ${from} to ${Number(from) + 1}`, () => {
      expect(fileMigrations[Number(from)]!.up(structuredClone(c.before))).toEqual(c.after);
    });
  }

  it('leaves current-format data as it is', () => {
    const data = { people: [] };
    expect(migrateFileData(data, WORKSPACE_FORMAT_VERSION)).toBe(data);
  });

  it('reads a format-1 file of the sample team as today\'s sample team, every record kept', () => {
    const text = readFileSync(new URL('../../e2e/data/v1-sample-team.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text) as { data: Record<string, unknown[]> };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    const today = sampleWorkspace('2026-11-23');
    // Every format-1 record is still there, by id, and nothing else but the lifted systems and goals.
    for (const [kind, records] of Object.entries(v1.data)) {
      if (!Array.isArray(records)) continue;
      expect(data[kind as keyof typeof data] as unknown[], kind).toHaveLength(records.length);
    }
    expect(data.goals).toHaveLength(v1.data.checkIns!.flatMap((c) => (c as { goals: unknown[] }).goals).length);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    // Today's sample has an earlier quarter besides the two a format-1 file held: compare those.
    const inFile = <T extends { id: string }>(records: readonly T[], file: readonly { id: string }[]) => records.filter((r) => file.some((f) => f.id === r.id));
    expect([...data.goals].sort(byId)).toEqual(inFile(today.goals, data.goals).sort(byId));
    expect(data.checkIns).toEqual(inFile(today.checkIns, data.checkIns));
    expect(data.systems.map((s) => [s.id, s.name])).toEqual(today.systems.map((s) => [s.id, s.name]));
    expect(data.teams).toEqual(today.teams);
  });

  it('reads a format-2 file of the sample team with every record kept and its onboarding items on the same due days', () => {
    const text = readFileSync(new URL('../../e2e/data/v2-sample-team.json', import.meta.url), 'utf8');
    const v2 = JSON.parse(text) as { data: Record<string, unknown[]> & { onboardingPlans: { startDate: string; items: { id: string; due: string }[] }[] } };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    for (const [kind, records] of Object.entries(v2.data)) {
      if (!Array.isArray(records)) continue;
      expect((data[kind as keyof typeof data] as { id: string }[]).map((r) => r.id), kind).toEqual(records.map((r) => (r as { id: string }).id));
    }
    expect(data.onboardingTemplates).toEqual([]);
    // Each item is due where it was, or on the next workday when format 2 put it on a weekend.
    v2.data.onboardingPlans.forEach((p, i) => {
      p.items.forEach((old, j) => {
        const due = workdayAfter(data.onboardingPlans[i]!.startDate, data.onboardingPlans[i]!.items[j]!.offset);
        expect(due >= old.due && daysBetween(old.due, due) <= 2, `${old.id}: ${old.due} → ${due}`).toBe(true);
      });
    });
  });

  it('reads a format-3 file of the sample team as today\'s sample team, every record kept and each check-in as it was written', () => {
    const text = readFileSync(new URL('../../e2e/data/v3-sample-team.json', import.meta.url), 'utf8');
    const v3 = JSON.parse(text) as { data: Record<string, unknown[]> & { checkIns: { id: string; strengths: string; toImprove: string; stretch: string; energy: number }[] } };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    for (const [kind, records] of Object.entries(v3.data)) {
      if (!Array.isArray(records)) continue;
      expect((data[kind as keyof typeof data] as { id: string }[]).map((r) => r.id), kind).toEqual(records.map((r) => (r as { id: string }).id));
    }
    v3.data.checkIns.forEach((old, i) => {
      const now = data.checkIns[i]!;
      expect([now.strengths[0]?.text, now.areasToGrow, now.stretch[0]?.text, now.engagement.overall, now.held]).toEqual([old.strengths, old.toImprove, old.stretch, old.energy, true]);
    });
    const today = sampleWorkspace('2026-11-23').checkIns;
    expect(data.checkIns).toEqual(today.filter((c) => data.checkIns.some((d) => d.id === c.id)));
  });

  it("reads a format-4 file of the sample team with every record kept and its 90-day plan's tasks as they were", () => {
    const text = readFileSync(new URL('../../e2e/data/v4-sample-team.json', import.meta.url), 'utf8');
    const v4 = JSON.parse(text) as { data: Record<string, unknown[]> & { ninetyDayPlans: { id: string; tasks: unknown[] }[] } };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    for (const [kind, records] of Object.entries(v4.data)) {
      if (!Array.isArray(records)) continue;
      expect((data[kind as keyof typeof data] as { id: string }[]).map((r) => r.id), kind).toEqual(records.map((r) => (r as { id: string }).id));
    }
    expect(data.ninetyDayPlans.map((p) => [p.id, p.tasks, p.eachPerson])).toEqual(v4.data.ninetyDayPlans.map((p) => [p.id, p.tasks, []]));
  });

  it('reads a format-5 file of the sample team with every record kept and no interview kit issued', () => {
    const text = readFileSync(new URL('../../e2e/data/v5-sample-team.json', import.meta.url), 'utf8');
    const v5 = JSON.parse(text) as { data: Record<string, unknown[]> & { candidates: { id: string }[]; scorecards: unknown[] } };
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(`${read.failure.headline} ${JSON.stringify(read.failure.problems)}`);
    const { data } = read.file;
    for (const [kind, records] of Object.entries(v5.data)) {
      if (!Array.isArray(records)) continue;
      expect((data[kind as keyof typeof data] as { id: string }[]).map((r) => r.id), kind).toEqual(records.map((r) => (r as { id: string }).id));
    }
    expect(data.candidates).toEqual(v5.data.candidates.map((c) => ({ ...c, interviewKits: [] })));
    expect(data.scorecards).toEqual(v5.data.scorecards);
  });
});
