import { HEADER_ONLY_DIRECTIVES, mergePolicies } from './security-policy.ts';

/** What the `_headers` file is written from: the layout and the policies of a built site. */
export interface BuiltSite {
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Names at the top of the site folder; folders end in `/`. */
  topLevel: readonly string[];
  /**
   * Names in its `pagefind/` folder, folders ending in `/`: those at the top, and those at the
   * top of each locale's default-language bundle, `fallback/ar/pagefind.js`, in place of
   * `fallback/`.
   */
  searchBundle: readonly string[];
  /** The policy each page carries in its `<meta http-equiv="content-security-policy">`. */
  pagePolicies: Iterable<string>;
}

/** A rule of a `_headers` file: a URL path, or a path ending in `*`, and its headers. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** For files whose name changes with their content: a reader's browser keeps them a year. */
const KEEP = 'public, max-age=31536000, immutable';

/** For pages, feeds, calendars and data, which change in place: asked for again each time. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Folders, under the base, whose every file is named after its content: Astro's assets, and
 * the chunks of each search bundle, the main one and each default-language one.
 */
const HASHED_FOLDER = /^(_astro|pagefind\/(fallback\/[^/]+\/)?(fragment|index|filter))\/$/;

/**
 * Pagefind's per-language metadata, also named after its content (`pagefind.en_1b8f….pf_meta`).
 * Its WebAssembly (`wasm.en.pagefind`) is not: a new Pagefind overwrites it in place, so it
 * is asked for again like a page.
 */
const HASHED_FILE = /\.pf_meta$/;

function cachingRule(base: string, path: string): HeaderRule {
  if (path.endsWith('/')) {
    const cache = HASHED_FOLDER.test(path) ? KEEP : REVALIDATE;
    return { path: `${base}${path}*`, headers: { 'Cache-Control': cache } };
  }
  const cache = HASHED_FILE.test(path) ? KEEP : REVALIDATE;
  return {
    path: path === 'index.html' ? base : `${base}${path}`,
    headers: { 'Cache-Control': cache },
  };
}

/**
 * The rules of the `_headers` file: the Content Security Policy and other safety headers on
 * every path, then how long each part of the site may be kept. Each path gets one
 * `Cache-Control` only, because hosts join the values of every rule that matches.
 */
export function headerRules(site: BuiltSite): HeaderRule[] {
  const security: HeaderRule = {
    path: `${site.base}*`,
    headers: {
      'Content-Security-Policy': mergePolicies(site.pagePolicies, HEADER_ONLY_DIRECTIVES),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  };
  const paths = [
    ...site.topLevel.filter((name) => name !== 'pagefind/'),
    ...site.searchBundle.map((name) => `pagefind/${name}`),
  ].sort();
  return [security, ...paths.map((path) => cachingRule(site.base, path))];
}

/** A `_headers` file, as Netlify and Cloudflare Pages read it. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Headers for Netlify and Cloudflare Pages, written by each build.\n${blocks.join('\n\n')}\n`;
}
