import type { HTMLElement } from 'node-html-parser';

/**
 * What a built page is to a reader: a redirect page only sends them on (the site root, and
 * the former address of a renamed entry, from its `aliases`); a fallback page shows an entry
 * in the default language because it has no translation into the page's; any other page is
 * read in its own language.
 */
export type PageKind = 'redirect' | 'fallback' | 'page';

/** The kind of a built page, from the markup that makes it one. */
export function kindOfPage(root: HTMLElement): PageKind {
  if (root.querySelector('meta[http-equiv="refresh"]')) return 'redirect';
  if (root.querySelector('.fallback-notice')) return 'fallback';
  return 'page';
}
