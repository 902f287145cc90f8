import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { BuiltPage } from './built-pages.ts';
import { startFallbackIndexer } from './fallback-indexer.ts';
import { createSender, newBundle, UNUSED_BUNDLE_FILES, writeBundle } from './pagefind-bundle.ts';
import { FALLBACK_TEXT_ATTRIBUTE, SEARCH_BUNDLE_DIR } from './search-bundles.ts';
import { keepIndex, readStoredKey, restoreIndex } from './search-index-store.ts';
import { searchedPart, separateLabelsAndValues } from './search-html.ts';
import { pageUrl, searchPages } from './search-pages.ts';

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
 * indexed page's address and HTML (its digest), in order. What Pagefind is given follows from
 * these.
 */
function indexKey(searched: readonly BuiltPage[], options: SearchIndexOptions): string {
  const { defaultLocale, defaultLang, store } = options;
  const hash = createHash('sha256').update(
    JSON.stringify([store?.code, defaultLocale, defaultLang]),
  );
  for (const page of searched) hash.update(`\0${pageUrl(page.file)}\0${page.digest}`);
  return hash.digest('hex');
}

/** Indexes the searched pages into `pagefind/` and the fallback bundles; says what it did. */
async function indexPages(
  siteDir: string,
  options: SearchIndexOptions,
  searched: readonly BuiltPage[],
) {
  const fallbacks = startFallbackIndexer(options.defaultLang);
  try {
    const main = await newBundle(SEARCH_BUNDLE_DIR, {
      excludeSelectors: [`[${FALLBACK_TEXT_ATTRIBUTE}]`],
    });
    const sender = createSender();
    let pages = 0;
    for await (const { url, html } of searchPages(
      siteDir,
      searched.map((page) => page.file),
    )) {
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
    return { pages, locales };
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
 * `builtPages` are the site's pages as `readBuiltPages` gives them, which tell that.
 */
export async function writeSearchIndex(
  siteDir: URL,
  logger: AstroIntegrationLogger,
  options: SearchIndexOptions,
  builtPages: readonly BuiltPage[],
): Promise<void> {
  const path = fileURLToPath(siteDir);
  const started = performance.now();
  const { store } = options;
  const searched = builtPages.filter((page) => page.searched);
  const key = indexKey(searched, options);
  if (store && (await readStoredKey(store.dir)) === key) {
    await restoreIndex(store.dir, path);
    logger.info(
      `Search index: no indexed page changed since the last build; pagefind/ kept from it (${secondsSince(started)} s)`,
    );
    return;
  }
  // Said before it starts, since on a large archive indexing takes a while.
  logger.info('Search index: indexing the built pages with Pagefind');
  const { pages, locales } = await indexPages(path, options, searched);
  if (store) await keepIndex(store.dir, path, key);
  logger.info(
    `Search index: ${pages} pages indexed into pagefind/ in ${secondsSince(started)} s, with the untranslated text of ${locales} locales`,
  );
}
