import { describe, expect, it } from 'vitest';
import { createPageTimes, loggedPages, pageKind, REUSED } from '../../scripts/bench/page-times.ts';

/** The counts and milliseconds by kind after the given log lines. */
function timesOf(...lines: string[]) {
  const times = createPageTimes();
  const pageLines = lines.filter((line) => times.add(line));
  return { kinds: Object.fromEntries(times.kinds), pageLines: pageLines.length };
}

describe('the benchmark’s times by kind of page, from Astro’s log', () => {
  it('counts a rendered page with its time, and a reused one without', () => {
    expect(
      timesOf(
        '10:00:01   ├─ /en/events/x/index.html (+3ms)',
        '10:00:01   ├─ /fr/events/y/index.html (+1m 2.5s)',
        '10:00:01   ├─ /en/cities/z/index.html (cached)',
        '10:00:01   ├─ /en/cities/w/index.html (restored)',
        '10:00:02 [build] ✓ Completed in 3.2s.',
      ),
    ).toEqual({
      kinds: {
        'events/[slug]': { pages: 2, ms: 3 + 62_500 },
        [REUSED]: { pages: 2, ms: 0 },
      },
      pageLines: 4,
    });
  });

  it('counts both pages of a line where two pages rendered at once met', () => {
    expect(
      timesOf(
        '10:00:01   ├─ /en/events/x/index.html10:00:01   ├─ /en/cities/z/index.html (+4ms)',
        ' (+2ms)',
      ),
    ).toEqual({
      kinds: {
        'events/[slug]': { pages: 1, ms: 0 },
        'cities/[slug]': { pages: 1, ms: 4 },
      },
      pageLines: 1,
    });
  });

  it('tells a page taken from the cache beside one still rendering', () => {
    expect(
      timesOf('10:00:01   ├─ /en/events/x/index.html10:00:01   ├─ /en/events/y/index.html (cached)')
        .kinds,
    ).toEqual({ 'events/[slug]': { pages: 1, ms: 0 }, [REUSED]: { pages: 1, ms: 0 } });
  });
});

describe('the pages of a whole build log', () => {
  it('gives each page once, reused or rendered, across lines and wherever its time went', () => {
    const log = [
      '10:00:01 [build] ✓ Completed in 3.2s.',
      '10:00:01   ├─ /en/events/x/index.html10:00:01   ├─ /en/events/y/index.html (cached)',
      '10:00:01   ├─ /fr/events/z/index.html (+2ms)',
      ' (+5ms)',
      '10:00:02   ├─ /fr/cities/w/index.html (restored)',
    ].join('\n');
    expect(loggedPages(log)).toEqual([
      { path: '/en/events/x/index.html', reused: false, ms: 0 },
      { path: '/en/events/y/index.html', reused: true, ms: 0 },
      { path: '/fr/events/z/index.html', reused: false, ms: 2 },
      { path: '/fr/cities/w/index.html', reused: true, ms: 0 },
    ]);
  });
});

describe('the kind of page an output path is, for the benchmark’s table', () => {
  it.each([
    ['/event-calendars', 'events/[slug].ics (all calendar files, one route)'],
    ['/citation-files', 'cite/[collection]/[file] (all citation files, one route)'],
    ['/cite/events/2019-x.bib', 'cite/[collection]/[file] (citation file)'],
    ['/index.html', 'root redirect'],
    ['/404.html', '404'],
    ['/en/index.html', 'home'],
    ['/en/cities/index.html', 'cities index'],
    ['/en/cities/a-city/index.html', 'cities/[slug]'],
    ['/en/events.ics', 'events.ics index'],
    ['/en/events/index.html', 'events listing (all)'],
    ['/en/events/page/2/index.html', 'events listing (all)'],
    ['/en/events/year/index.html', 'events facet index'],
    ['/en/events/year/2019/index.html', 'events listing (by year)'],
    ['/en/events/country/mx/page/2/index.html', 'events listing (by country)'],
    ['/en/events/2019-workshop-x/index.html', 'events/[slug]'],
    ['/en/events/2019-workshop-x.ics', 'events/[slug].ics (calendar file)'],
  ])('%s is %s', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});
