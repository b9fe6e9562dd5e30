/** The matrix's small helpers: which rows or columns to render, and how a capability's target reads. */
import { type CapabilityCoverage } from '../../domain/insights.ts';

export function withActive(window: { first: number; end: number }, active: number, count: number) {
  const list: number[] = [];
  for (let i = window.first; i < window.end; i++) list.push(i);
  if (active < count && (active < window.first || active >= window.end)) list.push(active);
  return { first: window.first, end: window.end, list };
}

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function targetText(cov: CapabilityCoverage | undefined): string {
  if (!cov) return '';
  const aim = `target ${cov.target.people} ${cov.target.people === 1 ? 'person' : 'people'} at level ${cov.target.level} or above${cov.target.explicit ? '' : ' (default)'}`;
  return `${aim}; ${cov.meeting.length} ${cov.meeting.length === 1 ? 'meets' : 'meet'} it${cov.gap > 0 ? `, ${cov.gap} short` : ''}`;
}

export function targetShort(cov: CapabilityCoverage | undefined): string {
  if (!cov) return '';
  return `${cov.meeting.length}/${cov.target.people}${cov.gap > 0 ? ' !' : ' ✓'}`;
}
