/**
 * Hire calibration as Chart.js configurations: pure data in, config out, so each chart
 * and its table alternative come from the same numbers. Withheld values (samples under
 * five) are left out of the charts, never drawn as zero. Animation is off, as in Design.
 */
import type { ChartConfiguration } from 'chart.js';

const TEAM = '#2a6f97';
const WARM = '#b5541c';
const GREY = '#8a94a3';
/** Scores 1–4, from weak to strong, then no signal. */
const SCORE_COLOURS = ['#b5541c', '#e0a458', '#7fb3d5', '#2a6f97'];

const base = { animation: false as const, responsive: true, maintainAspectRatio: false };

export interface LeniencyBar {
  name: string;
  /** Mean difference from the rest of the panel: positive lenient, negative severe. */
  value: number;
}

/** Horizontal bars around zero: right of the line is lenient, left severe. */
export function leniencyConfig(bars: LeniencyBar[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.name),
      datasets: [
        {
          label: 'Mean difference from the rest of the panel (points)',
          data: bars.map((b) => Math.round(b.value * 100) / 100),
          backgroundColor: bars.map((b) => (b.value >= 0 ? TEAM : WARM)),
        },
      ],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: { x: { suggestedMin: -1, suggestedMax: 1, title: { display: true, text: '← severe · lenient →' } } },
      plugins: { legend: { display: false } },
    },
  };
}

export interface PassThroughBar {
  name: string;
  /** 0–1. */
  value: number;
}

export function passThroughConfig(bars: PassThroughBar[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.name),
      datasets: [{ label: 'Pass-through (%)', data: bars.map((b) => Math.round(b.value * 100)), backgroundColor: TEAM }],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
      plugins: { legend: { display: false } },
    },
  };
}

export interface FunnelStep {
  name: string;
  count: number;
}

export function funnelConfig(steps: FunnelStep[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: steps.map((s) => s.name),
      datasets: [{ label: 'Candidates', data: steps.map((s) => s.count), backgroundColor: steps.map((_, i) => (i === steps.length - 1 ? WARM : TEAM)) }],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } },
    },
  };
}

export interface ScoreDistribution {
  name: string;
  scores: { 1: number; 2: number; 3: number; 4: number };
  noSignal: number;
}

/** One stacked bar per capability: how many 1s, 2s, 3s, 4s and "no signal". */
export function distributionConfig(rows: ScoreDistribution[]): ChartConfiguration<'bar'> {
  const levels = [1, 2, 3, 4] as const;
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        ...levels.map((level, i) => ({ label: `Score ${level}`, data: rows.map((r) => r.scores[level]), backgroundColor: SCORE_COLOURS[i] })),
        { label: 'No signal', data: rows.map((r) => r.noSignal), backgroundColor: GREY },
      ],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}
