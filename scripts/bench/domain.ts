/**
 * The domain rows (U1–U6): the app's pure rules on the bench's large workspace, timed in
 * Node. These budgets used to be wall-clock assertions inside unit tests, where a busy
 * machine made them fail for no fault of the code; here they sit beside the other
 * budgets and are judged against the Node yardstick (yardstick.ts).
 */
import type { WorkspaceData } from '../../src/schemas/workspace.ts';
import { calibration } from '../../src/domain/hire/calibration.ts';
import { filterCandidates } from '../../src/domain/hire/candidate-list.ts';
import { insights } from '../../src/domain/insights.ts';
import { latestCells } from '../../src/domain/matrix-cells.ts';
import { cadences } from '../../src/domain/one-on-ones.ts';

export interface DomainRow {
  id: string;
  what: string;
  /** Milliseconds; a row passes when its scaled median is below it. */
  budget: number;
  times: number[];
}

const RUNS = 5;

function time<T>(run: () => T, check: (result: T) => boolean): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = run();
    times.push(performance.now() - started);
    if (!check(result)) throw new Error('a domain workload gave a wrong result');
  }
  return times;
}

/** A year of weekly 1:1s for each of 300 people, as the 1:1s unit test had (the bench workspace holds only 30). */
function weeklyOneOnOnes(people: WorkspaceData['people']) {
  const start = Date.UTC(2025, 10, 24);
  const day = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);
  return people.flatMap((p) => Array.from({ length: 52 }, (_, w) => ({ id: `${p.id}-${w}`, personId: p.id, date: day(w * 7), nextDate: day(w * 7 + 7) })));
}

/**
 * Every row's runs (the first is a cold run, as in a unit test; the median keeps it from
 * deciding). `generateMs` is the bench's own generation of `data`, timed once.
 */
export function measureDomain(data: WorkspaceData, generateMs: number): DomainRow[] {
  const cells = latestCells(data.assessments);
  const people = data.people.slice(0, 300);
  const log = weeklyOneOnOnes(people);
  const today = '2026-11-23';
  const someName = data.candidates[data.candidates.length >> 1]!.name.split(' ')[0]!;
  return [
    {
      id: 'U1',
      what: `calibration() of ${data.candidates.length.toLocaleString('en-GB')} candidates and ${data.scorecards.length.toLocaleString('en-GB')} scorecards`,
      budget: 1500,
      times: time(
        () => calibration({ candidates: data.candidates, scorecards: data.scorecards, openings: data.openings, loops: data.interviewLoops }),
        (r) => r.funnels.length === data.openings.length,
      ),
    },
    {
      id: 'U2',
      what: `latestCells() of ${data.assessments.length.toLocaleString('en-GB')} assessments`,
      budget: 200,
      times: time(() => latestCells(data.assessments), (r) => r.size > 0),
    },
    {
      id: 'U3',
      what: `insights() of ${data.people.length} people × ${data.capabilities.length} capabilities`,
      budget: 400,
      times: time(
        () => insights({ people: data.people, areas: data.capabilityAreas, capabilities: data.capabilities, scales: data.levelScales, cells }),
        (r) => r.coverage.length === data.capabilities.length,
      ),
    },
    {
      id: 'U4',
      what: `filterCandidates() searching ${data.candidates.length.toLocaleString('en-GB')} names`,
      budget: 1000,
      times: time(() => filterCandidates(data.candidates, { status: 'all', query: someName }), (r) => r.length > 0),
    },
    {
      id: 'U5',
      what: `cadences() of ${people.length} people with a year of weekly 1:1s (${log.length.toLocaleString('en-GB')})`,
      budget: 500,
      times: time(() => cadences(people, log, today), (r) => r.size === people.length),
    },
    {
      id: 'U6',
      what: 'largeWorkspace(benchSize): generating the bench workspace',
      budget: 10_000,
      times: [generateMs],
    },
  ];
}
