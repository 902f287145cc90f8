import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { localePaths } from '../../../data/routes.ts';
import { searchNames } from '../../../data/search-names.ts';
import { getLocale } from '../../../i18n/locales.ts';
import { searchWords } from '../../../outputs/search-words.ts';

export const getStaticPaths = localePaths;

/**
 * The words of the archive's names in one locale, for the search page's "Did you mean …?".
 * The page fetches it only after a search that found nothing.
 */
export const GET: APIRoute<never, { lang: string }> = async ({ params }) => {
  const { lang } = params;
  const words = searchWords(searchNames(await getArchive(), lang), getLocale(lang).lang);
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
