/**
 * Write failures are never swallowed: every caught error becomes a message a manager
 * can act on. Quota errors get their own advice because the fix is different.
 */
export function describeError(e: unknown, doing: string): string {
  const name = errorName(e);
  if (name === 'QuotaExceededError')
    return `Could not ${doing}: the browser has run out of space for Turbine. Export your workspace from Data, then free space (remove sample data or old candidates) and try again.`;
  if (name === 'InvalidStateError' || name === 'DatabaseClosedError')
    return `Could not ${doing}: the browser closed Turbine's storage (often after an update in another tab). Reload the page and try again.`;
  const message = e instanceof Error ? e.message : String(e);
  return `Could not ${doing}: ${message}`;
}

/** Dexie wraps the browser's DOMException; the useful name is sometimes one level down. */
function errorName(e: unknown): string {
  if (typeof e !== 'object' || e === null) return '';
  const err = e as { name?: string; inner?: { name?: string } };
  if (err.inner?.name === 'QuotaExceededError') return 'QuotaExceededError';
  return err.name ?? '';
}
