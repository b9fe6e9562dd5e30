/**
 * Turbine's default level scale, 0–4. It has a fixed id so that workspaces built on two
 * machines (and the sample team) share one scale instead of collecting copies of it.
 */
export const DEFAULT_SCALE_ID = '7f3c9a52-0d4e-4b6a-9c1e-5a2b8d0f4e61';

export const DEFAULT_SCALE_LEVELS = [
  { value: 0, name: 'None', description: 'No experience here yet.' },
  { value: 1, name: 'Learning', description: 'Learning with guidance; needs help to finish work here.' },
  { value: 2, name: 'Working', description: 'Does everyday work here without help.' },
  { value: 3, name: 'Strong', description: "Handles the hard cases and reviews others' work here." },
  { value: 4, name: 'Expert who teaches', description: 'Sets the direction here and teaches others.' },
] as const;

export function defaultScale() {
  return { id: DEFAULT_SCALE_ID, name: 'Default scale (0–4)', levels: DEFAULT_SCALE_LEVELS.map((l) => ({ ...l })) };
}
