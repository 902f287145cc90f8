import { describe, expect, it } from 'vitest';
import { cityCoordinates } from '../../src/data/city-coordinates.ts';
import { getMapPlaces, locatorPoint } from '../../src/data/map-places.ts';
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from '../../src/outputs/map/projection.ts';
import { createWorldSvg, worldPaths } from '../../src/outputs/map/world-outline.ts';

const city = (coordinates?: unknown) => ({ data: { name: 'A city', coordinates } });
const holm = { latitude: 53.35, longitude: -6.26 };
const sydney = { latitude: -33.87, longitude: 151.21 };

describe('cityCoordinates', () => {
  it('reads a city’s latitude and longitude', () => {
    expect(cityCoordinates(city(holm))).toEqual(holm);
  });

  it('gives nothing for a city without coordinates, or with values that are not degrees', () => {
    expect(cityCoordinates({ data: { name: 'No field' } })).toBeUndefined();
    expect(cityCoordinates(city(null))).toBeUndefined();
    expect(cityCoordinates(city({ latitude: 91, longitude: 0 }))).toBeUndefined();
    expect(cityCoordinates(city({ latitude: '53', longitude: 0 }))).toBeUndefined();
  });
});

describe('projectPoint', () => {
  it('puts known cities inside the viewBox, north above south and west left of east', () => {
    const north = projectPoint(holm);
    const south = projectPoint(sydney);
    for (const { x, y } of [north, south]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MAP_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(MAP_HEIGHT);
    }
    expect(north.y).toBeLessThan(south.y);
    expect(north.x).toBeLessThan(south.x);
  });

  it('puts longitude 0 on the equator at the centre of the map', () => {
    expect(projectPoint({ latitude: 0, longitude: 0 })).toEqual({
      x: MAP_WIDTH / 2,
      y: Math.round(MAP_HEIGHT * 5) / 10,
    });
  });
});

describe('getMapPlaces', () => {
  it('makes a dot of each city with coordinates and counts the others', () => {
    const cities = [city(holm), city(), city(sydney)];
    const { places, missing } = getMapPlaces(cities);
    expect(places.map((place) => place.city)).toEqual([cities[0], cities[2]]);
    expect(places[0]?.point).toEqual(projectPoint(holm));
    expect(missing).toBe(1);
  });

  it('gives a locator dot only for a city with coordinates', () => {
    expect(locatorPoint(city(sydney))).toEqual(projectPoint(sydney));
    expect(locatorPoint(city())).toBeUndefined();
    expect(locatorPoint(undefined)).toBeUndefined();
  });
});

describe('the world outline', () => {
  it('is drawn the same, byte for byte, every time', () => {
    expect(createWorldSvg()).toBe(createWorldSvg());
  });

  it('has land and borders within the viewBox, rounded to one decimal', () => {
    const { land, borders, sphere } = worldPaths();
    for (const path of [land, borders, sphere]) {
      expect(path).toMatch(/^M/);
      const numbers = path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_WIDTH + 1);
      expect(path).not.toMatch(/\.\d\d/);
    }
  });

  it('is small enough to be one shared file', () => {
    expect(createWorldSvg().length).toBeLessThan(120_000);
  });
});
