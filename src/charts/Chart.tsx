/**
 * One Chart.js canvas. Only the pieces the charts use are registered, so pages that
 * draw charts pull in just those, and pages that do not never load Chart.js.
 * The canvas is an image with a summary; each chart sits next to a table with its data.
 */
import { createEffect, onCleanup, onMount } from 'solid-js';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';

ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, LineController, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

export default function Chart<T extends ChartType>(props: { config: ChartConfiguration<T>; summary: string; height: number }) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: ChartJs<T> | undefined;
  onMount(() => {
    createEffect(() => {
      chart?.destroy();
      if (canvas) chart = new ChartJs(canvas, props.config);
    });
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="chart-box" style={{ height: `${props.height}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
