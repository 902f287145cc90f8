/** The filters the search page offers, in order; each page carries its values. */
export const SEARCH_FILTERS = ['type', 'eventType', 'year', 'country', 'region'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * Words the search script shows, in the page's language; `{query}`, `{count}` and
 * `{suggestion}` are filled in.
 */
export interface SearchStrings {
  loading: string;
  results: string;
  filteredResults: string;
  none: string;
  more: string;
  unavailable: string;
  /** "Did you mean {suggestion}?" */
  didYouMean: string;
  /** Appended to the announcement when results come from untranslated text. */
  untranslatedResults: string;
  filters: Record<string, string>;
}

/** What the search page tells its script besides words: where things are, and what is what. */
export interface SearchSettings {
  /** Folder of the main Pagefind bundle. */
  bundle: string;
  /** Folder of the locale's index of untranslated, default-language text, if it has one. */
  untranslatedBundle?: string;
  /** Language and direction of that text. */
  untranslatedLang: string;
  untranslatedDir: 'ltr' | 'rtl';
  /** The words file for "Did you mean …?". */
  words: string;
  /** The `type` filter value of documentation pages, left out unless chosen. */
  docsType: string;
}
