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

const PAGE_LINE = /[├└]─\s+(\S+)\s+\(\+(?:(\d+)m )?([\d.]+)(ms|s)\)/;
const REUSED_LINE = /[├└]─\s+\S+\s+\((cached|restored)\)/;

/** The kind under which pages the incremental build did not render again are counted. */
export const REUSED = 'reused (incremental build)';

/**
 * Collects, from Astro's one line per page (`├─ /en/events/x/index.html (+3ms)`), how many
 * pages of each kind were built and how long they took.
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
      if (REUSED_LINE.test(line)) {
        count(REUSED, 0);
        return true;
      }
      const match = PAGE_LINE.exec(line);
      if (!match) return false;
      const [, path = '', minutes, amount = '0', unit = 'ms'] = match;
      count(kindOf(path), durationMs(minutes, amount, unit));
      return true;
    },
  };
}
