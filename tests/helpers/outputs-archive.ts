import { markdown, type ContentTree } from './content-tree.ts';
import { editFile, withFiles } from './edit-tree.ts';
import { validArchive } from './valid-archive.ts';

/** A title that would end a script element if it were written into one unescaped. */
export const SCRIPT_BREAKING_TITLE = '</script><script>alert(1)</script> & <!-- <script>';

/** Identifiers of each kind of entry, as lines that replace (and repeat) a line of its file. */
const IDENTIFIERS = {
  city: 'country: IE\nwikidata: Q1234567\ngeonames: 7654321\ncoordinates: [52.1, -8.5]',
  organisation: 'ror: 03yrm5c26\nwikidata: Q2345678\nkind:',
  publication: 'doi: 10.1234/guide-2017\nark: ark:/12345/guide2017\nkind:',
  statement: 'isbn: 0-306-40615-2\nkind:',
};

/**
 * The small archive with what the outputs must handle: identifiers of every kind, a renamed
 * event that keeps its old URL, an online meeting with times in Berlin, and an event whose
 * title tries to break out of the page's JSON-LD.
 */
export function outputsArchive(): ContentTree {
  let tree = editFile(
    validArchive(),
    'events/2017-iclt-holm/index.md',
    'title:',
    'slug: iclt-3-holm\naliases: [2017-iclt-holm, holm-2017]\ntitle:',
  );
  tree = editFile(tree, 'cities/holm/index.md', 'name: Holm', 'aliases: [corcaigh]\nname: Holm');
  // Identifiers of every kind, for the JSON-LD and the links of entry pages.
  tree = editFile(tree, 'cities/holm/index.md', 'country: IE', IDENTIFIERS.city);
  tree = editFile(tree, 'organisations/oll/index.md', 'kind:', IDENTIFIERS.organisation);
  tree = editFile(
    tree,
    'publications/2017-guide-to-action/index.md',
    'kind:',
    IDENTIFIERS.publication,
  );
  tree = editFile(
    tree,
    'statements/2017-holm-call-to-action/index.md',
    'kind:',
    IDENTIFIERS.statement,
  );
  return withFiles(tree, {
    'events/2020-online-meeting/index.md': markdown(`
title: Online cluster meeting, Berlin time
summary: "Planning, monitoring; evaluation, with a comma and a semicolon"
type: cluster-meeting
start: 2020-11-17
startTime: '13:00'
endTime: '14:30'
timeZone: Europe/Berlin
attendance: online
organisers: [oll]
languages: [en]
links:
  - kind: livestream
    url: https://example.org/live
sources:
  - url: https://example.org/meeting
`),
    'events/2021-script-title/index.md': markdown(`
title: ${JSON.stringify(SCRIPT_BREAKING_TITLE)}
type: webinar
start: 2021-03-02
attendance: online
sources:
  - url: https://example.org/webinar
`),
  });
}
