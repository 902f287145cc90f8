import { CONTENT_MODEL } from '../../schemas/model.ts';
import { proseLines } from '../body-lines.ts';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import type { FactsFile } from '../validate-file.ts';
import type { ContentRule } from './rule.ts';
import { RESERVED, slugOf } from './unique-slugs.ts';

/**
 * Where a body links: a Markdown link `[text](target)` (not an image, whose file the checker
 * finds next to the entry), a reference definition `[label]: target`, or an `href="target"`.
 */
const LINK_TARGETS = [
  /(?<!!)\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)/g,
  /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g,
  /\bhref=["']([^"']+)["']/g,
];

/** A target with a scheme (`https:`, `mailto:`), or to another host, or to this page. */
const NOT_A_SITE_PATH = /^(?:[a-z][a-z\d+.-]*:|\/\/|#|\?)/i;

/** Stands for the locale a page is read in: a relative link stays in it. */
const LOCALE = '~locale';

/** How deep an entry's page is under the site's base: `{locale}/{collection}/{slug}/`. */
const PAGE_DEPTH = 3;

/** The site path a link written on an entry's page leads to, in the page's locale. */
function resolvedPath(target: string, collection: string, slug: string): string {
  return new URL(target, `https://site.invalid/${LOCALE}/${collection}/${slug}/`).pathname;
}

/** The path from an entry's page to a site path: `../other-page/` within its collection. */
function relativeTo(collection: string, path: string): string {
  const [first, ...rest] = path.split('/').slice(1);
  // A locale prefix (`/en/…`) is dropped: the relative link stays in the reader's locale.
  const inLocale = first === LOCALE || /^[a-z]{2,3}$/.test(first ?? '');
  if (!inLocale) return `${'../'.repeat(PAGE_DEPTH)}${[first, ...rest].join('/')}`;
  if (rest[0] === collection) return `../${rest.slice(1).join('/')}`;
  return `../../${rest.join('/')}`;
}

/**
 * The entry pages of a collection, by its URL segment (the paths here are page paths):
 * current slugs, and former ones that redirect.
 */
interface CollectionPages {
  slugs: Set<string>;
  aliases: Set<string>;
}

function pagesByCollection(facts: FactsFile[]): Map<string, CollectionPages> {
  const pages = new Map(
    Object.values(CONTENT_MODEL).map(({ segment }) => [
      segment,
      { slugs: new Set<string>(), aliases: new Set<string>() },
    ]),
  );
  for (const entry of facts) {
    const collection = pages.get(CONTENT_MODEL[entry.collection].segment);
    const slug = slugOf(entry);
    if (slug !== undefined) collection?.slugs.add(slug);
    for (const alias of entry.data.aliases ?? []) {
      collection?.aliases.add(alias);
    }
  }
  return pages;
}

/** How many folders a relative target climbs: the `../` it starts with, past any `./`. */
function levelsUp(target: string): number {
  return (/^(?:\.\/)*((?:\.\.\/)*)/.exec(target)?.[1]?.length ?? 0) / '../'.length;
}

/** What is wrong with one link of an entry's body, with the link to write instead. */
function problemWith(
  target: string,
  page: { collection: string; slug: string },
  pages: Map<string, CollectionPages>,
): string | undefined {
  const path = target.replace(/[?#].*$/, '');
  const suffix = target.slice(path.length);
  if (NOT_A_SITE_PATH.test(target) || path === '') return undefined;
  if (path.startsWith('/')) {
    return `links to '${target}' from the root of the host, which breaks when the site is published under a base path (as on GitHub Pages); write the link relative to this page: '${relativeTo(page.collection, path)}${suffix}'`;
  }
  if (levelsUp(target) > PAGE_DEPTH) {
    return `links to '${target}', which climbs above the site; a page of this site is at most ${'../'.repeat(PAGE_DEPTH)} away`;
  }
  const content = /^(.*\/)(?:index|[a-z]{2,3})\.mdx?$/.exec(path);
  if (content) {
    return `links to the content file '${target}'; link to the page it makes instead: '${content[1]}${suffix}'`;
  }
  const [locale, collection, slug, ...more] = resolvedPath(path, page.collection, page.slug)
    .split('/')
    .slice(1);
  const known = pages.get(collection ?? '');
  const isEntryPage = locale === LOCALE && known && slug && more.join('') === '';
  if (!isEntryPage || RESERVED[collection!]?.includes(slug)) return undefined;
  if (known.slugs.has(slug) || known.aliases.has(slug)) return undefined;
  const meant = closestMatch(slug, known.slugs);
  const hint = meant ? `; did you mean '${path.replace(slug, meant)}${suffix}'?` : '';
  return `links to '${target}', but there is no page ${collection}/${slug}/${hint}`;
}

/**
 * Links in an entry's text to other pages of the site must survive a base path and the
 * reader's locale: they are written relative to the page (`../other-page/`), never from the
 * root of the host (`/en/docs/other-page/`), and a link to an entry's page must name one
 * that exists (its slug or one of its aliases).
 */
export const pageLinks: ContentRule = ({ facts, translations, factsOf }) => {
  const pages = pagesByCollection(facts);
  return [...facts, ...translations].flatMap((entry) => {
    const owner = entry.locale === undefined ? entry : factsOf(entry.collection, entry.id);
    const page = {
      collection: CONTENT_MODEL[entry.collection].segment,
      slug: (owner && slugOf(owner)) ?? entry.id,
    };
    return proseLines(entry).flatMap(({ line, text }) =>
      LINK_TARGETS.flatMap((pattern) => [...text.matchAll(pattern)]).flatMap((match) => {
        const message = problemWith(match[1]!, page, pages);
        return message ? [{ file: entry.path, line, message, severity: 'error' } as Problem] : [];
      }),
    );
  });
};
