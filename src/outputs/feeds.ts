import type { RSSFeedItem } from '@astrojs/rss';
import type { Archive } from '../data/archive.ts';
import { entryLabel } from '../data/entry-label.ts';
import { getEntryHistory } from '../data/entry-history.ts';
import type { Entry } from '../data/load-archive.ts';
import { localize } from '../data/localize.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { useTranslations } from '../i18n/translate.ts';
import { collectionsWith, type CollectionsWith } from '../schemas/model.ts';
import { contentDay } from './content-day.ts';

/** Items per feed: feed readers poll often, so the feed holds the latest changes only. */
export const FEED_SIZE = 50;

type FeedEntry = Entry<CollectionsWith<'inFeed'>>;

/**
 * The items of a locale's feed: entries of the collections marked `inFeed` (events and
 * statements), the most recently added or changed
 * first. Each is dated by the last commit of its files (a change to a translation counts in
 * its locale), else by the day its content gives; entries with neither come last. A
 * category says whether the entry is new or was changed after it first appeared.
 */
export function getFeedItems(archive: Archive, locale: string): RSSFeedItem[] {
  const t = useTranslations(locale);
  const entries: FeedEntry[] = collectionsWith('inFeed').flatMap(
    (name): FeedEntry[] => archive[name],
  );
  return entries
    .map((entry) => ({
      entry,
      history: getEntryHistory(entry, locale, contentDay(archive, entry)),
    }))
    .sort(
      (a, b) =>
        (b.history?.updated.getTime() ?? -Infinity) - (a.history?.updated.getTime() ?? -Infinity) ||
        `${a.entry.collection}/${a.entry.id}`.localeCompare(`${b.entry.collection}/${b.entry.id}`),
    )
    .slice(0, FEED_SIZE)
    .map(({ entry, history }) => ({
      title: entryLabel(entry, locale).text,
      link: absoluteUrl(entryUrl(entry, locale)),
      pubDate: history?.updated,
      description: localize(entry, locale).text('summary')?.text,
      categories: [
        t(`nav.${entry.collection}`),
        t(history && history.updated > history.published ? 'feed.updated' : 'feed.new'),
      ],
    }));
}
