import { join } from 'node:path';
import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { DiscoverOptions, EntryFile } from './discover.ts';
import { listDirectory, type ReportPath } from './list-directory.ts';

/** An entry file's name: `index` or a locale, then the collection's extension. */
const ENTRY_FILE = /^(.*)\.(md|mdx)$/;

/**
 * A text file an editor most likely meant as an entry file: `Index.md`, `index.md.txt` (as
 * Windows saves it, hiding the second ending), `fr.markdown`. Its first part, in lower case.
 */
const TEXT_FILE = /^([^.]+)\.(?:md|mdx|markdown|mdown|mkd|txt|text)(?:\.[a-z]+)*$/i;

/** The problem with an entry file saved under another name, which the build would skip. */
function misnamedFile(name: string, expected: string): string {
  const why =
    name.toLowerCase() === expected
      ? 'entry file names are written in lower case'
      : `entry files end in ${expected.slice(expected.indexOf('.'))}, and Windows may hide an ending such as .txt`;
  return `is not read, so the site leaves it out: ${why}; rename it to ${expected}`;
}

/** The problem with a Markdown file that is named like an entry file but cannot be one. */
function entryFileProblem(
  collection: CollectionName,
  stem: string,
  written: string,
  options: DiscoverOptions,
): string | undefined {
  const { extension } = CONTENT_MODEL[collection];
  if (written !== extension) {
    return `${collection} entries are written in ${extension} files; rename it to ${stem}${extension}`;
  }
  if (stem === options.defaultLocale) {
    return `index${extension} already holds the ${options.defaultLocale} text; merge this file into index${extension} and remove it`;
  }
  if (stem !== 'index' && !options.translationLocales.includes(stem)) {
    return `'${stem}' is not a locale of this site; name a translation after one of: ${options.translationLocales.join(', ')}, or add the locale to annals.config.ts`;
  }
  return undefined;
}

/**
 * The entry files of one entry folder; other files (images, notes) are left alone. A folder
 * that holds no entry file at all is reported, naming the file it needs: the build would
 * leave it out of the site without a word.
 */
export function discoverEntryFolder(
  folder: { collection: CollectionName; id: string; folderPath: string },
  options: DiscoverOptions,
  report: ReportPath,
): EntryFile[] {
  const { collection, id, folderPath } = folder;
  const { extension } = CONTENT_MODEL[collection];
  const stems = ['index', options.defaultLocale, ...options.translationLocales];
  const found: EntryFile[] = [];
  let reported = false;
  const reportFile = (path: string, message: string) => {
    reported = true;
    report(path, message);
  };
  const isEntryFile = (name: string) =>
    ENTRY_FILE.test(name) && stems.includes(name.split('.')[0]!);
  for (const file of listDirectory(folderPath, reportFile, isEntryFile)) {
    if (!file.isFile()) continue;
    const absolutePath = join(folderPath, file.name);
    const [, stem = '', written = ''] = ENTRY_FILE.exec(file.name) ?? [];
    const meant = TEXT_FILE.exec(file.name)?.[1]?.toLowerCase();
    if (meant && meant !== stem && stems.includes(meant)) {
      reportFile(absolutePath, misnamedFile(file.name, `${meant}${extension}`));
      continue;
    }
    if (!stem) continue;
    const problem = entryFileProblem(collection, stem, `.${written}`, options);
    if (problem) reportFile(absolutePath, problem);
    else {
      const locale = stem === 'index' ? undefined : stem;
      found.push({ collection, id, locale, path: options.displayPath(absolutePath), absolutePath });
    }
  }
  const indexPath = options.displayPath(join(folderPath, `index${extension}`));
  if (found.length > 0 && !found.some((file) => !file.locale)) {
    for (const orphan of found) {
      report(
        orphan.absolutePath,
        `is a translation without its source entry; add ${indexPath} with the facts and the ${options.defaultLocale} text, or remove this file`,
      );
    }
    return [];
  }
  if (!found.length && !reported) {
    report(
      folderPath,
      `holds no index${extension}, so the site leaves this entry out; write the entry in ${indexPath}, or remove the folder`,
    );
  }
  return found;
}
