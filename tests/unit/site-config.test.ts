import { describe, expect, it } from 'vitest';
import { defineSite, type SiteConfigInput } from '../../src/schemas/site-config.ts';

const SITE: SiteConfigInput = {
  url: 'https://network.example.org',
  title: { en: 'Archive' },
  description: { en: 'An archive.' },
  defaultLocale: 'en',
  locales: [{ code: 'en' }],
};

/** The message an editor sees for a configuration, built with the given environment. */
function problemsOf(input: Partial<SiteConfigInput>, env: Record<string, string> = {}): string {
  try {
    defineSite({ ...SITE, ...input }, env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('the base path of the site configuration', () => {
  it('is / unless given, and takes a path that starts and ends with /', () => {
    expect(defineSite(SITE, {}).base).toBe('/');
    expect(defineSite({ ...SITE, base: '/archive/' }, {}).base).toBe('/archive/');
    expect(defineSite({ ...SITE, base: '/network/archive/' }, {}).base).toBe('/network/archive/');
  });

  it('refuses a path that does not start and end with /, saying how to write it', () => {
    for (const base of ['archive/', '/archive', '/arch ive/', '//']) {
      expect(problemsOf({ base })).toBe(
        `annals.config.ts is invalid:\n  base: '${base}' is not a base path; write a path that starts and ends with /, like /archive/ (or / at the root of the host)`,
      );
    }
  });

  it('refuses an address with a path, and says to move the path to base', () => {
    expect(problemsOf({ url: 'https://network.example.org/archive' })).toBe(
      "annals.config.ts is invalid:\n  url: 'https://network.example.org/archive' has a path; give the host only (https://network.example.org) and the path as base: '/archive/'",
    );
  });
});

describe('the address and base path from a build server', () => {
  it('take the place of url and base from ANNALS_URL and ANNALS_BASE', () => {
    const site = defineSite(
      { ...SITE, base: '/' },
      { ANNALS_URL: 'https://someone.github.io', ANNALS_BASE: '/archive/' },
    );
    expect(site).toMatchObject({ url: 'https://someone.github.io', base: '/archive/' });
  });

  it('leave the configuration as it is when empty', () => {
    expect(defineSite({ ...SITE, base: '/x/' }, { ANNALS_URL: '', ANNALS_BASE: '' })).toMatchObject(
      { url: SITE.url, base: '/x/' },
    );
  });

  it('are checked like the file, naming the variable a wrong value came from', () => {
    expect(problemsOf({}, { ANNALS_BASE: 'archive' })).toBe(
      "annals.config.ts is invalid:\n  base (from ANNALS_BASE): 'archive' is not a base path; write a path that starts and ends with /, like /archive/ (or / at the root of the host)",
    );
    expect(problemsOf({}, { ANNALS_URL: 'someone.github.io' })).toBe(
      "annals.config.ts is invalid:\n  url (from ANNALS_URL): 'someone.github.io' is not an absolute web address; write the full URL, starting with https://",
    );
  });
});

describe('the licence of the open data', () => {
  it('is none unless given', () => {
    expect(defineSite(SITE, {}).dataLicense).toBeUndefined();
    const license = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };
    expect(defineSite({ ...SITE, dataLicense: license }, {}).dataLicense).toEqual(license);
  });

  it('refuses a licence with neither an identifier nor an address, or a malformed identifier', () => {
    expect(problemsOf({ dataLicense: { title: 'Our licence' } })).toBe(
      'annals.config.ts is invalid:\n  dataLicense: give the licence its identifier (name), the address of its text (path), or both',
    );
    expect(problemsOf({ dataLicense: { name: 'CC BY 4.0' } })).toBe(
      "annals.config.ts is invalid:\n  dataLicense.name: 'CC BY 4.0' is not a licence identifier; write its SPDX or Open Definition id, like CC-BY-4.0 or ODC-BY-1.0",
    );
  });
});
