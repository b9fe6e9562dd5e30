import { DEFAULT_SCALE_ID } from './default-scale.ts';
import { describe, expect, it } from 'vitest';
import { kinds, WorkspaceData } from '../schemas/workspace.ts';
import { findDanglingReferences, findDuplicateIds } from '../io/read-workspace-file.ts';
import { sampleWorkspace } from './sample-team.ts';
import { cadences, openActionItems } from './one-on-ones.ts';

const TODAY = '2026-05-10';

/** Latest assessment per person × capability, as the matrix shows it. */
function latestLevels(w: WorkspaceData): Map<string, { level: number | null; interested: boolean }> {
  const latest = new Map<string, { at: string; level: number | null; interested: boolean }>();
  for (const a of w.assessments) {
    const key = `${a.personId}|${a.capabilityId}`;
    const prev = latest.get(key);
    if (!prev || prev.at <= a.at) latest.set(key, { at: a.at, level: a.level, interested: a.interested });
  }
  return latest;
}

function coverage(w: WorkspaceData) {
  const current = w.people.filter((p) => p.status !== 'moved-on');
  const latest = latestLevels(w);
  return w.capabilities.map((c) => {
    const cells = current.map((p) => latest.get(`${p.id}|${c.id}`)).filter((x) => x !== undefined);
    return {
      name: c.name,
      atTarget: cells.filter((x) => (x.level ?? 0) >= (c.target?.level ?? 0)).length,
      target: c.target?.people ?? 0,
      strong: cells.filter((x) => (x.level ?? 0) >= 3).length,
      interested: cells.filter((x) => x.interested).length,
    };
  });
}

describe('sampleWorkspace', () => {
  // A few days that cross year and quarter boundaries, where date arithmetic tends to slip.
  it.each(['2026-05-10', '2026-01-01', '2026-03-31', '2025-12-31', '2028-02-29'])('is a valid, self-contained workspace on %s', (today) => {
    const w = sampleWorkspace(today);
    expect(WorkspaceData.parse(w)).toEqual(w);
    expect(findDuplicateIds(w)).toEqual([]);
    expect(findDanglingReferences(w)).toEqual([]);
  });

  it('is the same for the same day', () => {
    expect(sampleWorkspace(TODAY)).toEqual(sampleWorkspace(TODAY));
  });

  it('keeps record ids from one day to the next, so loading it again updates rather than duplicates', () => {
    const a = sampleWorkspace('2026-05-10');
    const b = sampleWorkspace('2026-08-02');
    for (const kind of kinds) expect(b[kind].map((r) => r.id)).toEqual(a[kind].map((r) => r.id));
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => sampleWorkspace('2026-02-30')).toThrow(RangeError);
    expect(() => sampleWorkspace('10/05/2026')).toThrow(RangeError);
  });

  it('has eight people, one new hire and one who moved on', () => {
    const w = sampleWorkspace(TODAY);
    expect(w.people).toHaveLength(8);
    expect(w.people.filter((p) => p.status === 'new-hire')).toHaveLength(1);
    expect(w.people.filter((p) => p.status === 'moved-on')).toHaveLength(1);
  });

  it('flags every record as sample, except the shared default scale', () => {
    const w = sampleWorkspace(TODAY);
    for (const kind of kinds) {
      expect(w[kind].length, kind).toBeGreaterThan(0);
      for (const r of w[kind]) expect(r.sample, `${kind} ${r.id}`).toBe(r.id === DEFAULT_SCALE_ID ? undefined : true);
    }
  });

  it('dates nothing after today', () => {
    const w = sampleWorkspace(TODAY);
    const dates = [
      ...w.assessments.map((a) => a.at),
      ...w.candidates.flatMap((c) => [...c.moves.map((m) => m.at), ...(c.decision ? [c.decision.at] : [])]),
      ...w.scorecards.map((s) => s.submittedAt ?? ''),
      ...w.checkIns.map((c) => c.date),
      ...w.people.map((p) => p.startDate ?? ''),
    ];
    for (const d of dates) expect(d.slice(0, 10) <= TODAY, d).toBe(true);
  });

  it('shows a gap, a single point of failure and a capability nobody wants to grow in', () => {
    const rows = coverage(sampleWorkspace(TODAY));
    expect(rows.filter((r) => r.atTarget < r.target).map((r) => r.name)).toContain('Incident response');
    expect(rows.filter((r) => r.strong === 1).map((r) => r.name)).toEqual(['Ledger and reconciliation']);
    expect(rows.filter((r) => r.interested === 0).map((r) => r.name)).toEqual(['PCI and compliance']);
  });

  it('has history for some cells from more than one source', () => {
    const w = sampleWorkspace(TODAY);
    const perCell = new Map<string, number>();
    for (const a of w.assessments) perCell.set(`${a.personId}|${a.capabilityId}`, (perCell.get(`${a.personId}|${a.capabilityId}`) ?? 0) + 1);
    expect([...perCell.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(3);
    expect(new Set(w.assessments.map((a) => a.source))).toEqual(new Set(['manager', 'self', 'check-in', 'interview']));
  });

  it('runs every candidate through the one loop, in order, with an opening drawn from the gaps', () => {
    const w = sampleWorkspace(TODAY);
    const [loop] = w.interviewLoops;
    const [opening] = w.openings;
    expect(loop?.stages.map((s) => s.kind)).toEqual(['screen', 'take-home', 'interview', 'debrief']);
    expect(loop?.stages[1]?.timeBoxHours).toBe(3);
    expect(opening?.loopId).toBe(loop?.id);
    const order = loop!.stages.map((s) => s.id);
    for (const c of w.candidates) expect(c.moves.map((m) => m.stageId)).toEqual(order.slice(0, c.moves.length));
    expect(new Set(w.candidates.map((c) => c.status))).toEqual(new Set(['active', 'hired', 'rejected', 'withdrawn']));
    // Each must-have is assessed in at least two stages.
    for (const cap of opening!.mustHave) expect(loop!.stages.filter((s) => s.capabilityIds.includes(cap)).length).toBeGreaterThanOrEqual(2);
    const gaps = new Set(coverage(w).filter((r) => r.atTarget < r.target).map((r) => r.name));
    for (const cap of opening!.mustHave) expect(gaps).toContain(w.capabilities.find((c) => c.id === cap)?.name);
  });

  it('has one scorecard per interviewer per stage, scoring that stage’s capabilities', () => {
    const w = sampleWorkspace(TODAY);
    const stages = new Map(w.interviewLoops.flatMap((l) => l.stages).map((s) => [s.id, s]));
    const seen = new Set<string>();
    for (const s of w.scorecards) {
      const key = `${s.candidateId}|${s.stageId}|${s.interviewer.personId ?? s.interviewer.name}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(s.scores.map((x) => x.capabilityId)).toEqual(stages.get(s.stageId)?.capabilityIds);
      expect(s.submittedAt).toBeDefined();
    }
  });

  it('has check-ins for the last three quarters for every member who was on the team then, the earliest written in full', () => {
    const w = sampleWorkspace(TODAY);
    const members = w.people.filter((p) => p.status === 'member');
    for (const p of members) expect(w.checkIns.filter((c) => c.personId === p.id).map((c) => c.quarter).sort()).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    const earliest = w.checkIns.filter((c) => c.quarter === '2025-Q3');
    for (const c of earliest) {
      expect(c.strengths[0]?.howUsed, c.id).not.toBe('');
      expect(c.growthStage, c.id).toBeDefined();
      // Its goals were settled in that quarter: nothing carries over from it.
      for (const id of c.goalIds) expect(['done', 'dropped']).toContain(w.goals.find((g) => g.id === id)?.status);
    }
  });

  it('has a getting-to-know-you 1:1 with every current person, and 1:1s in every state', () => {
    const w = sampleWorkspace(TODAY);
    const current = w.people.filter((p) => p.status !== 'moved-on');
    for (const p of current) expect(w.oneOnOnes.some((o) => o.personId === p.id && o.kind === 'getting-to-know-you'), p.name).toBe(true);
    const states = [...cadences(w.people, w.oneOnOnes, TODAY).values()].map((c) => c.state);
    expect(new Set(states)).toEqual(new Set(['planned', 'overdue', 'unplanned', 'not-due']));
    expect(openActionItems(w.people, w.oneOnOnes).length).toBeGreaterThan(5);
  });

  it('has a decision in every status', () => {
    expect(new Set(sampleWorkspace(TODAY).decisions.map((d) => d.status))).toEqual(new Set(['proposed', 'decided', 'superseded']));
  });

  it('has a 90-day plan touching all four phases across weeks 1 to 13', () => {
    const [plan] = sampleWorkspace(TODAY).ninetyDayPlans;
    expect(new Set(plan?.tasks.map((t) => t.phase))).toEqual(new Set(['design', 'hire', 'learn', 'grow']));
    expect(Math.min(...plan!.tasks.map((t) => t.week))).toBe(1);
    expect(Math.max(...plan!.tasks.map((t) => t.week))).toBe(13);
  });
});
