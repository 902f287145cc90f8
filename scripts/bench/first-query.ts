import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { startStaticServer } from '../../tests/helpers/static-server.ts';

/** What a reader's browser fetches to open the search page and see results of one query. */
export interface FirstQuery {
  /** Bytes of every response (bodies and headers) until the search page has loaded. */
  pageBytes: number;
  /** Bytes fetched after typing the query, until the network is quiet. */
  queryBytes: number;
  requests: number;
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
 * Serves a built site on 127.0.0.1, opens `path` in Debian's Chromium (the same offline
 * launch as the browser tests), types `query` into the first search box, and adds up the
 * bytes transferred. Undefined when the site has no such page yet. The server does not
 * compress, as a static host might; Pagefind's index chunks are compressed already.
 */
export async function measureFirstQuery(
  siteDir: string,
  options: { path?: string; query?: string } = {},
): Promise<FirstQuery | undefined> {
  const path = options.path ?? '/en/search/';
  if (!existsSync(join(siteDir, path, 'index.html'))) return undefined;
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
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
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await networkQuiet(() => pending);
    const pageBytes = bytes;
    await page
      .locator('input[type="search"], input:not([type="hidden"])')
      .first()
      .fill(options.query ?? 'learning');
    await networkQuiet(() => pending);
    return { pageBytes, queryBytes: bytes - pageBytes, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}
