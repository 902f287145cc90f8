import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getEntryHistory } from '../../src/data/entry-history.ts';
import type { Entry } from '../../src/data/load-archive.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();

/** An entry as far as its history is concerned: its files. */
const entryWith = (index: string, translations: Record<string, string> = {}) =>
  ({
    source: { filePath: index },
    translations: new Map(
      Object.entries(translations).map(([locale, filePath]) => [locale, { source: { filePath } }]),
    ),
  }) as unknown as Entry;

// Files of the fixture archive, whose history is the project's own, not the content's.
const INDEX = 'tests/fixtures/archive/events/2014-world-forum-port-alder/index.md';
const FRENCH = 'tests/fixtures/archive/events/2014-world-forum-port-alder/fr.md';

describe('when an entry appeared and last changed', () => {
  it('comes from git: the first commit of index.md, the last of it or the translation', () => {
    const history = getEntryHistory(entryWith(INDEX, { fr: FRENCH }), 'fr', '2014-05-12');
    if (git('rev-parse', '--is-shallow-repository') === 'true') {
      // A shallow clone has lost the history; the content's own day stands in.
      expect(history?.updated).toEqual(new Date('2014-05-12T00:00:00Z'));
      return;
    }
    const times = (file: string) => git('log', '--format=%ct', '--', file).split('\n').map(Number);
    const added = Math.min(...times(INDEX));
    const changed = Math.max(...times(INDEX), ...times(FRENCH));
    expect(history).toEqual({
      published: new Date(added * 1000),
      updated: new Date(changed * 1000),
    });
  });

  it('falls back to a day the content gives for a file git does not know, never to now', () => {
    const history = getEntryHistory(
      entryWith('content/events/not-committed/index.md'),
      'en',
      '2019',
    );
    expect(history).toEqual({
      published: new Date('2019-01-01T00:00:00Z'),
      updated: new Date('2019-01-01T00:00:00Z'),
    });
    expect(
      getEntryHistory(entryWith('content/events/not-committed/index.md'), 'en', undefined),
    ).toBeUndefined();
  });
});
