import { matchesLoosely } from './did-you-mean.ts';
import { createFilterPanel, type FilterCounts } from './filter-panel.ts';
import {
  loadPagefind,
  openBundle,
  type Pagefind,
  type PagefindSearch,
  type SearchOptions,
} from './pagefind.ts';
import { searchWithVariants } from './query-variants.ts';
import { createResultList } from './result-list.ts';
import { countingFilters, searchOptions } from './search-options.ts';
import { fill } from './search-render.ts';
import { isEmpty, readState, writeState, type SearchState } from './search-state.ts';
import { SEARCH_FILTERS, type SearchSettings, type SearchStrings } from './search-strings.ts';
import { createSuggestion } from './suggestion.ts';

/**
 * How long typing must pause before a search runs. The index chunks for what is typed are
 * fetched at once (`preload`), so the pause overlaps the network instead of adding to it.
 */
const TYPING_PAUSE_MS = 150;

/**
 * With fewer results than this in the locale's own text, the untranslated pages' text in the
 * default language is searched too, and an Arabic query with its article as well. A
 * well-translated locale rarely gets there, and has little untranslated text to show when it
 * does.
 */
const FEW_RESULTS = 5;

/** The elements of the search page, found once. */
function findElements(root: HTMLElement) {
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = find<HTMLFormElement>('[data-search-form]');
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    sort: form.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    filterPanel: find<HTMLDetailsElement>('[data-search-filter-panel]'),
    filters: find<HTMLElement>('[data-search-filters]'),
    clear: find<HTMLButtonElement>('[data-search-clear]'),
    status: find<HTMLElement>('[data-search-status]'),
    suggestion: find<HTMLElement>('[data-search-suggestion]'),
    list: find<HTMLOListElement>('[data-search-results]'),
    more: find<HTMLButtonElement>('[data-search-more]'),
    untranslated: find<HTMLElement>('[data-search-untranslated]'),
    untranslatedList: find<HTMLOListElement>('[data-search-untranslated-results]'),
    untranslatedMore: find<HTMLButtonElement>('[data-search-untranslated-more]'),
  };
}

/**
 * The search page. Pagefind is loaded only when the reader focuses or types in the search box,
 * or arrives with a query in the URL; the state lives in the URL (`?q=`), so a search can be
 * shared and the back button returns to the previous one.
 */
export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const settings = JSON.parse(root.dataset.settings ?? '{}') as SearchSettings;
  const page = findElements(root);
  root.querySelector('[data-search-no-script]')?.remove();
  const panel = createFilterPanel(page.filters, strings.filters);
  const results = createResultList(page.list, page.more, { heading: 'h2' });
  const untranslated = createResultList(page.untranslatedList, page.untranslatedMore, {
    heading: 'h3',
    language: { lang: settings.untranslatedLang, dir: settings.untranslatedDir },
  });
  const pagefind = (): Promise<Pagefind> => loadPagefind(settings.bundle);
  const lang = document.documentElement.lang;
  const suggestion = createSuggestion(page.suggestion, strings, settings, pagefind, (query) => {
    page.input.value = query;
    update(true);
    page.input.focus();
  });

  let state = readState(new URL(location.href));
  // Filter values and their counts are a fifth of what a first search would fetch on a large
  // archive, so they load only once the reader opens the filters (or arrives with some set).
  let filtersWanted = false;
  let latest = 0;

  function stateFromForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of SEARCH_FILTERS) {
      const checked = [
        ...page.form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`),
      ].map((box) => box.value);
      if (checked.length) filters[key] = checked;
    }
    return { query: page.input.value.trim(), sort: page.sort.value, filters };
  }

  /** Counts per filter value: of the search itself, and for filters whose values add up (OR). */
  async function filterCounts(api: Pagefind, search: PagefindSearch, available: FilterCounts) {
    const counts: FilterCounts = { ...search.filters };
    for (const key of countingFilters(state)) {
      const options = searchOptions(state, settings, key);
      const unfiltered = !state.query && Object.keys(options.filters ?? {}).length === 0;
      const wider = unfiltered ? undefined : await api.search(state.query || null, options);
      counts[key] = (unfiltered ? available[key] : wider?.filters[key]) ?? {};
    }
    return counts;
  }

  /** The untranslated pages' text, searched when the locale's own results are few. */
  async function untranslatedResults(api: Pagefind, options: SearchOptions, found: number) {
    if (!settings.untranslatedBundle || !state.query || found >= FEW_RESULTS) return undefined;
    const bundle = await openBundle(api, settings.untranslatedBundle);
    return (await bundle.search(state.query, options)) ?? undefined;
  }

  function announce(found: number, more: number): void {
    const own =
      found === 0 && more === 0
        ? fill(strings.none, { query: state.query })
        : fill(state.query ? strings.results : strings.filteredResults, {
            query: state.query,
            count: found,
          });
    page.status.textContent = more
      ? `${own} · ${fill(strings.untranslatedResults, { count: more })}`
      : own;
  }

  async function run(): Promise<void> {
    const ticket = ++latest;
    const isCurrent = () => ticket === latest;
    const filtering = Object.keys(state.filters).length > 0;
    page.clear.hidden = !filtering;
    if (filtering) page.filterPanel.open = filtersWanted = true;
    suggestion.hide();
    if (isEmpty(state)) {
      results.clear();
      untranslated.clear();
      page.untranslated.hidden = true;
      page.status.textContent = '';
      // With nothing searched yet, an open panel offers every value with its total count.
      if (filtersWanted) await showAllFilters(isCurrent);
      return;
    }
    page.status.textContent = strings.loading;
    try {
      const api = await pagefind();
      // A search counts what each filter value would leave only for the filters already
      // loaded, so they load first (once; later calls return at once).
      const available = filtersWanted ? await api.filters() : undefined;
      const options = searchOptions(state, settings);
      const search = await searchWithVariants(api, state.query, options, FEW_RESULTS);
      if (!isCurrent() || !search) return;
      const found = search.results.length;
      // The locale's own results show before the untranslated text is searched, if it is.
      const shown = await results.show(search.results, isCurrent);
      if (isCurrent() && found >= FEW_RESULTS) page.untranslated.hidden = true;
      const extra = await untranslatedResults(api, options, found);
      if (!isCurrent()) return;
      await untranslated.show(extra?.results ?? [], isCurrent);
      page.untranslated.hidden = !extra?.results.length;
      if (available) {
        if (!panel.drawn) panel.draw(available);
        panel.update(await filterCounts(api, search, available), state);
      }
      if (!isCurrent()) return;
      const more = extra?.results.length ?? 0;
      announce(found, more);
      const excerpts = shown.map((result) => result.excerpt);
      const unsure = found === 0 ? more === 0 : matchesLoosely(state.query, excerpts, lang);
      if (state.query && unsure) await suggestion.offer(state.query, options, isCurrent);
    } catch {
      if (isCurrent()) page.status.textContent = strings.unavailable;
    }
  }

  async function showAllFilters(isCurrent: () => boolean): Promise<void> {
    try {
      const available = await (await pagefind()).filters();
      if (!isCurrent()) return;
      if (!panel.drawn) panel.draw(available);
      panel.update(available, state);
    } catch {
      page.status.textContent = strings.unavailable;
    }
  }

  /**
   * Keeps the page at least as tall as it is, so that fewer results after ticking a filter
   * do not pull the page up under the reader; typing a new query lets it go.
   */
  function keepPlace(keep: boolean): void {
    root.style.minBlockSize = keep ? `${root.getBoundingClientRect().height}px` : '';
  }

  function update(push: boolean, stay = false): void {
    keepPlace(stay);
    state = stateFromForm();
    const url = writeState(new URL(location.href), state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  }

  listen(page, {
    update,
    pagefind,
    options: () => searchOptions(stateFromForm(), settings),
    wantFilters() {
      if (filtersWanted) return;
      filtersWanted = true;
      void run();
    },
    restore() {
      state = readState(new URL(location.href));
      page.input.value = state.query;
      page.sort.value = state.sort;
      void run();
    },
  });
  page.input.value = state.query;
  page.sort.value = state.sort;
  if (!isEmpty(state)) void run();
}

/** What the page's controls ask of the search. */
interface Actions {
  /** Searches what the form says; `stay` keeps the page where it is, for the filters. */
  update(push: boolean, stay?: boolean): void;
  pagefind(): Promise<Pagefind>;
  /** What a search of the form as it is now would ask besides its words. */
  options(): SearchOptions;
  /** The filter panel was opened. */
  wantFilters(): void;
  /** The URL changed under the page (back, forward). */
  restore(): void;
}

/** Connects the page's controls to the search. */
function listen(page: ReturnType<typeof findElements>, actions: Actions): void {
  let typing: ReturnType<typeof setTimeout> | undefined;
  // Whether the history entry shown was made by a pause in typing. A new query gets an entry
  // of its own, whether the reader pauses or presses Enter first, and the rest of its typing
  // and its Enter update that entry: Back then returns to the search before, however fast
  // the reader typed.
  let typedEntry = false;
  const searchTyped = (final: boolean) => {
    actions.update(!typedEntry);
    typedEntry = !final;
  };
  // Work done ahead of a search; if it fails, the search itself says so in the status line.
  const ahead = (work?: (api: Pagefind) => Promise<unknown>) =>
    void actions
      .pagefind()
      .then(work)
      .catch(() => undefined);
  // Focus is the first sign of a search coming: load Pagefind.
  page.input.addEventListener('focus', () => ahead(), { once: true });
  page.filterPanel.addEventListener('toggle', () => {
    if (page.filterPanel.open) actions.wantFilters();
  });
  page.input.addEventListener('input', () => {
    clearTimeout(typing);
    const query = page.input.value.trim();
    // The chunks of the filters the search will apply (the type, at least) come with those
    // of its words, rather than after them once the search runs.
    if (query) ahead((api) => api.preload(query, actions.options()));
    typing = setTimeout(() => searchTyped(false), TYPING_PAUSE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    searchTyped(true);
  });
  page.form.addEventListener('change', (event) => {
    if (event.target === page.input) return;
    typedEntry = false;
    actions.update(true, true);
  });
  page.clear.addEventListener('click', () => {
    typedEntry = false;
    for (const box of page.filters.querySelectorAll<HTMLInputElement>('input:checked')) {
      box.checked = false;
    }
    actions.update(true, true);
    // The button hides itself; the reader goes on from the panel it was in.
    page.filterPanel.querySelector('summary')?.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    typedEntry = false;
    actions.restore();
  });
}
