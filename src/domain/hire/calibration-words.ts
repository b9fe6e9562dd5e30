/**
 * Calibration numbers in words, the same on the page, in chart summaries and in tables:
 * a withheld rate says how far the sample is from enough, a leniency says which way and
 * by how much.
 */
import { MIN_SAMPLE, type Rate } from './calibration.ts';

/** Differences smaller than this (in score points, on a 1–4 scale) read as in line with the panel. */
export const IN_LINE = 0.25;

/** "not enough scorecards yet (3 of 5)" when withheld, else the formatted value. */
export function rateText(rate: Rate, format: (value: number) => string, unit = 'scorecards'): string {
  return rate.value === null ? `not enough ${unit} yet (${rate.sample} of ${MIN_SAMPLE})` : format(rate.value);
}

export const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;
export const percent = (v: number) => `${Math.round(v * 100)}%`;

/** "lenient (+0.42)", "severe (−0.51)", "in line with the panel (+0.08)". */
export function leniencyWords(value: number): string {
  const word = value >= IN_LINE ? 'lenient' : value <= -IN_LINE ? 'severe' : 'in line with the panel';
  return `${word} (${signed(value)})`;
}
