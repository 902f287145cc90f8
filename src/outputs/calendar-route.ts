import site from '../../annals.config.ts';
import { getArchive } from '../data/archive.ts';
import { getBuildDay } from '../data/build-day.ts';
import { getUpcomingEvents } from '../data/upcoming-events.ts';
import { absoluteUrl, localeHomeUrl } from '../data/urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { createCalendar } from './ical.ts';

/**
 * The calendar of every event of the archive, or of the upcoming ones, in a locale, as the
 * response of its endpoint (`/fr/events.ics`, `/fr/upcoming.ics`).
 */
export async function calendarResponse(locale: string, which: 'all' | 'upcoming') {
  const archive = await getArchive();
  const t = useTranslations(locale);
  const events = which === 'all' ? archive.events : getUpcomingEvents(archive, getBuildDay());
  const siteTitle = site.title[locale] ?? site.title[DEFAULT_LOCALE];
  const body = createCalendar(archive, events, {
    name: `${siteTitle} – ${t(which === 'all' ? 'nav.events' : 'home.upcoming')}`,
    url: absoluteUrl(localeHomeUrl(locale)),
    locale,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
