/** A part of a result page that has its own anchor, such as a clause of a statement. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The element with the anchor, when the part has one (`li`, `h2`…). */
  anchor?: { element: string; id: string };
}

/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** One result, whose data is fetched on demand. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Results left under each filter value, given the current query and filters. */
  filters: Record<string, Record<string, number>>;
}

/** A condition on one filter: any of these values, or none of them. */
export type FilterCondition = { any: string[] } | { none: string[] };

/** What a search asks besides its words. */
export interface SearchOptions {
  /** One condition per filter; a result meets them all. */
  filters?: Record<string, FilterCondition>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A Pagefind instance: the module's own, or one made for another bundle. */
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /**
   * Fetches the index chunks a search for `term` will need, and the chunks of the filters
   * in `options`, without searching.
   */
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindSearch | null>;
}

/** The module `pagefind.js`: its own instance, and a way to search another bundle. */
export interface Pagefind extends PagefindInstance {
  init(): Promise<void>;
  createInstance(options: { basePath: string }): PagefindInstance & { init(): Promise<void> };
}

/** Words around each match in an excerpt. */
const EXCERPT_LENGTH = 24;

let loading: Promise<Pagefind> | undefined;
const others = new Map<string, Promise<PagefindInstance>>();

/**
 * Loads Pagefind from the built site, once, when the reader first uses search. The address
 * only exists after the build, so the bundler must leave the import alone.
 */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${bundleUrl}pagefind.js`).then(
    async (module: Pagefind) => {
      await module.options({ excerptLength: EXCERPT_LENGTH });
      await module.init();
      return module;
    },
  );
  return loading;
}

/**
 * Opens another bundle of the site with the Pagefind already loaded, once: its index is
 * fetched only as far as searches on it need.
 */
export function openBundle(pagefind: Pagefind, basePath: string): Promise<PagefindInstance> {
  let opened = others.get(basePath);
  if (!opened) {
    const instance = pagefind.createInstance({ basePath });
    opened = instance
      .options({ excerptLength: EXCERPT_LENGTH })
      .then(() => instance.init())
      .then(() => instance);
    others.set(basePath, opened);
  }
  return opened;
}
