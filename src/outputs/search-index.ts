import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { FALLBACK_TEXT_ATTRIBUTE, fallbackBundleDir, SEARCH_BUNDLE_DIR } from './search-bundles.ts';
import { separateLabelsAndValues } from './search-html.ts';

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

async function write(bundle: Bundle, siteDir: string, unused: string[]): Promise<void> {
  const outputPath = join(siteDir, bundle.path);
  const written = await bundle.index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
}

/** The built pages, in a fixed order so that two builds write the same index. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).sort();
}

/** A page's address as Pagefind gives it for a built file: `/fr/events/x/`. */
function pageUrl(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
}

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
 * The pages go to Pagefind with labels and values kept apart (`search-html.ts`).
 */
export async function writeSearchIndex(
  siteDir: URL,
  logger: AstroIntegrationLogger,
  options: SearchIndexOptions,
): Promise<void> {
  const path = fileURLToPath(siteDir);
  const started = performance.now();
  // Said before it starts, since on a large archive indexing takes a while.
  logger.info('Search index: indexing the built pages with Pagefind');
  try {
    const main = await newBundle(SEARCH_BUNDLE_DIR, {
      excludeSelectors: [`[${FALLBACK_TEXT_ATTRIBUTE}]`],
    });
    const fallbacks = new Map<string, Bundle>();
    let pages = 0;
    for (const file of await htmlFiles(path)) {
      const html = await readFile(join(path, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = pageUrl(file);
      const content = separateLabelsAndValues(html);
      await add(main, url, content);
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
      await add(bundle, url, content);
    }
    await write(main, path, UNUSED_BUNDLE_FILES);
    // The search page loads Pagefind once, from the main bundle, and searches these with it.
    for (const bundle of fallbacks.values()) {
      await write(bundle, path, [...UNUSED_BUNDLE_FILES, 'pagefind.js']);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `Search index: ${pages} pages indexed into pagefind/ in ${seconds} s, with the untranslated text of ${fallbacks.size} locales`,
    );
  } finally {
    await pagefind.close();
  }
}
