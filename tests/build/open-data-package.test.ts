import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';

const siteDir = inject('fixtureSite');
const read = (file: string) => readFile(join(siteDir, file), 'utf8');
const readJson = async (file: string) => JSON.parse(await read(file));
const vendored = async (file: string) =>
  JSON.parse(await readFile(join(PROJECT_ROOT, file), 'utf8'));

/**
 * Ajv for the Data Package profiles. They are draft-04 (see
 * tests/fixtures/schemas/data-package/README.md): compiled without their `$schema` line, and
 * without strict mode, which refuses the profiles' own annotations (`propertyOrder`,
 * `context`) and their editor format `textarea`.
 */
async function dataPackageValidator(profile: string) {
  const schema = await vendored(`tests/fixtures/schemas/data-package/${profile}.json`);
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(schema);
}

/** Ajv with the GeoJSON FeatureCollection schema that the `geojson-schema` package ships. */
async function featureCollectionValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(await vendored('node_modules/geojson-schema/FeatureCollection.json'));
}

const errorsOf = (validate: { errors?: unknown[] | null }) =>
  JSON.stringify(validate.errors?.slice(0, 5) ?? []);

describe('the Data Package', () => {
  it('is valid against the Data Package profile, each table against the Tabular Data Resource profile', async () => {
    const pkg = await readJson('data/datapackage.json');
    const validatePackage = await dataPackageValidator('data-package');
    expect(validatePackage(pkg), errorsOf(validatePackage)).toBe(true);
    // The profile does refuse a package: a name with capitals and spaces is not one.
    expect(validatePackage({ ...pkg, name: 'Learning Cities' })).toBe(false);
    const validateTable = await dataPackageValidator('tabular-data-resource');
    const tables = pkg.resources.filter(
      (resource: { profile: string }) => resource.profile === 'tabular-data-resource',
    );
    expect(tables.map((table: { path: string }) => table.path)).toEqual([
      'events.csv',
      'award-winners.csv',
      'cities.csv',
    ]);
    for (const table of tables) expect(validateTable(table), errorsOf(validateTable)).toBe(true);
  });

  it('lists files that exist, and each CSV’s header is the fields it declares, in order', async () => {
    const pkg = await readJson('data/datapackage.json');
    for (const resource of pkg.resources) {
      const text = await read(join('data', resource.path));
      if (resource.format !== 'csv') continue;
      const [header] = parse(text, { to_line: 1 }) as string[][];
      expect(header, resource.path).toEqual(
        resource.schema.fields.map((field: { name: string }) => field.name),
      );
    }
  });

  it('types the new columns, and names GeoNames as a source only when cities carry its data', async () => {
    const pkg = await readJson('data/datapackage.json');
    const cities = pkg.resources.find((resource: { name: string }) => resource.name === 'cities');
    expect(cities.schema.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'latitude', type: 'number' }),
        expect.objectContaining({ name: 'geonames', type: 'integer' }),
      ]),
    );
    // The fixture cities are invented: coordinates, but no GeoNames ids.
    expect(pkg).not.toHaveProperty('sources');
    // The licence of the fixture site's configuration, as the profile names one.
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ]);
  });
});

describe('the maps as GeoJSON', () => {
  it('puts each city with coordinates at its point, longitude first', async () => {
    const cities = await readJson('data/cities.geojson');
    const validate = await featureCollectionValidator();
    expect(validate(cities), errorsOf(validate)).toBe(true);
    expect(cities.features).toEqual([
      {
        type: 'Feature',
        id: 'coral-bay',
        geometry: { type: 'Point', coordinates: [151.21, -33.87] },
        properties: {
          name: 'Coral Bay',
          url: 'https://annals.example.org/en/cities/coral-bay/',
          country: 'AU',
        },
      },
      expect.objectContaining({
        id: 'port-alder',
        geometry: { type: 'Point', coordinates: [-8.47, 51.9] },
      }),
    ]);
  });

  it('puts each event whose city has coordinates at that city, and no other', async () => {
    const events = await readJson('data/events.geojson');
    const validate = await featureCollectionValidator();
    expect(validate(events), errorsOf(validate)).toBe(true);
    const csv: Record<string, string>[] = parse(await read('data/events.csv'), { columns: true });
    const placed = csv.filter((row) => row.city === 'coral-bay' || row.city === 'port-alder');
    expect(events.features.map((feature: { id: string }) => feature.id)).toEqual(
      placed.map((row) => row.id),
    );
    expect(placed.map((row) => [row.latitude, row.longitude])).toContainEqual(['51.9', '-8.47']);
  });
});
