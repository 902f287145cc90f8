import type { PagefindInstance, PagefindSearch, SearchOptions } from './pagefind.ts';

/** The Arabic definite article. */
const ARTICLE = 'ال';

/** A word of three Arabic letters or more. */
const ARABIC_WORD = /^\p{Script=Arabic}{3,}$/u;

/**
 * The query with the Arabic article on each word that lacks it. Pagefind's Arabic stemmer
 * does not always reduce a word with and without its article to the same stem ("زيتون" and
 * "الزيتون" differ), so a word typed without its article can miss text that has it.
 * Undefined when no word would change.
 */
export function withArabicArticle(query: string): string | undefined {
  let changed = false;
  const words = query.split(/(\s+)/).map((word) => {
    if (!ARABIC_WORD.test(word) || word.startsWith(ARTICLE)) return word;
    changed = true;
    return `${ARTICLE}${word}`;
  });
  return changed ? words.join('') : undefined;
}

/**
 * Searches `instance`, and when fewer than `few` results come back for an Arabic query, the
 * same query with the article as well (`withArabicArticle`), adding what that finds after.
 */
export async function searchWithVariants(
  instance: PagefindInstance,
  query: string,
  options: SearchOptions,
  few: number,
): Promise<PagefindSearch | null> {
  const search = await instance.search(query || null, options);
  const variant = query ? withArabicArticle(query) : undefined;
  if (!search || !variant || search.results.length >= few) return search;
  const more = await instance.search(variant, options);
  const found = new Set(search.results.map((result) => result.id));
  const added = (more?.results ?? []).filter((result) => !found.has(result.id));
  return { ...search, results: [...search.results, ...added] };
}
