import { describe, expect, it } from 'vitest';
import { countingFilters, searchOptions } from '../../src/components/search/search-options.ts';
import type { SearchState } from '../../src/components/search/search-state.ts';

const defaults = { docsType: 'Documentation page' };
const state = (partial: Partial<SearchState>): SearchState => ({
  query: '',
  sort: '',
  filters: {},
  ...partial,
});

describe('what the search page asks Pagefind', () => {
  it('leaves documentation pages out unless their type is chosen', () => {
    expect(searchOptions(state({ query: 'festival' }), defaults).filters).toEqual({
      type: { none: ['Documentation page'] },
    });
    expect(
      searchOptions(
        state({ query: 'festival', filters: { type: ['Documentation page'] } }),
        defaults,
      ).filters,
    ).toEqual({ type: { any: ['Documentation page'] } });
  });

  it('combines the values of one filter with OR and different filters with AND', () => {
    const options = searchOptions(
      state({ query: 'x', filters: { eventType: ['Forum', 'Workshop'], year: ['2021'] } }),
      defaults,
    );
    expect(options.filters).toEqual({
      eventType: { any: ['Forum', 'Workshop'] },
      year: { any: ['2021'] },
      type: { none: ['Documentation page'] },
    });
  });

  it('orders by best match, by date when asked, and always by date without words', () => {
    expect(searchOptions(state({ query: 'x' }), defaults).sort).toBeUndefined();
    expect(searchOptions(state({ query: 'x', sort: 'date' }), defaults).sort).toEqual({
      date: 'desc',
    });
    expect(searchOptions(state({ filters: { type: ['Award round'] } }), defaults).sort).toEqual({
      date: 'desc',
    });
  });

  it('leaves out one filter to count what each of its values would add', () => {
    const chosen = state({ query: 'x', filters: { type: ['Event'], year: ['2021'] } });
    expect(searchOptions(chosen, defaults, 'type').filters).toEqual({ year: { any: ['2021'] } });
    expect(searchOptions(chosen, defaults, 'year').filters).toEqual({ type: { any: ['Event'] } });
    expect(countingFilters(chosen)).toEqual(['type', 'year']);
    expect(countingFilters(state({ query: 'x', filters: { year: ['2021'] } }))).toEqual([
      'type',
      'year',
    ]);
  });
});
