import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../../i18n/translate.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { Source } from '../../schemas/fields/web.ts';
import type { Archive } from '../archive.ts';
import { entryLabel } from '../entry-label.ts';
import {
  identifierLinks,
  type EntryIdentifiers,
  type IdentifierLink,
} from '../identifier-links.ts';
import type { Entry } from '../load-archive.ts';
import { localize, translatedLocales, type LocalText } from '../localize.ts';
import {
  getSearchRecord,
  untranslatedText,
  type SearchRecord,
  type UntranslatedText,
} from '../search-record.ts';

/** What every entry page shows around its own facts: title, notices, summary, body, sources. */
export interface EntryPageView {
  collection: CollectionName;
  locale: string;
  /** The entry's name or title, in the locale or the default language. */
  title: LocalText;
  /** Its summary (or description), in the locale or the default language. */
  summary?: LocalText;
  /** Whether the locale has the entry's text; if not, the page says it falls back. */
  isTranslated: boolean;
  /** Locales the entry is written in, for the language picker and the fallback notice. */
  translatedLocales: string[];
  /** What the route passes to `render()` for the body: the translation's if it has one. */
  body: CollectionEntry<CollectionName> | CollectionEntry<'translations'>;
  /** Tag of the body's language. */
  bodyLang: string;
  /** The entry is translated but its body is not. */
  bodyFallsBack: boolean;
  sources: Source[];
  /** Links to the records other systems keep on the entry (Wikidata, GeoNames, ROR, DOI, ARK). */
  identifiers: IdentifierLink[];
  /** Which parts are default-language text, for the second search index. */
  untranslated: UntranslatedText;
  /** Search metadata, filters and sort key of the page. */
  searchRecord: SearchRecord;
}

/** The parts of an entry's page in `locale` that every kind of entry has. */
export function entryPageView(archive: Archive, entry: Entry, locale: string): EntryPageView {
  const local = localize(entry, locale);
  return {
    collection: entry.collection,
    locale,
    title: entryLabel(entry, locale),
    summary: local.text('summary') ?? local.text('description'),
    isTranslated: local.isTranslated,
    translatedLocales: translatedLocales(entry),
    body: local.body,
    bodyLang: local.bodyLang,
    bodyFallsBack: local.bodyFallsBack,
    sources: (entry.data as { sources?: Source[] }).sources ?? [],
    identifiers: identifierLinks(entry.data as EntryIdentifiers),
    untranslated: untranslatedText(entry, locale),
    searchRecord: getSearchRecord(archive, entry, locale, useTranslations(locale)),
  };
}
