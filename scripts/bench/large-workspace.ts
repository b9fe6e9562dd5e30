/**
 * A big, valid workspace of an exact size, for benchmarks and for checking that
 * screens stay fast with hundreds of people and tens of thousands of records.
 * Deterministic for a given size and seed. Text is kept to a short sentence so
 * that an export of `benchSize` stays well under the import size limit.
 */
import type { WorkspaceData } from '../../src/schemas/workspace.ts';
import { seeded, type Rng } from '../../src/domain/seeded.ts';
import { defaultOffsetOf } from '../../src/domain/workdays.ts';
import { planFromTemplate, type PlanTemplate } from '../../src/domain/plan/plan.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export interface WorkspaceSize {
  people: number;
  capabilities: number;
  assessments: number;
  candidates: number;
  scorecards: number;
  checkIns: number;
  /** Goals each check-in sets: two when left out; a fraction alternates (2.5: two, then three, …). */
  goalsPerCheckIn?: number;
  /** The surface area; five named systems when left out. */
  systems?: number;
  /** Onboarding plans; one for each of the first ten people when left out. */
  plans?: number;
  /** Items per plan, spread evenly over the four periods; eight when left out. */
  planItems?: number;
}

/** The Learn rows' workspace: the bench's team and matrix, a wide surface area and a thousand plans of forty items. */
export const learnSize: WorkspaceSize = {
  people: 300,
  capabilities: 300,
  assessments: 90_000,
  candidates: 0,
  scorecards: 0,
  checkIns: 0,
  systems: 200,
  plans: 1_000,
  planItems: 40,
};

/** The Grow rows' workspace: the bench's team and matrix, eight quarters of check-ins (2,400) and 6,000 goals. */
export const growSize: WorkspaceSize = {
  people: 300,
  capabilities: 300,
  assessments: 90_000,
  candidates: 0,
  scorecards: 0,
  checkIns: 2_400,
  goalsPerCheckIn: 2.5,
};

export const benchSize: WorkspaceSize = {
  people: 300,
  capabilities: 300,
  assessments: 90_000,
  candidates: 5_000,
  scorecards: 40_000,
  checkIns: 1_200,
};

/** A fixed "today" so the same size and seed always give the same file. */
export const LARGE_WORKSPACE_TODAY = '2026-06-30';

type Rec<K extends keyof WorkspaceData> = NonNullable<WorkspaceData[K]> extends readonly (infer R)[] ? R : never;
type Person = Rec<'people'>;
type Capability = Rec<'capabilities'>;
type Assessment = Rec<'assessments'>;
type Candidate = Rec<'candidates'>;
type Scorecard = Rec<'scorecards'>;
type LoopStage = Rec<'interviewLoops'>['stages'][number];
type InterviewLoop = Rec<'interviewLoops'>;
type Interviewer = LoopStage['interviewers'][number];

// ---------------------------------------------------------------- word lists

const FIRST = [
  'Ada', 'Ben', 'Chloé', 'Dev', 'Elif', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kai', 'Lucía', 'Mateo', 'Nia', 'Omar', 'Pia',
  'Quinn', 'Rosa', 'Sanjay', 'Tess', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zara', 'Aiko', 'Bruno', 'Carmen', 'Dmitri',
  'Esme', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Leila', 'Marek', 'Noor',
];
const LAST = [
  'Abara', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fofana', 'Garcia', 'Huang', 'Ivanova', 'Jensen', 'Kowalski', 'Lopez', 'Mwangi',
  'Nakamura', 'Olsen', 'Patel', 'Quispe', 'Rahman', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zhou', 'Afolabi',
  'Bianchi', 'Cohen', 'Das', 'Evans', 'Fischer', 'Gomez', 'Haddad', 'Ito', 'Jovanovic', 'Kim', 'Larsen', 'Moreau', 'Novak',
];
const ROLES: [string, string][] = [
  ['Software engineer', 'L3'],
  ['Software engineer', 'L4'],
  ['Senior software engineer', 'L5'],
  ['Staff engineer', 'L6'],
  ['Site reliability engineer', 'L4'],
  ['Site reliability engineer', 'L5'],
  ['Product designer', 'Senior'],
  ['Data engineer', 'L4'],
  ['QA engineer', 'L4'],
  ['Engineering manager', 'M1'],
];
const FITS = [
  'Steady delivery and careful reviews.',
  'The go-to person for production issues.',
  'Brings customer insight into planning.',
  'Strong mentor for newer engineers.',
  'Learning fast after a recent move.',
  'Deep knowledge of the data pipeline.',
  'Good at turning vague asks into plans.',
];

const AREAS: { name: string; kind: Capability['kind'] }[] = [
  { name: 'Backend services', kind: 'technical' },
  { name: 'Frontend', kind: 'technical' },
  { name: 'Data', kind: 'technical' },
  { name: 'Infrastructure', kind: 'technical' },
  { name: 'Reliability', kind: 'technical' },
  { name: 'Security', kind: 'technical' },
  { name: 'Quality', kind: 'technical' },
  { name: 'Payments domain', kind: 'domain' },
  { name: 'Logistics domain', kind: 'domain' },
  { name: 'Communication', kind: 'non-technical' },
  { name: 'Leadership', kind: 'non-technical' },
  { name: 'Product', kind: 'non-technical' },
];
/** Four capability names per area, in AREAS order. */
const CAP_NAMES = [
  'API design', 'Service architecture', 'Concurrency', 'Caching',
  'Accessibility', 'Component design', 'Web performance', 'State management',
  'SQL and modelling', 'Streaming pipelines', 'Data quality', 'Analytics',
  'Infrastructure as code', 'Containers', 'Networking', 'Cost management',
  'Incident response', 'Observability', 'Capacity planning', 'Chaos testing',
  'Threat modelling', 'Secrets handling', 'Access control', 'Dependency hygiene',
  'Test strategy', 'Test automation', 'Release safety', 'Exploratory testing',
  'Card payments', 'Reconciliation', 'Compliance', 'Fraud signals',
  'Routing', 'Warehouse operations', 'Carrier integrations', 'Delivery promises',
  'Technical writing', 'Partner communication', 'Presenting', 'Facilitation',
  'Mentoring', 'Delegation', 'Hiring', 'Decision making',
  'Product discovery', 'Prioritisation', 'Experimentation', 'Roadmapping',
];
const DESCRIPTORS = [
  'Learning with guidance.',
  'Does everyday work without help.',
  "Handles hard cases and reviews others' work.",
  'Sets direction and teaches others.',
];
const ANCHORS = ['Little or no evidence.', 'Some evidence, with gaps.', 'Clear, solid evidence.', 'Exceptional, teaches us something.'] as const;
const EVIDENCE = [
  'Explained the trade-offs clearly.',
  'Needed hints to get started.',
  'Asked good clarifying questions.',
  'Missed the failure cases.',
  'Solid answer with a worked example.',
  'Went deeper than we asked.',
  'Struggled to structure the answer.',
  'Tested their own solution carefully.',
];
const STAGE_PLAN: { name: string; kind: LoopStage['kind']; interviewers: number }[] = [
  { name: 'Phone screen', kind: 'screen', interviewers: 1 },
  { name: 'Take-home', kind: 'take-home', interviewers: 2 },
  { name: 'Technical interview', kind: 'interview', interviewers: 3 },
  { name: 'System design', kind: 'interview', interviewers: 2 },
  { name: 'Collaboration interview', kind: 'interview', interviewers: 2 },
  { name: 'Debrief', kind: 'debrief', interviewers: 0 },
];
/** Stages that produce scorecards; the debrief is a conversation, not a score. */
const SCORED_STAGES = STAGE_PLAN.filter((s) => s.kind !== 'debrief').length;
const SLOTS_PER_CANDIDATE = STAGE_PLAN.reduce((n, s) => n + s.interviewers, 0);

const ITEM_TITLES = {
  read: 'Read the architecture overview',
  pair: 'Pair on a bug fix',
  shadow: 'Shadow an on-call shift',
  ship: 'Ship a small change',
  present: 'Demo what you learned to the team',
} as const;
const GOALS = ['Lead a design review', 'Pair weekly with a newer engineer', 'Ship the migration', 'Write the on-call runbook', 'Present at the team demo', 'Reduce flaky tests'];
const GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'done', 'dropped'] as const;
const STRENGTHS = ['Clear communicator.', 'Reliable under pressure.', 'Thorough reviewer.', 'Generous with help.', 'Quick learner.'];
const TO_IMPROVE = ['Delegating more.', 'Speaking up earlier.', 'Writing things down.', 'Saying no to side requests.', 'Estimating work.'];

// ---------------------------------------------------------------- helpers

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function checkSize(size: WorkspaceSize): void {
  for (const [k, v] of Object.entries(size)) {
    const fraction = k === 'goalsPerCheckIn';
    if (fraction ? !(v >= 0) : !Number.isInteger(v) || v < 0) throw new RangeError(`${k} must be ${fraction ? 'a number' : 'a whole number'} from 0, got ${v}`);
  }
  if (size.assessments > 0 && (size.people === 0 || size.capabilities === 0))
    throw new RangeError('assessments need at least one person and one capability');
  if (size.checkIns > 0 && size.people === 0) throw new RangeError('check-ins need at least one person');
  if (size.scorecards > 0 && size.candidates === 0) throw new RangeError('scorecards need at least one candidate');
}

export function largeWorkspace(size: WorkspaceSize, seed = 1, today = LARGE_WORKSPACE_TODAY): WorkspaceData {
  checkSize(size);
  const rng: Rng = seeded(seed);
  const uuid = rng.uuid;

  // Building date strings is the slow part of a naive generator; precompute them once.
  const todayMs = Date.parse(`${today}T00:00:00.000Z`);
  if (Number.isNaN(todayMs)) throw new RangeError(`expected a date like 2026-11-23, got ${JSON.stringify(today)}`);
  const MAX_DAYS_AGO = 6 * 365;
  const days: string[] = Array.from({ length: MAX_DAYS_AGO + 1 }, (_, d) => new Date(todayMs - d * 86_400_000).toISOString().slice(0, 10));
  const day = (ago: number) => days[Math.min(Math.max(Math.round(ago), 0), MAX_DAYS_AGO)]!;
  const TIMES = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'];
  // Shared strings rather than one new string per record keeps garbage collection out of the way.
  const moments: string[][] = [];
  const at = (ago: number) => {
    const d = Math.min(Math.max(Math.round(ago), 0), MAX_DAYS_AGO);
    const t = rng.int(0, TIMES.length - 1);
    const row = (moments[d] ??= []);
    return (row[t] ??= `${days[d]!}T${TIMES[t]!}:00.000Z`);
  };

  // ---- team, people, scale, areas, capabilities
  const teams = [
    {
      id: uuid(),
      name: 'Commerce Engineering',
      mission: 'Build and run the systems that let customers buy, pay and receive their orders.',
      value: 'Partner teams ship features on top of reliable commerce services.',
      vision: 'Every order, on time.',
      partners: [
        { name: 'Marketing', lead: 'Alex Moreno' },
        { name: 'Finance', lead: 'Sam Okoye' },
        { name: 'Support', lead: 'Rui Santos' },
      ],
    },
  ];

  const people: Person[] = [];
  for (let i = 0; i < size.people; i++) {
    const [role, level] = ROLES[i % ROLES.length]!;
    const status: Person['status'] = i % 20 === 19 ? 'moved-on' : i % 20 === 17 ? 'new-hire' : 'member';
    const startAgo = status === 'new-hire' ? rng.int(5, 80) : rng.int(120, MAX_DAYS_AGO - 30);
    people.push({
      id: uuid(),
      name: `${FIRST[i % FIRST.length]!} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!}`,
      role,
      level,
      startDate: day(startAgo),
      status,
      fit: rng.pick(FITS),
      ...(status === 'moved-on' ? { movedOnDate: day(rng.int(5, 100)) } : {}),
    });
  }
  const current = people.filter((p) => p.status !== 'moved-on');
  const panel = current.length > 0 ? current : people;

  const scale = {
    id: uuid(),
    name: 'Default scale (0–4)',
    levels: [
      { value: 0, name: 'None', description: 'No experience yet.' },
      { value: 1, name: 'Learning', description: DESCRIPTORS[0]! },
      { value: 2, name: 'Working', description: DESCRIPTORS[1]! },
      { value: 3, name: 'Strong', description: DESCRIPTORS[2]! },
      { value: 4, name: 'Expert who teaches', description: DESCRIPTORS[3]! },
    ],
  };
  const capabilityAreas = AREAS.map((a, order) => ({ id: uuid(), name: a.name, description: `What the team needs in ${a.name.toLowerCase()}.`, order }));

  const capabilities: Capability[] = [];
  for (let i = 0; i < size.capabilities; i++) {
    const areaIndex = i % AREAS.length;
    const base = CAP_NAMES[areaIndex * 4 + (Math.floor(i / AREAS.length) % 4)]!;
    const round = Math.floor(i / CAP_NAMES.length);
    capabilities.push({
      id: uuid(),
      areaId: capabilityAreas[areaIndex]!.id,
      name: round === 0 ? base : `${base} ${round + 1}`,
      kind: AREAS[areaIndex]!.kind,
      description: `${base} as our team practises it.`,
      scaleId: scale.id,
      descriptors: DESCRIPTORS.map((text, l) => ({ level: l + 1, criteria: [text], examples: [] })),
      target: { people: rng.int(1, 4), level: rng.int(2, 3) },
    });
  }

  // ---- assessments: every cell once before any cell twice, in a scattered order
  const assessments: Assessment[] = new Array<Assessment>(size.assessments);
  const cells = size.people * size.capabilities;
  if (size.assessments > 0) {
    let stride = Math.max(1, Math.floor(cells * 0.618)) | 1;
    while (gcd(stride, cells) !== 1) stride++;
    const rounds = Math.ceil(size.assessments / cells);
    const SOURCES: Assessment['source'][] = ['manager', 'manager', 'self', 'check-in'];
    for (let k = 0; k < size.assessments; k++) {
      const cell = (k * stride) % cells;
      const person = people[cell % size.people]!;
      const round = Math.floor(k / cells);
      // Later rounds are more recent, so the latest observation is the last one written.
      const ago = (rounds - 1 - round) * 91 + rng.int(0, 80);
      assessments[k] = {
        id: uuid(),
        personId: person.id,
        capabilityId: capabilities[Math.floor(cell / size.people)]!.id,
        level: rng.int(0, 4),
        interested: rng.chance(0.12),
        at: at(ago),
        source: SOURCES[k & 3]!,
      };
    }
  }

  // ---- question bank, loops, openings
  const capId = () => capabilities[rng.int(0, capabilities.length - 1)]!.id;
  const someCaps = (n: number) => (capabilities.length === 0 ? [] : Array.from(new Set(Array.from({ length: n }, capId))));
  const questions = Array.from({ length: 60 }, (_, i) => ({
    id: uuid(),
    text: `Walk us through a time you had to ${GOALS[i % GOALS.length]!.toLowerCase()}.`,
    capabilityIds: someCaps(2),
    goodLooksLike: 'Specific example, clear reasoning, honest about trade-offs.',
    minutes: 15,
  }));

  const openingCount = Math.min(50, Math.max(1, Math.ceil(size.candidates / 20)));
  const loopCount = Math.min(10, Math.max(1, Math.ceil(openingCount / 5)));
  let guest = 0;
  const interviewer = (): Interviewer =>
    panel.length > 0 && rng.chance(0.9) ? { personId: rng.pick(panel).id } : { name: `Guest interviewer ${++guest}` };

  const interviewLoops: InterviewLoop[] = Array.from({ length: loopCount }, (_, li) => ({
    id: uuid(),
    name: `Loop ${li + 1}: ${AREAS[li % AREAS.length]!.name}`,
    description: 'The same stages for every candidate of the openings that use it.',
    stages: STAGE_PLAN.map((s): LoopStage => {
      const caps = s.kind === 'debrief' ? [] : someCaps(2);
      return {
        id: uuid(),
        name: s.name,
        kind: s.kind,
        capabilityIds: caps,
        interviewers: s.kind === 'debrief' ? (panel.length > 0 ? [{ personId: rng.pick(panel).id }] : [{ name: 'Hiring manager' }]) : Array.from({ length: s.interviewers }, interviewer),
        durationMinutes: s.kind === 'take-home' ? 0 : s.kind === 'screen' ? 30 : 60,
        ...(s.kind === 'take-home' ? { timeBoxHours: 3 } : {}),
        questionIds: s.kind === 'debrief' || s.kind === 'take-home' ? [] : [rng.pick(questions).id],
        rubric: caps.map((capabilityId) => ({ capabilityId, anchors: { 1: ANCHORS[0], 2: ANCHORS[1], 3: ANCHORS[2], 4: ANCHORS[3] } })),
      };
    }),
  }));

  const openings = Array.from({ length: openingCount }, (_, oi) => {
    const loop = interviewLoops[oi % loopCount]!;
    const assessed = Array.from(new Set(loop.stages.flatMap((s) => s.capabilityIds)));
    return {
      id: uuid(),
      title: `${ROLES[oi % 6]![0]}, ${AREAS[oi % AREAS.length]!.name.toLowerCase()}`,
      level: ROLES[oi % 6]![1],
      status: (oi % 7 === 6 ? 'filled' : oi % 11 === 10 ? 'paused' : 'open') as 'open' | 'filled' | 'paused',
      mustHave: assessed.slice(0, 2),
      niceToHave: assessed.slice(2, 4),
      loopId: loop.id,
      targetDaysToDecision: 21,
    };
  });

  // ---- candidates and scorecards
  // Scorecards per candidate vary (some stop after the screen, some finish the loop),
  // then are nudged so the total is exactly what was asked for.
  const C = size.candidates;
  const perCandidate = new Array<number>(C);
  let total = 0;
  const DEPTHS = [1, 3, 6, 8, SLOTS_PER_CANDIDATE, SLOTS_PER_CANDIDATE];
  for (let j = 0; j < C; j++) total += perCandidate[j] = rng.pick(DEPTHS);
  const capacity = C * SLOTS_PER_CANDIDATE;
  const want = Math.min(size.scorecards, capacity);
  for (let j = 0; total < want; j = (j + 1) % C)
    if (perCandidate[j]! < SLOTS_PER_CANDIDATE) {
      perCandidate[j] = perCandidate[j]! + 1;
      total++;
    }
  for (let j = 0; total > want; j = (j + 1) % C)
    if (perCandidate[j]! > 0) {
      perCandidate[j] = perCandidate[j]! - 1;
      total--;
    }
  // Beyond one card per interviewer per stage, extra cards go to guests on the last scored stage.
  let overflow = size.scorecards - want;

  const candidates: Candidate[] = new Array<Candidate>(C);
  const scorecards: Scorecard[] = new Array<Scorecard>(size.scorecards);
  let sc = 0;
  const RECS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
  for (let j = 0; j < C; j++) {
    const opening = openings[j % openingCount]!;
    const loop = interviewLoops[(j % openingCount) % loopCount]!;
    const n = perCandidate[j]!;
    // Which stage each of this candidate's cards belongs to, in loop order.
    let reachedScored = 0;
    let slots = 0;
    for (let s = 0; s < SCORED_STAGES && slots < n; s++) {
      slots += STAGE_PLAN[s]!.interviewers;
      reachedScored = s + 1;
    }
    const complete = n === SLOTS_PER_CANDIDATE;
    const reached = complete ? STAGE_PLAN.length : reachedScored;
    const startAgo = rng.int(70, 720);
    const moveAgo: number[] = [];
    let ago = startAgo;
    for (let s = 0; s < reached; s++) {
      moveAgo.push(ago);
      ago -= rng.int(3, 9);
    }
    const roll = rng.next();
    const status: Candidate['status'] = complete
      ? roll < 0.25 ? 'hired' : roll < 0.8 ? 'rejected' : 'active'
      : n === slots && roll < 0.35 ? 'rejected' : roll < 0.55 ? 'withdrawn' : 'active';
    const closedAgo = Math.max(ago, 0);
    const takeHomeIndex = 1;
    const moves = moveAgo.map((a, s) => ({ stageId: loop.stages[s]!.id, at: at(a) }));
    const candidate: Candidate = {
      id: uuid(),
      openingId: opening.id,
      name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      source: rng.pick(['Referral', 'Careers page', 'Recruiter outreach', 'Meetup']),
      contact: '',
      notes: '',
      status,
      moves,
      takeHomes:
        reached > takeHomeIndex
          ? [{ stageId: loop.stages[takeHomeIndex]!.id, sentAt: moves[takeHomeIndex]!.at, returnedAt: at(moveAgo[takeHomeIndex]! - 2), reportedHours: rng.pick([2, 2.5, 3, 3, 3.5, 5]) }]
          : [],
      interviewKits: [],
      ...(status === 'hired' || status === 'rejected'
        ? { decision: { outcome: status === 'hired' ? ('hire' as const) : ('no-hire' as const), rationale: 'Panel evidence summarised in the debrief.', decidedBy: 'Hiring manager', at: at(closedAgo), early: false } }
        : {}),
      ...(status === 'rejected' || status === 'withdrawn' ? { retainUntil: day(Math.max(closedAgo - 180, 0)) } : {}),
    };
    candidates[j] = candidate;

    let card = 0;
    for (let s = 0; s < SCORED_STAGES && card < n; s++) {
      const stage = loop.stages[s]!;
      for (let v = 0; v < stage.interviewers.length && card < n; v++, card++)
        scorecards[sc++] = scorecard(candidate.id, stage, stage.interviewers[v]!, moveAgo[s]!);
    }
    for (; overflow > 0 && j === C - 1; overflow--) {
      const s = Math.max(0, reachedScored - 1);
      scorecards[sc++] = scorecard(candidate.id, loop.stages[s]!, { name: `Guest interviewer ${++guest}` }, moveAgo[s] ?? 0);
    }
  }

  function scorecard(candidateId: string, stage: LoopStage, by: Interviewer, stageAgo: number): Scorecard {
    let sum = 0;
    let count = 0;
    const scores = stage.capabilityIds.map((capabilityId) => {
      const score = rng.chance(0.08) ? null : rng.int(1, 4);
      if (score !== null) {
        sum += score;
        count++;
      }
      return { capabilityId, score, evidence: rng.pick(EVIDENCE) };
    });
    const mean = count === 0 ? rng.int(1, 4) : sum / count;
    return {
      id: uuid(),
      candidateId,
      stageId: stage.id,
      interviewer: by,
      scores,
      recommendation: RECS[Math.min(3, Math.max(0, Math.round(mean) - 1))]!,
      notes: '',
      submittedAt: at(Math.max(stageAgo - 1, 0)),
    };
  }

  // ---- systems: the surface area, each owned by one or two people and needing a few capabilities
  const SYSTEM_NAMES = ['Checkout', 'Payments', 'Orders', 'Fulfilment', 'Notifications'];
  const systemNames = size.systems === undefined ? SYSTEM_NAMES : Array.from({ length: size.systems }, (_, i) => `Bench system ${i + 1}`);
  const systems: WorkspaceData['systems'] = systemNames.map((name, i) => ({
    // Keyed as a CODEOWNERS import keys them, so a git history of services/system-N/ lands on them.
    ...(size.systems === undefined ? {} : { externalKey: `codeowners:/services/system-${i + 1}/` }),
    id: uuid(),
    name,
    kind: 'service' as const,
    description: '',
    links: [],
    ownerIds: rng.shuffle(people).slice(0, rng.int(1, 2)).map((p) => p.id),
    capabilityIds: rng.shuffle(capabilities).slice(0, 3).map((c) => c.id),
  }));

  // ---- check-ins: each person once per quarter, going back a quarter at a time
  const thisQuarter = (() => {
    const d = new Date(todayMs);
    return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
  })();
  const goals: WorkspaceData['goals'] = [];
  const checkIns = Array.from({ length: size.checkIns }, (_, i) => {
    const person = people[i % size.people]!;
    const q = thisQuarter - 1 - Math.floor(i / size.people);
    const year = Math.floor(q / 4);
    const quarterEnd = Date.UTC(year, (q % 4) * 3 + 3, 0);
    const quarter = `${year}-Q${(q % 4) + 1}`;
    const date = new Date(quarterEnd - rng.int(2, 20) * 86_400_000).toISOString().slice(0, 10);
    const perCheckIn = size.goalsPerCheckIn ?? 2;
    const goalCount = Math.floor(perCheckIn * (i + 1)) - Math.floor(perCheckIn * i);
    const goalIds = Array.from({ length: goalCount }, () => {
      const status = rng.pick(GOAL_STATUSES);
      const goal = { id: uuid(), personId: person.id, text: rng.pick(GOALS), setIn: quarter, status, history: [{ status, on: date }], capabilityIds: [] };
      goals.push(goal);
      return goal.id;
    });
    return {
      id: uuid(),
      personId: person.id,
      quarter,
      date,
      held: true,
      strengths: [{ text: rng.pick(STRENGTHS), howUsed: '' }],
      wins: [],
      areasToGrow: rng.pick(TO_IMPROVE),
      stretch: [{ text: `${rng.pick(GOALS)}.` }],
      goalIds,
      feedbackAsked: 'Asked the team what to keep doing.',
      feedbackGiven: 'Thanked them for a specific piece of work.',
      engagement: { overall: rng.int(1, 5), belonging: rng.int(1, 5), improvement: rng.int(1, 5), note: '' },
      growthInTheirWords: '',
      evidence: [],
      levels: [],
      managerNotes: { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' },
      selfReviews: [],
    };
  });

  // ---- a few of everything else
  const someone = (i: number) => (current.length > 0 ? current[i % current.length] : undefined);
  const oneOnOnes = Array.from({ length: Math.min(current.length, 30) }, (_, i) => ({
    id: uuid(),
    personId: someone(i)!.id,
    date: day(rng.int(1, 60)),
    kind: (i % 3 === 0 ? 'getting-to-know-you' : 'regular') as 'getting-to-know-you' | 'regular',
    notes: 'Talked about current work and what is getting in the way.',
    actionItems: [{ id: uuid(), text: rng.pick(GOALS), owner: someone(i)!.name, done: rng.chance(0.5) }],
  }));
  const decisions = Array.from({ length: 8 }, (_, i) => ({
    id: uuid(),
    title: `Decision ${i + 1}: ${rng.pick(GOALS).toLowerCase()}`,
    context: 'Came up in planning as a risk to the quarter.',
    decided: 'We will do it this quarter, owned by one person.',
    why: 'It removes a single point of failure.',
    decidedBy: 'Engineering manager',
    input: ['Tech lead', 'Product manager'],
    date: day(rng.int(1, 300)),
    status: 'decided' as const,
  }));
  const PERIODS = ['week-1', 'day-30', 'day-60', 'day-90'] as const;
  const TYPES = ['read', 'pair', 'shadow', 'ship', 'present'] as const;
  const perPeriod = Array.from({ length: Math.max(1, Math.round((size.planItems ?? 8) / PERIODS.length)) }, (_, x) => x);
  const onboardingPlans = Array.from({ length: size.plans ?? Math.min(current.length, 10) }, (_, i) => {
    const startAgo = rng.int(5, 120);
    const rotation = i % 3 === 2;
    return {
      id: uuid(),
      personId: someone(i)!.id,
      title: `Onboarding ${i + 1}`,
      kind: (rotation ? 'rotation' : 'new-hire') as 'rotation' | 'new-hire',
      startDate: day(startAgo),
      // Only a sized workspace points rotations at systems, so the default file stays as it was.
      ...(size.plans !== undefined && rotation && systems.length > 0 ? { systemId: systems[i % systems.length]!.id } : {}),
      items: PERIODS.flatMap((period, pi) =>
        perPeriod.map((x) => ({
          id: uuid(),
          title: ITEM_TITLES[TYPES[(pi * 2 + x) % TYPES.length]!],
          period,
          type: TYPES[(pi * 2 + x) % TYPES.length]!,
          ...(capabilities.length > 0 ? { capabilityId: capId() } : {}),
          ...(current.length > 1 ? { buddyId: someone(i + 1)!.id } : {}),
          offset: defaultOffsetOf(period) + x,
          owner: 'learner' as const,
          section: '',
          check: '',
          steps: [],
          status: (startAgo > [5, 30, 60, 90][pi]! ? 'done' : 'todo') as 'done' | 'todo',
          ...(startAgo > [5, 30, 60, 90][pi]! ? { completedOn: day(startAgo - [5, 30, 60, 90][pi]!) } : {}),
          notes: '',
        })),
      ),
    };
  });
  // The plan Turbine's own template makes for this team, started 40 days ago: a task for every
  // person in it, and the tasks of the first five weeks that nothing ticks ticked by hand.
  const template = parseYaml(readFileSync(new URL('../../content/plans/first-90-days.yaml', import.meta.url), 'utf8')) as PlanTemplate;
  const plan = planFromTemplate(template, current, day(40), uuid);
  const ninetyDayPlans = [{ ...plan, tasks: plan.tasks.map((t) => (!t.ticks && t.week <= 5 ? { ...t, done: true, doneOn: day(40 - t.week * 7) } : t)) }];

  return {
    teams,
    people,
    levelScales: [scale],
    capabilityAreas,
    capabilities,
    assessments,
    oneOnOnes,
    decisions,
    questions,
    interviewLoops,
    openings,
    candidates,
    scorecards,
    onboardingTemplates: [],
    onboardingPlans,
    systems,
    goals,
    checkIns,
    ninetyDayPlans,
  };
}
