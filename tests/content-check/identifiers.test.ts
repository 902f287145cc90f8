import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const CITY = 'cities/holm/index.md';
const ORGANISATION = 'organisations/oll/index.md';
const PUBLICATION = 'publications/2017-guide-to-action/index.md';
const STATEMENT = 'statements/2017-holm-call-to-action/index.md';
const EVENT = 'events/2017-iclt-holm/index.md';

/** The valid archive with `lines` added after the line `after` of `file`. */
const withLines = (file: string, after: string, lines: string) =>
  editFile(validArchive(), file, after, `${after}\n${lines}`);

describe('identifiers and coordinates', () => {
  it('accepts well-formed identifiers and coordinates in every form', async () => {
    let tree = withLines(
      CITY,
      'country: IE',
      'wikidata: Q1761\ngeonames: 2964574\ncoordinates: [53.34399, -6.26719]',
    );
    tree = editFile(
      tree,
      ORGANISATION,
      'kind: intergovernmental',
      'kind: intergovernmental\nror: 03yrm5c26\nwikidata: Q2300590',
    );
    tree = editFile(
      tree,
      PUBLICATION,
      'isbn: 978-92-820-1184-3',
      'isbn: 0-306-40615-2\ndoi: 10.1007/s11159-015-9486-0\nark: ark:/48223/pf0000234986',
    );
    tree = editFile(tree, EVENT, 'type: conference', 'type: conference\nwikidata: Q42');
    expect(await checkTree(tree)).toEqual([]);
  });

  const cases: [name: string, file: string, after: string, lines: string, expected: string][] = [
    [
      'a Wikidata id in lower case',
      CITY,
      'country: IE',
      'wikidata: q1761',
      `content/${CITY}:4: error: wikidata: 'q1761' is not a Wikidata item id; write a capital Q and the number of the item, like Q90; it is at the top of the item’s page on wikidata.org`,
    ],
    [
      'a Wikidata address instead of its id',
      EVENT,
      'type: conference',
      'wikidata: https://www.wikidata.org/wiki/Q42',
      `content/${EVENT}:4: error: wikidata: 'https://www.wikidata.org/wiki/Q42' is not a Wikidata item id; write the id alone, Q42, without the address before it`,
    ],
    [
      'a GeoNames id written as an address',
      CITY,
      'country: IE',
      'geonames: https://www.geonames.org/2964574',
      `content/${CITY}:4: error: geonames: expected a GeoNames id, a number like 2988507, got the text 'https://www.geonames.org/2964574'`,
    ],
    [
      'a latitude out of range',
      CITY,
      'country: IE',
      'coordinates: { latitude: 93.3, longitude: -6.2 }',
      `content/${CITY}:4: error: coordinates.latitude: must be between -90 and 90 degrees`,
    ],
    [
      'coordinates as one number',
      CITY,
      'country: IE',
      'coordinates: 53.3',
      `content/${CITY}:4: error: coordinates: expected { latitude: 53.9, longitude: -8.95 } or [53.9, -8.95], in decimal degrees, got the number 53.3`,
    ],
    [
      'a ROR id with a wrong checksum',
      ORGANISATION,
      'kind: intergovernmental',
      'ror: 03yrm5c27',
      `content/${ORGANISATION}:5: error: ror: '03yrm5c27' is not a ROR id; its last two digits do not match the others; copy it again from ror.org`,
    ],
    [
      'a ROR address instead of its id',
      ORGANISATION,
      'kind: intergovernmental',
      'ror: https://ror.org/03yrm5c26',
      `content/${ORGANISATION}:5: error: ror: 'https://ror.org/03yrm5c26' is not a ROR id; write the id alone, 03yrm5c26, without the address before it`,
    ],
    [
      'an ISBN-10 with a wrong check digit',
      STATEMENT,
      'date: 2017-09',
      'isbn: 0-306-40615-3',
      `content/${STATEMENT}:6: error: isbn: '0-306-40615-3' is not a valid ISBN; its check digit does not match the others; copy it again from the publication`,
    ],
    [
      'an ISBN with a digit missing',
      STATEMENT,
      'date: 2017-09',
      'isbn: 978-92-820-1184',
      `content/${STATEMENT}:6: error: isbn: '978-92-820-1184' is not a valid ISBN; write its 10 or 13 digits, with or without hyphens, like 978-92-820-1184-3`,
    ],
    [
      'a DOI written as its address',
      PUBLICATION,
      'kind: guide',
      'doi: https://doi.org/10.1007/s11159-015-9486-0',
      `content/${PUBLICATION}:4: error: doi: 'https://doi.org/10.1007/s11159-015-9486-0' is not a DOI; write the DOI alone, 10.1007/s11159-015-9486-0, without the address before it`,
    ],
    [
      'an ARK without its label',
      PUBLICATION,
      'kind: guide',
      'ark: 48223/pf0000234986',
      `content/${PUBLICATION}:4: error: ark: '48223/pf0000234986' is not an ARK; it starts with ark:/, then the number of the institution, a slash and the name, like ark:/48223/pf0000234986`,
    ],
  ];

  it.each(cases)('reports %s', async (_name, file, after, lines, expected) => {
    expect(await checkTree(withLines(file, after, lines))).toEqual([expected]);
  });
});
