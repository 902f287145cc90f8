import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  /** Origin of the local server: `http://127.0.0.1:<port>`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1, under its base path and with the headers of its
 * `_headers` file, and starts Chromium to read it.
 */
export async function openSiteInBrowser(
  siteDir: string,
  options: { base?: string } = {},
): Promise<SiteInBrowser> {
  const [server, browser] = await Promise.all([
    startStaticServer(siteDir, options),
    launchBrowser(),
  ]);
  return {
    browser,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
