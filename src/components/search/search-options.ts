import type { FilterCondition, SearchOptions } from './pagefind.ts';
import type { SearchState } from './search-state.ts';
import type { SearchFilter } from './search-strings.ts';

/** The `type` filter value of documentation pages, which readers see only when they ask. */
export interface SearchDefaults {
  docsType: string;
}

/**
 * What Pagefind is asked for a state: the chosen values of one filter combine with OR (any
 * of the chosen types), different filters with AND; documentation pages are left out unless
 * their type is chosen. Results come best match first, or newest first when asked, and
 * always newest first without words to match, since nothing else would order them.
 * `without` leaves one filter out, to count what each of its values would give.
 */
export function searchOptions(
  state: SearchState,
  defaults: SearchDefaults,
  without?: SearchFilter,
): SearchOptions {
  const filters: Record<string, FilterCondition> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (key !== without && values?.length) filters[key] = { any: values };
  }
  if (!filters.type && without !== 'type') filters.type = { none: [defaults.docsType] };
  const newestFirst = state.sort === 'date' || !state.query;
  return { filters, sort: newestFirst ? { date: 'desc' } : undefined };
}

/**
 * The searches that count the results of each filter value, beyond the search itself: one per
 * filter with chosen values, without that filter, since its other values add to the results
 * (OR) rather than narrow them; and one without `type`, whose count of documentation pages
 * the search itself leaves at nought.
 */
export function countingFilters(state: SearchState): SearchFilter[] {
  const chosen = Object.entries(state.filters)
    .filter(([, values]) => values?.length)
    .map(([key]) => key as SearchFilter);
  return chosen.includes('type') ? chosen : ['type', ...chosen];
}
