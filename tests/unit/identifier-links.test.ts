import { describe, expect, it } from 'vitest';
import { identifierLinks, identifierUrls } from '../../src/data/identifier-links.ts';

describe('identifier links', () => {
  it('links each identifier to its registry, in a fixed order', () => {
    expect(
      identifierLinks({
        ark: 'ark:/48223/pf0000234986',
        doi: '10.1007/s11159-015-9486-0',
        geonames: 2964574,
        wikidata: 'Q1761',
        ror: '03yrm5c26',
      }),
    ).toEqual([
      { label: 'Wikidata Q1761', href: 'https://www.wikidata.org/wiki/Q1761' },
      { label: 'GeoNames 2964574', href: 'https://www.geonames.org/2964574' },
      { label: 'ROR 03yrm5c26', href: 'https://ror.org/03yrm5c26' },
      { label: 'DOI 10.1007/s11159-015-9486-0', href: 'https://doi.org/10.1007/s11159-015-9486-0' },
      {
        label: 'ARK ark:/48223/pf0000234986',
        href: 'https://n2t.net/ark:/48223/pf0000234986',
      },
    ]);
  });

  it('resolves an ARK written in the newer form without the first slash', () => {
    expect(identifierUrls({ ark: 'ark:12148/btv1b8449691v' })).toEqual([
      'https://n2t.net/ark:/12148/btv1b8449691v',
    ]);
  });

  it('gives nothing for an entry without identifiers', () => {
    expect(identifierLinks({})).toEqual([]);
  });
});
