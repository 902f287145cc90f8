import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentTree } from '../../tests/helpers/content-tree.ts';
import { createArchiveBuilder } from './archive-builder.ts';
import { generateEvents } from './generate-events.ts';
import {
  generateAwards,
  generateDocs,
  generatePublications,
  generateStatements,
} from './generate-outcomes.ts';
import { generateCities, generateOrganisations, generateSeries } from './generate-places.ts';
import { createRandom } from './random.ts';

/**
 * A synthetic archive of `events` events with everything around them in proportion: cities,
 * organisations and series they refer to, statements adopted at them, award rounds with
 * winners and publications, about a third translated into French and Spanish and fewer into
 * Arabic, Chinese and Russian. The same number always gives the same files, byte for byte.
 */
export function generateArchive(events: number): ContentTree {
  const random = createRandom(`annals-bench-${events}`);
  const archive = createArchiveBuilder(random);
  const cities = generateCities(random, archive, Math.max(30, Math.round(events / 20)));
  const organisations = generateOrganisations(
    random,
    archive,
    Math.max(12, Math.round(events / 50)),
  );
  const series = generateSeries(random, archive, Math.max(4, Math.round(events / 100)));
  const generated = generateEvents(random, archive, { cities, organisations, series }, events);
  generateStatements(random, archive, generated, Math.max(3, Math.round(events / 10)));
  generateAwards(
    random,
    archive,
    generated,
    cities,
    Math.min(4, Math.max(1, Math.round(events / 2500))),
  );
  generatePublications(
    random,
    archive,
    generated,
    organisations,
    Math.max(5, Math.round(events / 25)),
  );
  generateDocs(archive);
  return archive.toTree();
}

/** Writes a content tree into `dir` (which should be empty or absent); returns its file count. */
export async function writeArchive(dir: string, tree: ContentTree): Promise<number> {
  const folders = new Set(Object.keys(tree).map((path) => dirname(join(dir, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  const paths = Object.keys(tree);
  for (let start = 0; start < paths.length; start += 256) {
    await Promise.all(
      paths.slice(start, start + 256).map((path) => writeFile(join(dir, path), tree[path]!)),
    );
  }
  return paths.length;
}
