import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { BuiltPage } from './built-pages.ts';
import { formatHeadersFile, headerRules } from './headers-file.ts';
import { fallbackBundleDir, SEARCH_BUNDLE_DIR } from './search-bundles.ts';

/** The folder of the search bundle that holds the default-language bundles, one per locale. */
const FALLBACK_FOLDER = 'fallback/';

/** Cloudflare Pages reads a `_headers` line of at most this many characters, and so many rules. */
const LONGEST_LINE = 2000;
const MOST_RULES = 100;

/** Names in a folder, folders marked with a trailing `/`. */
async function namesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
}

/**
 * Names in the search bundle folder, with each default-language bundle's own names in place
 * of `fallback/`, so that their content-named chunks are kept like the main bundle's.
 */
async function searchBundleNames(siteDir: string): Promise<string[]> {
  const top = await namesIn(join(siteDir, SEARCH_BUNDLE_DIR)).catch((): string[] => []);
  if (!top.includes(FALLBACK_FOLDER)) return top;
  const locales = await namesIn(join(siteDir, SEARCH_BUNDLE_DIR, FALLBACK_FOLDER));
  const nested = await Promise.all(
    locales.map(async (locale) => {
      const names = await namesIn(join(siteDir, fallbackBundleDir(locale.replace(/\/$/, ''))));
      return names.map((name) => `${FALLBACK_FOLDER}${locale}${name}`);
    }),
  );
  return [...top.filter((name) => name !== FALLBACK_FOLDER), ...nested.flat()];
}

/**
 * Writes `_headers` into the built site, after the search index, for hosts that read it
 * (Netlify, Cloudflare Pages): the pages' Content Security Policy as a header, with what only
 * a header can say, and how long browsers may keep each kind of file. `builtPages` are the
 * site's pages as `readBuiltPages` gives them.
 */
export async function writeHeadersFile(
  siteDir: URL,
  base: string,
  builtPages: readonly BuiltPage[],
  logger: AstroIntegrationLogger,
): Promise<void> {
  const dir = fileURLToPath(siteDir);
  const rules = headerRules({
    base,
    topLevel: await namesIn(dir),
    searchBundle: await searchBundleNames(dir),
    // The distinct policies of the pages, in the order of the pages: usually one.
    pagePolicies: new Set(builtPages.flatMap((page) => (page.policy ? [page.policy] : []))),
  });
  const text = formatHeadersFile(rules);
  await writeFile(join(dir, '_headers'), text);
  const long = text.split('\n').find((line) => line.length > LONGEST_LINE);
  if (long) {
    logger.warn(
      `_headers has a line of ${long.length} characters (${long.trim().split(':')[0]}); Cloudflare Pages reads at most ${LONGEST_LINE}`,
    );
  }
  if (rules.length > MOST_RULES) {
    logger.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${MOST_RULES}`);
  }
}
