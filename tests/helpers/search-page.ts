import type { Page } from 'playwright-core';

/** A result as the reader sees it: where its link leads, and its text. */
export interface SeenResult {
  /** The link's path below the site's base path: `/en/cities/valdoro/`. */
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

/**
 * The results of a list of the search page (`[data-search-results]` by default), in order,
 * for a site served under `base`. A link outside the base keeps its whole path, so it fails
 * any comparison with the pages expected.
 */
export async function resultsIn(
  page: Page,
  base: string,
  list = '[data-search-results]',
): Promise<SeenResult[]> {
  const links = await page.locator(`${list} > li :is(h2, h3) a`).evaluateAll((elements) =>
    elements.map((link) => ({
      path: new URL((link as HTMLAnchorElement).href).pathname,
      title: link.textContent ?? '',
    })),
  );
  return links.map(({ path, title }) => ({
    path: path.startsWith(base) ? `/${path.slice(base.length)}` : path,
    title,
  }));
}

/**
 * Opens the search page of a locale of the site at `home` (its origin and base path), types
 * the query, and waits for the announcement.
 */
export async function searchFor(
  page: Page,
  home: string,
  locale: string,
  query: string,
): Promise<string> {
  await page.goto(`${home}${locale}/search/`);
  await page.locator('#search-query').fill(query);
  return announced(page);
}

/** The paths of Pagefind's files that a page has requested so far, recorded from now on. */
export function recordSearchRequests(page: Page): () => string[] {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return () => [...requested];
}
