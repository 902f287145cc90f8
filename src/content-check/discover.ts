import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { closestMatch } from './closest-match.ts';
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

/** A folder's entries by name; read synchronously, as thousands of small folders read faster so. */
function listDirectory(path: string) {
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    // A missing folder has no entries; the caller reports what it expected there.
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Finds every entry file under the content folder and reports files that are in the wrong
 * place: a stray file, a folder name that is not a slug, an unknown locale, or a translation
 * whose entry has no `index` file.
 */
export function discoverEntries(options: DiscoverOptions): Discovery {
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  const ids = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
  ) as Discovery['ids'];
  const problem = (absolutePath: string, message: string) =>
    problems.push({ file: options.displayPath(absolutePath), line: 1, message, severity: 'error' });

  for (const folder of listDirectory(options.contentDir)) {
    const folderPath = join(options.contentDir, folder.name);
    if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
    if (!(COLLECTION_NAMES as string[]).includes(folder.name)) {
      const suggestion = closestMatch(folder.name, COLLECTION_NAMES);
      problem(
        folderPath,
        `is not a collection${suggestion ? ` (did you mean ${suggestion}?)` : ''}; the content folders are: ${COLLECTION_NAMES.join(', ')}`,
      );
      continue;
    }
    const collection = folder.name as CollectionName;
    for (const entry of listDirectory(folderPath)) {
      const entryPath = join(folderPath, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (!entry.isDirectory()) {
        const stem = entry.name.replace(/\.[^.]+$/, '');
        problem(
          entryPath,
          `entries are folders; move this file to ${options.displayPath(join(folderPath, suggestSlug(stem), `index${CONTENT_MODEL[collection].extension}`))}`,
        );
        continue;
      }
      if (!SLUG.test(entry.name)) {
        problem(
          entryPath,
          `folder name '${entry.name}' is not a slug; rename the folder to '${suggestSlug(entry.name)}' (lower-case letters, digits and hyphens)`,
        );
        continue;
      }
      files.push(...discoverEntryFolder(collection, entry.name, entryPath, options, problem));
    }
  }
  for (const file of files) if (!file.locale) ids[file.collection].add(file.id);
  return { files, problems, ids };
}

/** The entry files of one entry folder; other files (images, notes) are left alone. */
function discoverEntryFolder(
  collection: CollectionName,
  id: string,
  folderPath: string,
  options: DiscoverOptions,
  problem: (absolutePath: string, message: string) => void,
): EntryFile[] {
  const { extension } = CONTENT_MODEL[collection];
  const found: EntryFile[] = [];
  for (const file of listDirectory(folderPath)) {
    const match = /^(.*)\.(md|mdx)$/.exec(file.name);
    if (!file.isFile() || !match) continue;
    const absolutePath = join(folderPath, file.name);
    const stem = match[1] ?? '';
    if (`.${match[2]}` !== extension) {
      problem(
        absolutePath,
        `${collection} entries are written in ${extension} files; rename it to ${stem}${extension}`,
      );
    } else if (stem === options.defaultLocale) {
      problem(
        absolutePath,
        `index${extension} already holds the ${options.defaultLocale} text; merge this file into index${extension} and remove it`,
      );
    } else if (stem !== 'index' && !options.translationLocales.includes(stem)) {
      problem(
        absolutePath,
        `'${stem}' is not a locale of this site; name a translation after one of: ${options.translationLocales.join(', ')}, or add the locale to annals.config.ts`,
      );
    } else {
      found.push({
        collection,
        id,
        locale: stem === 'index' ? undefined : stem,
        path: options.displayPath(absolutePath),
        absolutePath,
      });
    }
  }
  if (found.length > 0 && !found.some((file) => !file.locale)) {
    const indexPath = options.displayPath(join(folderPath, `index${extension}`));
    for (const orphan of found) {
      problem(
        orphan.absolutePath,
        `is a translation without its source entry; add ${indexPath} with the facts and the ${options.defaultLocale} text, or remove this file`,
      );
    }
    return [];
  }
  return found;
}
