import { loadPagefind, type Pagefind, type PagefindSearch } from './pagefind.ts';
import { fill, renderFilters, renderResult } from './search-render.ts';
import { isEmpty, readState, writeState, type SearchState } from './search-state.ts';
import { SEARCH_FILTERS, type SearchStrings } from './search-strings.ts';

/** Results shown at first and added by each "show more". */
const PAGE = 10;

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
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  root.querySelector('[data-search-no-script]')?.remove();

  let state = readState(new URL(location.href));
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
    clear.hidden = Object.keys(state.filters).length === 0;
    if (isEmpty(state)) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    try {
      const api = await pagefind();
      const filters = Object.fromEntries(
        Object.entries(state.filters).map(([key, values]) => [key, { any: values ?? [] }]),
      );
      // Loading the filters first makes each search report what every filter value would leave.
      const available = await api.filters();
      const search = await api.search(state.query || null, {
        filters,
        sort: state.sort === 'date' ? { date: 'desc' } : undefined,
      });
      if (ticket !== latest || !search) return;
      current = search;
      shown = 0;
      list.replaceChildren();
      await showMore();
      renderFilters(filtersBox, available, search.filters, state, strings);
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

  function update(push: boolean): void {
    state = stateFromForm();
    const url = writeState(new URL(location.href), state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void pagefind(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(false), 300);
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
