import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import site from '../../../annals.config.ts';
import { getArchive } from '../../data/archive.ts';
import { localePaths } from '../../data/routes.ts';
import { absoluteUrl, localeHomeUrl } from '../../data/urls.ts';
import { DEFAULT_LOCALE, getLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { getFeedItems } from '../../outputs/feeds.ts';

export const getStaticPaths = localePaths;

/** The RSS feed of new and updated events and statements in one locale. */
export const GET: APIRoute<never, { lang: string }> = async ({ params }) => {
  const { lang } = params;
  const siteTitle = site.title[lang] ?? site.title[DEFAULT_LOCALE] ?? '';
  return rss({
    title: `${siteTitle} – ${useTranslations(lang)('feed.title')}`,
    description: site.description[lang] ?? site.description[DEFAULT_LOCALE] ?? siteTitle,
    site: absoluteUrl(localeHomeUrl(lang)),
    items: getFeedItems(await getArchive(), lang),
    customData: `<language>${getLocale(lang).lang}</language>`,
  });
};
