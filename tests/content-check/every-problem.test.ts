import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const AWARD = 'awards/2017-learning-city-award/index.md';
const EVENT = 'events/2017-iclc-cork/index.md';

describe('every problem of a file at once', () => {
  it('reports the rules across files on a file that also breaks its schema', async () => {
    // A year written wrongly, and a winner repeated: both in one round, both reported.
    let tree = editFile(validArchive(), AWARD, 'year: 2017', 'year: twenty-seventeen');
    tree = editFile(tree, AWARD, 'winners:\n', 'winners:\n  - city: cork\n');
    expect(await checkTree(tree)).toEqual([
      `content/${AWARD}:3: error: year: expected a year, like 2015, got the text 'twenty-seventeen'`,
      `content/${AWARD}:8: error: winners[1].city: 'cork' is already listed as a winner of this round; list each city once`,
    ]);
  });

  it('reports a missing image and problems in the text beside a schema error', async () => {
    let tree = editFile(validArchive(), EVENT, 'type: conference', 'type: congress');
    tree = editFile(
      tree,
      EVENT,
      'sources:',
      'images:\n  - src: ./hall.jpg\n    alt: The hall\nsources:',
    );
    tree = editFile(
      tree,
      EVENT,
      'The conference met in Cork.',
      'The conference met in Cork. <script>x</script>',
    );
    expect(await checkTree(tree)).toEqual([
      `content/${EVENT}:3: error: type: the text 'congress' is not allowed; use one of: conference, forum, regional-meeting, cluster-meeting, expert-meeting, workshop, webinar`,
      `content/${EVENT}:26: error: images[0].src: './hall.jpg' is not in content/events/2017-iclc-cork/; put the image file there, next to index.md, or correct its name`,
      `content/${EVENT}:32: error: <script> is not allowed in the text: a script would run in the browser of every reader`,
    ]);
  });

  it('says nothing of a field written wrongly but its own error', async () => {
    // The sessions are unreadable, so the translation of a session is not judged against them.
    const tree = editFile(validArchive(), EVENT, "start: '09:00'", "start: '9am'");
    expect(await checkTree(tree)).toEqual([
      `content/${EVENT}:18: error: sessions[0].start: '9am' is not a time; write HH:MM on a 24-hour clock, like '09:30' or '13:00'`,
    ]);
  });
});
