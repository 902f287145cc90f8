import { DEFAULT_LOCALE, getLocale } from '../../i18n/locales.ts';
import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** One winner of an award round, as its table shows it. */
export interface AwardWinnerRow {
  city: Entry<'cities'>;
  /** The citation in the locale, else in the default language. */
  citation?: string;
  /** Tag of the citation when it is not in the page's language. */
  citationLang?: string;
}

/** Everything an award round's page shows, in one locale. */
export interface AwardView {
  page: EntryPageView;
  entry: Entry<'awards'>;
  conferredAt?: Entry<'events'>;
  winners: AwardWinnerRow[];
}

/** The winners of `award` with their citations in `locale`, falling back to the default language. */
export function awardWinners(
  archive: Archive,
  award: Entry<'awards'>,
  locale: string,
): AwardWinnerRow[] {
  const citations = award.translations.get(locale)?.data.citations ?? {};
  const defaultLang = locale === DEFAULT_LOCALE ? undefined : getLocale(DEFAULT_LOCALE).lang;
  return award.data.winners.map((winner) => {
    const translated = citations[winner.city.id];
    return {
      city: archive.get('cities', winner.city.id),
      citation: translated ?? winner.citation,
      citationLang: translated ? undefined : defaultLang,
    };
  });
}

/** What the page of award round `entry` shows in `locale`. */
export function awardView(archive: Archive, entry: Entry<'awards'>, locale: string): AwardView {
  const { conferredAt } = entry.data;
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    conferredAt: conferredAt && archive.get('events', conferredAt.id),
    winners: awardWinners(archive, entry, locale),
  };
}

/** Every award round with its winners, newest first, for the awards index of `locale`. */
export function awardsIndexView(
  archive: Archive,
  locale: string,
): { entry: Entry<'awards'>; winners: AwardWinnerRow[] }[] {
  return archive.awards.map((entry) => ({ entry, winners: awardWinners(archive, entry, locale) }));
}
