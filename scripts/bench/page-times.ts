import { durationMs } from './astro-phases.ts';
/** Pages of one kind, and the time Astro reports for them (rendering and writing each). */
export interface PageKindTime {
  pages: number;
  ms: number;
}

const FACETS = 'year|type|country|region';

/** The kind of page an output path is: `events/[slug]`, `events listing`, `home`... */
export function pageKind(path: string): string {
  // The route that writes every event's calendar in one go (src/pages/event-calendars.ts).
  if (path === '/event-calendars') return 'events/[slug].ics (all calendar files, one route)';
  // The route that writes every citation file in one go (src/pages/citation-files.ts).
  if (path === '/citation-files') return 'cite/[collection]/[file] (all citation files, one route)';
  if (path.startsWith('/cite/')) return 'cite/[collection]/[file] (citation file)';
  const parts = path.replace(/^\/|\/?index\.html$|\.html$/g, '').split('/');
  const [, section, ...rest] = parts;
  if (parts.length === 1)
    return parts[0] === '' ? 'root redirect' : parts[0] === '404' ? '404' : 'home';
  if (section !== 'events') return rest.length ? `${section}/[slug]` : `${section} index`;
  if (!rest.length || rest[0] === 'page') return 'events listing (all)';
  if (new RegExp(`^(${FACETS})$`).test(rest[0]!)) {
    return rest.length === 1 ? 'events facet index' : `events listing (by ${rest[0]})`;
  }
  return /\.ics$/.test(path) ? 'events/[slug].ics (calendar file)' : 'events/[slug]';
}

/**
 * One page in Astro's log: `├─ /en/events/x/index.html` and then `(+3ms)` once rendered, or
 * `(cached)` / `(restored)` when taken from the incremental cache. Two pages render at a time
 * (build.concurrency 2), so a time may land after another page's path, on the same line
 * (`├─ /a/index.html10:00:01   ├─ /b/index.html (+3ms)`) or alone on a later one: a path ends
 * at white space or at the next line's clock.
 */
const PAGE =
  /[├└]─\s+(\S+?)(?=\s|\d\d:\d\d:\d\d|$)(?:\s+\((cached|restored)\)|\s+\(\+(?:(\d+)m )?([\d.]+)(ms|s)\))?/g;

/** A page as Astro's log tells it: taken from the cache, or rendered in `ms` (0 if not said). */
export interface LoggedPage {
  path: string;
  reused: boolean;
  ms: number;
}

/** The pages in Astro's log `text` (a line or the whole log), in the order they appear. */
export function loggedPages(text: string): LoggedPage[] {
  return [...text.matchAll(PAGE)].map(
    ([, path = '', reused, minutes, amount = '0', unit = 'ms']) => ({
      path,
      reused: reused !== undefined,
      ms: reused ? 0 : durationMs(minutes, amount, unit),
    }),
  );
}

/** The kind under which pages the incremental build did not render again are counted. */
export const REUSED = 'reused (incremental build)';

/**
 * Collects, from Astro's lines per page (`├─ /en/events/x/index.html (+3ms)`), how many
 * pages of each kind were built and how long they took. A page whose time went elsewhere
 * counts, with no time.
 */
export function createPageTimes(kindOf: (path: string) => string = pageKind) {
  const kinds = new Map<string, PageKindTime>();
  const count = (kind: string, ms: number) => {
    const sum = kinds.get(kind) ?? { pages: 0, ms: 0 };
    kinds.set(kind, { pages: sum.pages + 1, ms: sum.ms + ms });
  };
  return {
    kinds,
    /** Takes one log line; false when it was not a page line. */
    add(line: string): boolean {
      const pages = loggedPages(line);
      for (const { path, reused, ms } of pages) count(reused ? REUSED : kindOf(path), ms);
      return pages.length > 0;
    },
  };
}
