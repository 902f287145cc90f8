import { describe, expect, it } from 'vitest';
import { createRegionScheme } from '../../src/data/region-scheme.ts';
import { createPlaceNames } from '../../src/i18n/place-names.ts';
import { RegionsConfigSchema } from '../../src/schemas/region-config.ts';

const networkRegions = RegionsConfigSchema.parse([
  { key: 'africa', m49: '002', countries: ['NG'] },
  {
    key: 'arab-states',
    name: { en: 'Arab States', fr: 'États arabes' },
    countries: ['EG', 'QA'],
  },
  {
    key: 'asia-pacific',
    aliases: ['asia'],
    name: { en: 'Asia and the Pacific' },
    countries: ['KR'],
  },
]);

describe('the default region scheme, UN M49', () => {
  const scheme = createRegionScheme('un-m49');

  it('places countries in M49’s world regions, the Americas split in two', () => {
    const regionOf = (country: string) => scheme.regionOf(country)?.key;
    expect(regionOf('QA')).toBe('asia');
    expect(regionOf('EG')).toBe('africa');
    expect(regionOf('MX')).toBe('latin-america-caribbean');
    expect(regionOf('US')).toBe('northern-america');
    expect(regionOf('FJ')).toBe('oceania');
    expect(regionOf('IE')).toBe('europe');
    expect(regionOf('AQ')).toBeUndefined();
  });

  it('names its regions through Intl in every language', () => {
    const { regionName } = createPlaceNames({ countryNames: {}, defaultLocale: 'en' });
    expect(regionName(scheme.byKey('europe')!, 'ru')).toBe('Европа');
    expect(regionName(scheme.byKey('africa')!, 'fr')).toBe('Afrique');
  });
});

describe('a network’s own regions', () => {
  const scheme = createRegionScheme(networkRegions);
  const { countryName, regionName } = createPlaceNames({
    countryNames: { KR: { en: 'Republic of Korea' } },
    defaultLocale: 'en',
  });

  it('places each country where the configuration lists it', () => {
    expect(scheme.regionOf('QA')?.key).toBe('arab-states');
    expect(scheme.regionOf('KR')?.key).toBe('asia-pacific');
    expect(scheme.regionOf('MX')).toBeUndefined();
    expect(scheme.regions.map((region) => region.key)).toEqual([
      'africa',
      'arab-states',
      'asia-pacific',
    ]);
  });

  it('names a region in the locale, else like its M49 area, else in the default locale', () => {
    expect(regionName(scheme.byKey('arab-states')!, 'fr')).toBe('États arabes');
    expect(regionName(scheme.byKey('africa')!, 'ar')).toBe('أفريقيا');
    expect(regionName(scheme.byKey('asia-pacific')!, 'fr')).toBe('Asia and the Pacific');
  });

  it('names a country as the configuration says in that locale, else as Intl does', () => {
    expect(countryName('KR', 'en')).toBe('Republic of Korea');
    expect(countryName('KR', 'fr')).toBe('Corée du Sud');
    expect(countryName('MX', 'en')).toBe('Mexico');
  });
});
