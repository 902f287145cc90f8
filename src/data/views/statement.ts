import { DEFAULT_LOCALE, getLocale } from '../../i18n/locales.ts';
import type { Archive } from '../archive.ts';
import { documentsView, type DocumentsView } from '../documents.ts';
import type { Entry } from '../load-archive.ts';
import { localize, type LocalText } from '../localize.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** The statements adopted at the events of one series, in the order of the events. */
export interface SeriesStatements {
  series: Entry<'series'>;
  /** Oldest first, the page's own statement among them. */
  statements: Entry<'statements'>[];
}

/** What a statement page shows, computed once for the page. */
export interface StatementView {
  page: EntryPageView;
  entry: Entry<'statements'>;
  adoptedAt?: Entry<'events'>;
  relatedEvents: Entry<'events'>[];
  /** The action points in the page's language, or in the default one when not translated. */
  actionPoints: LocalText[];
  /**
   * Whether the action points carry the `#point-N` anchors: yes, unless the text has
   * numbered points of its own, which then own the anchors.
   */
  anchoredPoints: boolean;
  documents: DocumentsView;
  /** The other statements of the adopting event's series; none when it has no other. */
  seriesStatements?: SeriesStatements;
}

/** Whether a rendered text has numbered points (src/markdown/statement-points.ts). */
function hasNumberedPoints(body: { rendered?: { html: string } }): boolean {
  return body.rendered?.html.includes('id="point-1"') ?? false;
}

/**
 * The statements adopted at the editions of the series of the event that adopted
 * `statement`, oldest event first; undefined when the series has no other statement.
 */
export function seriesStatementsOf(
  archive: Archive,
  statement: Entry<'statements'>,
): SeriesStatements | undefined {
  const adoptedAt = statement.data.adoptedAt && archive.get('events', statement.data.adoptedAt.id);
  const series = adoptedAt?.data.series && archive.get('series', adoptedAt.data.series.id);
  if (!series) return undefined;
  // Editions are kept newest first; a series is read from its first edition.
  const editions = [...(archive.linksTo.eventsOfSeries.get(series.id) ?? [])].reverse();
  const statements = editions.flatMap((event) =>
    (archive.linksTo.statementsOfEvent.get(event.id) ?? [])
      .filter((other) => other.data.adoptedAt?.id === event.id)
      .reverse(),
  );
  return statements.length > 1 ? { series, statements } : undefined;
}

/** Everything a statement page shows of `entry` in `locale`. */
export function statementView(
  archive: Archive,
  entry: Entry<'statements'>,
  locale: string,
): StatementView {
  const statement = entry.data;
  const translatedPoints = entry.translations.get(locale)?.data.actionPoints;
  const pointsLang = getLocale(translatedPoints ? locale : DEFAULT_LOCALE).lang;
  const points = translatedPoints ?? statement.actionPoints ?? [];
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    adoptedAt: statement.adoptedAt && archive.get('events', statement.adoptedAt.id),
    relatedEvents: statement.relatedEvents.map((ref) => archive.get('events', ref.id)),
    actionPoints: points.map((text) => ({ text, lang: pointsLang })),
    anchoredPoints: !hasNumberedPoints(localize(entry, locale).body),
    documents: documentsView(entry),
    seriesStatements: seriesStatementsOf(archive, entry),
  };
}

/** A statement as a list shows it: linked, with the event that adopted it. */
export interface StatementSummaryView {
  entry: Entry<'statements'>;
  adoptedAt?: Entry<'events'>;
}

/** The summaries of `statements`, in their order, for a list of statements. */
export function statementSummaries(
  archive: Archive,
  statements: readonly Entry<'statements'>[],
): StatementSummaryView[] {
  return statements.map((entry) => ({
    entry,
    adoptedAt: entry.data.adoptedAt && archive.get('events', entry.data.adoptedAt.id),
  }));
}
