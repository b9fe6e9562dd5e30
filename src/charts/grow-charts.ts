/**
 * Grow as Chart.js configurations: line charts over a category axis of quarters (no date
 * adapter), pure data in, config out, so each chart and its table come from the same numbers.
 */
import type { ChartConfiguration } from 'chart.js';
import type { GoalOutcomes } from '../domain/grow/trajectory.ts';

const MANAGER = '#2a6f97';
const SELF = '#b5541c';
const COLOURS = ['#2a6f97', '#b5541c', '#0b6e4f', '#7b3f8c', '#8a6d00', '#5c6b7a', '#c2185b'];

const lineOptions = (yTitle: string, max?: number): ChartConfiguration<'line'>['options'] => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  spanGaps: true,
  scales: { y: { beginAtZero: true, ...(max !== undefined ? { max } : {}), ticks: { precision: 0 }, title: { display: true, text: yTitle } } },
  plugins: { legend: { position: 'bottom' } },
});

/** One capability: the manager's level and the person's own over quarters, the gap between them shaded. */
export function levelsConfig(quarters: string[], manager: (number | null)[], self: (number | null)[], maxLevel: number): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: quarters,
      datasets: [
        { label: 'Manager’s level', data: manager, borderColor: MANAGER, backgroundColor: MANAGER, pointRadius: 4 },
        // Filled to the manager's line: the shaded band is the difference between the two views.
        { label: 'Their own level', data: self, borderColor: SELF, backgroundColor: 'rgb(181 84 28 / 0.15)', borderDash: [6, 3], pointRadius: 4, fill: '-1' },
      ],
    },
    options: lineOptions('Level', maxLevel),
  };
}

export function goalsConfig(outcomes: GoalOutcomes[]): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: outcomes.map((o) => o.quarter),
      datasets: [
        { label: 'Set', data: outcomes.map((o) => o.set), borderColor: COLOURS[0], backgroundColor: COLOURS[0] },
        { label: 'Done', data: outcomes.map((o) => o.done), borderColor: COLOURS[2], backgroundColor: COLOURS[2] },
        { label: 'Dropped', data: outcomes.map((o) => o.dropped), borderColor: COLOURS[1], backgroundColor: COLOURS[1], borderDash: [6, 3] },
      ],
    },
    options: lineOptions('Goals'),
  };
}

/** Several series over quarters, one line each (engagement needs, coverage). */
export function seriesConfig(quarters: string[], series: { label: string; values: (number | null)[] }[], yTitle: string, max?: number): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: quarters,
      datasets: series.map((s, i) => ({ label: s.label, data: s.values, borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], pointRadius: 3 })),
    },
    options: lineOptions(yTitle, max),
  };
}
