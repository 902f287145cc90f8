// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import site from './annals.config.ts';
import { annals } from './src/integration/annals.ts';
import { astroCacheDir } from './src/integration/cache-dir.ts';
import { resolvedConfigFile, siteConfigPlugin } from './src/integration/site-config-file.ts';
import { renderMarkdown, renderMdx } from './src/markdown/render-bodies.ts';
import { astroCspOptions } from './src/outputs/security-policy.ts';

// annals.config.ts, or the configuration ANNALS_CONFIG names where Node loads its hook
// (scripts/lib/site-config-hook.ts): the engine tests build their fixture site so.
const configFile = resolvedConfigFile(import.meta.resolve('./annals.config.ts'));

const localeCodes = site.locales.map((locale) => locale.code);

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = astroCacheDir(rootDir, process.env.ANNALS_CONTENT_DIR);

export default defineConfig({
  site: site.url,
  // From annals.config.ts, or ANNALS_BASE on a build server (see defineSite).
  base: site.base,
  cacheDir,
  // Pages whose cacheKey (src/data/cache-key.ts) and code are unchanged since the last build
  // are copied from the cache instead of rendered.
  experimental: { incrementalBuild: true },
  // Two pages at a time: Astro writes each page, and its copy in the cache, and waits for the
  // disk before it renders the next; at 2 one page renders while the other is written. The
  // docs written for Astro 7.2 say the cache is off above 1 (withastro/docs#14337); 7.3 keeps
  // it at any setting, and tests/build/incremental-build.test.ts fails if it ever stops.
  build: { concurrency: 2 },
  trailingSlash: 'always',
  // Every page carries its Content Security Policy; see src/outputs/security-policy.ts.
  security: { csp: astroCspOptions() },
  i18n: {
    locales: localeCodes,
    defaultLocale: site.defaultLocale,
    // Every page lives under its locale prefix; src/pages/index.astro sends `/` on.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Bodies are sanitized, whatever the check said: see src/markdown/render-bodies.ts. Code
  // blocks stay plain: Shiki writes its colours into style attributes, which the policy
  // refuses (Astro's CSP documentation lists Shiki as unsupported).
  markdown: { processor: renderMarkdown(), syntaxHighlight: false },
  integrations: [annals(site), mdx({ processor: renderMdx(rootDir) })],
  // Pages, components and src/ modules import annals.config.ts too: they get the same file.
  vite: { plugins: [siteConfigPlugin(configFile)] },
});
