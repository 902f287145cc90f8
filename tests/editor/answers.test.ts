import { describe, expect, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { countryCodeOf } from '../../src/editor/country-answer.ts';
import { loadEditorContext } from '../../src/editor/editor-context.ts';
import { answerInContext } from '../../src/editor/entry-draft.ts';
import { describeFactsFields } from '../../src/editor/field-info.ts';
import { countryOfDraft, timeZonesOf } from '../../src/editor/time-zones.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const LOCALES = site.locales.map((locale) => locale.code);

describe('a country answered by name', () => {
  it.each([
    ['PT', 'PT'],
    ['pt', 'PT'],
    ['Portugal', 'PT'],
    ['  portugal ', 'PT'],
    ['Mexique', 'MX'],
    ['México', 'MX'],
    ['mexico', 'MX'],
    ['Royaume-Uni', 'GB'],
    ['المكسيك', 'MX'],
    ['墨西哥', 'MX'],
    ['Мексика', 'MX'],
  ])('reads %j as %s', (answer, code) => {
    expect(countryCodeOf(answer, LOCALES)).toBe(code);
  });

  it('names nothing for a name in no language of the site, or a code not assigned', () => {
    expect(countryCodeOf('Portugual', LOCALES)).toBeUndefined();
    expect(countryCodeOf('Mexiko', LOCALES)).toBeUndefined();
    expect(countryCodeOf('UK', LOCALES)).toBeUndefined();
  });
});

describe('the time zones offered for a country', () => {
  it('are the zones of the country, as IANA names', () => {
    expect(timeZonesOf('PT')).toEqual(['Atlantic/Azores', 'Atlantic/Madeira', 'Europe/Lisbon']);
    expect(timeZonesOf('IE')).toEqual(['Europe/Dublin']);
  });

  it('are none when the country is not known', () => {
    expect(timeZonesOf(undefined)).toEqual([]);
    expect(timeZonesOf('XX')).toEqual([]);
  });

  it('come from the event’s own country, else from its city', async () => {
    const context = await loadEditorContext(
      PROJECT_ROOT,
      site,
      await writeContentTree(validArchive()),
    );
    expect(countryOfDraft(context, { city: 'holm' })).toBe('IE');
    expect(countryOfDraft(context, { city: 'holm', country: 'GB' })).toBe('GB');
    expect(countryOfDraft(context, { city: 'nowhere' })).toBeUndefined();
  });
});

describe('an answer checked against the answers before it', () => {
  it('refuses an end before the start, in the checker’s words, without naming the field again', async () => {
    const context = await loadEditorContext(
      PROJECT_ROOT,
      site,
      await writeContentTree(validArchive()),
    );
    const end = describeFactsFields('events', context.reference).find(
      (field) => field.name === 'end',
    )!;
    const before = { title: 'A meeting', start: '2025-03-04' };
    expect(answerInContext('events', end, '2025-03-03', before, context)).toBe(
      '2025-03-03 is before start 2025-03-04; the last day must be on or after the first',
    );
    expect(answerInContext('events', end, '2025-03-04', before, context)).toBeUndefined();
    expect(answerInContext('events', end, '2025-02-30', before, context)).toBe(
      "'2025-02-30' is not a day of the calendar",
    );
    // A rule about another field, or one a later answer can still meet, is not this one's.
    expect(answerInContext('events', end, '2025-03-05', {}, context)).toBeUndefined();
  });
});
