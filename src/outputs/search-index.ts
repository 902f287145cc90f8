import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

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
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${path}pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    logger.info(`Search index: ${added.page_count} pages indexed into pagefind/`);
  } finally {
    await pagefind.close();
  }
}
