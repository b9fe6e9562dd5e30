/**
 * The data behind "Try it with a sample team": a believable payments team with
 * enough history that every screen has something to show, including the signals
 * the insights are meant to catch (a gap, a single point of failure, a capability
 * nobody wants to grow in, an outlier score).
 *
 * Everything is dated relative to `today`, and ids come from fixed keys, so the
 * output is the same for the same day and loading it again updates the same
 * records instead of adding copies.
 */
import type { WorkspaceData } from '../schemas/workspace.ts';
import { keyedUuid, seeded } from './seeded.ts';
import { DEFAULT_SCALE_ID, defaultScale } from './default-scale.ts';
import { scopeSystemId } from './format-2.ts';
import { defaultOffsetOf, workdayAfter } from './workdays.ts';

type Rec<K extends keyof WorkspaceData> = NonNullable<WorkspaceData[K]> extends readonly (infer R)[] ? R : never;
type Person = Rec<'people'>;
type Capability = Rec<'capabilities'>;
type Assessment = Rec<'assessments'>;
type CheckIn = Rec<'checkIns'>;
type Candidate = Rec<'candidates'>;
type Scorecard = Rec<'scorecards'>;
type LoopStage = Rec<'interviewLoops'>['stages'][number];
type OnboardingItem = Rec<'onboardingPlans'>['items'][number];
type PlanTask = Rec<'ninetyDayPlans'>['tasks'][number];
type Goal = Rec<'goals'>;
type System = Rec<'systems'>;

const SEED = 0x5a3d1e;
const id = (key: string) => keyedUuid(SEED, key);

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;

function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso)
    throw new RangeError(`expected a date like 2026-11-23, got ${JSON.stringify(iso)}`);
  return ms;
}
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A moment at a local time of day, so it shows on that day in any time zone. */
const atTime = (date: string, hh: number, mm = 0) =>
  new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hh, mm).toISOString();

interface Quarter {
  year: number;
  /** 1–4 */
  q: number;
}
function quarterOfMs(ms: number): Quarter {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), q: Math.floor(d.getUTCMonth() / 3) + 1 };
}
function shiftQuarter({ year, q }: Quarter, by: number): Quarter {
  const n = year * 4 + (q - 1) + by;
  return { year: Math.floor(n / 4), q: (n % 4) + 1 };
}
const quarterLabel = ({ year, q }: Quarter) => `${year}-Q${q}`;
/** Day 0 of the next quarter's first month is the last day of this quarter. */
const quarterEndMs = ({ year, q }: Quarter) => Date.UTC(year, q * 3, 0);

// ---------------------------------------------------------------- the team

type PersonKey = 'amara' | 'tomas' | 'priya' | 'jonas' | 'mei' | 'sofia' | 'kwame' | 'daniel';

interface PersonSeed {
  key: PersonKey;
  name: string;
  role: string;
  level: string;
  startDaysAgo: number;
  status: Person['status'];
  fit: string;
}

const PEOPLE: PersonSeed[] = [
  {
    key: 'amara',
    name: 'Amara Okafor',
    role: 'Staff engineer',
    level: 'L6',
    startDaysAgo: 5 * 365 + 40,
    status: 'member',
    fit: 'Has been on the team since the ledger was first built. Others go to her for payment flows and design reviews, and she mentors two engineers. The risk: too much still routes through her.',
  },
  {
    key: 'tomas',
    name: 'Tomás Herrera',
    role: 'Senior software engineer',
    level: 'L5',
    startDaysAgo: 3 * 365 + 120,
    status: 'member',
    fit: 'Owns the checkout API. Writes the clearest pull requests on the team and is calm in review. Wants to get better at observability and incident work.',
  },
  {
    key: 'priya',
    name: 'Priya Raman',
    role: 'Site reliability engineer',
    level: 'L5',
    startDaysAgo: 2 * 365 + 200,
    status: 'member',
    fit: 'Embedded SRE. Runs incident reviews, owns the on-call rota and the Terraform for our services. Since Daniel moved on she leads nearly every incident.',
  },
  {
    key: 'jonas',
    name: 'Jonas Becker',
    role: 'Software engineer',
    level: 'L3',
    startDaysAgo: 2 * 365 + 15,
    status: 'member',
    fit: 'Strong instinct for fraud signals and edge cases, thorough tests. Quiet in large meetings, very good one to one. Has asked to join the on-call rota.',
  },
  {
    key: 'mei',
    name: 'Mei Lin Chen',
    role: 'Software engineer',
    level: 'L4',
    startDaysAgo: 545,
    status: 'member',
    fit: 'Joined from the mobile team, where she ran user research. Learns new areas quickly and does careful API work. Rotating into ledger and reconciliation to reduce our reliance on Amara.',
  },
  {
    key: 'sofia',
    name: 'Sofia Rossi',
    role: 'Product designer',
    level: 'Senior',
    startDaysAgo: 400,
    status: 'member',
    fit: 'Shared with the Checkout web team. Brings customers into the room: runs discovery interviews and turns partner requests into clear problem statements.',
  },
  {
    key: 'kwame',
    name: 'Kwame Mensah',
    role: 'Software engineer',
    level: 'L4',
    startDaysAgo: 18,
    status: 'new-hire',
    fit: 'Hired through the payments reliability loop. Solid in Node and Postgres, and handled the incident scenario well in interviews. Jonas is his onboarding buddy.',
  },
  {
    key: 'daniel',
    name: 'Daniel Novak',
    role: 'Senior software engineer',
    level: 'L5',
    startDaysAgo: 3 * 365 + 300,
    status: 'moved-on',
    fit: 'Led most of our incidents for three years, then moved to the Platform team. Still happy to answer questions, but no longer on our rota.',
  },
];
const DANIEL_MOVED_ON_DAYS_AGO = 45;

const AREAS = [
  { key: 'payments', name: 'Payments domain', description: 'How money moves through our systems, and the rules around it.' },
  { key: 'building', name: 'Building services', description: 'Designing, writing and testing the services we own.' },
  { key: 'operating', name: 'Running in production', description: 'Keeping our services healthy, observable and recoverable.' },
  { key: 'together', name: 'Working together', description: 'How we communicate, teach and decide, with each other and with partner teams.' },
] as const;
type AreaKey = (typeof AREAS)[number]['key'];

type CapKey =
  | 'card' | 'ledger' | 'pci' | 'fraud'
  | 'ts' | 'pg' | 'api' | 'test'
  | 'incident' | 'obs' | 'iac' | 'perf'
  | 'writing' | 'mentoring' | 'partners' | 'discovery';

interface CapSeed {
  key: CapKey;
  area: AreaKey;
  name: string;
  kind: Capability['kind'];
  description: string;
  target: { people: number; level: number };
  /** What levels 1 to 4 look like. */
  levels: [string, string, string, string];
}

const CAPABILITIES: CapSeed[] = [
  {
    key: 'card',
    area: 'payments',
    name: 'Card payment flows',
    kind: 'domain',
    description: 'Authorisation, capture, refunds and chargebacks end to end, including provider quirks and retries.',
    target: { people: 3, level: 3 },
    levels: [
      'Can explain the happy path from authorisation to capture.',
      'Changes payment flows safely with a reviewer who knows the area.',
      'Designs changes to payment flows and spots edge cases such as partial captures and duplicate callbacks.',
      'Sets how we integrate new providers and teaches the flows to others.',
    ],
  },
  {
    key: 'ledger',
    area: 'payments',
    name: 'Ledger and reconciliation',
    kind: 'domain',
    description: 'Our double-entry ledger and the nightly jobs that match it against provider settlement files.',
    target: { people: 2, level: 3 },
    levels: [
      'Can read a ledger entry and find the matching transaction.',
      'Fixes a failed reconciliation run by following the runbook.',
      'Investigates mismatches without help and changes the reconciliation jobs safely.',
      'Owns the ledger model and decides how new kinds of money movement are recorded.',
    ],
  },
  {
    key: 'pci',
    area: 'payments',
    name: 'PCI and compliance',
    kind: 'domain',
    description: 'What PCI DSS and our audit obligations require of the code, the data we keep and how we deploy.',
    target: { people: 2, level: 2 },
    levels: [
      'Knows which data is in scope and never logs it.',
      'Keeps changes within our controls and prepares evidence for audits.',
      'Reviews designs for compliance risk and answers auditor questions.',
      'Shapes our controls with the security team and teaches them to new engineers.',
    ],
  },
  {
    key: 'fraud',
    area: 'payments',
    name: 'Fraud and risk signals',
    kind: 'domain',
    description: "The signals we send to the risk team's engine, and how its decisions affect checkout.",
    target: { people: 2, level: 2 },
    levels: [
      'Knows which signals we send and where they come from.',
      "Adds or changes a signal with the risk team's review.",
      'Diagnoses false declines with the risk team and proposes fixes.',
      'Designs new signals with the risk team and explains the trade-offs to product.',
    ],
  },
  {
    key: 'ts',
    area: 'building',
    name: 'TypeScript services',
    kind: 'technical',
    description: 'Writing and maintaining our Node.js services in TypeScript: types, error handling and dependencies.',
    target: { people: 4, level: 3 },
    levels: [
      'Makes small changes in an existing service with help.',
      'Delivers features in our services without help.',
      "Structures new modules so they stay easy to change, and reviews others' designs.",
      'Sets our service conventions and raises the bar through review and pairing.',
    ],
  },
  {
    key: 'pg',
    area: 'building',
    name: 'Postgres data modelling',
    kind: 'technical',
    description: 'Schemas, migrations, indexes and queries for the Postgres databases behind our services.',
    target: { people: 2, level: 3 },
    levels: [
      'Writes simple queries and follows existing migrations.',
      'Writes safe migrations and adds indexes for new queries.',
      'Designs schemas for new features and plans migrations without downtime.',
      'Diagnoses hard performance problems and guides data design across the team.',
    ],
  },
  {
    key: 'api',
    area: 'building',
    name: 'API design',
    kind: 'technical',
    description: 'HTTP APIs that partner teams can use safely: versioning, idempotency and clear errors.',
    target: { people: 3, level: 3 },
    levels: [
      'Adds an endpoint that follows our existing patterns.',
      'Designs a new endpoint with idempotency and useful errors.',
      'Designs APIs for partner teams and plans changes without breaking them.',
      'Sets API standards for the team and reviews partner-facing changes.',
    ],
  },
  {
    key: 'test',
    area: 'building',
    name: 'Testing strategy',
    kind: 'technical',
    description: 'The right mix of unit, contract and end-to-end tests, so we ship often without fear.',
    target: { people: 3, level: 3 },
    levels: [
      'Writes unit tests for their own changes.',
      'Covers a feature with the right tests without being asked.',
      'Improves how the team tests, for example with contract tests against partners.',
      "Shapes the team's testing approach and keeps the suite fast and trusted.",
    ],
  },
  {
    key: 'incident',
    area: 'operating',
    name: 'Incident response',
    kind: 'technical',
    description: 'Leading and taking part in incidents: triage, communication, mitigation and the blameless review after.',
    target: { people: 3, level: 3 },
    levels: [
      'Follows the runbook while shadowing an on-call engineer.',
      'Handles common alerts on call and knows when to escalate.',
      'Leads an incident, keeps partners informed and runs the review.',
      'Improves how we respond as a team and coaches new incident leads.',
    ],
  },
  {
    key: 'obs',
    area: 'operating',
    name: 'Observability',
    kind: 'technical',
    description: 'Metrics, logs, traces and alerts that tell us a service is unhealthy before customers do.',
    target: { people: 3, level: 3 },
    levels: [
      'Finds the logs and dashboards for a service.',
      'Adds metrics and alerts for the features they ship.',
      'Designs service-level objectives and alerts that catch problems early without noise.',
      'Sets our observability standards and teaches others to debug from signals.',
    ],
  },
  {
    key: 'iac',
    area: 'operating',
    name: 'Infrastructure as code',
    kind: 'technical',
    description: 'Changing our cloud resources through reviewed Terraform rather than by hand.',
    target: { people: 2, level: 2 },
    levels: [
      'Reads our Terraform and understands what it creates.',
      'Makes routine infrastructure changes through Terraform with a review.',
      'Designs the infrastructure for a new service and keeps modules tidy.',
      'Owns our infrastructure patterns and helps other teams adopt them.',
    ],
  },
  {
    key: 'perf',
    area: 'operating',
    name: 'Capacity and performance',
    kind: 'technical',
    description: 'How our services behave under peak load, such as sales events, and keeping them fast.',
    target: { people: 2, level: 3 },
    levels: [
      'Knows where load test results live and what they show.',
      'Runs a load test and reads the results.',
      'Plans capacity for peak events and fixes bottlenecks.',
      'Sets performance budgets and teaches the team to reason about load.',
    ],
  },
  {
    key: 'writing',
    area: 'together',
    name: 'Technical writing',
    kind: 'non-technical',
    description: 'Design documents, runbooks and decision records that others can act on without a meeting.',
    target: { people: 3, level: 2 },
    levels: [
      'Explains their own changes clearly in pull requests.',
      'Writes a clear design document or runbook for their work.',
      "Writes documents that settle cross-team questions, and edits others' writing.",
      "Sets the team's writing habits and templates.",
    ],
  },
  {
    key: 'mentoring',
    area: 'together',
    name: 'Mentoring',
    kind: 'non-technical',
    description: 'Helping others grow through pairing, review and regular conversations.',
    target: { people: 2, level: 3 },
    levels: [
      'Answers questions from newer colleagues when asked.',
      'Buddies a new hire and pairs regularly.',
      'Mentors people over months and helps them reach the next level.',
      'Grows other mentors across the team.',
    ],
  },
  {
    key: 'partners',
    area: 'together',
    name: 'Partner communication',
    kind: 'non-technical',
    description: 'Keeping partner teams informed, negotiating scope, and saying no with reasons.',
    target: { people: 2, level: 3 },
    levels: [
      'Shares status updates when asked.',
      'Keeps partners informed about their own work without reminders.',
      'Negotiates scope and timelines with partner leads.',
      'Represents the team with senior stakeholders and resolves conflicts between teams.',
    ],
  },
  {
    key: 'discovery',
    area: 'together',
    name: 'Product discovery',
    kind: 'non-technical',
    description: 'Understanding the problem before building: talking to users and partners, and testing ideas cheaply.',
    target: { people: 2, level: 2 },
    levels: [
      'Joins a discovery session and takes useful notes.',
      'Runs a partner interview and summarises what was learned.',
      'Plans discovery for a feature and changes the plan from what was learned.',
      'Coaches the team to test ideas before building them.',
    ],
  },
];

const CAP_ORDER = CAPABILITIES.map((c) => c.key);

/**
 * The matrix as the manager sees it today: one row per person, columns in
 * CAP_ORDER, "." where nobody has assessed the cell. Tuned so that Incident
 * response, Observability and Ledger fall below target, Ledger is the one
 * capability with a single strong person, and PCI is the one nobody wants to
 * grow in (see INTERESTED).
 */
const MATRIX: Record<PersonKey, string> = {
  //       card ldg pci frd  ts pg api tst  inc obs iac prf  wri men par dis
  amara:  '4 4 3 3  4 3 4 3  3 3 1 3  3 4 3 2',
  tomas:  '3 2 2 1  4 3 3 3  2 2 3 2  2 3 2 1',
  priya:  '1 0 3 1  2 2 1 2  4 3 4 3  3 2 2 0',
  jonas:  '3 1 1 3  3 2 2 3  2 2 2 1  2 1 1 1',
  mei:    '2 1 1 2  3 2 3 2  1 1 1 2  2 1 2 3',
  sofia:  '2 0 . 1  . . 2 .  . . . .  3 2 4 4',
  kwame:  '1 . . .  2 2 1 2  2 1 1 .  2 . 1 .',
  daniel: '3 2 3 2  3 2 3 3  4 3 3 3  2 3 2 1',
};

/** Cells where the person wants to grow. PCI and compliance is left out on purpose. */
const INTERESTED: [PersonKey, CapKey][] = [
  ['mei', 'ledger'],
  ['mei', 'perf'],
  ['jonas', 'incident'],
  ['jonas', 'obs'],
  ['tomas', 'obs'],
  ['tomas', 'incident'],
  ['tomas', 'mentoring'],
  ['kwame', 'ts'],
  ['kwame', 'incident'],
  ['priya', 'mentoring'],
  ['priya', 'writing'],
  ['sofia', 'fraud'],
  ['amara', 'discovery'],
  ['jonas', 'partners'],
  ['mei', 'api'],
  ['priya', 'card'],
  ['kwame', 'pg'],
  ['kwame', 'test'],
  ['jonas', 'iac'],
];

/** Cells with an older observation, from the check-in two quarters ago, before the manager's own mapping. */
const EARLIER: { person: PersonKey; cap: CapKey; level: number; note: string }[] = [
  { person: 'jonas', cap: 'incident', level: 1, note: 'Shadowed on call; had not handled an alert alone yet.' },
  { person: 'mei', cap: 'ledger', level: 0, note: 'Had not worked in the ledger code yet.' },
  { person: 'tomas', cap: 'obs', level: 1, note: 'Relied on Priya to build dashboards.' },
  { person: 'priya', cap: 'mentoring', level: 1, note: 'Started buddying Jonas on call.' },
  { person: 'amara', cap: 'discovery', level: 1, note: 'Joined two of Sofia’s partner interviews.' },
  { person: 'jonas', cap: 'fraud', level: 2, note: 'Before the false-decline investigation.' },
];

/** Cells the person also rated themselves, after the manager's mapping. */
const SELF: [PersonKey, CapKey][] = [
  ['jonas', 'incident'],
  ['tomas', 'obs'],
  ['mei', 'ledger'],
  ['priya', 'mentoring'],
  ['kwame', 'ts'],
  ['kwame', 'pg'],
];

// ---------------------------------------------------------------- check-in content

interface CheckInSeed {
  strengths: string;
  toImprove: string;
  feedbackAsked: string;
  feedbackGiven: string;
  /** Older quarter first. */
  stretch: [string, string];
  goals: [[string, Goal['status']][], [string, Goal['status']][]];
  energy: [number, number];
}

const CHECK_INS: Partial<Record<PersonKey, CheckInSeed>> = {
  amara: {
    strengths: 'Deep knowledge of payment flows and the ledger. Design reviews that catch problems early. A generous mentor.',
    toImprove: 'Letting others own ledger work even when doing it herself would be faster.',
    feedbackAsked: 'Asked partner leads whether design reviews are slowing them down.',
    feedbackGiven: 'Thanked her for the provider migration design; asked her to leave room for others to step in.',
    stretch: ['Lead the provider migration design across three teams.', 'Coach Mei Lin into ledger ownership instead of doing the work.'],
    goals: [
      [['Publish the provider migration design', 'done'], ['Hand over two reconciliation runbooks', 'dropped']],
      [['Pair with Mei Lin every week on reconciliation', 'on-track'], ['Step off the on-call escalation path', 'at-risk'], ['Give a team talk on the ledger model', 'not-started']],
    ],
    energy: [4, 3],
  },
  tomas: {
    strengths: 'Clear, well-scoped pull requests. Reliable delivery on the checkout API. Thoughtful in review.',
    toImprove: 'Debugging from metrics and traces rather than adding logs after the fact.',
    feedbackAsked: 'Asked Jonas how his reviews feel from the receiving end.',
    feedbackGiven: 'His review comments are kind and specific; encouraged him to raise concerns earlier in planning.',
    stretch: ['Own the idempotency keys rollout for the checkout API.', 'Define service-level objectives for the checkout API with Priya.'],
    goals: [
      [['Roll out idempotency keys to all write endpoints', 'done'], ['Mentor Jonas on API design', 'done']],
      [['Draft service-level objectives for the checkout API', 'on-track'], ['Act as deputy lead in two incidents', 'on-track']],
    ],
    energy: [4, 4],
  },
  priya: {
    strengths: 'A calm incident lead. Owns on-call, alerting and Terraform. Runs blameless reviews people trust.',
    toImprove: 'Sharing the load: since Daniel left she leads nearly every incident.',
    feedbackAsked: 'Asked the team whether on-call handovers give them enough context.',
    feedbackGiven: 'Recognised the alert clean-up; named the risk of burning out while the rota is short.',
    stretch: ['Run a game day for the refunds service.', 'Train two deputy incident leads.'],
    goals: [
      [['Run a refunds game day', 'done'], ['Cut noisy alerts by half', 'done']],
      [['Train Tomás and Jonas as deputy incident leads', 'on-track'], ['Write the escalation guide for partner teams', 'at-risk']],
    ],
    energy: [4, 2],
  },
  jonas: {
    strengths: 'Sharp on fraud signals and edge cases. Thorough tests. Dependable.',
    toImprove: 'Speaking up in planning and design reviews, and sharing what he knows before he is asked.',
    feedbackAsked: 'Asked for comments on his design document for the decline investigation.',
    feedbackGiven: 'The investigation was excellent; encouraged him to present it himself next time.',
    stretch: ['Lead the false-decline investigation with the risk team.', 'Join the on-call rota, first as a shadow, then as primary.'],
    goals: [
      [['Reduce false declines on saved cards', 'done'], ["Present the findings at the risk team's review", 'done']],
      [['Shadow four on-call shifts', 'on-track'], ['Write the runbook for provider timeouts', 'not-started']],
    ],
    energy: [3, 4],
  },
  mei: {
    strengths: 'Learns new areas quickly. Careful API work. Asks good questions.',
    toImprove: 'Making calls in unfamiliar code without waiting for approval.',
    feedbackAsked: 'Asked Amara what she should learn first about the ledger.',
    feedbackGiven: 'The refunds status API was delivered with care; questions asked in the team channel help others too.',
    stretch: ['Design the refunds status API for the web team.', 'Rotate into ledger and reconciliation with Amara as buddy.'],
    goals: [
      [['Ship the refunds status API', 'done'], ['Write her first design document', 'done']],
      [['Fix a failed reconciliation run using the runbook', 'done'], ['Own the nightly reconciliation job by day 90', 'on-track']],
    ],
    energy: [4, 5],
  },
  sofia: {
    strengths: 'Turns partner requests into clear problems. Runs discovery that changes what we build.',
    toImprove: 'Getting involved early in technical trade-offs that affect the customer experience.',
    feedbackAsked: 'Asked engineers whether her research summaries help when planning.',
    feedbackGiven: 'The merchant interviews changed our roadmap; she is now invited to design reviews by default.',
    stretch: ['Lead discovery for saved payment methods.', 'Run a review of checkout decline messages with the risk team.'],
    goals: [
      [['Interview eight merchants about failed payments', 'done'], ['Publish the saved-cards research summary', 'done']],
      [['Rewrite checkout decline messages with the risk team', 'on-track'], ['Learn how fraud signals lead to declines', 'on-track']],
    ],
    energy: [4, 4],
  },
  daniel: {
    strengths: 'Led most incidents and knows the history of every alert.',
    toImprove: 'Writing down what he knows so the team does not depend on him.',
    feedbackAsked: 'Asked whether a move to the Platform team would leave us exposed.',
    feedbackGiven: 'Supported the move; asked for a written handover of the on-call rota first.',
    stretch: ['Hand over incident leadership to Priya and write the escalation guide.', ''],
    goals: [[['Write runbooks for the five noisiest alerts', 'at-risk'], ['Agree a move to the Platform team', 'done']], []],
    energy: [2, 3],
  },
};

/**
 * A third, earlier quarter (three quarters back), written the way a Grow check-in is: strengths
 * with how they were used, wins, engagement per BICEPS need, the growth stage in their words.
 * Its goals were all settled within that quarter, so none carry over into the later ones.
 */
interface EarlierCheckIn {
  strengths: [string, string][];
  wins: string[];
  areasToGrow: string;
  goals: [string, Goal['status']][];
  engagement: Partial<Record<'overall' | 'belonging' | 'improvement' | 'choice' | 'equality' | 'predictability' | 'significance', number>>;
  stage: 'ramping-up' | 'staying-engaged' | 'multiplying-impact';
  words: string;
}

const EARLIER_CHECK_INS: Partial<Record<PersonKey, EarlierCheckIn>> = {
  amara: {
    strengths: [['Ledger modelling', 'Redesigned the refunds posting so month-end balances without manual fixes.']],
    wins: ['Month-end close with zero manual journal entries'],
    areasToGrow: 'Sharing ledger knowledge before being asked.',
    goals: [['Document the double-entry rules for refunds', 'done']],
    engagement: { overall: 4, belonging: 4, improvement: 3, choice: 4, significance: 5 },
    stage: 'multiplying-impact',
    words: 'I want the ledger to stop depending on me.',
  },
  tomas: {
    strengths: [['Careful API design', 'Versioned the checkout API without breaking a single client.']],
    wins: ['Checkout API v2 shipped on time'],
    areasToGrow: 'Reading production traces.',
    goals: [['Ship checkout API v2', 'done']],
    engagement: { overall: 4, improvement: 4, predictability: 3 },
    stage: 'staying-engaged',
    words: 'The code is familiar now; I want a harder problem.',
  },
  priya: {
    strengths: [['Incident command', 'Ran the card-network outage call and kept partners informed.']],
    wins: ['Cut time to acknowledge pages by half'],
    areasToGrow: 'Saying no to partner requests.',
    goals: [['Write the paging policy', 'done'], ['Rotate the incident commander role', 'dropped']],
    engagement: { overall: 3, belonging: 4, choice: 2, significance: 4 },
    stage: 'multiplying-impact',
    words: 'Too much of the on-call load still lands on me.',
  },
  jonas: {
    strengths: [['Infrastructure as code', 'Moved the staging environment to Terraform.']],
    wins: ['Staging rebuilt from code in under an hour'],
    areasToGrow: 'Incident response.',
    goals: [['Terraform the staging environment', 'done']],
    engagement: { overall: 3, improvement: 4, predictability: 2 },
    stage: 'staying-engaged',
    words: 'I would like to be on the incident rota.',
  },
  mei: {
    strengths: [['Testing strategy', 'Introduced contract tests between checkout and the ledger.']],
    wins: ['First release without a rollback'],
    areasToGrow: 'Ledger and reconciliation.',
    goals: [['Add contract tests for the ledger API', 'done']],
    engagement: { overall: 4, belonging: 3, improvement: 5 },
    stage: 'ramping-up',
    words: 'Still learning where everything lives.',
  },
  sofia: {
    strengths: [['Product discovery', 'Ran five merchant interviews before the refunds redesign.']],
    wins: ['Refunds redesign validated with merchants'],
    areasToGrow: 'Technical writing.',
    goals: [['Interview five merchants about refunds', 'done']],
    engagement: { overall: 4, choice: 4, significance: 4 },
    stage: 'staying-engaged',
    words: 'Enjoying the mix of product and engineering.',
  },
};

// ---------------------------------------------------------------- hiring content

const QUESTIONS = [
  {
    key: 'q-incident',
    caps: ['incident'],
    minutes: 15,
    text: 'Tell us about an incident you were part of. What did you do in the first fifteen minutes, and what changed afterwards?',
    good: 'Triages and communicates before fixing; names what they would do differently; talks about the review without blame.',
  },
  {
    key: 'q-timeout',
    caps: ['card', 'incident'],
    minutes: 25,
    text: 'A customer is charged, but our service times out before recording the payment. What does the customer see, and how would you make this safe?',
    good: 'Reaches for idempotency keys and reconciliation, considers retries from both sides, and thinks about how support finds the payment.',
  },
  {
    key: 'q-signals',
    caps: ['obs'],
    minutes: 20,
    text: 'Which signals would tell you the refunds service is healthy? Which of them should wake someone at night?',
    good: 'Starts from what customers and partners experience, separates paging alerts from dashboards, and mentions error budgets or objectives.',
  },
  {
    key: 'q-partner',
    caps: ['partners'],
    minutes: 10,
    text: 'A partner team needs a change by Friday that you believe is unsafe. How do you handle the conversation?',
    good: "Explains the risk in the partner's terms, offers options, and escalates with a short summary if they still disagree.",
  },
  {
    key: 'q-exercise',
    caps: ['obs', 'test'],
    minutes: 180,
    text: 'Add metrics and one alert to the small refunds service in the exercise, with tests. In a short note, explain what you would page on and why.',
    good: 'An alert tied to customer impact, tests that cover the failure path, and a note a teammate could act on, within the time box.',
  },
  {
    key: 'q-runbook',
    caps: ['incident', 'writing'],
    minutes: 10,
    text: 'After an incident, how do you decide what goes into the runbook and what does not?',
    good: 'Keeps runbooks short and actionable, updates them after each incident, and removes steps nobody uses.',
  },
] as const satisfies { key: string; caps: CapKey[]; minutes: number; text: string; good: string }[];
type QuestionKey = (typeof QUESTIONS)[number]['key'];

const ANCHORS: Partial<Record<CapKey, [string, string, string, string]>> = {
  incident: [
    'Describes incidents only as a bystander; no clear first steps.',
    'Knows to triage and escalate, but communication is an afterthought.',
    'Triages, communicates and mitigates in a sensible order, and reviews without blame.',
    'Has improved how a team responds, for example its rota, runbooks or reviews.',
  ],
  partners: [
    'Agrees to anything, or refuses without explaining.',
    'Explains the risk but offers no options.',
    "Frames the risk in the partner's terms and offers workable options.",
    'Turns the disagreement into a shared plan and knows when to escalate.',
  ],
  obs: [
    'Relies on logs added after something went wrong.',
    'Adds sensible metrics but alerts on causes rather than symptoms.',
    'Alerts on customer impact, keeps noise low and explains the trade-offs.',
    'Designs objectives and error budgets and shows how they guide decisions.',
  ],
  iac: [
    'Would change infrastructure by hand.',
    'Makes straightforward Terraform changes.',
    'Structures infrastructure so changes are reviewable and repeatable.',
    'Designs reusable modules and safe rollouts for infrastructure changes.',
  ],
  test: [
    'Few or no tests.',
    'Tests the happy path only.',
    'Tests the failure paths and keeps tests readable.',
    'Chooses the right level for each test and explains why.',
  ],
  card: [
    'Unfamiliar with authorisation and capture.',
    'Knows the main flow but misses retries and duplicates.',
    'Handles timeouts, retries and duplicate callbacks safely.',
    'Brings lessons from running payments at scale, including reconciliation.',
  ],
};

type StageKey = 'screen' | 'take-home' | 'interview' | 'debrief';
const OUTSIDER = 'Rachel Adeyemi';

interface StageSeed {
  key: StageKey;
  name: string;
  caps: CapKey[];
  interviewers: (PersonKey | { name: string })[];
  durationMinutes?: number;
  timeBoxHours?: number;
  questions: QuestionKey[];
}

const STAGES: StageSeed[] = [
  { key: 'screen', name: 'Phone screen', caps: ['incident', 'partners'], interviewers: ['tomas'], durationMinutes: 30, questions: ['q-incident', 'q-partner'] },
  { key: 'take-home', name: 'Take-home: observability exercise', caps: ['obs', 'iac', 'test'], interviewers: ['priya'], timeBoxHours: 3, questions: ['q-exercise'] },
  {
    key: 'interview',
    name: 'Incident and design interview',
    caps: ['incident', 'obs', 'card'],
    interviewers: ['amara', { name: OUTSIDER }],
    durationMinutes: 90,
    questions: ['q-timeout', 'q-signals', 'q-runbook'],
  },
  { key: 'debrief', name: 'Debrief', caps: [], interviewers: ['amara', 'tomas', 'priya'], durationMinutes: 30, questions: [] },
];

type Rec4 = Scorecard['recommendation'];
interface CardSeed {
  stage: StageKey;
  by: PersonKey | typeof OUTSIDER;
  /** Scores in the order of the stage's capabilities. */
  scores: (number | null)[];
  evidence: string[];
  recommendation: NonNullable<Rec4>;
  notes: string;
}

interface CandidateSeed {
  key: string;
  name: string;
  source: string;
  status: Candidate['status'];
  /** Days before today each stage was reached, in loop order. */
  reached: number[];
  takeHome?: { sent: number; returned?: number; hours?: number };
  decision?: { outcome: 'hire' | 'no-hire'; daysAgo: number; rationale: string };
  withdrawnDaysAgo?: number;
  personKey?: PersonKey;
  notes: string;
  cards: CardSeed[];
}

const CANDIDATES: CandidateSeed[] = [
  {
    key: 'kwame',
    name: 'Kwame Mensah',
    source: 'Referral from Jonas Becker',
    status: 'hired',
    reached: [60, 54, 46, 42],
    takeHome: { sent: 54, returned: 50, hours: 2.5 },
    decision: {
      outcome: 'hire',
      daysAgo: 40,
      rationale: 'Consistent signal on incident response across the screen and the interview. Observability is a growth area we can support. The panel agreed.',
    },
    personKey: 'kwame',
    notes: 'Accepted the offer; joined the team as a software engineer.',
    cards: [
      { stage: 'screen', by: 'tomas', scores: [3, 3], evidence: ['Walked through a database failover he led, in order.', 'Explained a delay to his product manager plainly.'], recommendation: 'yes', notes: 'Good energy, asks about on-call load.' },
      { stage: 'take-home', by: 'priya', scores: [2, null, 3], evidence: ['Sensible metrics; the alert fires on a cause, not on customer impact.', 'No infrastructure in the exercise.', 'Tests cover the failure path.'], recommendation: 'yes', notes: 'Returned well within the time box.' },
      { stage: 'interview', by: 'amara', scores: [3, 2, 2], evidence: ['Took the lead in the incident scenario and kept a timeline.', 'Would alert on error rates; had not used objectives.', 'Missed duplicate callbacks until prompted.'], recommendation: 'yes', notes: 'Learns fast from hints.' },
      { stage: 'interview', by: OUTSIDER, scores: [3, 3, 2], evidence: ['Communicated clearly with the "partner" during the scenario.', 'Asked what customers would notice before picking signals.', 'Knew the main flow, not chargebacks.'], recommendation: 'yes', notes: '' },
    ],
  },
  {
    key: 'lena',
    name: 'Lena Fischer',
    source: 'Applied through the careers page',
    status: 'active',
    reached: [30, 24, 12, 5],
    takeHome: { sent: 24, returned: 21, hours: 3 },
    notes: 'Currently at a fintech; notice period of one month. Awaiting the hiring decision.',
    cards: [
      { stage: 'screen', by: 'tomas', scores: [3, 4], evidence: ['Described leading a payment outage and the review after it.', 'Talked about saying no to a launch date with data.'], recommendation: 'strong-yes', notes: '' },
      { stage: 'take-home', by: 'priya', scores: [3, 3, 4], evidence: ['Alert on failed refunds per minute, with a clear threshold.', 'Added a small Terraform module for the alarm.', 'Tests for timeouts and retries, easy to read.'], recommendation: 'yes', notes: 'Reported exactly three hours.' },
      { stage: 'interview', by: 'amara', scores: [4, 3, 3], evidence: ['Ran the scenario like an incident lead: roles, timeline, updates.', 'Proposed an objective for refunds and what would page.', 'Spotted the duplicate callback risk unprompted.'], recommendation: 'strong-yes', notes: '' },
      {
        stage: 'interview',
        by: OUTSIDER,
        scores: [1, 3, null],
        evidence: ['Jumped to fixing before telling anyone; no updates to partners.', 'Good instinct for customer-facing signals.', 'We ran out of time before payment flows.'],
        recommendation: 'no',
        notes: 'My read differs from the screen; worth discussing in the debrief.',
      },
    ],
  },
  {
    key: 'diego',
    name: 'Diego Alvarez',
    source: 'Recruiter outreach',
    status: 'rejected',
    reached: [40, 33],
    takeHome: { sent: 33, returned: 28, hours: 5 },
    decision: {
      outcome: 'no-hire',
      daysAgo: 25,
      rationale: 'The take-home showed little observability experience, a must-have for this role. Encouraged to apply again in a year.',
    },
    notes: 'Spent five hours on the take-home against a three-hour box; we said that was not expected.',
    cards: [
      { stage: 'screen', by: 'tomas', scores: [2, 3], evidence: ['Has been on call but never led an incident.', 'Clear about trade-offs with his current partners.'], recommendation: 'yes', notes: '' },
      { stage: 'take-home', by: 'priya', scores: [1, 2, 2], evidence: ['Logged errors but added no metrics or alert.', 'Used an existing module correctly.', 'Happy-path tests only.'], recommendation: 'no', notes: '' },
    ],
  },
  {
    key: 'hana',
    name: 'Hana Sato',
    source: 'Met at a local engineering meetup',
    status: 'withdrawn',
    reached: [20],
    withdrawnDaysAgo: 17,
    notes: 'Withdrew after accepting another offer before the take-home.',
    cards: [
      { stage: 'screen', by: 'tomas', scores: [3, 2], evidence: ['Led two incidents at her current company and wrote the reviews.', 'Tends to escalate rather than negotiate.'], recommendation: 'yes', notes: '' },
    ],
  },
];

// ---------------------------------------------------------------- onboarding and plan content

interface ItemSeed {
  title: string;
  period: OnboardingItem['period'];
  type: OnboardingItem['type'];
  cap?: CapKey;
  area?: AreaKey;
  buddy?: PersonKey;
  status: OnboardingItem['status'];
}

const minDay = (a: string, b: string) => (a < b ? a : b);
/** What each kind of item takes, roughly, in the sample's plans (for the learning margin). */
const SAMPLE_HOURS: Record<OnboardingItem['type'], number> = { read: 3, pair: 4, shadow: 3, ship: 8, present: 3 };
/** A name's words in plain lower-case letters: "Tomás Ferreira" → ["tomas", "ferreira"]. */
const nameParts = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/);

/** The sample manager's own template, saved from Mei Lin's rotation to reuse for the next one. */
const TEMPLATE: { title: string; period: OnboardingItem['period']; type: OnboardingItem['type']; owner: OnboardingItem['owner']; check?: string; hours: number }[] = [
  { title: 'Read the system’s design notes and its last three incident reviews', period: 'week-1', type: 'read', owner: 'learner', hours: 4 },
  { title: 'Book two pairing sessions a week with the buddy', period: 'week-1', type: 'pair', owner: 'buddy', hours: 1 },
  { title: 'Shadow the buddy through one on-call handover', period: 'week-1', type: 'shadow', owner: 'learner', hours: 2 },
  { title: 'Ship a small change to the system with the buddy reviewing', period: 'day-30', type: 'ship', owner: 'learner', check: 'A merged change, deployed', hours: 8 },
  { title: 'Fix a real alert using the runbook, buddy on standby', period: 'day-60', type: 'ship', owner: 'learner', check: 'The runbook updated where it was wrong', hours: 6 },
  { title: 'Walk the team through how the system works', period: 'day-90', type: 'present', owner: 'learner', check: 'Questions from the team answered without the buddy', hours: 3 },
];

/** A rotation names what it is into: an index into SYSTEMS and a capability. */
const ONBOARDING: { key: string; person: PersonKey; title: string; kind: 'new-hire' | 'rotation'; startDaysAgo: number; buddy: PersonKey; system?: number; cap?: CapKey; items: ItemSeed[] }[] = [
  {
    key: 'kwame',
    person: 'kwame',
    title: 'Kwame: first 90 days',
    kind: 'new-hire',
    startDaysAgo: 18,
    buddy: 'jonas',
    items: [
      { title: 'Read the team charter and the payments architecture overview', period: 'week-1', type: 'read', area: 'payments', status: 'done' },
      { title: 'Ship a small change to the checkout API with Jonas', period: 'week-1', type: 'ship', cap: 'ts', status: 'done' },
      { title: 'Shadow an on-call handover with Priya', period: 'week-1', type: 'shadow', cap: 'incident', buddy: 'priya', status: 'done' },
      { title: 'Work through the reconciliation runbook with Amara', period: 'day-30', type: 'read', cap: 'ledger', buddy: 'amara', status: 'doing' },
      { title: 'Pair on adding metrics to the refunds service', period: 'day-30', type: 'pair', cap: 'obs', buddy: 'priya', status: 'doing' },
      { title: 'Shadow two on-call shifts', period: 'day-60', type: 'shadow', cap: 'incident', buddy: 'priya', status: 'todo' },
      { title: 'Ship a feature behind a flag, from design note to release', period: 'day-60', type: 'ship', cap: 'ts', status: 'todo' },
      { title: 'Present what you learned about card payment flows at the team demo', period: 'day-90', type: 'present', cap: 'card', status: 'todo' },
      { title: 'Join the on-call rota as primary, with Priya as backup', period: 'day-90', type: 'ship', cap: 'incident', buddy: 'priya', status: 'todo' },
    ],
  },
  {
    key: 'mei',
    person: 'mei',
    title: 'Mei Lin: rotation into ledger and reconciliation',
    kind: 'rotation',
    startDaysAgo: 40,
    buddy: 'amara',
    system: 3,
    cap: 'ledger',
    items: [
      { title: 'Read the ledger design notes and the last three reconciliation incidents', period: 'week-1', type: 'read', cap: 'ledger', status: 'done' },
      { title: 'Shadow Amara during the nightly reconciliation review', period: 'week-1', type: 'shadow', cap: 'ledger', status: 'done' },
      { title: 'Pair with Amara on a reconciliation mismatch', period: 'day-30', type: 'pair', cap: 'ledger', status: 'done' },
      { title: 'Fix a failed reconciliation run using the runbook, with Amara on standby', period: 'day-30', type: 'ship', cap: 'ledger', status: 'done' },
      { title: 'Change the settlement file parser for the new provider', period: 'day-60', type: 'ship', cap: 'ledger', status: 'doing' },
      { title: 'Review the PCI scope of ledger data with the security team', period: 'day-60', type: 'read', cap: 'pci', status: 'todo' },
      { title: 'Walk the team through the ledger model', period: 'day-90', type: 'present', cap: 'ledger', status: 'todo' },
      { title: 'Take over the reconciliation alerts on the on-call rota', period: 'day-90', type: 'ship', area: 'operating', buddy: 'priya', status: 'todo' },
    ],
  },
];

const PLAN_START_DAYS_AGO = 70;
const PLAN: { week: number; phase: PlanTask['phase']; title: string; person?: PersonKey; notDone?: true; ticks?: PlanTask['ticks'] }[] = [
  { week: 1, phase: 'design', title: "Read the team's docs, roadmap and last quarter's incident reviews" },
  { week: 1, phase: 'hire', title: 'Take over the open payments reliability role and meet the panel' },
  { week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Amara', person: 'amara', ticks: 'first-one-on-one' },
  { week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Tomás', person: 'tomas', ticks: 'first-one-on-one' },
  { week: 1, phase: 'design', title: 'Getting-to-know-you 1:1 with Priya', person: 'priya', ticks: 'first-one-on-one' },
  { week: 2, phase: 'design', title: 'Getting-to-know-you 1:1 with Jonas', person: 'jonas', ticks: 'first-one-on-one' },
  { week: 2, phase: 'design', title: 'Getting-to-know-you 1:1 with Mei Lin', person: 'mei', ticks: 'first-one-on-one' },
  { week: 2, phase: 'design', title: 'Getting-to-know-you 1:1 with Sofia', person: 'sofia', ticks: 'first-one-on-one' },
  { week: 2, phase: 'design', title: 'Draft the team charter with the team', ticks: 'charter' },
  { week: 3, phase: 'design', title: 'Map capabilities and agree targets', ticks: 'matrix-rated' },
  { week: 3, phase: 'learn', title: 'Ask each person which part of the system they want to learn next', notDone: true },
  { week: 4, phase: 'hire', title: 'Check the loop assesses every must-have capability in two stages', ticks: 'loop-owned' },
  { week: 5, phase: 'learn', title: "Start Mei Lin's rotation into ledger and reconciliation", person: 'mei' },
  { week: 5, phase: 'hire', title: 'Decide on the first hire with the panel' },
  { week: 7, phase: 'learn', title: "Set up Kwame's onboarding plan with Jonas as buddy", person: 'kwame' },
  { week: 8, phase: 'design', title: 'Getting-to-know-you 1:1 with Kwame', person: 'kwame', ticks: 'first-one-on-one' },
  { week: 9, phase: 'hire', title: 'Run a calibration session on the scorecards so far' },
  { week: 10, phase: 'grow', title: 'Ask everyone for a self-assessment before check-ins' },
  { week: 11, phase: 'grow', title: 'Hold quarterly check-ins with every team member' },
  { week: 11, phase: 'learn', title: "Agree next quarter's learning time with product" },
  { week: 12, phase: 'design', title: 'Review coverage against targets and update the charter' },
  { week: 12, phase: 'grow', title: 'Agree stretch work with each person' },
  { week: 13, phase: 'hire', title: 'Review pacing and pass-through for the opening' },
  { week: 13, phase: 'design', title: 'Write a one-page review of the first 90 days' },
];

// ---------------------------------------------------------------- build

// ---------------------------------------------------------------- systems

interface SystemSeed {
  name: string;
  kind: System['kind'];
  description: string;
  owners: PersonKey[];
  caps: CapKey[];
  links: System['links'];
}

/** What the team owns; in the charter's order (format 1 held these names as its scope). */
const SYSTEMS: SystemSeed[] = [
  { name: 'Checkout payments API', kind: 'service', description: 'Takes card and wallet payments for checkout, exactly once.', owners: ['tomas'], caps: ['api', 'card', 'ts'], links: [{ label: 'API reference', url: 'https://docs.example.com/payments/checkout-api' }] },
  { name: 'Payment provider integrations', kind: 'service', description: 'Adapters for our two card acquirers and the wallet provider.', owners: ['amara'], caps: ['card', 'api', 'incident'], links: [] },
  { name: 'Refunds service', kind: 'service', description: 'Full and partial refunds, with their ledger entries.', owners: ['tomas', 'mei'], caps: ['ledger', 'api', 'test'], links: [] },
  { name: 'Double-entry ledger', kind: 'data', description: 'Every movement of money as balanced entries; the source of truth for finance.', owners: ['amara'], caps: ['ledger', 'pg'], links: [{ label: 'Ledger model', url: 'https://wiki.example.com/payments/ledger-model' }] },
  { name: 'Nightly reconciliation jobs', kind: 'process', description: 'Matches provider settlement files to the ledger before 07:00.', owners: ['amara'], caps: ['ledger', 'obs', 'incident'], links: [{ label: 'Runbook', url: 'https://wiki.example.com/payments/runbooks/reconciliation' }] },
  { name: 'Fraud signal feed to the risk engine', kind: 'data', description: 'Streams payment events and signals to Risk engineering.', owners: ['jonas'], caps: ['fraud', 'obs'], links: [] },
];

export function sampleWorkspace(today: string): WorkspaceData {
  const todayMs = parseDay(today);
  const ago = (days: number) => dayOf(todayMs - days * DAY_MS);
  // Only for minutes within a day: real notes are not all written on the hour.
  const rng = seeded(SEED);
  const agoAt = (days: number, hour: number) => atTime(ago(days), hour, rng.int(0, 11) * 5);
  const sample = true as const;

  const personId = (k: PersonKey) => id(`person:${k}`);
  const capId = (k: CapKey) => id(`capability:${k}`);
  const areaId = (k: AreaKey) => id(`area:${k}`);
  // Format 1 kept the systems as the charter's scope; they keep the ids that scope migrated to, so loading again updates them.
  const systemIdOf = (index: number) => scopeSystemId(id('team:payments'), index);
  const stageId = (k: StageKey) => id(`stage:${k}`);
  const questionId = (k: QuestionKey) => id(`question:${k}`);
  // The shared default scale, not flagged as sample: removing the sample must not take
  // away the scale the manager's own capabilities use.
  const scaleId = DEFAULT_SCALE_ID;
  const loopId = id('loop:payments-reliability');
  const openingId = id('opening:payments-reliability');

  const people: Person[] = PEOPLE.map((p) => ({
    id: personId(p.key),
    name: p.name,
    role: p.role,
    level: p.level,
    startDate: ago(p.startDaysAgo),
    status: p.status,
    fit: p.fit,
    ...(p.status === 'moved-on' ? { movedOnDate: ago(DANIEL_MOVED_ON_DAYS_AGO) } : {}),
    // How CODEOWNERS files and git history name them: "amara-okafor", "amara.okafor@example.com".
    handles: [nameParts(p.name).join('-')],
    emails: [`${nameParts(p.name).join('.')}@example.com`],
    sample,
  }));
  const personIndex = new Map(PEOPLE.map((p, i) => [p.key, i]));

  const capabilities: Capability[] = CAPABILITIES.map((c) => ({
    id: capId(c.key),
    areaId: areaId(c.area),
    name: c.name,
    kind: c.kind,
    description: c.description,
    scaleId,
    descriptors: c.levels.map((text, i) => ({ level: i + 1, criteria: [text], examples: [] })),
    target: { ...c.target },
    sample,
  }));

  // Check-ins are for the quarters before this one, so this quarter's are still to do.
  const thisQuarter = quarterOfMs(todayMs);
  const quarters = [shiftQuarter(thisQuarter, -2), shiftQuarter(thisQuarter, -1)];
  const checkInDate = (qi: number, p: PersonKey) => dayOf(quarterEndMs(quarters[qi]!) - (9 - (personIndex.get(p) ?? 0)) * DAY_MS);

  // ---- assessments
  const interested = new Set(INTERESTED.map(([p, c]) => `${p}:${c}`));
  const assessments: Assessment[] = [];
  const assess = (p: PersonKey, c: CapKey, level: number, at: string, source: Assessment['source'], note?: string) =>
    assessments.push({
      id: id(`assessment:${p}:${c}:${source}`),
      personId: personId(p),
      capabilityId: capId(c),
      level,
      interested: interested.has(`${p}:${c}`),
      at,
      source,
      ...(note ? { note } : {}),
      sample,
    });

  for (const e of EARLIER) assess(e.person, e.cap, e.level, atTime(checkInDate(0, e.person), 15), 'check-in', e.note);
  for (const p of PEOPLE) {
    const row = MATRIX[p.key].trim().split(/\s+/);
    const idx = personIndex.get(p.key)!;
    row.forEach((cell, ci) => {
      if (cell === '.') return;
      const cap = CAP_ORDER[ci]!;
      const level = Number(cell);
      if (p.key === 'kwame') assess(p.key, cap, level, atTime(ago(40), 16), 'interview', 'Seeded from interview scorecards.');
      else if (p.key === 'daniel') assess(p.key, cap, level, atTime(checkInDate(0, p.key), 11), 'check-in');
      // The manager's own mapping in week 3 of the 90-day plan, one person a day.
      else assess(p.key, cap, level, atTime(ago(PLAN_START_DAYS_AGO - 14 - idx), 14), 'manager');
    });
  }
  for (const [p, c] of SELF) {
    const level = Number(MATRIX[p].trim().split(/\s+/)[CAP_ORDER.indexOf(c)]);
    assess(p, c, level, agoAt(6, 17), 'self');
  }

  // ---- check-ins and their goals
  const checkIns: CheckIn[] = [];
  const goals: Goal[] = [];
  for (const p of PEOPLE) {
    const seed = CHECK_INS[p.key];
    if (!seed) continue;
    quarters.forEach((q, qi) => {
      const quarterGoals = seed.goals[qi]!;
      if (quarterGoals.length === 0) return;
      // Keyed by position, not by quarter label, so loading the sample next quarter updates these.
      const key = `checkin:${p.key}:${qi}`;
      const date = checkInDate(qi, p.key);
      const goalIds = quarterGoals.map(([text, status], gi) => {
        // The same ids a format-1 sample's goals get when they move out of its check-ins.
        const goal: Goal = { id: id(`${key}:goal:${gi}`), personId: personId(p.key), text, setIn: quarterLabel(q), status, history: [{ status, on: date }], capabilityIds: [], sample };
        goals.push(goal);
        return goal.id;
      });
      checkIns.push({
        id: id(key),
        personId: personId(p.key),
        quarter: quarterLabel(q),
        date,
        held: true,
        strengths: [{ text: seed.strengths, howUsed: '' }],
        wins: [],
        areasToGrow: seed.toImprove,
        stretch: [{ text: seed.stretch[qi]! }],
        goalIds,
        feedbackAsked: seed.feedbackAsked,
        feedbackGiven: seed.feedbackGiven,
        engagement: { overall: seed.energy[qi]!, note: '' },
        growthInTheirWords: '',
        evidence: [],
        levels: [],
        managerNotes: { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' },
        selfReviews: [],
        sample,
      });
    });
  }

  // The earlier quarter's check-ins, keyed by position 2 so the two above keep their ids.
  const earlier = shiftQuarter(thisQuarter, -3);
  for (const p of PEOPLE) {
    const seed = EARLIER_CHECK_INS[p.key];
    if (!seed) continue;
    const key = `checkin:${p.key}:2`;
    const date = dayOf(quarterEndMs(earlier) - (9 - (personIndex.get(p.key) ?? 0)) * DAY_MS);
    const setOn = dayOf(quarterEndMs(earlier) - 80 * DAY_MS);
    const goalIds = seed.goals.map(([text, status], gi) => {
      const goal: Goal = {
        id: id(`${key}:goal:${gi}`),
        personId: personId(p.key),
        text,
        setIn: quarterLabel(earlier),
        status,
        history: [
          { status: 'on-track', on: setOn },
          { status, on: date },
        ],
        capabilityIds: [],
        sample,
      };
      goals.push(goal);
      return goal.id;
    });
    checkIns.push({
      id: id(key),
      personId: personId(p.key),
      quarter: quarterLabel(earlier),
      date,
      held: true,
      strengths: seed.strengths.map(([text, howUsed]) => ({ text, howUsed })),
      wins: seed.wins,
      areasToGrow: seed.areasToGrow,
      stretch: [],
      goalIds,
      feedbackAsked: '',
      feedbackGiven: '',
      engagement: { ...seed.engagement, note: '' },
      growthStage: seed.stage,
      growthInTheirWords: seed.words,
      evidence: [],
      levels: [],
      managerNotes: { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' },
      selfReviews: [],
      sample,
    });
  }

  // ---- hiring
  const stages: LoopStage[] = STAGES.map((s) => ({
    id: stageId(s.key),
    name: s.name,
    kind: s.key,
    capabilityIds: s.caps.map(capId),
    interviewers: s.interviewers.map((iv) => (typeof iv === 'string' ? { personId: personId(iv) } : { name: iv.name })),
    ...(s.durationMinutes !== undefined ? { durationMinutes: s.durationMinutes } : {}),
    ...(s.timeBoxHours !== undefined ? { timeBoxHours: s.timeBoxHours } : {}),
    questionIds: s.questions.map(questionId),
    rubric: s.caps.map((c) => {
      const [a1, a2, a3, a4] = ANCHORS[c]!;
      return { capabilityId: capId(c), anchors: { 1: a1, 2: a2, 3: a3, 4: a4 } };
    }),
  }));
  const stageOrder = STAGES.map((s) => s.key);

  const candidates: Candidate[] = [];
  const scorecards: Scorecard[] = [];
  for (const c of CANDIDATES) {
    const candidateId = id(`candidate:${c.key}`);
    const closedDaysAgo = c.decision?.daysAgo ?? c.withdrawnDaysAgo;
    candidates.push({
      id: candidateId,
      openingId,
      name: c.name,
      source: c.source,
      contact: `${c.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
      notes: c.notes,
      status: c.status,
      moves: c.reached.map((days, i) => ({ stageId: stageId(stageOrder[i]!), at: agoAt(days, 10) })),
      takeHomes: c.takeHome
        ? [
            {
              stageId: stageId('take-home'),
              sentAt: agoAt(c.takeHome.sent, 11),
              ...(c.takeHome.returned !== undefined ? { returnedAt: agoAt(c.takeHome.returned, 18) } : {}),
              ...(c.takeHome.hours !== undefined ? { reportedHours: c.takeHome.hours } : {}),
            },
          ]
        : [],
      interviewKits: [],
      ...(c.decision
        ? {
            decision: {
              outcome: c.decision.outcome,
              rationale: c.decision.rationale,
              decidedBy: 'Engineering manager',
              at: agoAt(c.decision.daysAgo, 16),
              early: false,
            },
          }
        : {}),
      ...(c.personKey ? { personId: personId(c.personKey) } : {}),
      sample,
    });
    // When the process closed (the decision, or the withdrawal): retention counts from here
    // for the days set in Settings. No retainUntil, which would pin the date whatever the
    // setting says. Set afterwards so the seeded random times above stay as they were.
    const added = candidates.at(-1)!;
    if (closedDaysAgo !== undefined) added.closedAt = added.decision?.at ?? atTime(ago(closedDaysAgo), 16, 0);
    for (const card of c.cards) {
      const stage = STAGES.find((s) => s.key === card.stage)!;
      // Take-home reviews come in after the work is returned; other stages the day after.
      const doneDaysAgo = card.stage === 'take-home' ? (c.takeHome?.returned ?? 1) : c.reached[stageOrder.indexOf(card.stage)]!;
      scorecards.push({
        id: id(`scorecard:${c.key}:${card.stage}:${card.by}`),
        candidateId,
        stageId: stageId(card.stage),
        interviewer: card.by === OUTSIDER ? { name: OUTSIDER } : { personId: personId(card.by) },
        scores: stage.caps.map((cap, i) => ({ capabilityId: capId(cap), score: card.scores[i] ?? null, evidence: card.evidence[i] ?? '' })),
        recommendation: card.recommendation,
        notes: card.notes,
        submittedAt: agoAt(Math.max(doneDaysAgo - 1, 0), 17),
        sample,
      });
    }
  }

  // ---- onboarding
  const onboardingPlans = ONBOARDING.map((plan) => {
    const start = todayMs - plan.startDaysAgo * DAY_MS;
    return {
      id: id(`onboarding:${plan.key}`),
      personId: personId(plan.person),
      title: plan.title,
      kind: plan.kind,
      startDate: dayOf(start),
      buddyId: personId(plan.buddy),
      ...(plan.system !== undefined ? { systemId: systemIdOf(plan.system) } : {}),
      ...(plan.cap ? { capabilityId: capId(plan.cap) } : {}),
      items: plan.items.map(
        (it, i): OnboardingItem => ({
          id: id(`onboarding:${plan.key}:item:${i}`),
          title: it.title,
          period: it.period,
          type: it.type,
          ...(it.cap ? { capabilityId: capId(it.cap) } : {}),
          ...(it.area ? { areaId: areaId(it.area) } : {}),
          buddyId: personId(it.buddy ?? plan.buddy),
          offset: defaultOffsetOf(it.period),
          owner: 'learner',
          section: '',
          check: '',
          effortHours: SAMPLE_HOURS[it.type],
          steps: [],
          status: it.status,
          // Done on its due day, or today if that is still ahead.
          ...(it.status === 'done' ? { completedOn: minDay(workdayAfter(dayOf(start), defaultOffsetOf(it.period)), dayOf(todayMs)) } : {}),
          notes: '',
        }),
      ),
      sample,
    };
  });

  // ---- 90-day plan
  const weeksDone = Math.floor(PLAN_START_DAYS_AGO / 7);
  const ninetyDayPlans = [
    {
      id: id('plan:first-90-days'),
      title: 'First 90 days with Payments Platform',
      startDate: ago(PLAN_START_DAYS_AGO),
      tasks: PLAN.map(
        (t, i): PlanTask => ({
          id: id(`plan:first-90-days:task:${i}`),
          week: t.week,
          phase: t.phase,
          title: t.title,
          ...(t.person ? { personId: personId(t.person) } : {}),
          // A task the workspace ticks is ticked by the sample's own records (its 1:1s, charter, matrix, loop).
          done: !t.ticks && t.week <= weeksDone && !t.notDone,
          ...(t.ticks ? { ticks: t.ticks } : {}),
        }),
      ),
      eachPerson: [{ week: 1, phase: 'design' as const, title: 'Getting-to-know-you 1:1 with {person}', ticks: 'first-one-on-one' as const }],
      sample,
    },
  ];

  return {
    teams: [
      {
        id: id('team:payments'),
        name: 'Payments Platform',
        mission: 'We move our customers’ money safely: every payment is taken once, recorded correctly and reconciled by the next morning.',
        value:
          'Checkout, finance and support can rely on payments that work, refunds that arrive and numbers that match, so they can build and sell without thinking about providers or settlement files.',
        vision: 'Money moves; nobody has to notice.',
        partners: [
          { name: 'Checkout web', lead: 'Nadia Haddad' },
          { name: 'Finance operations', lead: 'Peter Lindqvist' },
          { name: 'Risk engineering', lead: OUTSIDER },
          { name: 'Platform', lead: 'Grace Owusu' },
          { name: 'Customer support', lead: 'Luis Moreno' },
        ],
        sample,
      },
    ],
    people,
    levelScales: [defaultScale()],
    capabilityAreas: AREAS.map((a, order) => ({ id: areaId(a.key), name: a.name, description: a.description, order, sample })),
    capabilities,
    assessments,
    oneOnOnes: [
      // Getting-to-know-you 1:1s in the first two weeks of the 90-day plan, then regular ones. Dates are
      // picked so the 1:1s page shows every state: planned, overdue, and none planned for a while.
      {
        id: id('1on1:amara:intro'),
        personId: personId('amara'),
        date: ago(69),
        kind: 'getting-to-know-you',
        notes:
          'Amara likes direct feedback, in private and soon after. Energised by design reviews and mentoring; drained by being paged for reconciliation because nobody else can read the jobs. Would like to spend less time as the only ledger expert and more on the provider integration roadmap.',
        actionItems: [
          { id: id('1on1:amara:intro:action:0'), text: 'Find someone to learn ledger and reconciliation from Amara', owner: 'Engineering manager', done: true },
        ],
        nextDate: ago(55),
        sample,
      },
      {
        id: id('1on1:amara'),
        personId: personId('amara'),
        date: ago(18),
        kind: 'regular',
        notes: 'Mei Lin is picking up reconciliation faster than expected. Amara is still the first call for mismatches and wants a written guide so she can step back.',
        actionItems: [
          { id: id('1on1:amara:action:0'), text: 'Write down how to investigate a reconciliation mismatch', owner: 'Amara Okafor', done: false },
          { id: id('1on1:amara:action:1'), text: 'Ask finance operations for last quarter’s settlement exceptions', owner: 'Engineering manager', done: true },
        ],
        nextDate: ago(4),
        sample,
      },
      {
        id: id('1on1:tomas:intro'),
        personId: personId('tomas'),
        date: ago(68),
        kind: 'getting-to-know-you',
        notes:
          'Tomás prefers written feedback he can think about before talking. Proud of the checkout API; frustrated that incidents always go to Priya. Wants to grow in observability and would like to be recognised in front of the team for the quiet work.',
        actionItems: [],
        nextDate: ago(54),
        sample,
      },
      {
        id: id('1on1:tomas'),
        personId: personId('tomas'),
        date: ago(12),
        kind: 'regular',
        notes: 'Talked about the latency alerts on the checkout API: too noisy to trust. Tomás will pair with Priya on new ones.',
        actionItems: [{ id: id('1on1:tomas:action:0'), text: 'Draft latency alerts for the checkout API with Priya', owner: 'Tomás Herrera', done: false }],
        nextDate: ago(-2),
        sample,
      },
      {
        id: id('1on1:priya:intro'),
        personId: personId('priya'),
        date: ago(67),
        kind: 'getting-to-know-you',
        notes:
          'Priya is tired: she has led nearly every incident since Daniel left. Likes feedback in the moment. Would like to be known for making the rota sustainable rather than for being the one who is always on call.',
        actionItems: [{ id: id('1on1:priya:intro:action:0'), text: 'Make incident response the focus of the open role', owner: 'Engineering manager', done: true }],
        nextDate: ago(53),
        sample,
      },
      {
        id: id('1on1:priya'),
        personId: personId('priya'),
        date: ago(35),
        kind: 'regular',
        notes: 'The new rota is better. Priya wants Jonas to deputise on incidents before Kwame joins the rota.',
        actionItems: [],
        nextDate: ago(21),
        sample,
      },
      {
        id: id('1on1:jonas:intro'),
        personId: personId('jonas'),
        date: ago(62),
        kind: 'getting-to-know-you',
        notes:
          'Jonas is quiet in big meetings but has strong views one to one. Prefers feedback in writing. Energised by hunting fraud edge cases; wants to join on call and lead an incident within the year.',
        actionItems: [],
        nextDate: ago(48),
        sample,
      },
      {
        id: id('1on1:mei:intro'),
        personId: personId('mei'),
        date: ago(61),
        kind: 'getting-to-know-you',
        notes:
          'Mei Lin learns by doing and likes being thrown in with a safety net. Asked to learn the ledger. Recognition: a thank-you in the team channel is plenty.',
        actionItems: [],
        nextDate: ago(47),
        sample,
      },
      {
        id: id('1on1:mei'),
        personId: personId('mei'),
        date: ago(7),
        kind: 'regular',
        notes: 'Week six of the rotation. Mei Lin fixed her first reconciliation mismatch with Amara watching.',
        actionItems: [{ id: id('1on1:mei:action:0'), text: 'Join the reconciliation alerts on call from day 60', owner: 'Mei Lin Chen', done: false }],
        nextDate: ago(-7),
        sample,
      },
      {
        id: id('1on1:sofia:intro'),
        personId: personId('sofia'),
        date: ago(59),
        kind: 'getting-to-know-you',
        notes:
          'Sofia splits her week with Checkout web. Wants engineers in more discovery interviews. Prefers feedback in person. We did not set a next date: her calendar is owned by the other team.',
        actionItems: [],
        sample,
      },
      {
        id: id('1on1:jonas'),
        personId: personId('jonas'),
        date: ago(9),
        kind: 'regular',
        notes:
          'Jonas wants to lead an incident this quarter. He feels ready for alerts but not for talking to partners mid-incident. Agreed he deputises for Priya first.',
        actionItems: [
          { id: id('1on1:jonas:action:0'), text: 'Shadow Priya on the next two on-call shifts', owner: 'Jonas Becker', done: false },
          { id: id('1on1:jonas:action:1'), text: 'Add Jonas to the incident review rota', owner: 'Engineering manager', done: true },
          { id: id('1on1:jonas:action:2'), text: 'Share an example of a good partner update during an incident', owner: 'Priya Raman', done: false },
        ],
        nextDate: ago(-5),
        sample,
      },
      {
        id: id('1on1:kwame'),
        personId: personId('kwame'),
        date: ago(16),
        kind: 'getting-to-know-you',
        notes:
          'Kwame likes written context before meetings and prefers feedback in person. Most excited about on-call and observability; a little nervous about the ledger. Best focus time is mornings.',
        actionItems: [
          { id: id('1on1:kwame:action:0'), text: 'Share the onboarding plan and the buddy schedule', owner: 'Engineering manager', done: true },
          { id: id('1on1:kwame:action:1'), text: 'Write down three things that were confusing in week one', owner: 'Kwame Mensah', done: false },
        ],
        nextDate: ago(-12),
        sample,
      },
    ],
    decisions: [
      {
        id: id('decision:on-call-handover'),
        title: 'Move the on-call handover to Tuesday mornings',
        context: 'The Monday handover clashes with the weekly incident review, so the outgoing person often skips one of them.',
        decided: 'On-call shifts change over at 10:00 on Tuesdays, right after the incident review.',
        why: 'The outgoing person can bring what they learned to the review, and nobody has to choose between the two.',
        decidedBy: 'Priya Raman',
        input: ['Jonas Becker', 'Tomás Herrera'],
        date: ago(3),
        status: 'proposed',
        sample,
      },
      {
        id: id('decision:take-home-four-hours'),
        title: 'Cap the take-home exercise at four hours',
        context: 'Candidates were spending a whole weekend on the take-home we inherited.',
        decided: 'The take-home is capped at four hours and candidates are told so up front.',
        why: 'A long take-home favours people with more free time. Later lowered to three hours when we redesigned the loop.',
        decidedBy: 'Engineering manager',
        input: ['Priya Raman', 'Amara Okafor'],
        date: ago(68),
        status: 'superseded',
        sample,
      },
      {
        id: id('decision:mei-rotation'),
        title: 'Rotate Mei Lin into ledger and reconciliation',
        context: 'Amara is the only person who can investigate a reconciliation mismatch. The last time she was on leave, a mismatch waited four days.',
        decided: 'Mei Lin rotates into ledger work for one quarter with Amara as her buddy, and joins the reconciliation alerts on call from day 60.',
        why: 'It removes a single point of failure without hiring. Mei Lin asked to learn the area, and her API work can pause for a quarter.',
        decidedBy: 'Engineering manager',
        input: ['Amara Okafor', 'Mei Lin Chen', 'Peter Lindqvist (Finance operations)'],
        date: ago(42),
        status: 'decided',
        sample,
      },
      {
        id: id('decision:hiring-focus'),
        title: 'Hire for incident response and observability',
        context: 'Since Daniel moved to the Platform team, Priya leads nearly every incident and the on-call rota is down to four people.',
        decided: 'The open role is for an engineer strong in incident response and observability; payments experience is a nice-to-have. The take-home is capped at three hours.',
        why: 'These are the capabilities furthest below target, and growing them inside the team alone would take more than two quarters. A short take-home keeps the process fair to people with less free time.',
        decidedBy: 'Engineering manager, with the director of engineering',
        input: ['Priya Raman', 'Amara Okafor', 'Tomás Herrera'],
        date: ago(66),
        status: 'decided',
        sample,
      },
    ],
    questions: QUESTIONS.map((q) => ({
      id: questionId(q.key),
      text: q.text,
      capabilityIds: q.caps.map(capId),
      goodLooksLike: q.good,
      minutes: q.minutes,
      sample,
    })),
    interviewLoops: [
      {
        id: loopId,
        name: 'Payments reliability engineer',
        description: 'The same four stages for every candidate. Each must-have capability is assessed in at least two stages, and the take-home is capped at three hours.',
        stages,
        sample,
      },
    ],
    openings: [
      {
        id: openingId,
        title: 'Software engineer, payments reliability',
        level: 'L4 or L5',
        status: 'open',
        mustHave: [capId('incident'), capId('obs')],
        niceToHave: [capId('card'), capId('iac')],
        loopId,
        targetDaysToDecision: 21,
        // Kwame joined from this opening; the team hires a second engineer through it.
        headcount: 2,
        sample,
      },
    ],
    candidates,
    scorecards,
    onboardingTemplates: [
      {
        id: id('template:rotation'),
        name: 'Rotation into a payments system',
        kind: 'rotation',
        description: 'Saved from Mei Lin’s rotation into the ledger: a buddy, pairing twice a week, a first change in the first month.',
        source: '',
        items: TEMPLATE.map((it, i) => ({
          id: id(`template:rotation:item:${i}`),
          title: it.title,
          period: it.period,
          offset: defaultOffsetOf(it.period),
          type: it.type,
          owner: it.owner,
          section: '',
          check: it.check ?? '',
          effortHours: it.hours,
          steps: [],
          notes: '',
        })),
        sample,
      },
    ],
    onboardingPlans,
    systems: SYSTEMS.map(
      (sys, i): System => ({
        id: systemIdOf(i),
        name: sys.name,
        kind: sys.kind,
        description: sys.description,
        links: sys.links,
        ownerIds: sys.owners.map(personId),
        capabilityIds: sys.caps.map(capId),
        sample,
      }),
    ),
    goals,
    checkIns,
    ninetyDayPlans,
  };
}
