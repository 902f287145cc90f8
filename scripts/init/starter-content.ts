import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The starter entries: one series, event, city, organisation and statement. */
const STARTER_DIR = fileURLToPath(new URL('./starter/', import.meta.url));

/** The Editors' guide pages, copied from the archive so that the guide has one source. */
const GUIDE_PREFIX = 'editors-guide';

/**
 * The guide's live examples name entries of the shipped archive; in a new archive they show
 * the starter's. A guide edit that changes an example makes `npm run init` stop here, so
 * the list is kept in step.
 */
const GUIDE_EXAMPLES: [string, string][] = [
  ['<EventList country="MX" />', '<EventList country="FR" />'],
  [
    '<ActionPoints statement="2017-cork-call-to-action" />',
    '<ActionPoints statement="2026-network-statement" />',
  ],
];

/** Reads the guide pages, `[path under docs/, text]`: the facts and the given translations. */
async function readGuide(docsDir: string, locales: string[]): Promise<[string, string][]> {
  const folders = (await readdir(docsDir)).filter((name) => name.startsWith(GUIDE_PREFIX));
  const files = await Promise.all(
    folders.map(async (folder) =>
      (await readdir(join(docsDir, folder)))
        .filter((name) => name === 'index.mdx' || locales.includes(name.replace(/\.mdx$/, '')))
        .map((name) => `${folder}/${name}`),
    ),
  );
  return Promise.all(
    files.flat().map(async (path): Promise<[string, string]> => {
      let text = await readFile(join(docsDir, path), 'utf8');
      for (const [shipped, starter] of GUIDE_EXAMPLES) text = text.replaceAll(shipped, starter);
      return [path, text];
    }),
  );
}

/**
 * Replaces the content folder with the starter entries and the Editors' guide, with the
 * guide's translations into `translationLocales` where it has them. Checks that every guide
 * example was found first, and reads everything it keeps before it deletes anything.
 */
export async function writeStarterContent(
  contentDir: string,
  translationLocales: string[],
): Promise<void> {
  const guide = await readGuide(join(contentDir, 'docs'), translationLocales);
  const components = guide.find(([path]) => path === `${GUIDE_PREFIX}-components/index.mdx`);
  const missing = GUIDE_EXAMPLES.filter(([, starter]) => !components?.[1].includes(starter));
  if (missing.length) {
    throw new Error(
      `The Editors' guide no longer shows ${missing.map(([shipped]) => shipped).join(' or ')}; update GUIDE_EXAMPLES in scripts/init/starter-content.ts`,
    );
  }
  await rm(contentDir, { recursive: true, force: true });
  await cp(STARTER_DIR, contentDir, { recursive: true });
  for (const [path, text] of guide) {
    const file = join(contentDir, 'docs', path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
