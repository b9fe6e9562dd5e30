/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results do not shift with the time zone. */
const DAY_MS = 24 * 60 * 60 * 1000;

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso.slice(0, 10)) - Date.parse(fromIso.slice(0, 10))) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(Date.parse(iso.slice(0, 10)) + days * DAY_MS));
}

/** The quarter a date falls in, e.g. "2026-Q4". */
export function quarterOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
