/**
 * Design insights as Chart.js configurations: pure data in, config out, so the chart
 * and its table alternative are built from the same numbers. Animation is off: the
 * charts answer a question, and nothing moves for people who prefer less motion.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CapabilityCoverage, RadarArea } from '../domain/insights.ts';

const TEAM = '#2a6f97';
const PERSON = '#b5541c';
const TARGET = '#8a94a3';

const percent = (v: number | null) => (v === null ? null : Math.round(v * 100));

export function radarConfig(team: RadarArea[], person?: { name: string; areas: RadarArea[] }): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels: team.map((a) => a.name),
      datasets: [
        { label: 'Team', data: team.map((a) => percent(a.value)), borderColor: TEAM, backgroundColor: 'rgb(42 111 151 / 0.2)', pointBackgroundColor: TEAM },
        ...(person
          ? [{ label: person.name, data: person.areas.map((a) => percent(a.value)), borderColor: PERSON, backgroundColor: 'rgb(181 84 28 / 0.15)', pointBackgroundColor: PERSON, borderDash: [6, 3] }]
          : []),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      spanGaps: true,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, callback: (v) => `${v}%` } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

export function coverageConfig(coverage: CapabilityCoverage[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: coverage.map((c) => c.name),
      datasets: [
        { label: 'People at the target level', data: coverage.map((c) => c.meeting.length), backgroundColor: coverage.map((c) => (c.gap > 0 ? '#b5541c' : TEAM)) },
        { label: 'Target', data: coverage.map((c) => c.target.people), backgroundColor: TARGET },
      ],
    },
    options: {
      animation: false,
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}
