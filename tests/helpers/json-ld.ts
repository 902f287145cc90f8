import type { HTMLElement } from 'node-html-parser';

/** The JSON-LD nodes of a page, each parsed with JSON.parse. */
export function jsonLdOf(page: HTMLElement): Record<string, unknown>[] {
  return page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.rawText) as Record<string, unknown>);
}
