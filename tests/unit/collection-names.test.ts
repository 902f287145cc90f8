import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, CONTENT_MODEL } from '../../src/schemas/model.ts';

// The content-model table (src/schemas/model.ts) is the one registry of collections: code
// that lists or loops over collections reads it. A file may still name a collection for that
// collection's own behaviour (an event's calendar, the rule on award winners), which adding
// another collection leaves alone. This test pins every file that names one as a quoted
// literal ('events', `cities`), so that a new one is a decision and not a leak. Object keys
// and `Record<CollectionName, …>` tables are not seen here: the type checker asks for those.

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The files besides the table, the schemas and a collection's pages that a new collection
 * needs, and why; "Adding a collection" in the README lists the same.
 */
const EDITED_FOR_A_NEW_COLLECTION: Record<string, string> = {
  'src/i18n/ui/<locale>.json':
    'its name in the navigation (`nav.<name>`) and as a kind of result (`kind.<name>`), in every language',
};

/** Files that name a collection for its own behaviour, grouped by why. */
const OWN_BEHAVIOUR: Record<string, string[]> = {
  'a view of one kind of page, and the entries it shows': [
    'src/data/views/entry-pages.ts',
    'src/data/views/award.ts',
    'src/data/views/city.ts',
    'src/data/views/doc.ts',
    'src/data/views/event-summary.ts',
    'src/data/views/event.ts',
    'src/data/views/home.ts',
    'src/data/views/indexes.ts',
    'src/data/views/organisation.ts',
    'src/data/views/publication.ts',
    'src/data/views/series.ts',
    'src/data/views/statement.ts',
  ],
  'pages that are not a collection’s own: the home page, the translation status': [
    'src/pages/[lang]/index.astro',
    'src/pages/[lang]/translation-status.astro',
  ],
  'components and layouts of one kind of page': [
    'src/components/SeriesStatements.astro',
    'src/components/docs/DocsSidebar.astro',
    'src/components/docs/PrevNext.astro',
    'src/components/entries/CityDetails.astro',
    'src/components/entries/EventMore.astro',
    'src/components/entries/OrganisationDetails.astro',
    'src/components/entries/PublicationDetails.astro',
    'src/layouts/DocsLayout.astro',
  ],
  'documentation components that list entries of one collection': [
    'src/components/mdx/ActionPoints.astro',
    'src/components/mdx/EventList.astro',
    'src/components/mdx/FieldList.astro',
  ],
  'checker rules about one collection': [
    'src/content-check/rules/award-winners.ts',
    'src/content-check/rules/event-place.ts',
    'src/content-check/rules/past-event-status.ts',
    'src/content-check/rules/translation-matches-source.ts',
    'src/content-check/validate-file.ts',
  ],
  'the links between collections, joined once, and what events have of their own': [
    'src/data/join-archive.ts',
    'src/data/cities-by-region.ts',
    'src/data/edition-links.ts',
    'src/data/event-filter.ts',
    'src/data/event-listings.ts',
    'src/data/map-view.ts',
    'src/data/timeline-view.ts',
    'src/data/upcoming-events.ts',
    'src/data/cache-key.ts',
    'src/data/page-paths.ts',
    'src/data/urls.ts',
  ],
  'routes of the event listings and of the four citable collections': ['src/data/routes.ts'],
  'the date and place of events, statements and award rounds in search results': [
    'src/data/search-record.ts',
  ],
  'outputs made for given collections: calendars, CSV and GeoJSON, citations, JSON-LD': [
    'src/outputs/citation/citation-view.ts',
    'src/outputs/citation/csl-item.ts',
    'src/outputs/content-day.ts',
    'src/outputs/csv-exports.ts',
    'src/outputs/data-package.ts',
    'src/outputs/event-calendars.ts',
    'src/outputs/geojson.ts',
    'src/outputs/ical-event.ts',
    'src/outputs/ical.ts',
    'src/outputs/json-ld/city.ts',
    'src/outputs/json-ld/entries.ts',
    'src/outputs/json-ld/event.ts',
    'src/outputs/json-ld/place.ts',
    'src/outputs/json-ld/publication.ts',
    'src/outputs/json-ld/references.ts',
    'src/outputs/json-ld/series.ts',
    'src/outputs/online-link.ts',
  ],
  'editor tools for one collection: a city’s time zone, an event’s sessions': [
    'src/editor/time-zones.ts',
    'src/editor/translation-draft.ts',
    'scripts/coordinates.ts',
    'scripts/init/starter-content.ts',
  ],
  'the benchmark, which generates events, places and what came of the events': [
    'scripts/bench/baseline.ts',
    'scripts/bench/generate-events.ts',
    'scripts/bench/generate-outcomes.ts',
    'scripts/bench/generate-places.ts',
    'scripts/bench/generate.ts',
    'scripts/bench/page-times.ts',
    'scripts/bench/rebuild.ts',
    'scripts/bench/run.ts',
  ],
};

/**
 * The files that write three or more collections in a row (`events, series, statements`, as
 * names or as literals): the lists a new collection would be missing from. The table is the
 * place for those; these are the exceptions, each with its reason.
 */
const LISTS_OF_COLLECTIONS: Record<string, string> = {
  'src/data/routes.ts': 'the four collections whose entries have citation files',
  'src/data/join-archive.ts': 'the collections whose entries link to others, joined once',
  'src/components/entries/EventMore.astro': 'the statements, awards and publications of an event',
  'scripts/bench/generate.ts': 'the places the benchmark generates before its events',
};

const NAMES = [
  ...new Set([...COLLECTION_NAMES, ...Object.values(CONTENT_MODEL).map((m) => m.segment)]),
];
const LITERAL = new RegExp(`(['"\`])(${NAMES.join('|')})\\1`, 'g');

const NAME = `['"\`]?\\b(?:${NAMES.join('|')})\\b['"\`]?`;
const LIST = new RegExp(`${NAME}\\s*,\\s*${NAME}\\s*,\\s*${NAME}`);

/** The table, the schema files and each collection's folder of pages. */
function isOwnedByTheModel(file: string): boolean {
  const segments = Object.values(CONTENT_MODEL).map((model) => model.segment);
  return (
    file.startsWith('src/schemas/') ||
    segments.some((segment) => file.startsWith(`src/pages/[lang]/${segment}/`))
  );
}

function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every code file outside the model's own that names a collection, with the names. */
function filesNamingCollections(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of [...codeFiles('src'), ...codeFiles('scripts')].toSorted()) {
    if (isOwnedByTheModel(file)) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const names = [...new Set([...text.matchAll(LITERAL)].map((match) => match[2] ?? ''))];
    if (names.length) found.set(file, names);
  }
  return found;
}

describe('the files that name a collection', () => {
  const found = filesNamingCollections();
  const allowed = new Set([
    ...Object.keys(EDITED_FOR_A_NEW_COLLECTION),
    ...Object.values(OWN_BEHAVIOUR).flat(),
  ]);

  it('are the table, the schemas, the pages, and files pinned here with a reason', () => {
    const unexplained = [...found]
      .filter(([file]) => !allowed.has(file))
      .map(([file, names]) => `${file} names ${names.join(', ')}`);
    // A file that lists collections should read them from src/schemas/model.ts instead
    // (collectionsIn, collectionsWith, COLLECTION_NAMES); one that is a collection's own
    // behaviour, which another collection never needs to change, goes in OWN_BEHAVIOUR.
    expect(unexplained).toEqual([]);
  });

  it('hold no list of collections but the exceptions pinned here: the table holds them', () => {
    const files = [...codeFiles('src'), ...codeFiles('scripts')].filter(
      (file) => file !== 'src/schemas/model.ts',
    );
    const lists = files.filter((file) => LIST.test(readFileSync(join(ROOT, file), 'utf8')));
    // A new list of collections would miss the next collection: read the table instead.
    expect(lists.toSorted()).toEqual(Object.keys(LISTS_OF_COLLECTIONS).toSorted());
  });

  it('pins no file that no longer names one, so the list stays true', () => {
    const pinned = Object.values(OWN_BEHAVIOUR).flat();
    expect(pinned.filter((file) => !found.has(file))).toEqual([]);
  });

  it('are the files "Adding a collection" in the README says a new collection touches', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n### Adding a collection\n')[1]?.split(/\n#/)[0] ?? '';
    // The first path of each step; the text after the steps may name files it does not touch.
    const named = [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((match) => match[1]);
    expect(new Set(named)).toEqual(
      new Set([
        'src/schemas/model.ts',
        'src/schemas/<name>.ts',
        'src/pages/[lang]/<segment>/',
        ...Object.keys(EDITED_FOR_A_NEW_COLLECTION),
      ]),
    );
  });
});
