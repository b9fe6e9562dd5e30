/**
 * Runs a test body in another time zone. Node re-reads `TZ` whenever it is assigned, so
 * `Date`'s local getters follow it at once; the previous zone is put back afterwards.
 */
export function inTimeZone<T>(zone: string, body: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
