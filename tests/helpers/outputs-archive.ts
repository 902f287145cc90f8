import { markdown, type ContentTree } from './content-tree.ts';
import { editFile, withFiles } from './edit-tree.ts';
import { validArchive } from './valid-archive.ts';

/** A title that would end a script element if it were written into one unescaped. */
export const SCRIPT_BREAKING_TITLE = '</script><script>alert(1)</script> & <!-- <script>';

/**
 * The small archive with what the outputs must handle: a renamed event that keeps its old
 * URL, an online meeting with times in Berlin, and an event whose title tries to break out
 * of the page's JSON-LD.
 */
export function outputsArchive(): ContentTree {
  let tree = editFile(
    validArchive(),
    'events/2017-iclt-holm/index.md',
    'title:',
    'slug: iclt-3-holm\naliases: [2017-iclt-holm, holm-2017]\ntitle:',
  );
  tree = editFile(tree, 'cities/holm/index.md', 'name: Holm', 'aliases: [corcaigh]\nname: Holm');
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
