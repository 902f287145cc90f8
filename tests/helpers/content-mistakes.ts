import { markdown, type ContentTree } from './content-tree.ts';
import { editFile, withFiles } from './edit-tree.ts';

/** One mistake an editor can make, and where the checker must report it. */
export interface ContentMistake {
  /** What the mistake is, as the rule that finds it would say. */
  kind: string;
  /** The archive with the mistake made. */
  make: (tree: ContentTree) => ContentTree;
  /** Where the checker reports it: `content/<path>:<line>`. */
  at: string;
}

/** A city that is right in itself, to carry a mistake in one field or in its text. */
const city = (fields: string, body = '') =>
  markdown(
    `name: A city\ncountry: FR\nsources:\n  - url: https://example.org/city\n${fields}`,
    body,
  );

/** A documentation page whose text is `body`, starting on line 5. */
const page = (body: string) => markdown('title: A page\norder: 5\n', body);

/** Adds files; the mistake is in them. */
const adding =
  (files: ContentTree) =>
  (tree: ContentTree): ContentTree =>
    withFiles(tree, files);

/** Changes one file of the archive. */
const editing =
  (path: string, search: string, replacement: string) =>
  (tree: ContentTree): ContentTree =>
    editFile(tree, path, search, replacement);

/**
 * Every kind of content mistake the checker knows, each in files of its own, so that all of
 * them can be made in one archive and each is still reported. They build on the archive of
 * tests/helpers/valid-archive.ts.
 */
export const CONTENT_MISTAKES: ContentMistake[] = [
  // Where files are.
  {
    kind: 'a folder that is not a collection',
    make: adding({ 'event/x/index.md': city('') }),
    at: 'content/event:1',
  },
  {
    kind: 'an entry written as a file',
    make: adding({ 'cities/lyon.md': city('') }),
    at: 'content/cities/lyon.md:1',
  },
  {
    kind: 'a folder name that is not a slug',
    make: adding({ 'cities/Saint Étienne/index.md': city('') }),
    at: 'content/cities/Saint Étienne:1',
  },
  {
    kind: 'an entry in the wrong kind of file',
    make: adding({ 'cities/nantes/index.mdx': city('') }),
    at: 'content/cities/nantes/index.mdx:1',
  },
  {
    kind: 'a translation into the default locale',
    make: adding({ 'cities/holm/en.md': markdown('name: Holm\n') }),
    at: 'content/cities/holm/en.md:1',
  },
  {
    kind: 'a translation into a locale the site lacks',
    make: adding({ 'cities/holm/de.md': markdown('name: Holm\n') }),
    at: 'content/cities/holm/de.md:1',
  },
  {
    kind: 'a translation without its entry',
    make: adding({ 'cities/brest/fr.md': markdown('name: Brest\n') }),
    at: 'content/cities/brest/fr.md:1',
  },
  {
    kind: 'a folder without its index file',
    make: adding({ 'cities/vannes/photo.jpg': 'a picture' }),
    at: 'content/cities/vannes:1',
  },
  {
    kind: 'an index file named in capitals',
    make: adding({ 'cities/rennes/Index.md': city('') }),
    at: 'content/cities/rennes/Index.md:1',
  },
  {
    kind: 'an index file with a hidden second ending',
    make: adding({ 'cities/quimper/index.md.txt': city('') }),
    at: 'content/cities/quimper/index.md.txt:1',
  },
  {
    kind: 'folder names that differ only in case',
    make: adding({ 'organisations/OLL/index.md': city('') }),
    at: 'content/organisations/OLL:1',
  },
  // Front matter that cannot be read.
  {
    kind: 'a file without front matter',
    make: adding({ 'cities/angers/index.md': 'Angers is a city.\n' }),
    at: 'content/cities/angers/index.md:1',
  },
  {
    kind: 'a colon in unquoted text',
    make: adding({ 'cities/tours/index.md': city('summary: Tours: a city on the Loire\n') }),
    at: 'content/cities/tours/index.md:6',
  },
  {
    kind: 'a line indented with a tab',
    make: adding({ 'cities/blois/index.md': city('\tsummary: On the Loire\n') }),
    at: 'content/cities/blois/index.md:6',
  },
  {
    kind: 'a quote left open',
    make: adding({ 'cities/caen/index.md': city('summary: "In Normandy\nmemberSince: 2016\n') }),
    at: 'content/cities/caen/index.md:6',
  },
  {
    kind: 'a field written twice',
    make: adding({ 'cities/dijon/index.md': city('name: Dijon\n') }),
    at: 'content/cities/dijon/index.md:6',
  },
  {
    kind: 'text read as a YAML alias',
    make: adding({ 'cities/nancy/index.md': city('summary: *the* city of Lorraine\n') }),
    at: 'content/cities/nancy/index.md:6',
  },
  {
    kind: 'front matter that is a list',
    make: adding({ 'cities/metz/index.md': markdown('- name: Metz\n') }),
    at: 'content/cities/metz/index.md:2',
  },
  // Fields against their schema.
  {
    kind: 'a field that does not exist',
    make: adding({ 'cities/lille/index.md': city('nmae: Lille\n') }),
    at: 'content/cities/lille/index.md:6',
  },
  {
    kind: 'a value of the wrong type',
    make: adding({ 'cities/reims/index.md': city('memberSince: soon\n') }),
    at: 'content/cities/reims/index.md:6',
  },
  {
    // The build reads front matter with js-yaml, to which a bare day is a date, not text.
    kind: 'text that YAML reads as a date',
    make: adding({ 'cities/gap/index.md': city('summary: 2019-10-01\n') }),
    at: 'content/cities/gap/index.md:6',
  },
  {
    // js-yaml would move it to 2 March without a word.
    kind: 'a day that is not on the calendar',
    make: adding({ 'cities/sens/index.md': city('memberSince: 2019-02-30\n') }),
    at: 'content/cities/sens/index.md:6',
  },
  {
    kind: 'an identifier of the wrong form',
    make: adding({ 'cities/toul/index.md': city('wikidata: q90\n') }),
    at: 'content/cities/toul/index.md:6',
  },
  {
    kind: 'coordinates out of range',
    make: adding({ 'cities/nancy/index.md': city('coordinates: [95, 6.2]\n') }),
    at: 'content/cities/nancy/index.md:6',
  },
  {
    kind: 'an ISBN with a wrong check digit',
    make: adding({
      'publications/a-report/index.md': markdown(
        'title: A report\ndate: 2020\nisbn: 0-306-40615-3\n',
      ),
    }),
    at: 'content/publications/a-report/index.md:4',
  },
  {
    kind: 'a required field missing',
    make: adding({ 'cities/pau/index.md': markdown('country: FR\n') }),
    at: 'content/cities/pau/index.md:1',
  },
  {
    kind: 'a reference to an entry that does not exist',
    make: editing('events/2017-iclt-holm/index.md', 'city: holm', 'city: holc'),
    at: 'content/events/2017-iclt-holm/index.md:11',
  },
  // Rules across files.
  {
    kind: 'two entries with one URL',
    make: adding({
      'series/iclt-2/index.md': markdown('name: Copy\nslug: iclt\nsummary: A copy.\n'),
    }),
    at: 'content/series/iclt-2/index.md:3',
  },
  {
    kind: 'an old URL kept by two entries',
    make: adding({ 'cities/holm-city/index.md': city('aliases: [holm]\n') }),
    at: 'content/cities/holm-city/index.md:6',
  },
  {
    kind: 'a winner listed twice',
    make: editing(
      'awards/2017-learning-town-award/index.md',
      'winners:\n',
      'winners:\n  - city: holm\n',
    ),
    at: 'content/awards/2017-learning-town-award/index.md:8',
  },
  {
    kind: 'an image named in the front matter that is not there',
    make: adding({
      'cities/arles/index.md': city('logo:\n  src: ./logo.png\n  alt: The arms of Arles\n'),
    }),
    at: 'content/cities/arles/index.md:7',
  },
  {
    kind: 'a translation of a session that does not exist',
    make: editing('events/2017-iclt-holm/fr.md', 'opening: Ouverture', 'closing: Clôture'),
    at: 'content/events/2017-iclt-holm/fr.md:4',
  },
  {
    kind: 'a translation still marked to translate',
    make: editing(
      'statements/2017-holm-call-to-action/es.md',
      'title: Llamamiento a la acción de Holm',
      'title: "[translate] Llamamiento a la acción de Holm"',
    ),
    at: 'content/statements/2017-holm-call-to-action/es.md:2',
  },
  // Bodies.
  {
    kind: 'MDX that cannot be read',
    make: adding({ 'docs/broken/index.mdx': page('Text.\n\n<Callout>\nNever closed.\n') }),
    at: 'content/docs/broken/index.mdx:7',
  },
  {
    kind: 'a component the site does not have',
    make: adding({ 'docs/unknown/index.mdx': page('<Callot>Text</Callot>\n') }),
    at: 'content/docs/unknown/index.mdx:5',
  },
  {
    kind: 'a component naming an entry that does not exist',
    make: adding({
      'docs/points/index.mdx': page('<ActionPoints statement="2017-holm-cal-to-action" />\n'),
    }),
    at: 'content/docs/points/index.mdx:5',
  },
  {
    kind: 'a component attribute that does not fit',
    make: adding({ 'docs/events/index.mdx': page('Intro.\n\n<EventList year="twenty" />\n') }),
    at: 'content/docs/events/index.mdx:7',
  },
  {
    kind: 'code in an MDX page',
    make: adding({ 'docs/code/index.mdx': page("import X from './x.js';\n") }),
    at: 'content/docs/code/index.mdx:5',
  },
  {
    kind: 'a script in a body',
    make: adding({ 'cities/nimes/index.md': city('', 'Text <script>alert(1)</script>.\n') }),
    at: 'content/cities/nimes/index.md:7',
  },
  {
    kind: 'an event handler in a body',
    make: adding({ 'cities/nice/index.md': city('', '<p onclick="alert(1)">Text</p>\n') }),
    at: 'content/cities/nice/index.md:7',
  },
  {
    kind: 'a javascript: link in a body',
    make: adding({
      'cities/orleans/index.md': city('', 'Text.\n\n[Click](javascript:alert(1))\n'),
    }),
    at: 'content/cities/orleans/index.md:9',
  },
  {
    kind: 'an image in a body that is not there',
    make: adding({ 'cities/albi/index.md': city('', '![The cathedral](./cathedral.jpg)\n') }),
    at: 'content/cities/albi/index.md:7',
  },
  {
    kind: 'a link to a file next to the text',
    make: adding({ 'cities/sete/index.md': city('', '[The plan](./plan.pdf)\n') }),
    at: 'content/cities/sete/index.md:7',
  },
];
