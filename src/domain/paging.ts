/** A long list shown a page at a time (candidates, onboarding plans). */
export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when empty. */
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(list: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const items = list.slice(p * size, p * size + size);
  return { items, page: p, pages, from: items.length ? p * size + 1 : 0, to: p * size + items.length, total: list.length };
}
