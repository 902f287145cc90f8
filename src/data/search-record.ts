import { formatDayRange, formatPartialDate } from '../i18n/format.ts';
import { countryName, regionName } from '../i18n/place-names.ts';
import { getLocale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { COLLECTION_NAMES, CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { Archive } from './archive.ts';
import { entryLabel } from './entry-label.ts';
import type { Entry } from './load-archive.ts';
import { hasBody, localize } from './localize.ts';
import { REGIONS } from './regions.ts';

/**
 * What the search index keeps about a page besides its text, in the page's language: shown
 * with each result (meta), offered as filters with counts, and used to sort by date.
 */
export interface SearchRecord {
  /** `titleLang`: the language of the title, when it is not the page's (a fallback's). */
  meta: { kind: string; date?: string; place?: string; titleLang?: string };
  filters: { type: string; year?: string; country?: string; region?: string; eventType?: string };
  /** ISO date for sorting; undated entries sort last among the newest first. */
  sortDate: string;
}

/** When and where an entry happened, as far as its collection says. */
interface WhenWhere {
  /** The date as the locale writes it. */
  date?: string;
  /** The date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD), for the year and sorting. */
  iso?: string;
  country?: string;
  city?: string;
  online?: boolean;
}

/** The date and place of an entry, where it has them. */
function whenAndWhere(archive: Archive, entry: Entry, locale: string): WhenWhere {
  const data = entry.data as Record<string, unknown>;
  switch (entry.collection as CollectionName) {
    case 'events': {
      const event = entry as Entry<'events'>;
      const place = archive.placeOf(event);
      return {
        date: formatDayRange(event.data.start, event.data.end, locale),
        iso: event.data.start,
        country: place.country,
        city: place.city && entryLabel(place.city, locale).text,
        online: event.data.attendance === 'online',
      };
    }
    case 'statements': {
      const statement = entry as Entry<'statements'>;
      const event = statement.data.adoptedAt && archive.get('events', statement.data.adoptedAt.id);
      const iso = statement.data.date ?? event?.data.start;
      return {
        date: iso && formatPartialDate(iso, locale),
        iso,
        country: event && archive.placeOf(event).country,
      };
    }
    case 'awards': {
      // A round's year is a number, shown as written rather than as a formatted date.
      const year = String((entry as Entry<'awards'>).data.year);
      return { date: year, iso: year };
    }
    default:
      return fromModel(entry.collection, data, locale);
  }
}

/**
 * The date and country of an entry of any other collection, a new one included: its date
 * field in the content model, and a `country` field if its schema has one.
 */
function fromModel(collection: CollectionName, data: Record<string, unknown>, locale: string) {
  const { dateField } = CONTENT_MODEL[collection] as CollectionModel;
  const value = dateField ? data[dateField] : undefined;
  const iso = typeof value === 'string' ? value : undefined;
  return {
    date: iso && formatPartialDate(iso, locale),
    iso,
    country: typeof data.country === 'string' ? data.country : undefined,
  };
}

/** The search record of an entry's page in a locale. */
export function getSearchRecord(
  archive: Archive,
  entry: Entry,
  locale: string,
  t: Translate,
): SearchRecord {
  const { date, iso, country, city, online } = whenAndWhere(archive, entry, locale);
  const countryLabel = country && countryName(country, locale);
  const region = country && REGIONS.regionOf(country);
  // A city and its country joined as the locale writes them ("Valdoro، البرتغال" in Arabic).
  const place = online
    ? t('event.online')
    : city && countryLabel
      ? t('place.cityCountry', { city, country: countryLabel })
      : city || countryLabel || undefined;
  const eventType =
    entry.collection === 'events'
      ? t(`eventType.${(entry as Entry<'events'>).data.type}`)
      : undefined;
  const titleLang = entryLabel(entry, locale).lang;
  return {
    meta: {
      kind: t(`kind.${entry.collection}`),
      date,
      place,
      titleLang: titleLang === getLocale(locale).lang ? undefined : titleLang,
    },
    filters: {
      type: t(`kind.${entry.collection}`),
      year: iso?.slice(0, 4),
      country: countryLabel,
      region: region ? regionName(region, locale) : undefined,
      eventType,
    },
    sortDate: iso ?? '0000',
  };
}

/** What of an entry's page a locale shows in the default language, for want of a translation. */
export interface UntranslatedText {
  summary: boolean;
  body: boolean;
}

/**
 * The parts of an entry's page in a locale that are in the default language for want of a
 * translation, and have text. `EntryArticle.astro` marks them, so that they go to the
 * locale's second, default-language search index instead of its own.
 */
export function untranslatedText(entry: Entry, locale: string): UntranslatedText {
  const local = localize(entry, locale);
  const pageLang = getLocale(locale).lang;
  const summary = local.text('summary') ?? local.text('description');
  return {
    summary: summary !== undefined && summary.lang !== pageLang,
    body: local.bodyFallsBack || (!local.isTranslated && hasBody(entry.source)),
  };
}

/** Whether any page of a locale shows untranslated text, so the locale has a second index. */
export function hasUntranslatedText(archive: Archive, locale: string): boolean {
  return COLLECTION_NAMES.some((collection) =>
    archive[collection].some((entry: Entry) => {
      const untranslated = untranslatedText(entry, locale);
      return untranslated.summary || untranslated.body;
    }),
  );
}
