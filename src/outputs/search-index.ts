import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

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

/**
 * Builds the Pagefind index of the built site into `<site>/pagefind/`: one index per page
 * language, from the pages that mark their searchable part with `data-pagefind-body`.
 * Runs as part of every build, so the one build command yields a searchable site.
 */
export async function writeSearchIndex(
  siteDir: URL,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const path = fileURLToPath(siteDir);
  const started = performance.now();
  // Said before it starts, since on a large archive indexing takes a while.
  logger.info('Search index: indexing the built pages with Pagefind');
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${path}pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    await Promise.all(
      UNUSED_BUNDLE_FILES.map((file) => rm(join(path, 'pagefind', file), { force: true })),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`Search index: ${added.page_count} pages indexed into pagefind/ in ${seconds} s`);
  } finally {
    await pagefind.close();
  }
}
