// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import site from './annals.config.ts';
import { annals } from './src/integration/annals.ts';

const localeCodes = site.locales.map((locale) => locale.code);

// A build of another content folder (tests, benchmark) keeps its own content cache, so it
// never mixes its entries into the cache of the shipped content.
const otherContent = process.env.ANNALS_CONTENT_DIR;
const cacheDir = otherContent
  ? `./node_modules/.astro/content-${createHash('sha256').update(otherContent).digest('hex').slice(0, 12)}`
  : undefined;

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
