import type { PagefindResult, PagefindResultData } from './pagefind.ts';
import { renderResult, type ResultStyle } from './search-render.ts';

/** Results shown at first and added by each "show more". */
const PAGE = 10;

/** A list of results with its "show more" button. */
export interface ResultList {
  /**
   * Replaces the results, showing the first page once its data has come, unless
   * `isCurrent` says a newer search has started meanwhile. Returns the data shown.
   */
  show(results: PagefindResult[], isCurrent: () => boolean): Promise<PagefindResultData[]>;
  clear(): void;
}

/** Drives a results list (`<ol>`) and its "show more" button, rendering with `style`. */
export function createResultList(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  style: ResultStyle,
): ResultList {
  let results: PagefindResult[] = [];
  let shown = 0;

  async function nextPage(): Promise<{ data: PagefindResultData[]; items: HTMLLIElement[] }> {
    const page = results.slice(shown, shown + PAGE);
    const data = await Promise.all(page.map((result) => result.data()));
    return { data, items: data.map((result) => renderResult(result, style)) };
  }

  function showing(items: HTMLLIElement[]): void {
    shown += items.length;
    more.hidden = shown >= results.length;
  }

  more.addEventListener('click', async () => {
    const { items } = await nextPage();
    list.append(...items);
    showing(items);
    // The button may be gone now; the reader goes on from the first new result.
    items[0]?.querySelector('a')?.focus();
  });

  return {
    async show(next, isCurrent) {
      results = next;
      shown = 0;
      const { data, items } = await nextPage();
      if (!isCurrent()) return data;
      list.replaceChildren(...items);
      showing(items);
      return data;
    },
    clear() {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
    },
  };
}
