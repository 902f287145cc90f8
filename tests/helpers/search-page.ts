import type { Page } from 'playwright-core';

/** A result as the reader sees it: where its link leads, and its text. */
export interface SeenResult {
  path: string;
  title: string;
}

/** Waits until the search page announces its results, and returns the announcement. */
export async function announced(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** The results of a list of the search page (`[data-search-results]` by default), in order. */
export function resultsIn(page: Page, list = '[data-search-results]'): Promise<SeenResult[]> {
  return page.locator(`${list} > li :is(h2, h3) a`).evaluateAll((links) =>
    links.map((link) => ({
      path: new URL((link as HTMLAnchorElement).href).pathname,
      title: link.textContent ?? '',
    })),
  );
}

/** Opens the search page of a locale, types the query, and waits for the announcement. */
export async function searchFor(
  page: Page,
  origin: string,
  locale: string,
  query: string,
): Promise<string> {
  await page.goto(`${origin}/${locale}/search/`);
  await page.locator('#search-query').fill(query);
  return announced(page);
}

/** The paths of Pagefind's files that a page has requested so far, recorded from now on. */
export function recordSearchRequests(page: Page): () => string[] {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return () => [...requested];
}
