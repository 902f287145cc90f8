import type { Browser, Page } from 'playwright-core';

export interface TabPool {
  /** Runs `visit` in a tab no other test is using, opening one only if every tab is busy. */
  use<T>(visit: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Tabs that the tests of a file take turns in. Opening a tab costs Chromium more than loading
 * a page in it, so a file that visits every kind of page a few at once keeps as many tabs as it
 * runs at once. Each visit loads its page afresh; the site keeps nothing in the browser
 * (no storage, no cookies) that one page could leave to the next.
 */
export function tabPool(
  browser: Browser,
  options: Parameters<Browser['newPage']>[0] = {},
): TabPool {
  const idle: Page[] = [];
  const opened: Page[] = [];
  return {
    async use(visit) {
      let page = idle.pop();
      if (!page) {
        page = await browser.newPage(options);
        opened.push(page);
      }
      try {
        return await visit(page);
      } finally {
        // What the visit listened to (errors, requests) is not the next visit's business.
        page.removeAllListeners();
        idle.push(page);
      }
    },
    async close() {
      await Promise.all(opened.map((page) => page.close()));
    },
  };
}
