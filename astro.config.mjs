// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import site from './annals.config.ts';
import { annals } from './src/integration/annals.ts';
import { astroCacheDir } from './src/integration/cache-dir.ts';
import { astroCspOptions } from './src/outputs/security-policy.ts';
import { statementPoints } from './src/markdown/statement-points.ts';

const localeCodes = site.locales.map((locale) => locale.code);

const cacheDir = astroCacheDir(
  fileURLToPath(new URL('.', import.meta.url)),
  process.env.ANNALS_CONTENT_DIR,
);

export default defineConfig({
  site: site.url,
  // From annals.config.ts, or ANNALS_BASE on a build server (see defineSite).
  base: site.base,
  cacheDir,
  trailingSlash: 'always',
  // Every page carries its Content Security Policy; see src/outputs/security-policy.ts.
  security: { csp: astroCspOptions() },
  i18n: {
    locales: localeCodes,
    defaultLocale: site.defaultLocale,
    // Every page lives under its locale prefix; src/pages/index.astro sends `/` on.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The numbered points of a statement's text get permanent anchors (#point-3).
  markdown: { processor: satteri({ hastPlugins: [statementPoints] }) },
  integrations: [annals(site), mdx()],
});
