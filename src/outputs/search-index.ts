import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { FALLBACK_TEXT_ATTRIBUTE, fallbackBundleDir, SEARCH_BUNDLE_DIR } from './search-bundles.ts';
import { keepIndex, readStoredKey, restoreIndex } from './search-index-store.ts';
import { separateLabelsAndValues } from './search-html.ts';
import { searchPages, type SearchPage } from './search-pages.ts';

/**
 * Pagefind's ready-made interfaces, which it writes next to its index. The search page has
 * its own interface and loads only `pagefind.js` (and its worker), so these would be dead
 * weight in the output, JavaScript that no page uses.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

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

/** One Pagefind index being filled, and the bundle folder it will be written to. */
interface Bundle {
  index: pagefind.PagefindIndex;
  path: string;
}

async function newBundle(path: string, config: pagefind.PagefindServiceConfig): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(errors.join('; '));
  return { index, path };
}

async function add(bundle: Bundle, url: string, content: string): Promise<void> {
  const added = await bundle.index.addHTMLFile({ url, content });
  if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
}

/**
 * Pages sent to Pagefind before the answer for the first of them is awaited. Pagefind's
 * service handles its messages one after the other, in the order they were sent, so the
 * index is the same as when each page waits for the one before; but Pagefind never waits
 * for the next page to be read, and this process does not wait for Pagefind to read the last.
 */
const IN_FLIGHT = 16;

/** Sends pages to their bundles in order, waiting only when `IN_FLIGHT` are unanswered. */
function createSender() {
  const unanswered: Promise<void>[] = [];
  return {
    async send(bundle: Bundle, url: string, content: string): Promise<void> {
      const added = add(bundle, url, content);
      // A failure is thrown when its turn comes, not as an unhandled rejection before.
      added.catch(() => undefined);
      unanswered.push(added);
      if (unanswered.length >= IN_FLIGHT) await unanswered.shift();
    },
    /** Resolves once every page sent is in its index. */
    done: () => Promise.all(unanswered),
  };
}

async function write(bundle: Bundle, siteDir: string, unused: string[]): Promise<void> {
  const outputPath = join(siteDir, bundle.path);
  const written = await bundle.index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
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
  try {
    const main = await newBundle(SEARCH_BUNDLE_DIR, {
      excludeSelectors: [`[${FALLBACK_TEXT_ATTRIBUTE}]`],
    });
    const fallbacks = new Map<string, Bundle>();
    const sender = createSender();
    let pages = 0;
    for await (const page of searchPages(siteDir)) {
      const { url, html } = page;
      key.add(page);
      const content = separateLabelsAndValues(html);
      await sender.send(main, url, content);
      pages += 1;
      const locale = url.split('/')[1] ?? '';
      if (locale === options.defaultLocale || !html.includes(FALLBACK_TEXT_ATTRIBUTE)) continue;
      const bundle =
        fallbacks.get(locale) ??
        (await newBundle(fallbackBundleDir(locale), {
          forceLanguage: options.defaultLang,
          // Only the untranslated text: the title and the rest are in the locale's own index.
          excludeSelectors: [`[data-pagefind-body] > :not([${FALLBACK_TEXT_ATTRIBUTE}])`],
        }));
      fallbacks.set(locale, bundle);
      await sender.send(bundle, url, content);
    }
    await sender.done();
    await rm(join(siteDir, SEARCH_BUNDLE_DIR), { recursive: true, force: true });
    await write(main, siteDir, UNUSED_BUNDLE_FILES);
    // The search page loads Pagefind once, from the main bundle, and searches these with it.
    for (const bundle of fallbacks.values()) {
      await write(bundle, siteDir, [...UNUSED_BUNDLE_FILES, 'pagefind.js']);
    }
    return { pages, locales: fallbacks.size, key: key.digest() };
  } finally {
    await pagefind.close();
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
 * cannot update an index, only write it anew (pagefind/pagefind#256); so with a `store`, when
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
