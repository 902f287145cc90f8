import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclc-cork/index.md';
const CITY = 'cities/cork/index.md';
const HTTP_ADVICE = 'write https:// if the site offers it (browsers warn readers about plain http)';

describe('warnings, which never stop the build', () => {
  it('warns about a missing summary, but not for cities and organisations', async () => {
    const tree = editFile(
      validArchive(),
      'publications/2017-guide-to-action/index.md',
      'summary: The guide.\n',
      '',
    );
    expect(await checkTree(tree)).toEqual([
      'content/publications/2017-guide-to-action/index.md:1: warning: summary: none given; add one or two sentences on what it is, shown under the title, in listings and in search results',
    ]);
  });

  it('warns about a past event still marked scheduled with a registration link', async () => {
    const tree = editFile(
      validArchive(),
      EVENT,
      'attendance: in-person',
      'attendance: in-person\nstatus: scheduled',
    );
    const registration = editFile(
      tree,
      EVENT,
      '  - kind: website',
      '  - kind: registration\n    url: https://example.org/register\n  - kind: website',
    );
    expect(await checkTree(tree)).toEqual([]);
    expect(await checkTree(registration)).toEqual([
      `content/${EVENT}:10: warning: status: the event ended on 2017-09-20 but is still marked scheduled, with a registration link; remove the registration link and record what happened: remove status if it went ahead, or set cancelled or postponed, and add the sources that say so`,
    ]);
  });

  it('leaves an upcoming event with a registration link alone', async () => {
    const upcoming = markdown(`
title: A meeting far ahead
summary: A meeting.
type: webinar
start: 2999-01-10
attendance: online
status: scheduled
links:
  - kind: registration
    url: https://example.org/register
sources:
  - url: https://example.org/meeting
`);
    expect(
      await checkTree(withFiles(validArchive(), { 'events/2999-meeting/index.md': upcoming })),
    ).toEqual([]);
  });

  it('warns about plain-http addresses in fields and in the text, but not web-archive copies', async () => {
    let tree = editFile(
      validArchive(),
      CITY,
      'https://example.org/cork',
      'http://example.org/cork',
    );
    tree = withFiles(tree, {
      'cities/cork/fr.md': markdown(
        'name: Cork\n',
        [
          'Voir [le site](http://example.org/fr) et <http://example.org/autre>.',
          'Une copie : https://web.archive.org/web/2015/http://example.org/cork.',
          '`http://example.org/code` ne compte pas.',
          '```',
          'http://example.org/exemple',
          '```',
          '',
        ].join('\n'),
      ),
    });
    expect(await checkTree(tree)).toEqual([
      `content/cities/cork/fr.md:4: warning: the text links to 'http://example.org/fr', a plain http address; ${HTTP_ADVICE}`,
      `content/cities/cork/fr.md:4: warning: the text links to 'http://example.org/autre', a plain http address; ${HTTP_ADVICE}`,
      `content/${CITY}:5: warning: sources[0].url: 'http://example.org/cork' is a plain http address; ${HTTP_ADVICE}`,
    ]);
  });

  it('warns about an image in the text without alt text', async () => {
    const tree = withFiles(
      editFile(
        validArchive(),
        EVENT,
        'The conference met in Cork.\n',
        'The conference met in Cork.\n\n![](hall.jpg)\n\n<img src="https://example.org/hall.jpg">\n\n![The hall](hall.jpg)\n',
      ),
      { 'events/2017-iclc-cork/hall.jpg': 'a picture' },
    );
    const message =
      'warning: an image has no alt text; say what it shows, for readers who cannot see it: ![The mayor opens the conference](photo.jpg), or alt="" only if it is decoration';
    expect(await checkTree(tree)).toEqual([
      `content/${EVENT}:31: ${message}`,
      `content/${EVENT}:33: ${message}`,
    ]);
  });
});
