import { describe, expect, it } from 'vitest';
import fixtureSite from '../fixtures/annals.config.ts';
import { defineSite, type SiteConfig } from '../../src/schemas/site-config.ts';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclt-holm/index.md';
const AWARD = 'awards/2017-learning-town-award/index.md';

describe('references between entries', () => {
  it('names both files when a reference points nowhere, and suggests the entry meant', async () => {
    const problems = await checkTree(editFile(validArchive(), EVENT, 'city: holm', 'city: holc'));
    expect(problems).toEqual([
      `content/${EVENT}:11: error: city: refers to content/cities/holc/index.md, which does not exist; did you mean 'holm'?`,
    ]);
  });

  it('reports a dangling reference inside a list, at its item', async () => {
    const problems = await checkTree(
      editFile(validArchive(), EVENT, 'organisers: [oll]', 'organisers:\n  - oll\n  - agency'),
    );
    expect(problems).toEqual([
      `content/${EVENT}:14: error: organisers[1]: refers to content/organisations/agency/index.md, which does not exist; write the folder name of an entry in content/organisations, or create that entry`,
    ]);
  });

  it('reports a winner that is not a city entry', async () => {
    const problems = await checkTree(
      editFile(validArchive(), AWARD, '- city: holm', '- city: lyon'),
    );
    expect(problems).toEqual([
      `content/${AWARD}:7: error: winners[0].city: refers to content/cities/lyon/index.md, which does not exist; write the folder name of an entry in content/cities, or create that entry`,
    ]);
  });
});

describe('rules across files', () => {
  it('refuses two entries with one URL, naming the other file', async () => {
    const clash = markdown(
      'name: Holm again\ncountry: IE\nslug: holm\nsources:\n  - url: https://example.org/c\n',
    );
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/holm-city/index.md': clash }),
    );
    expect(problems).toEqual([
      'content/cities/holm-city/index.md:4: error: slug: the URL /cities/holm/ is already taken by content/cities/holm/index.md; give one of them another slug',
    ]);
  });

  it('refuses an event country that contradicts its city', async () => {
    const problems = await checkTree(
      editFile(validArchive(), EVENT, 'city: holm', 'city: holm\ncountry: GB'),
    );
    expect(problems).toEqual([
      `content/${EVENT}:12: error: country: is GB but the city holm is in IE (content/cities/holm/index.md); remove country, it is taken from the city`,
    ]);
  });

  it('refuses a city listed twice among the winners of one round', async () => {
    const problems = await checkTree(
      editFile(validArchive(), AWARD, '- city: holm', '- city: holm\n  - city: holm'),
    );
    expect(problems).toEqual([
      `content/${AWARD}:8: error: winners[1].city: 'holm' is already listed as a winner of this round; list each city once`,
    ]);
  });
});

describe('translations', () => {
  const TRANSLATION = 'events/2017-iclt-holm/fr.md';

  it('refuses a fact in a translation, saying where it belongs', async () => {
    const problems = await checkTree(
      editFile(validArchive(), TRANSLATION, 'title:', 'start: 2017-09-19\ntitle:'),
    );
    expect(problems).toEqual([
      `content/${TRANSLATION}:2: error: start: is a fact shared by all languages; set it once in index.md, not in a translation`,
    ]);
  });

  it('refuses the title of a session that index.md does not have', async () => {
    const problems = await checkTree(
      editFile(validArchive(), TRANSLATION, 'opening: Ouverture', 'closing: Clôture'),
    );
    expect(problems).toEqual([
      `content/${TRANSLATION}:4: error: sessions.closing: index.md has no session 'closing'; use one of: opening`,
    ]);
  });

  it('refuses a different number of action points than the source', async () => {
    const problems = await checkTree(
      editFile(
        validArchive(),
        'statements/2017-holm-call-to-action/es.md',
        '  - Entornos de aprendizaje verdes y saludables\n',
        '',
      ),
    );
    expect(problems).toEqual([
      'content/statements/2017-holm-call-to-action/es.md:3: error: actionPoints: has 1 items but index.md has 2; translate each action point once, in the same order',
    ]);
  });

  it('refuses a citation for a city that did not win', async () => {
    const translation = markdown('title: Prix 2017\ncitations:\n  lyon: Pour sa fête.\n');
    const problems = await checkTree(
      withFiles(validArchive(), { 'awards/2017-learning-town-award/fr.md': translation }),
    );
    expect(problems).toEqual([
      "content/awards/2017-learning-town-award/fr.md:4: error: citations.lyon: index.md has no winner 'lyon'; use one of: holm",
    ]);
  });

  it('requires a title in a translation', async () => {
    const problems = await checkTree(
      editFile(
        validArchive(),
        TRANSLATION,
        'title: 3e Conférence internationale sur les villes apprenantes\n',
        '',
      ),
    );
    expect(problems).toEqual([
      `content/${TRANSLATION}:1: error: title: is required; add it as text`,
    ]);
  });
});

describe('warnings', () => {
  it('warns about an entry without sources but does not count it as an error', async () => {
    const problems = await checkTree(
      editFile(
        validArchive(),
        'cities/holm/index.md',
        'sources:\n  - url: https://example.org/holm\n',
        '',
      ),
    );
    expect(problems).toEqual([
      'content/cities/holm/index.md:1: warning: sources: none given; add the page or document these facts come from',
    ]);
  });
});

describe('suggestions', () => {
  it('suggests a field with two letters swapped', async () => {
    const problems = await checkTree(
      editFile(validArchive(), 'cities/holm/index.md', 'name: Holm', 'nmae: Holm'),
    );
    expect(problems[1]).toBe(
      'content/cities/holm/index.md:2: error: nmae: is not a field here; did you mean name? allowed fields are: name, summary, slug, aliases, country, memberSince, logo, coordinates, geonames, wikidata, sources',
    );
  });

  it('suggests the entry whose id starts with what was typed', async () => {
    const problems = await checkTree(
      editFile(
        validArchive(),
        'events/2017-iclt-holm/index.md',
        'organisers: [oll]',
        'organisers: [ol]',
      ),
    );
    expect(problems).toEqual([
      "content/events/2017-iclt-holm/index.md:12: error: organisers[0]: refers to content/organisations/ol/index.md, which does not exist; did you mean 'oll'?",
    ]);
  });
});

describe('former URLs (aliases)', () => {
  const withAlias = (path: string, aliases: string) =>
    editFile(validArchive(), path, 'title:', `aliases: [${aliases}]\ntitle:`);

  it('refuses an alias that is the current URL of another entry, naming both files', async () => {
    const other = markdown(
      'title: Another conference\ntype: conference\nstart: 2019-10-01\nattendance: online\nsummary: Online.\n',
    );
    const problems = await checkTree(
      withFiles(withAlias(EVENT, '2019-online-conference'), {
        'events/2019-online-conference/index.md': other,
      }),
    );
    expect(problems).toEqual([
      `content/${EVENT}:2: error: aliases[0]: the URL /events/2019-online-conference/ is the current address of content/events/2019-online-conference/index.md; an old address cannot lead to another entry, remove this alias`,
      'content/events/2019-online-conference/index.md:1: warning: sources: none given; add the page or document these facts come from',
    ]);
  });

  it('refuses an alias another entry already keeps, naming both files', async () => {
    const other = markdown(
      'aliases: [holm-2017]\ntitle: Another conference\ntype: conference\nstart: 2019-10-01\nattendance: online\nsummary: Online.\nsources:\n  - url: https://example.org/x\n',
    );
    const problems = await checkTree(
      withFiles(withAlias(EVENT, 'iclt-3, holm-2017'), {
        'events/2019-online-conference/index.md': other,
      }),
    );
    expect(problems).toEqual([
      'content/events/2019-online-conference/index.md:2: error: aliases[0]: the old URL /events/holm-2017/ is already kept by content/events/2017-iclt-holm/index.md; an old address can lead to one entry only',
    ]);
  });

  it('refuses an alias that is the entry’s own URL, or is listed twice', async () => {
    const problems = await checkTree(withAlias(EVENT, '2017-iclt-holm, iclt-3, iclt-3'));
    expect(problems).toEqual([
      `content/${EVENT}:2: error: aliases[0]: '2017-iclt-holm' is this entry's current URL; list only former ones`,
      `content/${EVENT}:2: error: aliases[2]: 'iclt-3' is listed twice; list each former URL once`,
    ]);
  });

  it('refuses an alias that names a listing page of the site', async () => {
    const problems = await checkTree(withAlias(EVENT, 'year'));
    expect(problems).toEqual([
      `content/${EVENT}:2: error: aliases[0]: the URL /events/year/ is used by the site's own listing pages; remove this alias`,
    ]);
  });

  it('lets two collections keep the same old segment', async () => {
    const problems = await checkTree(
      editFile(
        withAlias(EVENT, 'holm'),
        'cities/holm/index.md',
        'name: Holm',
        'aliases: [corcaigh]\nname: Holm',
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('reserved URLs', () => {
  it('refuses an event folder named like a listing page', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'events/year/index.md': validArchive()['events/2017-iclt-holm/index.md'],
      }),
    );
    expect(problems).toEqual([
      "content/events/year/index.md:1: error: the URL /events/year/ is used by the site's own listing pages; choose another folder name",
    ]);
  });
});

describe('countries and the site’s regions', () => {
  const withRegions = (regions: SiteConfig['regions']) => defineSite({ ...fixtureSite, regions });
  const CITY = 'cities/holm/index.md';

  it('refuses a country that no region of the site lists, naming the setting to add it to', async () => {
    const site = withRegions([
      { key: 'europe', name: { en: 'Europe' }, countries: ['FR'], aliases: [] },
      { key: 'africa', m49: '002', name: {}, countries: ['NG'], aliases: [] },
    ]);
    expect(await checkTree(validArchive(), site)).toEqual([
      `content/${CITY}:3: error: country: IE is in no region of the site; add it to \`countries\` of one of the \`regions\` in annals.config.ts (europe, africa)`,
    ]);
  });

  it('refuses a country that UN M49 places in no region', async () => {
    const tree = editFile(validArchive(), CITY, 'country: IE', 'country: AQ');
    expect(await checkTree(tree, withRegions('un-m49'))).toEqual([
      `content/${CITY}:3: error: country: AQ is in no region of the site; UN M49 places it in no region; list your own regions under \`regions\` in annals.config.ts`,
    ]);
  });

  it('leaves a country that is no code at all to the schema, so it is reported once', async () => {
    const tree = editFile(validArchive(), CITY, 'country: IE', 'country: Ireland');
    expect(await checkTree(tree, withRegions('un-m49'))).toEqual([
      `content/${CITY}:3: error: country: 'Ireland' is not an ISO 3166-1 alpha-2 country code; use two capital letters, like MX for Mexico or GB for the United Kingdom`,
    ]);
  });
});
