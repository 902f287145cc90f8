import { LOCALES } from '../i18n/locales.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { getArchive } from './archive.ts';
import type { Entry } from './load-archive.ts';

/**
 * `getStaticPaths` for the pages of a collection: every entry in every locale, whether it
 * is translated or not, so each URL exists in all languages (untranslated ones fall back).
 */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const entries = (await getArchive())[collection] as Entry<C>[];
  return LOCALES.flatMap((locale) =>
    entries.map((entry) => ({ params: { lang: locale.code, slug: entry.slug }, props: { entry } })),
  );
}

/** `getStaticPaths` for pages that exist once per locale, like collection indexes. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: locale.code } }));
}
