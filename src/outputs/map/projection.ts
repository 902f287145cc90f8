import { geoEqualEarth, type GeoProjection } from 'd3-geo';

/** A place on Earth in decimal degrees (WGS 84), as the city schema holds it. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** A projected point in the map's viewBox units. */
export interface MapPoint {
  x: number;
  y: number;
}

/** Width and height of every map's viewBox: the Equal Earth sphere is about 2.05 to 1. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 487;
export const MAP_VIEWBOX = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;

let projection: GeoProjection | undefined;

/**
 * The one projection of every map of the site: Equal Earth (areas stay true, so no region
 * looks larger than it is), fitted to the viewBox. The world outline and each page's dot are
 * drawn with it, so a dot drawn over the shared outline lands where the city is.
 */
export function mapProjection(): GeoProjection {
  projection ??= geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
  return projection;
}

/** Rounds to one decimal: a tenth of a viewBox unit is finer than any screen shows it. */
const round = (value: number) => Math.round(value * 10) / 10;

/** Where a place falls in the map's viewBox. */
export function projectPoint({ latitude, longitude }: Coordinates): MapPoint {
  // Equal Earth projects every point of the sphere, so the result is never null.
  const [x, y] = mapProjection()([longitude, latitude]) ?? [0, 0];
  return { x: round(x), y: round(y) };
}
