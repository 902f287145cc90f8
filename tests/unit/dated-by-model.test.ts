import { describe, expect, it } from 'vitest';
import { getSearchRecord } from '../../src/data/search-record.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { contentDay } from '../../src/outputs/content-day.ts';
import { makeArchive, makeEntry, ref } from '../helpers/archive-entries.ts';

// Search results and feed dates read an entry's date from its collection's `dateField` in the
// content model, so a new dated collection has them without code of its own. Publications and
// organisations go through that path; statements keep their own fallback to their event.
const report = makeEntry('publications', 'report', { title: 'Report', date: '2025-09' });
const uil = makeEntry('organisations', 'uil', { name: 'UIL', country: 'DE' });
const meeting = makeEntry('events', 'meeting', { title: 'Meeting', start: '2024-05-12' });
const call = makeEntry('statements', 'call', {
  title: 'Call',
  adoptedAt: ref('events', 'meeting'),
});
const archive = makeArchive([report, uil, meeting, call]);
const t = useTranslations('en');

describe('the date of an entry, from its collection in the content model', () => {
  it('dates and places search results by the date field and a country field', () => {
    expect(getSearchRecord(archive, report, 'en', t)).toMatchObject({
      meta: { kind: 'Publication', date: 'September 2025' },
      filters: { type: 'Publication', year: '2025' },
      sortDate: '2025-09',
    });
    const organisation = getSearchRecord(archive, uil, 'en', t);
    expect(organisation).toMatchObject({
      meta: { kind: 'Organisation', date: undefined, place: 'Germany' },
      filters: { type: 'Organisation', year: undefined, country: 'Germany' },
      sortDate: '0000',
    });
  });

  it('gives feeds and calendars the day the content says', () => {
    expect(contentDay(archive, report)).toBe('2025-09');
    expect(contentDay(archive, meeting)).toBe('2024-05-12');
    expect(contentDay(archive, call)).toBe('2024-05-12');
    expect(contentDay(archive, uil)).toBeUndefined();
  });
});
