import { describe, expect, it } from 'vitest';
import { pageSegment, paginate } from '../../src/data/paginate.ts';

describe('paginate', () => {
  it('splits a listing into full pages and a last partial one', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives an empty listing one empty page, so its URL still exists', () => {
    expect(paginate([], 50)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('puts the first page at the listing URL and the others under page/N', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(2)).toBe('page/2');
  });
});
