import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import site from '../../../annals.config.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { TRANSLATE_MARK } from '../../../src/content-check/rules/translation-marks.ts';
import type { ValidEntryFile } from '../../../src/content-check/validate-file.ts';
import { translationLocales } from '../../../src/schemas/site-config.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { addAlias, idPattern, readContentFiles, timesNamed } from './content-files.ts';
import { runScript } from './operate.ts';

// The editor's everyday operations, each done as the Editors' guide says, on a content folder
// whose entries they pick by what they are (never by name), so that they run on any archive.

const checkOf = (contentDir: string) => checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
const byPath = (a: ValidEntryFile, b: ValidEntryFile) => (a.path < b.path ? -1 : 1);

/** Runs an npm script, failing with its output when it fails. */
function runOrFail(script: string, args: string[]): void {
  const run = runScript(script, args);
  if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.output}`);
}

/** One renamed entry: its collection, its folder name before and after, its own slug. */
export interface Renaming {
  collection: string;
  from: string;
  to: string;
  slug?: string;
}

/**
 * In each collection, the entry that the most other files name (by reference, in a
 * component, in a link): renaming it touches the most of the content.
 */
async function mostNamedEntries(contentDir: string): Promise<ValidEntryFile[]> {
  const { entries } = await checkOf(contentDir);
  const files = await readContentFiles(contentDir);
  const byCollection = Map.groupBy(
    entries.filter((entry) => !entry.locale),
    (entry) => entry.collection,
  );
  return [...byCollection.values()].map(
    (candidates) =>
      candidates
        .map((entry) => ({ entry, count: timesNamed(entry, files) }))
        .sort((a, b) => b.count - a.count)[0]!.entry,
  );
}

/**
 * Step 3 of the Editors' guide on renaming: `npm run check` names every reference to the old
 * name, at its file and line, and the editor writes the new name there.
 */
async function correctReferences(contentDir: string, renamings: Renaming[]): Promise<void> {
  const { problems } = await checkOf(contentDir);
  for (const problem of problems.filter((candidate) => candidate.severity === 'error')) {
    const renaming = renamings.find(({ collection, from }) =>
      problem.message.includes(`/${collection}/${from}/index.md, which does not exist`),
    );
    if (!renaming) continue;
    const lines = (await readFile(problem.file, 'utf8')).split('\n');
    lines[problem.line - 1] = lines[problem.line - 1]!.replace(
      idPattern(renaming.from),
      renaming.to,
    );
    await writeFile(problem.file, lines.join('\n'));
  }
}

/**
 * Renames the most named entry of every collection: its folder gets a new name, the old one
 * goes into its `aliases`, and every reference the checker names is corrected.
 */
export async function renameMostNamedEntries(contentDir: string): Promise<Renaming[]> {
  const renamings: Renaming[] = [];
  for (const entry of await mostNamedEntries(contentDir)) {
    const to = `${entry.id}-renamed`;
    const folder = join(contentDir, entry.collection);
    await rename(join(folder, entry.id), join(folder, to));
    await addAlias(join(folder, to, basename(entry.absolutePath)), entry.id);
    const slug = entry.data.slug as string | undefined;
    renamings.push({ collection: entry.collection, from: entry.id, to, slug });
  }
  await correctReferences(contentDir, renamings);
  return renamings;
}

/**
 * A translator's work on a draft of `npm run new -- translation`: every text marked
 * `[translate]` is taken as translated, and the line asking for the text is deleted.
 */
async function translateDraft(file: string): Promise<void> {
  const draft = await readFile(file, 'utf8');
  const lines = draft.split('\n').filter((line) => !line.startsWith(TRANSLATE_MARK));
  await writeFile(file, lines.join('\n').replaceAll(`${TRANSLATE_MARK} `, ''));
}

/**
 * The first translation of the content, by file path, with the entry it translates. Content
 * without any (a new archive) gets one: the first entry, drafted with `npm run new` into the
 * first language after the default one, and translated.
 */
async function translatedEntry(contentDir: string) {
  let { entries } = await checkOf(contentDir);
  if (!entries.some((entry) => entry.locale)) {
    const [first] = entries.sort(byPath);
    const locale = translationLocales(site)[0]!;
    runOrFail('new', [
      ...['translation', '--of', `${first!.collection}/${first!.id}`],
      ...['--locale', locale, '--content', contentDir],
    ]);
    await translateDraft(join(dirname(first!.absolutePath), `${locale}${extname(first!.path)}`));
    ({ entries } = await checkOf(contentDir));
  }
  const translation = entries.filter((entry) => entry.locale).sort(byPath)[0]!;
  const source = entries.find(
    (entry) =>
      !entry.locale && entry.collection === translation.collection && entry.id === translation.id,
  )!;
  return { translation, source };
}

/**
 * A translation recorded as current (`npm run translations -- --stamp`), then a sentence added
 * to the English text it translates: the translation and its source entry.
 */
export async function changeTranslatedText(contentDir: string) {
  const { translation, source } = await translatedEntry(contentDir);
  runOrFail('translations', ['--content', contentDir, '--stamp', translation.absolutePath]);
  await appendFile(source.absolutePath, '\nA sentence added in English after the translation.\n');
  return { translation, source };
}

/** The city and event `addEventInNewCity` adds. */
export const NEW_CITY = 'tollbridge';
export const NEW_EVENT = '2025-regional-meeting-tollbridge';

/** A new city and an event in it, each made with `npm run new -- …flags`. */
export async function addEventInNewCity(contentDir: string): Promise<void> {
  const { entries } = await checkOf(contentDir);
  const organiser = entries.find((entry) => entry.collection === 'organisations');
  const city = ['city', '--name', 'Tollbridge', '--country', 'PT'];
  const event = [
    ...['event', '--title', 'Regional meeting in Tollbridge', '--type', 'regional-meeting'],
    ...['--start', '2025-05-12', '--end', '2025-05-13', '--attendance', 'in-person'],
    ...['--city', NEW_CITY, '--hostCities', NEW_CITY, '--id', NEW_EVENT],
    ...(organiser ? ['--organisers', organiser.id] : []),
    ...['--summary', 'A regional meeting of learning cities.'],
  ];
  for (const args of [city, event]) {
    runOrFail('new', [
      ...args,
      ...['--source', 'https://example.org/source', '--content', contentDir],
    ]);
  }
}

/**
 * Removes the first entry, by file path, that no other file names (so that removing it breaks
 * no reference) and that has no former addresses (so that its own pages are all it takes
 * away), leaving out the entries of `keep` (`collection/id`). Returns the removed entry.
 */
export async function removeUnreferencedEntry(
  contentDir: string,
  keep: ReadonlySet<string>,
): Promise<ValidEntryFile> {
  const { entries } = await checkOf(contentDir);
  const files = await readContentFiles(contentDir);
  const removable = entries
    .filter((entry) => !entry.locale && !(entry.data.aliases as string[] | undefined)?.length)
    .filter((entry) => !keep.has(`${entry.collection}/${entry.id}`))
    .sort(byPath)
    .find((entry) => timesNamed(entry, files) === 0);
  if (!removable)
    throw new Error('Every entry of the content is named by another: none to remove.');
  await rm(dirname(removable.absolutePath), { recursive: true });
  return removable;
}
