import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Archive } from '../../src/data/archive.ts';
import {
  archivePageKey,
  entryDigest,
  entryFactsDigest,
  entryHistoryKey,
  pageCacheKey,
  withoutBodies,
} from '../../src/data/cache-key.ts';
import { localize } from '../../src/data/localize.ts';
import type { Entry } from '../../src/data/load-archive.ts';
import { entryPageKeys, recordedPageKeys } from '../../src/data/page-keys.ts';
import { paginate } from '../../src/data/paginate.ts';
import { readsOf, recordReads } from '../../src/data/record-reads.ts';
import {
  awardPage,
  cityPage,
  eventPage,
  organisationPage,
  publicationPage,
  seriesPage,
  statementPage,
} from '../../src/data/views/entry-pages.ts';
import { eventListingPage } from '../../src/data/views/event-summary.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { entry, handMadeArchive } from './views/hand-made-archive.ts';
import {
  award,
  conferences,
  declaration,
  lastConference,
  network,
  nextConference,
  report,
  SAMPLE_ENTRIES,
  valdoro,
} from './views/sample-archive.ts';

/** An unrelated city, named by no other entry. */
const harbour = entry('cities', 'harbour', { name: 'Harbour', country: 'NZ' });
const SAMPLE = [...SAMPLE_ENTRIES, harbour];

/** `original` after an edit of a field (by default its summary): Astro gives the file another digest. */
function edited<C extends Entry>(
  original: C,
  data: Record<string, unknown> = { summary: `${original.id}, edited` },
): C {
  return {
    ...original,
    data: { ...original.data, ...data },
    source: { ...original.source, digest: `${original.id} edited` },
  };
}

/** `original` after an edit of its body's text alone: another digest, the same fields. */
function bodyEdited<C extends Entry>(original: C, body = '<p>One sentence more.</p>'): C {
  return {
    ...original,
    source: { ...original.source, body, digest: `${original.id}: ${body}` },
  };
}

/** The sample archive with `replacements` in place of the entries of the same id. */
function archiveWith(...replacements: Entry[]): Archive {
  const key = (e: Entry) => `${e.collection}/${e.id}`;
  const byKey = new Map(replacements.map((e) => [key(e), e]));
  return handMadeArchive(SAMPLE.map((e) => byKey.get(key(e)) ?? e));
}

const names = (entries: Iterable<Entry>) =>
  [...entries].map((e) => `${e.collection}/${e.id}`).sort();

describe('a recording archive', () => {
  const archive = handMadeArchive(SAMPLE);

  it('notes the entries a view asks for by id, by name, and as an event’s place', () => {
    const { archive: recording, reads } = recordReads(archive);
    recording.get('series', 'conferences');
    recording.find('organisations', 'network');
    recording.find('organisations', 'nobody');
    recording.placeOf(nextConference);
    expect(names(reads.entries)).toEqual([
      'cities/valdoro',
      'events/next-conference',
      'organisations/network',
      'series/conferences',
    ]);
  });

  it('notes what a link map gives for one id, and all of it when the map is walked', () => {
    const one = readsOf(archive, (a) => a.linksTo.statementsOfEvent.get('last-conference'));
    expect(names(one.entries)).toEqual(['statements/declaration']);
    const all = readsOf(archive, (a) => [...a.linksTo.eventsOfSeries.values()]);
    expect(names(all.entries)).toEqual(['events/last-conference', 'events/next-conference']);
  });

  it('notes a whole collection when its list is read, as a count or a listing does', () => {
    expect(names(readsOf(archive, (a) => a.cities.length).entries)).toEqual([
      'cities/harbour',
      'cities/valdoro',
    ]);
  });

  it('notes the whole archive for a member it does not know, rather than nothing', () => {
    const reads = readsOf(archive, (a) => (a as unknown as Record<string, unknown>).regions);
    expect(reads.entries.size).toBe(SAMPLE.length);
  });
});

describe('what an entry page reads', () => {
  const archive = handMadeArchive(SAMPLE);
  const readsOfPage = <T extends Entry>(
    read: (archive: Archive, entry: T, locale: string) => unknown,
    page: T,
    locale = 'en',
  ) => names(readsOf(archive, (a) => read(a, page, locale)).entries);

  it('an event page: its series and editions, statements, awards and publications', () => {
    expect(readsOfPage(eventPage, lastConference)).toEqual([
      'awards/award-2027',
      'events/last-conference',
      'events/next-conference',
      'publications/report',
      'series/conferences',
      'statements/declaration',
    ]);
  });

  it('an event page: its city and organisers, not what its publications name', () => {
    const reads = readsOfPage(eventPage, nextConference);
    expect(reads).toEqual(expect.arrayContaining(['cities/valdoro', 'organisations/network']));
  });

  it('a city page: the events held there and the awards it won, not another city', () => {
    const reads = readsOfPage(cityPage, valdoro);
    expect(reads).toEqual(['awards/award-2027', 'events/next-conference']);
    expect(reads).not.toContain('cities/harbour');
  });

  it('is the same set in every locale, so each entry is read once for all its pages', () => {
    const pages = [
      [eventPage, nextConference],
      [eventPage, lastConference],
      [statementPage, declaration],
      [awardPage, award],
      [publicationPage, report],
      [seriesPage, conferences],
      [organisationPage, network],
      [cityPage, valdoro],
    ] as const;
    for (const [read, page] of pages) {
      const inDefault = readsOfPage(read as never, page);
      for (const { code } of LOCALES)
        expect(readsOfPage(read as never, page, code)).toEqual(inDefault);
    }
  });
});

describe('the key of an entry page', () => {
  const keyOf = (archive: Archive, page: Entry<'events'>, locale = 'en') =>
    entryPageKeys(archive, eventPage)(page, locale);
  const before = keyOf(handMadeArchive(SAMPLE), nextConference);

  it('changes when an entry the page reads changes: its city, its series, itself', () => {
    expect(keyOf(archiveWith(edited(valdoro)), nextConference)).not.toBe(before);
    expect(keyOf(archiveWith(edited(conferences)), nextConference)).not.toBe(before);
    const event = edited(nextConference);
    expect(keyOf(archiveWith(event), event)).not.toBe(before);
  });

  it('changes when an entry starts pointing at the page’s entry', () => {
    const statement = edited(declaration, { adoptedAt: { id: 'next-conference' } });
    expect(keyOf(archiveWith(statement), nextConference)).not.toBe(before);
  });

  it('stays when an entry it does not read changes', () => {
    expect(keyOf(archiveWith(edited(harbour)), nextConference)).toBe(before);
  });

  it('changes when its own body is edited, not when the body of an entry it shows is', () => {
    const event = bodyEdited(nextConference);
    expect(keyOf(archiveWith(event), event)).not.toBe(before);
    for (const shown of [valdoro, conferences]) {
      const [one, other] = ['<p>One.</p>', '<p>Another.</p>'].map((body) =>
        keyOf(archiveWith(bodyEdited(shown, body)), nextConference),
      );
      expect(one).toBe(other);
    }
  });

  it('reads the editions just before and after it, not the rest of its series', () => {
    const edition = (id: string, start: string) =>
      entry('events', id, { ...lastConference.data, start, end: start });
    const first = edition('first-conference', '2021-05-02');
    const second = edition('second-conference', '2023-05-02');
    const third = edition('third-conference', '2025-05-02');
    const series = [conferences, first, second, third];
    const reads = names(readsOf(handMadeArchive(series), (a) => eventPage(a, third, 'en')).entries);
    expect(reads).toContain('events/second-conference');
    expect(reads).not.toContain('events/first-conference');
    // An edition moved between the third and its previous one becomes its neighbour.
    const thirdKey = (archive: Archive) => entryPageKeys(archive, eventPage)(third, 'en');
    const moved = { ...first, data: { ...first.data, start: '2024-01-01', end: '2024-01-01' } };
    expect(thirdKey(handMadeArchive([conferences, moved, second, third]))).not.toBe(
      thirdKey(handMadeArchive(series)),
    );
    expect(thirdKey(handMadeArchive([conferences, edited(first), second, third]))).toBe(
      thirdKey(handMadeArchive(series)),
    );
  });

  it('differs per locale', () => {
    expect(keyOf(handMadeArchive(SAMPLE), nextConference, 'fr')).not.toBe(before);
  });

  it('changes on the day its event ends, not on the day another edition it links to ends', () => {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const on = (iso: string, page: Entry<'events'>) => {
      process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${iso}T00:00:00Z`) / 1000);
      return keyOf(handMadeArchive(SAMPLE), page);
    };
    try {
      // The next conference ends on 12 September 2031; the last one links to it.
      expect(on('2031-09-13', nextConference)).not.toBe(on('2031-09-12', nextConference));
      expect(on('2031-09-13', lastConference)).toBe(on('2031-09-12', lastConference));
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
  });
});

describe('the key of a page of a listing', () => {
  /** Keys of the one-event pages of the listing of every event. */
  const keysOf = (archive: Archive) => {
    const keyOf = recordedPageKeys(
      archive,
      (a, page: ReturnType<typeof paginate<Entry<'events'>>>[number]) => eventListingPage(a, page),
    );
    return paginate(archive.events, 1).map((page) =>
      keyOf(page, 'en', [page.number, page.count], page.items),
    );
  };
  const [next, last] = keysOf(handMadeArchive(SAMPLE));

  it('changes with the events it lists and the cities it shows them in', () => {
    const [editedNext, same] = keysOf(archiveWith(edited(nextConference)));
    expect(editedNext).not.toBe(next);
    expect(same).toBe(last);
    expect(keysOf(archiveWith(edited(valdoro)))).toEqual([expect.not.stringMatching(next!), last]);
  });

  it('stays when a city it does not show changes', () => {
    expect(keysOf(archiveWith(edited(harbour)))).toEqual([next, last]);
  });

  it('stays when the body of an event it lists is edited', () => {
    expect(keysOf(archiveWith(bodyEdited(nextConference)))).toEqual([next, last]);
  });

  it('changes when an event it lists gains a body or a translation', () => {
    const [bare] = keysOf(archiveWith(bodyEdited(nextConference, '')));
    expect(keysOf(archiveWith(bodyEdited(nextConference, '<p>A body at last.</p>')))[0]).not.toBe(
      bare,
    );
    const french = entry(
      'events',
      'next-conference',
      {},
      { fr: { title: 'Conférence' } },
    ).translations.get('fr')!;
    const translated: Entry<'events'> = {
      ...nextConference,
      translations: new Map([...nextConference.translations, ['fr', french]]),
    };
    expect(keysOf(archiveWith(translated))[0]).not.toBe(next);
  });
});

describe('pageCacheKey', () => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  });
  const day = (iso: string) => {
    process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${iso}T00:00:00Z`) / 1000);
  };
  const forum = entry('events', 'forum', { start: '2026-09-14', end: '2026-09-16' });

  it('changes when a file of an entry it reads changes, translations included', () => {
    day('2026-01-01');
    const key = pageCacheKey('en', [forum]);
    expect(pageCacheKey('en', [edited(forum)])).not.toBe(key);
    const translated = {
      ...forum,
      translations: new Map([['fr', { source: { digest: 'fr-1' } }]]),
    } as unknown as Entry;
    expect(entryDigest(translated)).not.toBe(entryDigest(forum));
    expect(pageCacheKey('en', [translated])).not.toBe(key);
  });

  it('changes when a translation’s file changes, and names the locale it is in', () => {
    const translatedAs = (locale: string, digest: string) =>
      ({
        ...forum,
        translations: new Map([[locale, { source: { digest } }]]),
      }) as unknown as Entry;
    const french = entryDigest(translatedAs('fr', 'one'));
    expect(entryDigest(translatedAs('fr', 'two'))).not.toBe(french);
    expect(entryDigest(translatedAs('es', 'one'))).not.toBe(french);
  });

  it('names an entry by its fields and body when its loader gives no digest', () => {
    // As Astro hands an entry over, its fields in its source; with no `digest`.
    const undigested = (name: string, body: string) => {
      const city = entry('cities', 'plain', { name });
      return { ...city, source: { data: city.data, body } } as unknown as Entry;
    };
    const digest = entryDigest(undigested('Plain', 'Its text.'));
    expect(entryDigest(undigested('Plain', 'Its text, edited.'))).not.toBe(digest);
    expect(entryDigest(undigested('Plainer', 'Its text.'))).not.toBe(digest);
  });

  it('counts two entries whose files have the same digest as two', () => {
    const sameFile = (collection: 'cities' | 'organisations', id: string) => {
      const { source, ...rest } = entry(collection, id, {});
      return { ...rest, source: { ...source, digest: 'the same bytes' } } as unknown as Entry;
    };
    const city = sameFile('cities', 'twin');
    expect(pageCacheKey('en', [city, sameFile('organisations', 'twin')])).not.toBe(
      pageCacheKey('en', [city]),
    );
  });

  it('changes when an interface string changes', async () => {
    // The strings are hashed once per build: each version is a build of its own.
    const keyWithStrings = async (home: string) => {
      vi.resetModules();
      vi.doMock('../../src/i18n/ui-strings.ts', () => ({
        UI_STRINGS: new Map([['en', { 'nav.home': home }]]),
      }));
      const { pageCacheKey: keyOf } = await import('../../src/data/cache-key.ts');
      return keyOf('en', [forum]);
    };
    try {
      expect(await keyWithStrings('Home')).not.toBe(await keyWithStrings('Start'));
    } finally {
      vi.doUnmock('../../src/i18n/ui-strings.ts');
      vi.resetModules();
    }
  });

  it('is the same whatever the order the page read its entries in', () => {
    day('2026-01-01');
    expect(pageCacheKey('en', [forum, harbour])).toBe(pageCacheKey('en', [harbour, forum]));
  });

  it('differs per locale and with what else the page shows', () => {
    expect(pageCacheKey('fr', [forum])).not.toBe(pageCacheKey('en', [forum]));
    expect(pageCacheKey('en', [forum], { page: 2 })).not.toBe(pageCacheKey('en', [forum]));
  });

  it('keeps its value from day to day, until an event it reads ends', () => {
    const reads = new Set([forum]);
    day('2026-01-01');
    const upcoming = pageCacheKey('en', reads);
    day('2026-09-16');
    expect(pageCacheKey('en', reads)).toBe(upcoming);
    day('2026-09-17');
    expect(pageCacheKey('en', reads)).not.toBe(upcoming);
  });
});

describe('entryHistoryKey', () => {
  it('names every file of the entry, its translations’ too, with their commit times', () => {
    const withFiles = {
      ...entry('events', 'meeting', { title: 'Meeting' }),
      source: { filePath: 'events/meeting/index.md' },
      translations: new Map([
        ['fr', { data: {}, source: { filePath: 'events/meeting/fr.md' } }],
        ['es', { data: {}, source: {} }],
      ]),
    } as unknown as Entry;
    // Files outside any git history have no commit times.
    expect(entryHistoryKey(withFiles)).toEqual([
      ['events/meeting/index.md', null, null],
      ['events/meeting/fr.md', null, null],
      ['', null, null],
    ]);
  });
});

describe('what a key holds of an entry', () => {
  const french = { title: 'Réunion' };
  const spanish = { title: 'Reunión' };
  const meeting = entry('events', 'meeting', { title: 'Meeting' }, { fr: french, es: spanish });
  const sameInOtherOrder = entry(
    'events',
    'meeting',
    { title: 'Meeting' },
    { es: spanish, fr: french },
  );

  it('is the same whatever the order its translations were loaded in', () => {
    expect(entryDigest(sameInOtherOrder)).toBe(entryDigest(meeting));
    expect(entryFactsDigest(sameInOtherOrder)).toBe(entryFactsDigest(meeting));
  });

  it('of its facts: changes with a field or a translation, not with the body’s text', () => {
    const facts = entryFactsDigest(meeting);
    expect(entryFactsDigest(bodyEdited(meeting, '<p>One.</p>'))).toBe(
      entryFactsDigest(bodyEdited(meeting, '<p>Two.</p>')),
    );
    expect(entryFactsDigest(edited(meeting, { title: 'Assembly' }))).not.toBe(facts);
    const retitled = entry(
      'events',
      'meeting',
      { title: 'Meeting' },
      { fr: { title: 'Rencontre' } },
    );
    expect(entryFactsDigest(retitled)).not.toBe(facts);
  });
});

describe('the key of a redirect page (withoutBodies)', () => {
  const forum = entry('events', 'forum', {
    title: 'Forum',
    start: '2026-09-14',
    end: '2026-09-16',
  });
  const keyOf = (event: Entry) => pageCacheKey('en', withoutBodies([event]), 'former-forum');

  it('changes with its entry’s fields and on the day the event ends, not with its body', () => {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const on = (iso: string) => {
      process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${iso}T00:00:00Z`) / 1000);
    };
    try {
      on('2026-09-16');
      const key = keyOf(forum);
      expect(keyOf(bodyEdited(forum, '<p>One.</p>'))).toBe(keyOf(bodyEdited(forum, '<p>Two.</p>')));
      expect(keyOf(edited(forum, { title: 'World Forum' }))).not.toBe(key);
      on('2026-09-17');
      expect(keyOf(forum)).not.toBe(key);
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
  });
});

describe('archivePageKey', () => {
  const archive = handMadeArchive(SAMPLE);
  const key = archivePageKey(archive, 'en');

  it('changes with any entry of the archive, its body included', () => {
    expect(archivePageKey(archiveWith(bodyEdited(harbour, '<p>A port.</p>')), 'en')).not.toBe(key);
    expect(archivePageKey(archiveWith(edited(report)), 'en')).not.toBe(key);
    expect(archivePageKey(handMadeArchive(SAMPLE), 'en')).toBe(key);
  });

  it('differs per locale and with what else the page shows', () => {
    expect(archivePageKey(archive, 'fr')).not.toBe(key);
    expect(archivePageKey(archive, 'en', { statuses: 1 })).not.toBe(key);
  });
});

describe('readsOf and the bodies a page takes', () => {
  const archive = handMadeArchive(SAMPLE);

  it('notes a body taken while the page is read, and none taken after', () => {
    const reads = readsOf(archive, () => localize(valdoro, 'fr').body);
    expect([...reads.bodyReads]).toEqual([valdoro]);
    const after = readsOf(archive, () => undefined);
    void localize(harbour, 'en').body;
    expect(after.bodyReads.size).toBe(0);
  });

  it('gives a read inside another back to the outer one when it ends', () => {
    let inner = readsOf(archive, () => undefined);
    const outer = readsOf(archive, () => {
      inner = readsOf(archive, () => localize(harbour, 'en').body);
      void localize(valdoro, 'en').body;
    });
    expect([...inner.bodyReads]).toEqual([harbour]);
    expect([...outer.bodyReads]).toEqual([valdoro]);
  });
});

describe('the key of an entry page with a document file', () => {
  const folder = mkdtemp(join(tmpdir(), 'annals-page-keys-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  /** The declaration with its PDF kept next to its `index.md` in `dir`. */
  const withDocument = (dir: string): Entry<'statements'> => ({
    ...declaration,
    data: { ...declaration.data, documents: [{ file: './call.pdf', language: 'en' }] },
    source: { ...declaration.source, filePath: join(dir, 'index.md') },
  });

  it('changes when the file’s bytes change, whose size the page shows', async () => {
    const dir = await folder;
    const statement = withDocument(dir);
    const keyOf = () => entryPageKeys(archiveWith(statement), statementPage)(statement, 'en');
    await writeFile(join(dir, 'call.pdf'), 'first version');
    const first = keyOf();
    expect(keyOf()).toBe(first);
    await writeFile(join(dir, 'call.pdf'), 'second version, longer');
    expect(keyOf()).not.toBe(first);
  });
});

describe('entryPageKeys and the entry’s own body', () => {
  const one = bodyEdited(nextConference, '<p>One.</p>');
  const other = bodyEdited(nextConference, '<p>Another.</p>');
  const keyOf = (event: Entry<'events'>, showsBody?: boolean) =>
    entryPageKeys(archiveWith(event), () => null, { showsBody })(event, 'en');

  it('counts the body of the page’s own entry even when its view does not take it', () => {
    expect(keyOf(one)).not.toBe(keyOf(other));
  });

  it('leaves it out for a file that shows the entry’s fields only (a calendar)', () => {
    expect(keyOf(one, false)).toBe(keyOf(other, false));
  });
});

describe('the key of a documentation page', () => {
  it('is the whole archive’s, since its MDX components may name any entry', () => {
    const guide = entry('docs', 'guide', { title: 'Guide' });
    const archive = handMadeArchive([...SAMPLE, guide]);
    expect(entryPageKeys(archive, () => null)(guide, 'fr')).toBe(archivePageKey(archive, 'fr'));
  });
});
