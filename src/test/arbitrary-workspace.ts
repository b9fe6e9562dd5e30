/**
 * fast-check workspaces holding at least one record of EVERY kind in src/schemas/kinds.ts,
 * with every reference pointing at a record of the same workspace (as an import demands),
 * and text that is hard to carry: empty, quotes and backslashes, markup, emoji, NUL.
 *
 * Why every kind, every time: the round-trip test (src/io/round-trip.test.ts) must fail
 * when export or import drops a kind, and a kind that a run may leave empty can be
 * dropped unnoticed in that run. (A kind added to kinds.ts and not here stays empty, which
 * the round-trip test also refuses.)
 */
import fc from 'fast-check';
import { WorkspaceData, type RecordKind } from '../schemas/workspace.ts';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"quoted" \\ back\nslash', '🚀 émoji ✓', '\u0000nul', ''),
);
const name = text.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 200);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const quarter = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), q: fc.integer({ min: 1, max: 4 }) }).map(({ year, q }) => `${year}-Q${q}`);
// JSON writes -0 as 0; a record holding -0 would not come back identical for a reason that is not Turbine's.
const hours = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const sample = optional(fc.boolean());
const updatedAt = optional(isoDateTime);
/** A pointer at the i-th record of some kind, resolved modulo its length once the kind exists. */
const pick = fc.nat();
const picks = fc.array(pick, { maxLength: 3 });
const some = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { minLength: 1, maxLength });
const link = fc.oneof(
  fc.constantFrom('https://example.com/runbook', 'http://wiki.internal/ledger?tab=1#on-call'),
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
);

/** What an onboarding item is, in a template or a plan. */
const itemFields = {
  title: name,
  period: fc.constantFrom('week-1', 'day-30', 'day-60', 'day-90'),
  offset: fc.integer({ min: 0, max: 400 }),
  type: fc.constantFrom('read', 'pair', 'shadow', 'ship', 'present'),
  owner: fc.constantFrom('learner', 'buddy', 'manager'),
  section: text.map((t) => t.slice(0, 500)),
  check: text.map((t) => t.slice(0, 500)),
  effortHours: optional(hours(200)),
  steps: fc.array(fc.record({ title: name.map((t) => t.slice(0, 500)), done: fc.boolean() }), { maxLength: 2 }),
  url: optional(link),
  notes: text,
};

const seeds = fc.record({
  /** Every id of the workspace, nested ones included, drawn in turn: all distinct, as an import requires. */
  ids: fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: 160, maxLength: 160 }),
  teams: some(fc.record({ name, mission: text, value: text, vision: text, partners: fc.array(fc.record({ name, lead: text }), { maxLength: 2 }), sample, updatedAt }), 2),
  people: some(
    fc.record({
      name,
      role: text,
      level: text,
      startDate: optional(isoDate),
      status: fc.constantFrom('member', 'new-hire', 'moved-on'),
      fit: text,
      movedOnDate: optional(isoDate),
      handles: optional(fc.array(name.map((h) => h.slice(0, 500)), { maxLength: 2 })),
      emails: optional(fc.array(fc.constantFrom('mei@example.com', 'Ana.Ruiz@Example.org'), { maxLength: 2 })),
      sample,
      updatedAt,
    }),
    5,
  ),
  levelScales: some(fc.record({ name, levels: fc.uniqueArray(fc.record({ value: fc.integer({ min: 0, max: 20 }), name, description: text }), { selector: (l) => l.value, minLength: 1, maxLength: 4 }), sample, updatedAt }), 2),
  capabilityAreas: some(fc.record({ name, description: text, order: fc.integer({ min: -5, max: 50 }), sample, updatedAt }), 3),
  capabilities: some(
    fc.record({
      area: pick,
      scale: pick,
      name,
      kind: fc.constantFrom('technical', 'non-technical', 'domain'),
      description: text,
      descriptors: fc.array(
        fc.record({
          level: fc.integer({ min: 0, max: 20 }),
          criteria: fc.array(text, { maxLength: 2 }),
          examples: fc.array(text, { maxLength: 2 }),
          // A criterion with its own examples, proficiency and links (Monzo sub-levels, FT competencies).
          detailed: optional(
            fc.array(
              fc.record({
                criterion: text,
                examples: optional(fc.array(text, { maxLength: 2 })),
                proficiency: optional(text),
                links: optional(fc.array(fc.record({ label: text, url: link }), { maxLength: 2 })),
              }),
              { maxLength: 2 },
            ),
          ),
        }),
        { maxLength: 2 },
      ),
      target: optional(fc.record({ people: fc.integer({ min: 0, max: 10_000 }), level: fc.integer({ min: 0, max: 20 }) })),
      sample,
      updatedAt,
    }),
    5,
  ),
  systems: some(
    fc.record({
      name,
      kind: fc.constantFrom('service', 'library', 'data', 'domain', 'process'),
      description: text,
      links: fc.array(fc.record({ label: text, url: link }), { maxLength: 2 }),
      owners: picks,
      capabilities: picks,
      externalKey: optional(fc.constantFrom('component:default/ledger', '/services/payments/', 'api:team-a/äpi')),
      history: optional(
        fc.record({
          analysedOn: isoDate,
          files: fc.nat({ max: 5000 }),
          truckFactor: fc.nat({ max: 20 }),
          authors: fc.array(fc.record({ email: fc.constantFrom('mei@example.com', 'ANA@example.org'), person: optional(pick), files: fc.nat({ max: 5000 }) }), { maxLength: 3 }),
        }),
      ),
      sample,
      updatedAt,
    }),
    3,
  ),
  goals: some(
    fc.record({
      person: pick,
      text: name,
      setIn: quarter,
      due: optional(isoDate),
      status: fc.constantFrom('not-started', 'on-track', 'at-risk', 'done', 'dropped'),
      history: fc.array(fc.record({ status: fc.constantFrom('not-started', 'on-track', 'at-risk', 'done', 'dropped'), on: isoDate }), { maxLength: 3 }),
      capabilities: picks,
      sample,
      updatedAt,
    }),
    4,
  ),
  assessments: some(
    fc.record({
      person: pick,
      capability: pick,
      level: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      interested: fc.boolean(),
      at: isoDateTime,
      source: fc.constantFrom('manager', 'self', 'check-in', 'interview', 'import'),
      note: optional(text),
      sample,
    }),
    8,
  ),
  oneOnOnes: some(
    fc.record({
      person: pick,
      date: isoDate,
      kind: fc.constantFrom('getting-to-know-you', 'regular'),
      notes: text,
      actionItems: fc.array(fc.record({ text, owner: text, done: fc.boolean() }), { maxLength: 3 }),
      nextDate: optional(isoDate),
      sample,
      updatedAt,
    }),
    3,
  ),
  decisions: some(
    fc.record({ title: name, context: text, decided: text, why: text, decidedBy: text, input: fc.array(text, { maxLength: 3 }), date: isoDate, status: fc.constantFrom('proposed', 'decided', 'superseded'), sample, updatedAt }),
    3,
  ),
  questions: some(fc.record({ text: name, capabilities: picks, goodLooksLike: text, minutes: optional(fc.integer({ min: 0, max: 600 })), sample, updatedAt }), 3),
  interviewLoops: some(
    fc.record({
      name,
      description: text,
      stages: fc.array(
        fc.record({
          name,
          kind: fc.constantFrom('screen', 'take-home', 'interview', 'debrief'),
          capabilities: picks,
          // A team member, a named outsider, or both.
          interviewers: fc.array(fc.record({ person: optional(pick), name: optional(name) }), { maxLength: 2 }),
          durationMinutes: optional(fc.integer({ min: 0, max: 24 * 60 })),
          timeBoxHours: optional(hours(100)),
          questions: picks,
          rubric: fc.array(fc.record({ capability: pick, anchors: fc.record({ 1: text, 2: text, 3: text, 4: text }) }), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      sample,
      updatedAt,
    }),
    2,
  ),
  openings: some(
    fc.record({
      title: name,
      level: text,
      status: fc.constantFrom('draft', 'open', 'paused', 'filled', 'closed'),
      mustHave: picks,
      niceToHave: picks,
      loop: optional(pick),
      targetDaysToDecision: fc.integer({ min: 1, max: 365 }),
      headcount: optional(fc.integer({ min: 1, max: 1000 })),
      sample,
      updatedAt,
    }),
    3,
  ),
  candidates: some(
    fc.record({
      opening: pick,
      name: text,
      source: text,
      contact: text,
      notes: text,
      status: fc.constantFrom('active', 'hired', 'rejected', 'withdrawn'),
      moves: fc.array(fc.record({ stage: pick, at: isoDateTime }), { maxLength: 3 }),
      takeHomes: fc.array(fc.record({ stage: pick, sentAt: optional(isoDateTime), returnedAt: optional(isoDateTime), reportedHours: optional(hours(200)) }), { maxLength: 1 }),
      decision: optional(fc.record({ outcome: fc.constantFrom('hire', 'no-hire'), rationale: text, decidedBy: text, at: isoDateTime, early: fc.boolean() })),
      person: optional(pick),
      closedAt: optional(isoDateTime),
      decisionViewOpenedEarly: optional(fc.record({ at: isoDateTime, by: text, reason: text })),
      hireSignal: optional(fc.record({ at: isoDateTime, rises: fc.array(fc.record({ capability: pick, name: text, from: fc.nat(9), to: fc.nat(9) }), { maxLength: 2 }) })),
      retainUntil: optional(isoDate),
      anonymisedAt: optional(isoDateTime),
      sample,
      updatedAt,
    }),
    4,
  ),
  scorecards: some(
    fc.record({
      candidate: pick,
      stage: pick,
      interviewer: fc.record({ person: optional(pick), name: optional(name) }),
      scores: fc.array(fc.record({ capability: pick, score: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), evidence: text }), { maxLength: 3 }),
      recommendation: optional(fc.constantFrom('strong-no', 'no', 'yes', 'strong-yes')),
      notes: text,
      questionNotes: optional(fc.array(fc.record({ questionId: fc.uuid({ version: 4 }), question: text, note: text }), { minLength: 1, maxLength: 2 })),
      submittedAt: optional(isoDateTime),
      sample,
      updatedAt,
    }),
    6,
  ),
  onboardingTemplates: some(
    fc.record({
      name,
      kind: fc.constantFrom('new-hire', 'rotation'),
      description: text,
      source: text,
      items: fc.array(fc.record({ ...itemFields, id: fc.uuid({ version: 4 }) }), { maxLength: 3 }),
      sample,
      updatedAt,
    }),
    2,
  ),
  onboardingPlans: some(
    fc.record({
      person: pick,
      title: name,
      kind: fc.constantFrom('new-hire', 'rotation'),
      startDate: isoDate,
      buddy: optional(pick),
      system: optional(pick),
      capability: optional(pick),
      templateId: optional(fc.constantFrom('new-hire', 'rotation', '3f1c0a4e-2b1d-4c3e-9f00-0a1b2c3d4e5f')),
      items: fc.array(
        fc.record({
          ...itemFields,
          capability: optional(pick),
          area: optional(pick),
          system: optional(pick),
          buddy: optional(pick),
          status: fc.constantFrom('todo', 'doing', 'done'),
          completedOn: optional(isoDate),
        }),
        { maxLength: 3 },
      ),
      sample,
      updatedAt,
    }),
    2,
  ),
  checkIns: some(
    fc.record({
      person: pick,
      quarter,
      date: isoDate,
      held: fc.boolean(),
      strengths: fc.array(fc.record({ text: name.filter((t) => t.length <= 500), howUsed: text }), { maxLength: 3 }),
      wins: fc.array(name.filter((t) => t.length <= 500), { maxLength: 3 }),
      areasToGrow: text,
      stretch: fc.array(fc.record({ text: name.filter((t) => t.length <= 500), system: optional(pick), capability: optional(pick) }), { maxLength: 2 }),
      goals: picks,
      feedbackAsked: text,
      feedbackGiven: text,
      engagement: fc.record(
        {
          overall: fc.integer({ min: 1, max: 5 }),
          belonging: fc.integer({ min: 1, max: 5 }),
          significance: fc.integer({ min: 1, max: 5 }),
          note: text,
        },
        { requiredKeys: ['note'] },
      ),
      growthStage: optional(fc.constantFrom('ramping-up', 'staying-engaged', 'multiplying-impact')),
      growthInTheirWords: text,
      evidence: fc.array(fc.record({ kind: fc.constantFrom('learn-item', 'action-item', 'decision', 'interview'), ref: name, text: text, on: isoDate }), { maxLength: 2 }),
      levels: fc.array(fc.record({ capability: pick, self: optional(fc.integer({ min: 0, max: 4 })), manager: optional(fc.integer({ min: 0, max: 4 })), confirmedAt: optional(isoDateTime) }), { maxLength: 2 }),
      managerNotes: fc.record({ readyForMoreScope: fc.boolean(), atRisk: fc.boolean(), whatWouldKeepThem: text, notes: text }),
      sample,
      updatedAt,
    }),
    3,
  ),
  ninetyDayPlans: some(
    fc.record({
      title: name,
      startDate: isoDate,
      tasks: fc.array(fc.record({ week: fc.integer({ min: 1, max: 13 }), phase: fc.constantFrom('design', 'hire', 'learn', 'grow'), title: name, person: optional(pick), done: fc.boolean() }), { maxLength: 3 }),
      sample,
      updatedAt,
    }),
    2,
  ),
  retentionDays: fc.integer({ min: 1, max: 3650 }),
  learningMarginTarget: optional(fc.integer({ min: 0, max: 100 })),
  lastExportAt: optional(isoDateTime),
});

/**
 * Builds the workspace from the seeds: ids drawn in turn from the pool, each pointer
 * resolved to an id of the kind it points at (modulo how many there are), so every
 * reference resolves. Parsed by WorkspaceData, so it is exactly what an import accepts,
 * defaults filled.
 */
export const arbitraryWorkspace: fc.Arbitrary<WorkspaceData> = seeds.map((s) => {
  let next = 0;
  const id = () => {
    const drawn = s.ids[next++];
    if (drawn === undefined) throw new Error('arbitraryWorkspace: the id pool is too small for the records it generates; enlarge it');
    return drawn;
  };
  const ref = <T extends { id: string }>(records: readonly T[], i: number) => records[i % records.length]!.id;
  const refs = <T extends { id: string }>(records: readonly T[], is: readonly number[]) => is.map((i) => ref(records, i));
  const maybe = <T extends { id: string }>(records: readonly T[], i: number | undefined) => (i === undefined ? undefined : ref(records, i));
  // An interviewer must be a person, a name, or both: a seed with neither becomes a named outsider.
  const interviewer = (iv: { person?: number | undefined; name?: string | undefined }) =>
    iv.person === undefined && iv.name === undefined ? { name: 'Outside interviewer' } : { personId: maybe(people, iv.person), name: iv.name };

  const teams = s.teams.map((t) => ({ id: id(), ...t }));
  const people = s.people.map((p) => ({ id: id(), ...p }));
  const levelScales = s.levelScales.map((l) => ({ id: id(), ...l }));
  const capabilityAreas = s.capabilityAreas.map((a) => ({ id: id(), ...a }));
  const capabilities = s.capabilities.map(({ area, scale, ...c }) => ({ id: id(), areaId: ref(capabilityAreas, area), scaleId: ref(levelScales, scale), ...c }));
  const systems = s.systems.map(({ owners, capabilities: caps, history, ...x }) => ({
    id: id(),
    ownerIds: refs(people, owners),
    capabilityIds: refs(capabilities, caps),
    ...(history ? { history: { ...history, authors: history.authors.map(({ person, ...a }) => ({ ...a, personId: maybe(people, person) })) } } : {}),
    ...x,
  }));
  const goals = s.goals.map(({ person, capabilities: caps, ...g }) => ({ id: id(), personId: ref(people, person), capabilityIds: refs(capabilities, caps), ...g }));
  const assessments = s.assessments.map(({ person, capability, ...a }) => ({ id: id(), personId: ref(people, person), capabilityId: ref(capabilities, capability), ...a }));
  const oneOnOnes = s.oneOnOnes.map(({ person, actionItems, ...o }) => ({ id: id(), personId: ref(people, person), actionItems: actionItems.map((a) => ({ id: id(), ...a })), ...o }));
  const decisions = s.decisions.map((d) => ({ id: id(), ...d }));
  const questions = s.questions.map(({ capabilities: caps, ...q }) => ({ id: id(), capabilityIds: refs(capabilities, caps), ...q }));
  const interviewLoops = s.interviewLoops.map(({ stages, ...l }) => ({
    id: id(),
    stages: stages.map(({ capabilities: caps, interviewers, questions: qs, rubric, ...st }) => ({
      id: id(),
      capabilityIds: refs(capabilities, caps),
      interviewers: interviewers.map(interviewer),
      questionIds: refs(questions, qs),
      rubric: rubric.map(({ capability, anchors }) => ({ capabilityId: ref(capabilities, capability), anchors })),
      ...st,
    })),
    ...l,
  }));
  // Stages are nested in loops; candidates and scorecards point at them by id.
  const stages = interviewLoops.flatMap((l) => l.stages);
  const stageRef = (i: number) => (stages.length > 0 ? ref(stages, i) : id());
  const openings = s.openings.map(({ mustHave, niceToHave, loop, ...o }) => ({
    id: id(),
    mustHave: refs(capabilities, mustHave),
    niceToHave: refs(capabilities, niceToHave),
    loopId: maybe(interviewLoops, loop),
    ...o,
  }));
  const candidates = s.candidates.map(({ opening, moves, takeHomes, person, hireSignal, ...c }) => ({
    id: id(),
    openingId: ref(openings, opening),
    moves: moves.map(({ stage, at }) => ({ stageId: stageRef(stage), at })),
    takeHomes: takeHomes.map(({ stage, ...t }) => ({ stageId: stageRef(stage), ...t })),
    personId: maybe(people, person),
    hireSignal: hireSignal && { at: hireSignal.at, rises: hireSignal.rises.map(({ capability, ...r }) => ({ capabilityId: ref(capabilities, capability), ...r })) },
    ...c,
  }));
  const scorecards = s.scorecards.map(({ candidate, stage, interviewer: iv, scores, ...x }) => ({
    id: id(),
    candidateId: ref(candidates, candidate),
    stageId: stageRef(stage),
    interviewer: interviewer(iv),
    scores: scores.map(({ capability, ...sc }) => ({ capabilityId: ref(capabilities, capability), ...sc })),
    ...x,
  }));
  const onboardingTemplates = s.onboardingTemplates.map((t) => ({ id: id(), ...t }));
  const onboardingPlans = s.onboardingPlans.map(({ person, buddy, system, capability: planCapability, items, ...o }) => ({
    id: id(),
    personId: ref(people, person),
    buddyId: maybe(people, buddy),
    systemId: maybe(systems, system),
    capabilityId: maybe(capabilities, planCapability),
    items: items.map(({ capability, area, system: itemSystem, buddy: itemBuddy, ...it }) => ({
      id: id(),
      capabilityId: maybe(capabilities, capability),
      areaId: maybe(capabilityAreas, area),
      systemId: maybe(systems, itemSystem),
      buddyId: maybe(people, itemBuddy),
      ...it,
    })),
    ...o,
  }));
  // A check-in refers to goals by id; here to goals of the same person where it can, as the app does.
  const checkIns = s.checkIns.map(({ person, goals: gs, stretch, levels, growthStage, ...c }) => {
    const personId = ref(people, person);
    const own = goals.filter((g) => g.personId === personId);
    return {
      id: id(),
      personId,
      goalIds: own.length > 0 ? refs(own, gs) : [],
      stretch: stretch.map(({ system, capability, ...w }) => ({
        ...w,
        ...(system === undefined ? {} : { systemId: maybe(systems, system) }),
        ...(capability === undefined ? {} : { capabilityId: maybe(capabilities, capability) }),
      })),
      levels: levels.flatMap(({ capability, self, manager, confirmedAt }) =>
        capabilities.length === 0 ? [] : [{ capabilityId: ref(capabilities, capability), ...(self === undefined ? {} : { self }), ...(manager === undefined ? {} : { manager }), ...(confirmedAt === undefined ? {} : { confirmedAt }) }],
      ),
      ...(growthStage === undefined ? {} : { growthStage }),
      ...c,
    };
  });
  const ninetyDayPlans = s.ninetyDayPlans.map(({ tasks, ...p }) => ({ id: id(), tasks: tasks.map(({ person, ...t }) => ({ id: id(), personId: maybe(people, person), ...t })), ...p }));

  const data = {
    teams,
    people,
    levelScales,
    capabilityAreas,
    capabilities,
    systems,
    goals,
    assessments,
    oneOnOnes,
    decisions,
    questions,
    interviewLoops,
    openings,
    candidates,
    scorecards,
    onboardingTemplates,
    onboardingPlans,
    checkIns,
    ninetyDayPlans,
    settings: {
      retentionDays: s.retentionDays,
      ...(s.lastExportAt ? { lastExportAt: s.lastExportAt } : {}),
      ...(s.learningMarginTarget !== undefined ? { learningMarginTarget: s.learningMarginTarget } : {}),
    },
  } satisfies Record<RecordKind, unknown[]> & { settings: unknown };
  return WorkspaceData.parse(dropUndefined(data));
});

/** Optional fields the seeds left out are absent, as in a stored record, not present as undefined. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, dropUndefined(v)])) as T;
}
