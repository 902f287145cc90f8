import type { Coordinates } from '../outputs/map/projection.ts';

const isDegrees = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/**
 * Where a city is, from its optional `coordinates` field ({ latitude, longitude } in decimal
 * degrees), or undefined when it has none. The only reader of that field, so the maps do not
 * depend on how the schema spells it; a value out of range counts as none.
 */
export function cityCoordinates(city: { data: object }): Coordinates | undefined {
  const value = (city.data as { coordinates?: unknown }).coordinates;
  if (typeof value !== 'object' || value === null) return undefined;
  const { latitude, longitude } = value as Record<string, unknown>;
  return isDegrees(latitude, 90) && isDegrees(longitude, 180) ? { latitude, longitude } : undefined;
}
