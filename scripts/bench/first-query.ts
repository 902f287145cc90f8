import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { startStaticServer } from '../../tests/helpers/static-server.ts';

/** What a reader's browser fetches to open the search page and see results of one query. */
export interface FirstQuery {
  /** Bytes of every response (bodies and headers) until the search page has loaded. */
  pageBytes: number;
  /** Bytes fetched after typing the query, until the network is quiet. */
  queryBytes: number;
  requests: number;
  /** From the start of typing until the first result is on screen, search code loading included. */
  msToFirstResult: number;
}

/** Resolves once no request has been in flight for `quietMs`, or after `timeoutMs`. */
function networkQuiet(pending: () => number, quietMs = 1000, timeoutMs = 20_000) {
  return new Promise<void>((resolve) => {
    const started = Date.now();
    let quietSince = Date.now();
    const timer = setInterval(() => {
      if (pending() > 0) quietSince = Date.now();
      if (Date.now() - quietSince >= quietMs || Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
  });
}

/**
 * Serves a built site on 127.0.0.1, opens its English search page in Debian's Chromium (the same offline
 * launch as the browser tests), types `query` into the page's search box, and adds up the
 * bytes transferred and the time to the first result. Does so `times` times, each in a
 * fresh browser context so nothing comes from a cache. Undefined when the site has no such
 * page yet. The server does not compress, as a static host might; Pagefind's index chunks
 * are compressed already.
 */
export async function measureFirstQuery(
  siteDir: string,
  options: { query: string; times?: number },
): Promise<FirstQuery[] | undefined> {
  const path = '/en/search/';
  if (!existsSync(join(siteDir, path, 'index.html'))) return undefined;
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser();
  try {
    const measurements: FirstQuery[] = [];
    for (let time = 0; time < (options.times ?? 1); time += 1) {
      const context = await browser.newContext();
      measurements.push(
        await queryOnce(await context.newPage(), `${server.origin}${path}`, options.query),
      );
      await context.close();
    }
    return measurements;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function queryOnce(page: Page, url: string, query: string): Promise<FirstQuery> {
  let bytes = 0;
  let requests = 0;
  let pending = 0;
  page.on('request', () => (pending += 1));
  page.on('requestfailed', () => (pending -= 1));
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    requests += 1;
    pending -= 1;
  });
  await page.goto(url, { waitUntil: 'load' });
  await networkQuiet(() => pending);
  const pageBytes = bytes;
  const typingStarted = performance.now();
  // The search page's own box, not the one in the header that leads to it.
  await page.locator('#search-query').fill(query);
  await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
  const msToFirstResult = performance.now() - typingStarted;
  await networkQuiet(() => pending);
  return { pageBytes, queryBytes: bytes - pageBytes, requests, msToFirstResult };
}
