/** The filters the search page offers, in order; each page carries its values. */
export const SEARCH_FILTERS = ['type', 'eventType', 'year', 'country', 'region'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Words the search script shows, in the page's language; `{query}` and `{count}` are filled in. */
export interface SearchStrings {
  loading: string;
  results: string;
  filteredResults: string;
  none: string;
  more: string;
  unavailable: string;
  filters: Record<string, string>;
}
