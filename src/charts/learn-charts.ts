/** Learn as Chart.js configurations: pure data in, config out, so the chart and its table come from the same numbers. */
import type { ChartConfiguration } from 'chart.js';

const PLANNED = '#7fb3d5';
const DONE = '#0b6e4f';
const TARGET = '#b5541c';

export interface MarginBar {
  name: string;
  /** Shares, 0–1. */
  planned: number;
  done: number;
}

/** Planned and done learning time per person as a share of their time, with the target as a line across. */
export function marginConfig(bars: MarginBar[], target: number): ChartConfiguration<'bar' | 'line'> {
  const percent = (x: number) => Math.round(x * 1000) / 10;
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.name),
      datasets: [
        { type: 'bar', label: 'Planned (% of their time)', data: bars.map((b) => percent(b.planned)), backgroundColor: PLANNED },
        { type: 'bar', label: 'Done (% of their time)', data: bars.map((b) => percent(b.done)), backgroundColor: DONE },
        { type: 'line', label: `Target (${percent(target)} %)`, data: bars.map(() => percent(target)), borderColor: TARGET, borderDash: [6, 4], pointRadius: 0, fill: false },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: '% of their time' } } } },
  };
}
