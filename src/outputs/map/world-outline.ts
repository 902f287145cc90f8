import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { MAP_HEIGHT, MAP_VIEWBOX, MAP_WIDTH, mapProjection } from './projection.ts';

/** The atlas as topojson-client reads it; the JSON module's inferred type is too wide to use. */
type WorldTopology = Parameters<typeof mesh>[0] & {
  objects: Record<'countries' | 'land', NonNullable<Parameters<typeof mesh>[1]>>;
};

/** The paths of the world outline: the sphere, the land, and the borders between countries. */
export interface WorldPaths {
  sphere: string;
  land: string;
  borders: string;
}

/**
 * Draws Natural Earth's 1:110m countries (public domain, from `world-atlas`) with the map
 * projection, to one decimal: the same input always gives the same path, byte for byte.
 */
export function worldPaths(): WorldPaths {
  const topology = atlas as unknown as WorldTopology;
  const path = geoPath(mapProjection()).digits(1);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    land: path(feature(topology, topology.objects.land)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}

/**
 * The world outline as a standalone SVG file, drawn once per build and shared by every map
 * of the site (the browser caches it). It carries its own colours, since page styles do not
 * reach an image; mid greys read on light and dark pages alike.
 */
export function createWorldSvg(): string {
  const { sphere, land, borders } = worldPaths();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MAP_VIEWBOX}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`,
    `<path d="${sphere}" fill="#8f9ba81f" stroke="#8f9ba8" stroke-width="1"/>`,
    `<path d="${land}" fill="#8f9ba8"/>`,
    `<path d="${borders}" fill="none" stroke="#ffffff" stroke-width="0.5" stroke-opacity="0.6"/>`,
    '</svg>',
    '',
  ].join('\n');
}
