import site from '../../annals.config.ts';
import { createRegionScheme } from './region-scheme.ts';

export type { Region } from './region-scheme.ts';

/** The site's regions, from `regions` in annals.config.ts. */
export const REGIONS = createRegionScheme(site.regions);
