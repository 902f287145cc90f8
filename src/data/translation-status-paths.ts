import { LOCALES } from '../i18n/locales.ts';
import { getArchive } from './archive.ts';
import { archivePageKey } from './cache-key.ts';
import { getTranslationStatus } from './translation-status.ts';

// Apart from routes.ts: the status is a virtual module generated from the content check, and
// a module every page imports would put it in every page's code, so that adding a
// translation made Astro render every page again.

/** `getStaticPaths` for the translation status pages, which also read git and file times. */
export async function translationStatusPaths() {
  const [archive, statuses] = await Promise.all([getArchive(), getTranslationStatus()]);
  return LOCALES.map((locale) => ({
    params: { lang: locale.code },
    cacheKey: archivePageKey(archive, locale.code, statuses),
  }));
}
