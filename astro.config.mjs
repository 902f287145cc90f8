// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import site from './annals.config.ts';
import { annals } from './src/integration/annals.ts';

const localeCodes = site.locales.map((locale) => locale.code);

/**
 * A short hash of some text, to name a cache folder after what it depends on.
 * @param {string} text
 */
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

// Astro revalidates its cached content only when src/content.config.ts itself changes, not
// the schemas it imports; naming the cache after the schemas' text makes a schema change
// start a fresh cache. A build of another content folder (tests, benchmark) gets its own
// cache too, so it never mixes its entries into the cache of the shipped content.
const schemaDir = new URL('./src/schemas/', import.meta.url);
const schemaFiles = readdirSync(schemaDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .sort();
const schemas = shortHash(
  schemaFiles.map((file) => readFileSync(new URL(file, schemaDir), 'utf8')).join('\0'),
);
const otherContent = process.env.ANNALS_CONTENT_DIR;
const cacheDir = `./node_modules/.astro/${schemas}${otherContent ? `-content-${shortHash(otherContent)}` : ''}`;

export default defineConfig({
  site: site.url,
  cacheDir,
  trailingSlash: 'always',
  i18n: {
    locales: localeCodes,
    defaultLocale: site.defaultLocale,
    // Every page lives under its locale prefix; src/pages/index.astro sends `/` on.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [annals(site), mdx()],
});
