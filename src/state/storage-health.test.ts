import { describe, expect, it } from 'vitest';
import { formatBytes } from './storage-health.ts';

describe('formatBytes', () => {
  it.each([
    [undefined, 'unknown'],
    [512, '512 bytes'],
    [2048, '2 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%s → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
