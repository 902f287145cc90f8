/** One page of a long listing. */
export interface Page<T> {
  items: T[];
  /** 1-based number of the page. */
  number: number;
  /** How many pages the listing has. */
  count: number;
}

/** Splits a listing into pages of `size` items; an empty listing still has one page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

/** The rest parameter of a page's URL: nothing for the first page, `page/2` after it. */
export function pageSegment(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}
