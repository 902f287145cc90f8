import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { startFallbackIndexer } from './fallback-indexer.ts';
import { createSender, newBundle, UNUSED_BUNDLE_FILES, writeBundle } from './pagefind-bundle.ts';
import { FALLBACK_TEXT_ATTRIBUTE, SEARCH_BUNDLE_DIR } from './search-bundles.ts';
import { keepIndex, readStoredKey, restoreIndex } from './search-index-store.ts';
import { searchedPart, separateLabelsAndValues } from './search-html.ts';
import { searchPages, type SearchPage } from './search-pages.ts';

/** The languages of the site, as the search index needs them. */
export interface SearchIndexOptions {
  /** Code of the default locale, whose pages hold no fallback text: `en`. */
  defaultLocale: string;
  /** Language of the default locale's text: `en`. */
  defaultLang: string;
  /**
   * Where the index is kept between builds (in Astro's cache folder), and a hash of the code
   * that writes it: a build whose pages give Pagefind what they gave it last time takes the
   * index kept there instead of indexing them again.
   */
  store?: { dir: string; code: string };
}

/**
 * A key of what the indexes are made of: the code that writes them, the options, and each
 * indexed page's address and HTML, in order (what Pagefind is given follows from these).
 * `add` each page to it, then `digest`.
 */
function createIndexKey(options: SearchIndexOptions) {
  const { defaultLocale, defaultLang, store } = options;
  const hash = createHash('sha256').update(
    JSON.stringify([store?.code, defaultLocale, defaultLang]),
  );
  return {
    add: (page: SearchPage) => hash.update(`\0${page.url}\0`).update(page.html),
    digest: () => hash.digest('hex'),
  };
}

/** The key of the built site's pages as they are (`createIndexKey`). */
async function indexKey(siteDir: string, options: SearchIndexOptions): Promise<string> {
  const key = createIndexKey(options);
  for await (const page of searchPages(siteDir)) key.add(page);
  return key.digest();
}

/**
 * Indexes the built pages into `pagefind/` and the fallback bundles; says what it did, with
 * the key of the pages it indexed.
 */
async function indexPages(siteDir: string, options: SearchIndexOptions) {
  const key = createIndexKey(options);
  const fallbacks = startFallbackIndexer(options.defaultLang);
  try {
    const main = await newBundle(SEARCH_BUNDLE_DIR, {
      excludeSelectors: [`[${FALLBACK_TEXT_ATTRIBUTE}]`],
    });
    const sender = createSender();
    let pages = 0;
    for await (const page of searchPages(siteDir)) {
      const { url, html } = page;
      key.add(page);
      const content = separateLabelsAndValues(searchedPart(html));
      await sender.send(main, url, content);
      pages += 1;
      const locale = url.split('/')[1] ?? '';
      if (locale === options.defaultLocale || !html.includes(FALLBACK_TEXT_ATTRIBUTE)) continue;
      fallbacks.add(locale, url, content);
    }
    await sender.done();
    await rm(join(siteDir, SEARCH_BUNDLE_DIR), { recursive: true, force: true });
    await writeBundle(main, siteDir, UNUSED_BUNDLE_FILES);
    const locales = await fallbacks.write(siteDir);
    return { pages, locales, key: key.digest() };
  } finally {
    await Promise.all([pagefind.close(), fallbacks.stop()]);
  }
}

const secondsSince = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * Builds the search indexes of the built site, as part of every build:
 *
 * - `pagefind/`: one index per page language, from the article of each entry page
 *   (`data-pagefind-body`), without the text a page shows in the default language for want
 *   of a translation, so English paragraphs do not fill the French or Arabic results.
 * - `pagefind/fallback/<locale>/`: for each other locale, that default-language text of its
 *   pages, indexed as the default language, for the search page to consult when the locale's
 *   own results are few. Titles stay in the locale's index only, so that a page is found
 *   twice only when both its facts and its untranslated text match.
 *
 * The pages go to Pagefind with labels and values kept apart (`search-html.ts`). Pagefind
 * cannot update an index, only write it anew (pagefind/pagefind#71); so with a `store`, when
 * no indexed page changed since the last build, the index kept from it is put back instead.
 */
export async function writeSearchIndex(
  siteDir: URL,
  logger: AstroIntegrationLogger,
  options: SearchIndexOptions,
): Promise<void> {
  const path = fileURLToPath(siteDir);
  const started = performance.now();
  const { store } = options;
  const stored = store && (await readStoredKey(store.dir));
  // With nothing kept (a first build), the key is taken while indexing, not in a pass before.
  if (store && stored && stored === (await indexKey(path, options))) {
    await restoreIndex(store.dir, path);
    logger.info(
      `Search index: no indexed page changed since the last build; pagefind/ kept from it (${secondsSince(started)} s)`,
    );
    return;
  }
  // Said before it starts, since on a large archive indexing takes a while.
  logger.info('Search index: indexing the built pages with Pagefind');
  const { pages, locales, key } = await indexPages(path, options);
  if (store) await keepIndex(store.dir, path, key);
  logger.info(
    `Search index: ${pages} pages indexed into pagefind/ in ${secondsSince(started)} s, with the untranslated text of ${locales} locales`,
  );
}
