import { describe, expect, it } from 'vitest';
import { pageOf } from './paging.ts';

describe('pageOf', () => {
  it('pages and clamps', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(list, 0, 50)).toMatchObject({ page: 0, pages: 3, from: 1, to: 50, total: 120 });
    expect(pageOf(list, 9, 50)).toMatchObject({ page: 2, from: 101, to: 120, items: list.slice(100) });
    expect(pageOf([], 3, 50)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, items: [] });
  });
});
