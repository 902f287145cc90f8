import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatNumber,
  formatPartialDate,
  formatTimeRange,
  intlRegionName,
  languageName,
} from '../../src/i18n/format.ts';
import { isoWithOffset } from '../../src/data/zoned-time.ts';

/** Intl separates with thin and no-break spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('locale-aware formatting', () => {
  it('formats a span of days in each language', () => {
    expect(plain(formatDayRange('2015-09-28', '2015-09-30', 'en'))).toBe('September 28 – 30, 2015');
    expect(plain(formatDayRange('2015-09-28', '2015-09-30', 'fr'))).toBe('28–30 septembre 2015');
    // Node's ICU has no Chinese range pattern: both days are written in full.
    expect(plain(formatDayRange('2015-09-28', '2015-09-30', 'zh'))).toBe(
      '2015年9月28日 – 2015年9月30日',
    );
    expect(plain(formatDayRange('2015-09-28', '2015-09-30', 'ru'))).toBe('28–30 сентября 2015 г.');
  });

  it('keeps a date-only day whatever the zone of the machine', () => {
    // Date-only values are formatted in UTC; the machine zone (TZ) plays no part.
    expect(plain(formatDayRange('2013-10-21', undefined, 'en'))).toBe('October 21, 2013');
    expect(formatPartialDate('2019', 'fr')).toBe('2019');
    expect(formatPartialDate('2019-10', 'es')).toBe('octubre de 2019');
  });

  it('shows wall-clock times in the event zone, naming the zone in the reader language', () => {
    expect(plain(formatTimeRange('2020-11-17', '13:00', '14:30', 'Europe/Berlin', 'en'))).toBe(
      '1:00 – 2:30 PM Central European Standard Time',
    );
    expect(plain(formatTimeRange('2020-11-17', '13:00', '14:30', 'Europe/Berlin', 'fr'))).toBe(
      '13:00 – 14:30 heure normale d’Europe centrale',
    );
  });

  it('writes an event time with the offset the zone had that day', () => {
    expect(isoWithOffset('2020-11-17', '13:00', 'Europe/Berlin')).toBe('2020-11-17T13:00:00+01:00');
    expect(isoWithOffset('2021-07-01', '13:00', 'Europe/Berlin')).toBe('2021-07-01T13:00:00+02:00');
    expect(isoWithOffset('2022-10-11', '10:30', 'Asia/Seoul')).toBe('2022-10-11T10:30:00+09:00');
  });

  it('names countries, languages and regions through Intl', () => {
    expect(intlRegionName('MX', 'fr')).toBe('Mexique');
    expect(intlRegionName('MX', 'ar')).toBe('المكسيك');
    expect(languageName('es', 'zh')).toBe('西班牙语');
    expect(intlRegionName('150', 'ru')).toBe('Европа');
  });

  it('groups digits the locale way', () => {
    expect(plain(formatNumber(2000, 'en'))).toBe('2,000');
    expect(plain(formatNumber(2000, 'fr'))).toBe('2 000');
  });
});
