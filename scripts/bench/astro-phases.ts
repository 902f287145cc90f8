import type { TimedLine } from './measure.ts';

/** Where the wall time of one `astro build` went, in milliseconds. */
export interface BuildPhases {
  /** Node and Vite start-up, the config and its integrations' setup (our content check). */
  setupMs?: number;
  /** Astro's content layer: loading, parsing, validating and storing every entry. */
  contentSyncMs?: number;
  /** Type generation, build info and bundling the pages with Vite. */
  bundlingMs?: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs?: number;
  /** After rendering: sitemap and other `astro:build:done` work, Pagefind if it runs there. */
  afterRenderMs?: number;
  /** From the first to the last line that mentions Pagefind, when it runs inside the build. */
  pagefindMs?: number;
  /** Pages Astro reports it built. */
  pages?: number;
}

/** Keeps the lines phases are read from, not the one line per page Astro prints. */
export const isPhaseLine = (text: string) => !/^\s*(\S+\s+)?[├└]─/.test(text);

/** Astro's "✓ Completed in 532ms.", "12.34s." or "3m 45s." */
const COMPLETED = /✓ Completed in (?:(\d+)m )?([\d.]+)(ms|s)\b/;

/** The duration Astro reports on a "Completed in" line, more precise than line times. */
function reportedMs(text = ''): number | undefined {
  const match = COMPLETED.exec(text);
  if (!match) return undefined;
  const [, minutes, amount = '0', unit = 'ms'] = match;
  return durationMs(minutes, amount, unit);
}

/** A duration as Astro logs it (`3m 45s`, `12.3s`, `532ms`), in milliseconds. */
export function durationMs(minutes = '0', amount: string, unit: string): number {
  return Number(minutes) * 60_000 + Number(amount) * (unit === 's' ? 1000 : 1);
}

const find = (lines: readonly TimedLine[], pattern: RegExp, after = -1) =>
  lines.findIndex((line, index) => index > after && pattern.test(line.text));

/** Reads the phases of a build from Astro's log lines and when each arrived. */
export function readBuildPhases(lines: readonly TimedLine[]): BuildPhases {
  const at = (index: number) => (index >= 0 ? lines[index]!.atMs : undefined);
  const span = (from?: number, to?: number) =>
    from !== undefined && to !== undefined ? to - from : undefined;
  const syncStart = find(lines, /\[content\] Syncing content/);
  const syncEnd = find(lines, /\[content\] Synced content/, syncStart);
  const renderStart = find(lines, /generating static routes/, syncEnd);
  const renderEnd = find(lines, COMPLETED, renderStart);
  const end = find(lines, /\[build\] Complete!/, renderEnd);
  const pagefind = lines.filter((line) => /pagefind/i.test(line.text));
  const pages = /(\d+) page\(s\) built/.exec(
    lines.find((l) => / page\(s\) built/.test(l.text))?.text ?? '',
  );
  return {
    setupMs: at(syncStart),
    contentSyncMs: span(at(syncStart), at(syncEnd)),
    bundlingMs: span(at(syncEnd), at(renderStart)),
    renderMs: reportedMs(lines[renderEnd]?.text) ?? span(at(renderStart), at(renderEnd)),
    afterRenderMs: span(at(renderEnd), at(end)),
    pagefindMs: pagefind.length > 1 ? pagefind.at(-1)!.atMs - pagefind[0]!.atMs : undefined,
    pages: pages ? Number(pages[1]) : undefined,
  };
}

/** A stretch of a build in which it printed nothing, and the line that ended it. */
export interface Wait {
  ms: number;
  before: string;
}

/**
 * The `count` longest stretches between two kept lines of a build's log (the first from the
 * start), longest first: where a build whose phases do not add up spent its time.
 */
export function longestWaits(lines: readonly TimedLine[], count: number): Wait[] {
  return lines
    .map((line, at) => ({ ms: line.atMs - (at ? lines[at - 1]!.atMs : 0), before: line.text }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
