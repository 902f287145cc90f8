import { join } from 'node:path';
import { COLLECTION_NAMES, CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { closestMatch } from './closest-match.ts';
import { discoverEntryFolder } from './discover-entry-folder.ts';
import { listDirectory, type ReportPath } from './list-directory.ts';
import type { Problem } from './problem.ts';

/** One Markdown file of the content tree: an entry's facts, or one of its translations. */
export interface EntryFile {
  collection: CollectionName;
  /** The entry id: the name of its folder. */
  id: string;
  /** Locale code of a translation; undefined for the entry's `index` file. */
  locale?: string;
  /** Path shown to editors, relative to the project root. */
  path: string;
  absolutePath: string;
}

export interface DiscoverOptions {
  contentDir: string;
  defaultLocale: string;
  /** Codes of the locales other than the default: the allowed translation file names. */
  translationLocales: string[];
  /** Turns an absolute path into the path editors see. */
  displayPath: (absolutePath: string) => string;
}

export interface Discovery {
  files: EntryFile[];
  problems: Problem[];
  /** Ids of the entries that have an `index` file, per collection: what references may name. */
  ids: Record<CollectionName, Set<string>>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug an editor could name a folder: `Réunion à Lyon 2015` becomes `reunion-a-lyon-2015`. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Finds every entry file under the content folder and reports files that are in the wrong
 * place: a stray file, a folder name that is not a slug, a folder without its `index` file,
 * names that only differ in case, an unknown locale, or a translation without its entry.
 */
export function discoverEntries(options: DiscoverOptions): Discovery {
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  const ids = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
  ) as Discovery['ids'];
  const report: ReportPath = (absolutePath, message) =>
    problems.push({ file: options.displayPath(absolutePath), line: 1, message, severity: 'error' });
  const isCollection = (name: string) => (COLLECTION_NAMES as string[]).includes(name);

  for (const folder of listDirectory(options.contentDir, report, isCollection)) {
    const folderPath = join(options.contentDir, folder.name);
    if (!folder.isDirectory()) continue;
    if (!isCollection(folder.name)) {
      const suggestion = closestMatch(folder.name, COLLECTION_NAMES);
      report(
        folderPath,
        `is not a collection${suggestion ? ` (did you mean ${suggestion}?)` : ''}; the content folders are: ${COLLECTION_NAMES.join(', ')}`,
      );
      continue;
    }
    const collection = folder.name as CollectionName;
    for (const entry of listDirectory(folderPath, report, (name) => SLUG.test(name))) {
      const entryPath = join(folderPath, entry.name);
      if (!entry.isDirectory()) {
        const stem = entry.name.replace(/\.[^.]+$/, '');
        report(
          entryPath,
          `entries are folders; move this file to ${options.displayPath(join(folderPath, suggestSlug(stem), `index${CONTENT_MODEL[collection].extension}`))}`,
        );
        continue;
      }
      if (!SLUG.test(entry.name)) {
        report(
          entryPath,
          `folder name '${entry.name}' is not a slug; rename the folder to '${suggestSlug(entry.name)}' (lower-case letters, digits and hyphens)`,
        );
        continue;
      }
      const folder = { collection, id: entry.name, folderPath: entryPath };
      files.push(...discoverEntryFolder(folder, options, report));
    }
  }
  for (const file of files) if (!file.locale) ids[file.collection].add(file.id);
  return { files, problems, ids };
}
