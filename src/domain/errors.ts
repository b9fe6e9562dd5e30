/**
 * Write failures are never swallowed: every caught error becomes a message a manager
 * can act on. Quota errors get their own advice because the fix is different.
 */
export function describeError(e: unknown, doing: string): string {
  const name = errorName(e);
  if (name === 'QuotaExceededError')
    return `Could not ${doing}: the browser has run out of space for Turbine. Export your workspace from Data, then free space (remove sample data or old candidates) and try again.`;
  if (name === 'InvalidStateError' || name === 'DatabaseClosedError')
    return `Could not ${doing}: the browser closed Turbine's storage (after an update in another tab, or because it lost the database). Reload the page: Turbine then says what it finds, and offers its recovery snapshot if the workspace is gone.`;
  const issues = validationIssues(e);
  if (issues) return `Could not ${doing}: ${issues}`;
  const message = e instanceof Error ? e.message : String(e);
  return `Could not ${doing}: ${message}`;
}

/**
 * A schema check that failed (a ZodError, recognised by its shape so this module stays
 * free of Zod for Home): each issue as "field: what is wrong", e.g. "title: must not be empty".
 */
function validationIssues(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const issues = (e as { issues?: unknown }).issues;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  return issues
    .map((issue: { path?: readonly PropertyKey[]; message?: string }) => {
      const where = (issue.path ?? []).map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())).join(' ');
      return where ? `${where}: ${issue.message ?? 'is not valid'}` : (issue.message ?? 'is not valid');
    })
    .join('; ');
}

/** Dexie wraps the browser's DOMException; the useful name is sometimes one level down. */
function errorName(e: unknown): string {
  if (typeof e !== 'object' || e === null) return '';
  const err = e as { name?: string; inner?: { name?: string } };
  if (err.inner?.name === 'QuotaExceededError') return 'QuotaExceededError';
  return err.name ?? '';
}
