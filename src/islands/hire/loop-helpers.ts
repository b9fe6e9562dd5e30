/** Types, labels and small helpers shared by the Loops page's components. */
import type { RecordOf } from '../../schemas/records.ts';

export type Loop = RecordOf<'interviewLoops'>;
export type Stage = Loop['stages'][number];
export type StageKind = Stage['kind'];

export const kindLabel: Record<StageKind, string> = { screen: 'Screen', 'take-home': 'Take-home', interview: 'Interview', debrief: 'Debrief' };
export const stageDefaults: Record<StageKind, { name: string; durationMinutes?: number }> = {
  screen: { name: 'Phone screen', durationMinutes: 30 },
  'take-home': { name: 'Take-home' },
  interview: { name: 'Interview', durationMinutes: 60 },
  debrief: { name: 'Debrief', durationMinutes: 30 },
};
export { plural } from '../../domain/words.ts';
/** A deep copy the editor can change freely (records hold only JSON values). */
export const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
