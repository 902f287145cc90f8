import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A short hash of some text, to name a cache folder after what it depends on. */
const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Folders whose code decides what Astro caches of the content: its schemas and its rendering. */
const CACHED_FROM = [join('src', 'schemas'), join('src', 'markdown')];

/**
 * Astro's cache folder for a build of the project at `rootDir`. Astro revalidates its cached
 * content only when src/content.config.ts itself changes, not the schemas it imports nor the
 * plugins that render bodies; naming the cache after their text makes a change to either
 * start a fresh cache. A build of
 * another content folder (tests, benchmark) gets a cache of its own, so it never mixes its
 * entries into the cache of the shipped content; whoever builds it removes that cache after.
 */
export function astroCacheDir(rootDir: string, otherContentDir?: string): string {
  const sources = CACHED_FROM.flatMap((folder) =>
    readdirSync(join(rootDir, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => readFileSync(join(rootDir, folder, file), 'utf8')),
  );
  const schemas = shortHash(sources.join('\0'));
  const content = otherContentDir ? `-content-${shortHash(otherContentDir)}` : '';
  return join(rootDir, 'node_modules', '.astro', `${schemas}${content}`);
}
