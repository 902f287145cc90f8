/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Results left under each filter value, given the current query and filters. */
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Fetches the index chunks a search for `term` will need, without searching. */
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from the built site, once, when the reader first uses search. The address
 * only exists after the build, so the bundler must leave the import alone.
 */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${bundleUrl}pagefind.js`).then(
    async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      await module.init();
      return module;
    },
  );
  return loading;
}
