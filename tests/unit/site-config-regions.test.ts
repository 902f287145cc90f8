import { describe, expect, it } from 'vitest';
import { defineSite, type SiteConfigInput } from '../../src/schemas/site-config.ts';

const minimal: SiteConfigInput = {
  url: 'https://archive.example.org',
  title: { en: 'Archive' },
  description: { en: 'An archive.' },
  defaultLocale: 'en',
  locales: [{ code: 'en' }, { code: 'fr' }],
};

/** The message `defineSite` stops with, or undefined when the configuration is valid. */
function problemsOf(input: Partial<SiteConfigInput>): string | undefined {
  try {
    defineSite({ ...minimal, ...input }, {});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the regions and country names of the site configuration', () => {
  it('takes UN M49 regions and no country names by default', () => {
    const site = defineSite(minimal, {});
    expect(site.regions).toBe('un-m49');
    expect(site.countryNames).toEqual({});
  });

  it('names each mistake in a list of regions', () => {
    expect(
      problemsOf({
        regions: [
          { key: 'africa', name: { en: 'Africa', de: 'Afrika' }, countries: ['NG', 'EG'] },
          {
            key: 'arab-states',
            aliases: ['africa'],
            name: { fr: 'États arabes' },
            countries: ['EG'],
          },
          { key: 'asia', m49: '142', countries: ['KR', 'XX'] },
        ],
      }),
    ).toBe(
      [
        'annals.config.ts is invalid:',
        "  regions.2.countries.1: 'XX' is not an ISO 3166-1 alpha-2 country code; use two capital letters, like MX for Mexico or GB for the United Kingdom",
        "  regions.1.aliases.0: 'africa' is already the key of region 'africa'",
        "  regions.1.countries.0: EG is already in region 'africa'",
        '  regions.1.name.en: is required for the default locale, or give m49',
        "  regions.0.name.de: 'de' is not among locales (en, fr)",
      ].join('\n'),
    );
  });

  it('takes country names only for locales of the site', () => {
    expect(problemsOf({ countryNames: { KR: { en: 'Republic of Korea', de: 'Korea' } } })).toBe(
      "annals.config.ts is invalid:\n  countryNames.KR.de: 'de' is not among locales (en, fr)",
    );
  });
});
