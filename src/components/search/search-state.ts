import { SEARCH_FILTERS, type SearchFilter } from './search-strings.ts';

/** What the reader asked for: kept in the URL, so a search can be shared and gone back to. */
export interface SearchState {
  query: string;
  /** `date` for newest first; empty for best match first. */
  sort: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

/** Reads the state from a URL's query: `?q=swansea&sort=date&type=City`. */
export function readState(url: URL): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = url.searchParams.getAll(key);
    if (values.length) filters[key] = values;
  }
  return {
    query: url.searchParams.get('q')?.trim() ?? '',
    sort: url.searchParams.get('sort') ?? '',
    filters,
  };
}

/** The URL of the search page for a state. */
export function writeState(base: URL, state: SearchState): URL {
  const url = new URL(base.pathname, base);
  if (state.query) url.searchParams.set('q', state.query);
  if (state.sort) url.searchParams.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values ?? []) url.searchParams.append(key, value);
  }
  return url;
}

/** Whether there is anything to search for: words, or at least one filter. */
export function isEmpty(state: SearchState): boolean {
  return !state.query && Object.values(state.filters).every((values) => !values?.length);
}
