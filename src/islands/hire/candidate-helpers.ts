/** Lookups and labels shared by the Candidates page's components. */
import type { CandidatesPage } from '../../db/candidates.ts';
import type { InterviewerRef } from '../../domain/hire/visibility.ts';
import { DEFAULT_SCALE_LEVELS } from '../../domain/default-scale.ts';
import { formatDay } from '../../domain/day-format.ts';

export const statusLabels = { active: 'Active', hired: 'Hired', rejected: 'Rejected', withdrawn: 'Withdrawn' } as const;
export const statuses = ['active', 'hired', 'rejected', 'withdrawn'] as const;

export const recommendationLabels = { 'strong-no': 'Strong no', no: 'No', yes: 'Yes', 'strong-yes': 'Strong yes' } as const;
export const recommendations = ['strong-no', 'no', 'yes', 'strong-yes'] as const;

export interface Lookups {
  interviewerName: (i: InterviewerRef) => string;
  capabilityName: (id: string) => string;
  stageName: (loopId: string | undefined, stageId: string) => string;
  /** The levels of a capability's scale, lowest first. */
  levelsOf: (capabilityId: string) => { value: number; name: string }[];
}

export function lookups(data: CandidatesPage): Lookups {
  const people = new Map(data.people.map((p) => [p.id, p.name]));
  const capabilities = new Map(data.capabilities.map((c) => [c.id, c]));
  const scales = new Map(data.levelScales.map((s) => [s.id, s]));
  const loops = new Map(data.loops.map((l) => [l.id, l]));
  return {
    interviewerName: (i) => (i.personId !== undefined ? (people.get(i.personId) ?? 'Someone no longer in the workspace') : (i.name ?? '').trim()),
    capabilityName: (id) => capabilities.get(id)?.name ?? 'A capability no longer in the library',
    stageName: (loopId, stageId) => (loopId ? loops.get(loopId)?.stages.find((s) => s.id === stageId)?.name : undefined) ?? 'A stage no longer in the loop',
    levelsOf: (id) => {
      const scale = scales.get(capabilities.get(id)?.scaleId ?? '');
      const levels = scale && scale.levels.length > 0 ? scale.levels : DEFAULT_SCALE_LEVELS;
      return [...levels].sort((a, b) => a.value - b.value).map((l) => ({ value: l.value, name: l.name }));
    },
  };
}

export { plural } from '../../domain/words.ts';

/** "23 Nov 2026" for a moment (its local day) or a day. */
export const day = formatDay;
