/**
 * How safe the manager's data is in this browser: is storage persistent, how much is
 * used, and is this a kind of storage that will be wiped (private window, blocked)?
 */
export interface StorageHealth {
  persistent: boolean | undefined;
  usedBytes: number | undefined;
  quotaBytes: number | undefined;
  /** Set when data written here is likely to vanish, with the reason in plain words. */
  ephemeral?: string;
}

/** Chromium's and Firefox's private windows cap storage far below a normal profile's. */
const PRIVATE_WINDOW_QUOTA = 200 * 1024 * 1024;

export async function readStorageHealth(): Promise<StorageHealth> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persistent = storage?.persisted ? await storage.persisted().catch(() => undefined) : undefined;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  const health: StorageHealth = { persistent, usedBytes: estimate?.usage, quotaBytes: estimate?.quota };
  if (!persistent && estimate?.quota !== undefined && estimate.quota < PRIVATE_WINDOW_QUOTA) {
    health.ephemeral =
      'This looks like a private window or a browser with very little storage: what you enter may be erased when the window closes. Export your work from Data before you leave.';
  }
  return health;
}

/** Asks the browser not to evict Turbine's data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return navigator.storage.persist().catch(() => false);
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}
