import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedPages } from '../../scripts/bench/page-times.ts';
import { astroCacheDir } from '../../src/integration/cache-dir.ts';
import { siteConfigEnv } from '../../src/integration/site-config-file.ts';
import {
  FIXTURE_ARCHIVE_DIR,
  FIXTURE_BUILD_EPOCH,
  FIXTURE_CONFIG_FILE,
} from '../fixtures/fixture-archive.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

/**
 * An incremental build must write what a cold build of the same content writes, byte for
 * byte, whatever changed since the build it reuses: content, interface strings, the site
 * configuration or the day. One folder of content is edited and rebuilt in place with Astro's
 * cache kept; after each round of edits it is built again cold, with that cache set aside,
 * and the two sites compared. The builds run in a copy of the project, whose interface
 * strings a round edits while other test files read the project's own.
 */

/** Replaces `search` in a file; fails when it is not there, so that an edit never misses. */
async function replaceIn(file: string, search: string, replacement: string) {
  const text = await readFile(file, 'utf8');
  if (!text.includes(search)) throw new Error(`${file} does not contain ${search}`);
  await writeFile(file, text.replace(search, replacement));
}

/** The files that differ between two built sites: missing, extra or with other bytes. */
async function differences(expected: string, actual: string): Promise<string[]> {
  const [want, got] = await Promise.all([listSiteFiles(expected), listSiteFiles(actual)]);
  const problems = [
    ...want.filter((file) => !got.includes(file)).map((file) => `${file}: missing`),
    ...got.filter((file) => !want.includes(file)).map((file) => `${file}: not in a cold build`),
  ];
  for (const file of want.filter((path) => got.includes(path))) {
    const [a, b] = await Promise.all([
      readFile(join(expected, file)),
      readFile(join(actual, file)),
    ]);
    if (!a.equals(b)) problems.push(`${file}: differs`);
  }
  return problems;
}

/** The pages a build took from its cache, and those it rendered, by path. */
function pageCounts(result: BuildResult) {
  // Astro colours the paths even with FORCE_COLOR=0.
  const output = stripVTControlCharacters(result.output);
  // Two pages render at a time, so a page's time may follow another page's path; a reused
  // page's path and its "(cached)" come together (scripts/bench/page-times.ts).
  const pages = loggedPages(output);
  const reusedPages = pages.filter((page) => page.reused).map((page) => page.path);
  const rendered = pages.filter((page) => !page.reused).map((page) => page.path);
  const keyedFiles = (label: string) => {
    const match = new RegExp(
      `${label}: (\\d+) written, (\\d+) unchanged since the last build, (\\d+) removed`,
    ).exec(output);
    return (
      match && { written: Number(match[1]), reused: Number(match[2]), removed: Number(match[3]) }
    );
  };
  return {
    reused: reusedPages.length,
    /** Every page taken from the cache, by path. */
    reusedPages,
    rendered: rendered.length,
    /** Every page rendered: `/fr/cities/x/index.html`. */
    renderedPages: rendered,
    /** The event pages rendered: `/fr/events/x/index.html`. */
    eventPages: rendered.filter((path) =>
      /^\/\w+\/events\/(?!(year|type|country|region|page)\/)[^/]+\/index\.html$/.test(path),
    ),
    calendars: keyedFiles('Event calendars'),
    citations: keyedFiles('Citation files'),
  };
}

/** The day after the 2026 forum of the fixture archive ends (2026-09-16), as an epoch. */
const AFTER_FORUM = String(Date.parse('2026-09-17T00:00:00Z') / 1000);

describe('an incremental build', () => {
  let project = '';
  let work = '';
  let content = '';
  let config = '';
  let round = 0;
  const env = (epoch = FIXTURE_BUILD_EPOCH) => ({
    SOURCE_DATE_EPOCH: epoch,
    ...siteConfigEnv(config),
  });

  /** Builds the edited folder incrementally and a copy of it cold, and compares the two. */
  async function buildBoth(epoch?: string) {
    const outDir = join(work, 'dist');
    const incremental = await buildSite({
      root: project,
      outDir,
      contentDir: content,
      env: env(epoch),
      keepCache: true,
    });
    expect(incremental.exitCode, incremental.output).toBe(0);
    // The same folder, for documentation pages name their file; Astro's cache of it set aside.
    const cold = join(work, `cold-${++round}`);
    const cache = astroCacheDir(project, content);
    await rename(cache, `${cache}-kept`);
    try {
      const result = await buildSite({
        root: project,
        outDir: cold,
        contentDir: content,
        env: env(epoch),
      });
      expect(result.exitCode, result.output).toBe(0);
    } finally {
      await rename(`${cache}-kept`, cache);
    }
    expectNoProblems(
      await differences(cold, outDir),
      'files of the incremental build that differ from a cold build of the same content',
    );
    await rm(cold, { recursive: true, force: true });
    return pageCounts(incremental);
  }

  beforeAll(async () => {
    project = await copyProject();
    work = await mkdtemp(join(tmpdir(), 'annals-incremental-'));
    content = join(work, 'content');
    await cp(FIXTURE_ARCHIVE_DIR, content, { recursive: true });
    // A configuration of its own, at one path for every build, to edit in one round.
    config = join(work, 'annals.config.ts');
    const schema = join(project, 'src', 'schemas', 'site-config.ts');
    const text = await readFile(FIXTURE_CONFIG_FILE, 'utf8');
    await writeFile(config, text.replace('../../src/schemas/site-config.ts', schema));
    const first = await buildSite({
      root: project,
      outDir: join(work, 'dist'),
      contentDir: content,
      env: env(),
      keepCache: true,
    });
    expect(first.exitCode, first.output).toBe(0);
  });

  afterAll(async () => {
    if (content) await rm(astroCacheDir(project, content), { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('after content edits, renders only the pages they touch', async () => {
    // A city's name, shown on its page, on the listings of its events and in the search index.
    await replaceIn(
      join(content, 'cities/port-alder/index.md'),
      'name: Port Alder',
      'name: Port Alderney',
    );
    // A new translation.
    await writeFile(
      join(content, 'events/2021-reading-circle-webinar/fr.md'),
      '---\ntitle: Webinaire du cercle de lecture\nsummary: Un cercle de lecture en ligne.\n---\n',
    );
    // A renamed entry, whose former address now redirects.
    await replaceIn(
      join(content, 'events/2023-expert-meeting-maple-falls/index.md'),
      'type: expert-meeting',
      'slug: expert-meeting-maple-falls\naliases: [2023-expert-meeting-maple-falls]\ntype: expert-meeting',
    );
    // Deleted entries, one of them an event with its calendars.
    await rm(join(content, 'publications/2020-guide-for-learning-towns'), { recursive: true });
    await rm(join(content, 'events/2020-online-cluster-meeting'), { recursive: true });
    const { reused, rendered, eventPages, calendars, citations } = await buildBoth();
    // In an archive of ten events, nearly every page names Port Alder or shows a count.
    expect(reused, 'pages taken from the cache').toBeGreaterThan((reused + rendered) / 3);
    expect(eventPages).not.toContain('/en/events/2019-workshop-lanhe/index.html');
    // Nine events in six languages: those whose calendar changed are written (Port Alder's,
    // the renamed and the translated event's...), the others copied; the deleted event's and
    // the renamed one's former files are gone.
    expect(calendars?.written).toBeGreaterThanOrEqual(18);
    expect(calendars?.reused).toBeGreaterThan(0);
    expect(calendars).toMatchObject({ removed: 12 });
    expect(calendars!.written + calendars!.reused).toBe(54);
    // Citation files name the entry, its event and the event's place: Port Alder's events and
    // what was adopted there are written again, the others copied; the deleted publication's,
    // the deleted event's and the renamed event's former files (three formats each) are gone.
    expect(citations?.written).toBeGreaterThanOrEqual(3);
    expect(citations?.reused).toBeGreaterThan(0);
    expect(citations).toMatchObject({ removed: 9 });
  });

  it('on a later day, with one event’s body edited, renders the pages of those two events alone', async () => {
    await replaceIn(
      join(content, 'events/2016-world-forum-vellmora/index.md'),
      'moved to September.',
      'moved to September, after the rains.',
    );
    const { reused, rendered, renderedPages, reusedPages, eventPages, calendars } =
      await buildBoth(AFTER_FORUM);
    // Pages of the whole archive (homes, indexes, feeds) are rendered again, and of the
    // entries' pages those that show the forum; of the events' pages, the forum's and the
    // edited event's alone.
    expect(reused, 'pages taken from the cache').toBeGreaterThan((reused + rendered) / 2);
    // Not counted: the renamed event's former address, now its redirect page. After the
    // rename Astro pruned its cached copy as the event route's orphan, though the redirect
    // route had just written it, so this build renders it once more.
    const former = '/events/2023-expert-meeting-maple-falls/';
    expect(eventPages.filter((path) => !path.includes(former)).sort()).toEqual(
      ['2016-world-forum-vellmora', '2026-world-forum-coral-bay']
        .flatMap((event) =>
          ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map(
            (locale) => `/${locale}/events/${event}/index.html`,
          ),
        )
        .sort(),
    );
    // The edited event's city, the statement adopted there, the listing of its year: they show
    // its title, its dates and its place, none of which changed, and not its body.
    for (const page of [
      '/en/cities/vellmora/index.html',
      '/en/statements/2016-vellmora-call-to-action/index.html',
      '/en/events/year/2016/index.html',
    ]) {
      expect(renderedPages).not.toContain(page);
      expect(reusedPages).toContain(page);
    }
    // A calendar's text never asks whether its event is over, nor shows its body: the day and
    // the edit write none again.
    expect(calendars).toMatchObject({ written: 0, reused: 54, removed: 0 });
  });

  it('after an interface string and the site configuration change, still matches', async () => {
    await replaceIn(
      join(project, 'src', 'i18n', 'ui', 'es.json'),
      '"nav.home": "',
      '"nav.home": "» ',
    );
    await replaceIn(
      config,
      "KR: { en: 'Republic of Korea' },",
      "KR: { en: 'Republic of Korea' },\n    IE: { en: 'Éire' },",
    );
    await buildBoth(AFTER_FORUM);
  });
});
