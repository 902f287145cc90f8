import { describe, expect, it } from 'vitest';
import site from '../../annals.config.ts';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { aliasPageUrls } from '../../src/outputs/alias-urls.ts';
import { fallbackPageUrls } from '../../src/outputs/sitemap.ts';

/** A checked file as the integration gets it, with only what these lists read. */
const file = (id: string, data: Record<string, unknown>, locale?: string) =>
  ({ collection: 'events', id, locale, data }) as unknown as ValidEntryFile;

const entries = [
  file('2017-holm', { slug: 'holm-2017', aliases: ['2017-holme'] }),
  file('2017-holm', { title: 'Conférence' }, 'fr'),
];
const at = (path: string) => new URL(path, site.url).href;
const others = site.locales.map((locale) => locale.code).filter((code) => code !== 'en');

describe('the pages the sitemap leaves out', () => {
  it('lists the fallback pages of an entry, at its slug under the base, not its translations', () => {
    const urls = fallbackPageUrls(entries, site, '/archive/');
    expect([...urls].sort()).toEqual(
      others
        .filter((code) => code !== 'fr')
        .map((code) => at(`/archive/${code}/events/holm-2017/`))
        .sort(),
    );
  });

  it('lists the redirect page of each alias and former region key, in every locale', () => {
    const urls = aliasPageUrls(entries, site, '/archive/');
    expect(urls).toContain(at('/archive/fr/events/2017-holme/'));
    expect(urls).toContain(at('/archive/en/events/region/asia/'));
    expect(urls).not.toContain(at('/archive/en/events/holm-2017/'));
  });
});
