// Which page numbers a pagination shows, as GOV.UK's pagination component advises: the
// first, the last, the current page and its neighbours, and a gap ("⋯") for the rest.

export type PageLink = number | 'gap';

/** Page numbers (1-based) to show for `current` of `total` pages. */
export function pageWindow(current: number, total: number): PageLink[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: PageLink[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before > 1) out.push('gap');
    out.push(n);
  });
  return out;
}

/** The slice of `items` on page `page` (1-based) of `size`, with the page clamped to what exists. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const start = (p - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: p, pages, from: slice.length ? start + 1 : 0, to: start + slice.length };
}
