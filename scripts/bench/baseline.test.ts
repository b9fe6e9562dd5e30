import { describe, expect, it } from 'vitest';
import { resultsOf, versus } from './baseline.ts';

const before = `# Benchmarks

## Results

Measured 2026-11-25 03:19 UTC on AMD EPYC, 2 cores

| budget | measured (median, min – max) | runs | pass/fail |
| --- | --- | --- | --- |
| 1. Validate the file in the import worker < 1,500 ms | 2,513 ms (2,246 ms – 2,529 ms) | 3 | **FAIL** |
| 7. Lighthouse performance on / ≥ 95 | 79 (79 – 81) | 3 | **FAIL** |

### Details
- Import: 4,626 ms | ignored
`;

const now = `## Results

Measured 2026-12-06 18:40 UTC on AMD EPYC, 2 cores

| budget | measured (median, min – max) | ÷ its yardstick | on the reference machine | runs | pass/fail |
| --- | --- | --- | --- | --- | --- |
| 2. Whole import ÷ bare IndexedDB write ≤ 1.5× | 0.36× (0.34× – 0.38×) | — | — | 3 | **PASS** |

### Compared with the previous run (measured 2026-12-06 16:27 UTC)

| budget | judged on, then → now | ÷ its yardstick, then → now | pass/fail, then → now |
| --- | --- | --- | --- |
| 2. Whole import ÷ bare IndexedDB write ≤ 1.5× | 0.42× → 0.36× | — → — | PASS → PASS |
`;

describe('a BENCHMARKS.md read back as a baseline', () => {
  it('reads the raw medians of an older file without yardstick columns', () => {
    const { measuredAt, rows } = resultsOf(before);
    expect(measuredAt).toBe('2026-11-25 03:19');
    expect([...rows]).toEqual([
      ['1. Validate the file in the import worker < 1,500 ms', '2,513 ms'],
      ['7. Lighthouse performance on / ≥ 95', '79'],
    ]);
  });

  it('reads only the results table of a newer file, not its comparison', () => {
    expect([...resultsOf(now).rows]).toEqual([['2. Whole import ÷ bare IndexedDB write ≤ 1.5×', '0.36×']]);
  });
});

describe('a budget compared between two builds', () => {
  it('calls a time worse only past the noise allowed', () => {
    expect(versus('1. Validate < 1,500 ms', '2,513 ms', '1,923 ms')).toEqual({ change: '0.77×', verdict: 'not worse' });
    expect(versus('1. Validate < 1,500 ms', '2,000 ms', '2,150 ms').verdict).toBe('not worse');
    expect(versus('1. Validate < 1,500 ms', '2,000 ms', '2,300 ms').verdict).toBe('worse');
  });

  it('measures the noise on a figure near 0 against the budget', () => {
    expect(versus('3. Longest task ≤ 200 ms', '0 ms', '15 ms')).toEqual({ change: 'from 0', verdict: 'not worse' });
    expect(versus('3. Longest task ≤ 200 ms', '0 ms', '26 ms').verdict).toBe('worse');
  });

  it('knows a score should not drop', () => {
    expect(versus('7. Lighthouse performance on / ≥ 95', '79', '90').verdict).toBe('not worse');
    expect(versus('7. Lighthouse performance on / ≥ 95', '100', '88').verdict).toBe('worse');
    expect(versus('7. Lighthouse accessibility on / = 100', '100', '100')).toEqual({ change: '1.00×', verdict: 'not worse' });
  });

  it('treats a ratio budget as lower is better', () => {
    expect(versus('2. Whole import ÷ bare IndexedDB write ≤ 1.5×', '0.33×', '0.36×').verdict).toBe('not worse');
    expect(versus('2. Whole import ÷ bare IndexedDB write ≤ 1.5×', '0.33×', '0.60×').verdict).toBe('worse');
  });
});
