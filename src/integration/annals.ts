import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-check/check-content.ts';
import { summarize } from '../content-check/report.ts';
import { aliasPageUrls } from '../outputs/alias-urls.ts';
import { readBuiltPages, type BuiltPage } from '../outputs/built-pages.ts';
import { keyedFolders, readKeyedFilesReport } from '../outputs/keyed-files.ts';
import { builtNotFoundPage, placeNotFoundPages } from '../outputs/not-found-pages.ts';
import { writeSearchIndex } from '../outputs/search-index.ts';
import { createSitemap, fallbackPageUrls } from '../outputs/sitemap.ts';
import { writeHeadersFile } from '../outputs/write-headers-file.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { buildFoldersPlugin, codeHash, type BuildFolders } from './build-folders.ts';
import { emptyOutDirKeepingPages, recordPages } from './kept-pages.ts';
import { closingLine, quietBuild } from './quiet-build.ts';
import { annalsModules } from './virtual-modules.ts';
import { checkAndRecord, watchContent } from './watch-content.ts';

/**
 * Set to 1, the build goes on past content errors. Only tests set it, to prove that the
 * renderer's own defences (src/markdown/) hold when the check is not there to stop a build.
 */
const UNCHECKED_BUILD = 'ANNALS_TEST_UNCHECKED_BUILD';

/**
 * The files written outside Astro's routes, by the store they keep their copies in
 * (src/pages/event-calendars.ts, src/pages/citation-files.ts), with their name in the log.
 */
const KEYED_FILE_KINDS = { calendars: 'Event calendars', citations: 'Citation files' };

/**
 * The Annals integration. Before Astro reads any content it runs the content check, so a
 * build with content mistakes stops with the same `file:line: field: message` lines as
 * `npm run check`, never a stack trace. In `astro dev` it checks again on every content
 * change and shows the errors in the browser's error overlay, at their file and line. With
 * the checked entries it then sets up the outputs that need to know which pages are
 * translations and which are fallbacks, and serves what the pages need of the check (the
 * translation status, the dev overlay's errors) as virtual modules (virtual-modules.ts).
 * After the build it indexes the pages for search and writes the `_headers` file.
 */
export function annals(site: SiteConfig): AstroIntegration {
  let startedAt = 0;
  let previewUrl = '';
  let building = false;
  let folders: BuildFolders | undefined;
  // Where the search index is kept between builds, next to the calendars.
  let searchStore: string | undefined;
  // The record of the pages the last build wrote, and those this build found as it left them.
  let pagesRecord = '';
  let keptPages = new Set<string>();
  // What the search index and `_headers` need of the built pages, and where it is recorded.
  let builtPages: BuiltPage[] = [];
  let builtPagesRecord: string | undefined;
  const forced = process.argv.includes('--force');
  return {
    name: 'annals',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, updateConfig, addMiddleware }) => {
        // `npm start` previews what the build has just checked: once is enough.
        if (command === 'preview') return;
        startedAt = performance.now();
        const rootDir = fileURLToPath(config.root);
        const options = { rootDir, site, contentDir: resolveContentDir(rootDir, site) };
        const result = await checkAndRecord(options, logger);
        let lastCheck = result;
        updateConfig({ vite: { plugins: [annalsModules(options, () => lastCheck)] } });
        if (command === 'dev') {
          addMiddleware({
            entrypoint: new URL('./dev-content-errors.ts', import.meta.url),
            order: 'pre',
          });
          const onCheck = (next: typeof result) => (lastCheck = next);
          updateConfig({ vite: { plugins: [watchContent(options, logger, onCheck)] } });
        } else if (result.errorCount > 0 && process.env[UNCHECKED_BUILD] !== '1') {
          // The problems are already listed; a stack trace would only bury them.
          const error = new Error(summarize(result));
          error.stack = '';
          throw error;
        }
        if (command === 'build') {
          building = true;
          updateConfig({
            vite: {
              ...quietBuild,
              plugins: [buildFoldersPlugin(() => folders)],
              // The output folder is emptied by `emptyOutDirKeepingPages`, which keeps the
              // unchanged pages that Astro's cache would otherwise copy back one by one.
              build: { ...quietBuild.build, emptyOutDir: false },
            },
          });
        }
        previewUrl = `http://localhost:${config.server.port}${config.base}`;
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const unlisted = new Set([
          ...fallbackPageUrls(result.entries, site, base),
          ...aliasPageUrls(result.entries, site, base),
          ...site.locales.map(({ code }) => new URL(builtNotFoundPage(base, code), site.url).href),
        ]);
        // The headers come last, once the sitemap and the search index are written too.
        const headers: AstroIntegration = {
          name: 'annals:headers',
          hooks: {
            'astro:build:done': ({ dir, logger }) =>
              writeHeadersFile(dir, base, builtPages, logger),
          },
        };
        updateConfig({ integrations: [createSitemap(site, base, unlisted), headers] });
      },
      // The folders as Astro settled them (`--outDir` included), for the keyed files.
      'astro:config:done': ({ config }) => {
        if (!building) return;
        folders = {
          outDir: fileURLToPath(config.outDir),
          store: join(fileURLToPath(config.cacheDir), 'annals-files'),
          code: codeHash(fileURLToPath(config.root)),
        };
        searchStore = join(fileURLToPath(config.cacheDir), 'annals-search');
        pagesRecord = join(fileURLToPath(config.cacheDir), 'annals-pages.json');
        builtPagesRecord = join(fileURLToPath(config.cacheDir), 'annals-built-pages.json');
        // `astro build --force` renders every page anew, ignoring Astro's own cache; the files
        // kept by earlier builds (calendars, citations, the search index) go the same way, so
        // a forced build is a cold one, as the benchmark and a puzzled editor expect.
        if (forced) {
          rmSync(folders.store, { recursive: true, force: true });
          rmSync(searchStore, { recursive: true, force: true });
          rmSync(builtPagesRecord, { force: true });
        }
        // A report left by an earlier build must not pass for this one's.
        for (const kind of Object.keys(KEYED_FILE_KINDS)) {
          rmSync(join(keyedFolders(folders, kind).store, 'report.json'), { force: true });
        }
      },
      'astro:build:start': () => {
        if (folders) keptPages = emptyOutDirKeepingPages(folders.outDir, pagesRecord, !forced);
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        for (const [kind, label] of Object.entries(KEYED_FILE_KINDS)) {
          const report = folders && readKeyedFilesReport(keyedFolders(folders, kind).store);
          if (report) {
            logger.info(
              `${label}: ${report.written} written, ${report.reused} unchanged since the last build, ${report.removed} removed`,
            );
          }
        }
        await placeNotFoundPages(
          dir,
          site.locales.map((locale) => locale.code),
        );
        if (folders)
          recordPages(folders.outDir, pagesRecord, keptPages, [...assets.values()].flat());
        builtPages = await readBuiltPages(fileURLToPath(dir), builtPagesRecord);
        const defaultLocale = site.locales.find((locale) => locale.code === site.defaultLocale);
        await writeSearchIndex(
          dir,
          logger,
          {
            defaultLocale: site.defaultLocale,
            defaultLang: defaultLocale?.lang ?? site.defaultLocale,
            store: folders && searchStore ? { dir: searchStore, code: folders.code } : undefined,
          },
          builtPages,
        );
        const line = closingLine(pages.length, performance.now() - startedAt, dir, previewUrl);
        // Astro reports its own summary after every integration's hook; this line comes last.
        process.once('exit', () => logger.info(line));
      },
    },
  };
}
