import { loadPagefind, type Pagefind, type PagefindSearch } from './pagefind.ts';
import { fill, renderFilters, renderResult } from './search-render.ts';
import { isEmpty, readState, writeState, type SearchState } from './search-state.ts';
import { SEARCH_FILTERS, type SearchStrings } from './search-strings.ts';

/** Results shown at first and added by each "show more". */
const PAGE = 10;

/**
 * How long typing must pause before a search runs. The index chunks for what is typed are
 * fetched at once (`preload`), so the pause overlaps the network instead of adding to it.
 */
const TYPING_PAUSE_MS = 150;

/**
 * The search page. Pagefind is loaded only when the reader focuses or types in the search box,
 * or arrives with a query in the URL; the state lives in the URL (`?q=`), so a search can be
 * shared and the back button returns to the previous one.
 */
export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  root.querySelector('[data-search-no-script]')?.remove();

  let state = readState(new URL(location.href));
  // Filter values and their counts are a fifth of what a first search would fetch on a large
  // archive, so they load only once the reader opens the filters (or arrives with some set).
  let filtersWanted = false;
  let latest = 0;
  let current: PagefindSearch | null = null;
  let shown = 0;

  const pagefind = (): Promise<Pagefind> => loadPagefind(root.dataset.bundle ?? '/pagefind/');

  function stateFromForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of SEARCH_FILTERS) {
      const checked = [
        ...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`),
      ].map((box) => box.value);
      if (checked.length) filters[key] = checked;
    }
    return { query: input.value.trim(), sort: sort.value, filters };
  }

  async function showMore(): Promise<void> {
    const next = current?.results.slice(shown, shown + PAGE) ?? [];
    shown += next.length;
    list.append(...(await Promise.all(next.map((result) => result.data()))).map(renderResult));
    more.hidden = shown >= (current?.results.length ?? 0);
  }

  async function run(): Promise<void> {
    const ticket = ++latest;
    const filtering = Object.keys(state.filters).length > 0;
    clear.hidden = !filtering;
    if (filtering) filterPanel.open = filtersWanted = true;
    if (isEmpty(state)) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      // With nothing searched yet, an open panel offers every value with its total count.
      if (filtersWanted) await showAllFilters(ticket);
      return;
    }
    status.textContent = strings.loading;
    try {
      const api = await pagefind();
      const filters = Object.fromEntries(
        Object.entries(state.filters).map(([key, values]) => [key, { any: values ?? [] }]),
      );
      // A search counts what each filter value would leave only for the filters already
      // loaded, so they load first (once; later calls return at once).
      const available = filtersWanted ? await api.filters() : undefined;
      const search = await api.search(state.query || null, {
        filters,
        sort: state.sort === 'date' ? { date: 'desc' } : undefined,
      });
      if (ticket !== latest || !search) return;
      current = search;
      shown = 0;
      list.replaceChildren();
      await showMore();
      if (available) renderFilters(filtersBox, available, search.filters, state, strings);
      const count = search.results.length;
      status.textContent =
        count === 0
          ? fill(strings.none, { query: state.query })
          : fill(state.query ? strings.results : strings.filteredResults, {
              query: state.query,
              count,
            });
    } catch {
      status.textContent = strings.unavailable;
    }
  }

  async function showAllFilters(ticket: number): Promise<void> {
    try {
      const available = await (await pagefind()).filters();
      if (ticket === latest) renderFilters(filtersBox, available, available, state, strings);
    } catch {
      status.textContent = strings.unavailable;
    }
  }

  function update(push: boolean): void {
    state = stateFromForm();
    const url = writeState(new URL(location.href), state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  // Work done ahead of a search; if it fails, the search itself says so in the status line.
  const ahead = (work?: (api: Pagefind) => Promise<unknown>) =>
    void pagefind()
      .then(work)
      .catch(() => undefined);
  // Focus is the first sign of a search coming: load Pagefind.
  input.addEventListener('focus', () => ahead(), { once: true });
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || filtersWanted) return;
    filtersWanted = true;
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const query = input.value.trim();
    if (query) ahead((api) => api.preload(query));
    typing = setTimeout(() => update(false), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(true);
  });
  form.addEventListener('reset', () => setTimeout(() => update(true)));
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = readState(new URL(location.href));
    input.value = state.query;
    sort.value = state.sort;
    void run();
  });

  input.value = state.query;
  sort.value = state.sort;
  if (!isEmpty(state)) void run();
}
