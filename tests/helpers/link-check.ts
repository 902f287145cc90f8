import type { HTMLElement } from 'node-html-parser';
import { listSiteFiles } from './site-files.ts';
import { readSitePages } from './site-pages.ts';

/** The elements and attributes whose URLs a reader follows or a browser loads. */
const URL_ATTRIBUTES: readonly [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
];

/** A URL written in a page, with the element and attribute it was written in. */
interface Reference {
  where: string;
  url: string;
}

/** The URLs of a `srcset`: each candidate is a URL, then optional width or density. */
function urlsOfSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function referencesIn(root: HTMLElement): Reference[] {
  return URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).flatMap((element) => {
      const value = element.getAttribute(attribute) ?? '';
      const urls = attribute === 'srcset' ? urlsOfSrcset(value) : [value.trim()];
      const where = `<${element.rawTagName.toLowerCase()} ${attribute}="${value}">`;
      return urls.map((url) => ({ where, url }));
    }),
  );
}

/** Targets of fragment links on a page: ids, and the old `<a name>`. */
function anchorsIn(root: HTMLElement): Set<string> {
  const ids = root.querySelectorAll('[id]').map((element) => element.id);
  const names = root.querySelectorAll('a[name]').map((a) => a.getAttribute('name') ?? '');
  return new Set([...ids, ...names]);
}

/** Percent-decoded text, or undefined where the encoding is broken. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The built file that answers a URL path under the base, as a static host finds it. */
function fileFor(urlPath: string, site: SiteIndex): string | undefined {
  const path = decoded(urlPath)?.slice(site.base.length);
  if (path === undefined) return undefined;
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((candidate) => site.files.has(candidate));
}

interface SiteIndex {
  origin: string;
  /** The path the site is served under: `/`, or `/archive/`. */
  base: string;
  files: Set<string>;
  anchorsByFile: Map<string, Set<string>>;
}

/** What is wrong with one URL written on a page, or undefined if it is fine or external. */
function problemWith(url: string, pageUrl: URL, site: SiteIndex): string | undefined {
  if (!URL.canParse(url, pageUrl)) return 'is not a valid URL';
  const target = new URL(url, pageUrl);
  if (target.origin !== site.origin) return undefined;
  if (!target.pathname.startsWith(site.base)) {
    return `${target.pathname} is outside the site's base path ${site.base}`;
  }
  const file = fileFor(target.pathname, site);
  if (!file) return `nothing is built at ${target.pathname}`;
  const fragment = decoded(target.hash.slice(1)) ?? target.hash.slice(1);
  // An empty fragment and `#top` go to the top of the page, by the HTML standard.
  if (!fragment || fragment.toLowerCase() === 'top' || !file.endsWith('.html')) return undefined;
  if (site.anchorsByFile.get(file)?.has(fragment)) return undefined;
  return `${target.pathname} has no element with id "${fragment}"`;
}

function onPages(pages: string[]): string {
  const shown = pages.slice(0, 3).join(', ');
  return pages.length > 3 ? `${shown} and ${pages.length - 3} more pages` : shown;
}

/**
 * Every link and asset URL of a built site that leads nowhere: a missing page or file, a
 * fragment with no element of that id on its page, or a path outside the site's `base`.
 * URLs on `siteUrl`'s host count as the site's own; other hosts are not checked. One line
 * per broken URL, naming the pages with it.
 */
export async function findBrokenLinks(
  siteDir: string,
  siteUrl: string,
  options: { base?: string } = {},
): Promise<string[]> {
  const pages = await readSitePages(siteDir);
  const site: SiteIndex = {
    origin: new URL(siteUrl).origin,
    base: options.base ?? '/',
    files: new Set(await listSiteFiles(siteDir)),
    anchorsByFile: new Map(pages.map((page) => [page.file, anchorsIn(page.root)])),
  };
  const pagesByProblem = new Map<string, string[]>();
  for (const page of pages) {
    const pageUrl = new URL(`${site.base}${page.urlPath.slice(1)}`, site.origin);
    for (const { where, url } of referencesIn(page.root)) {
      const problem = problemWith(url, pageUrl, site);
      if (!problem) continue;
      const key = `${where}: ${problem}`;
      const onThese = pagesByProblem.get(key) ?? [];
      if (onThese.at(-1) !== page.file) onThese.push(page.file);
      pagesByProblem.set(key, onThese);
    }
  }
  return [...pagesByProblem].map(([problem, onThese]) => `${problem}; on ${onPages(onThese)}`);
}
