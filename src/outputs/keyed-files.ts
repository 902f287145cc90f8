import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** A file written outside Astro's routes: where it goes, and a key of everything it says. */
export interface KeyedFile {
  file: string;
  key: string;
}

/** What `writeKeyedFiles` did: files written anew, copied from the store, and removed. */
export interface KeyedFilesReport {
  written: number;
  reused: number;
  removed: number;
}

interface Manifest {
  code: string;
  keys: Record<string, string>;
}

/** The keys of the stored files, if the same code wrote them; else none, and no files. */
function readManifest(store: string, code: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(join(store, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.code === code) return manifest.keys;
  } catch {
    // No store yet, or one that cannot be read: start anew.
  }
  rmSync(join(store, 'files'), { recursive: true, force: true });
  return {};
}

const writeFile = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/**
 * Makes the folder of `path` unless this build already made it (`madeFolders`), and removes
 * a file at `path`: written over in place, it might be linked to another build's file.
 */
function clearPlace(path: string, madeFolders: Set<string>): void {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  rmSync(path, { force: true });
}

/**
 * Makes `to` the file `from`: a hard link where both are on one disk, so the bytes of
 * thousands of small files are not written a second time (seconds of file-system time in a
 * cold build), a copy where they are not. As with the search index's store (link-tree.ts),
 * neither side is ever written to in place: Astro empties the site folder before a build, and
 * a file whose key changed is written as a new file.
 */
function linkOrCopy(from: string, to: string, madeFolders: Set<string>): void {
  clearPlace(to, madeFolders);
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Where files are written, where their copies are kept, and the hash of the code. */
export interface KeyedFolders {
  outDir: string;
  store: string;
  code: string;
}

/**
 * The folders of one kind of keyed file (`calendars`, `citations`): each kind keeps its
 * copies and its manifest in a store of its own, so one kind never removes the other's.
 */
export function keyedFolders(folders: KeyedFolders, kind: string): KeyedFolders {
  return { ...folders, store: join(folders.store, kind) };
}

/** What the last `writeKeyedFiles` into `store` did, or undefined. */
export function readKeyedFilesReport(store: string): KeyedFilesReport | undefined {
  try {
    return JSON.parse(readFileSync(join(store, 'report.json'), 'utf8')) as KeyedFilesReport;
  } catch {
    return undefined;
  }
}

/**
 * Writes `files` into the site folder `outDir`, keeping each in `store` (linked, see
 * `linkOrCopy`) with its key: a file whose key (and the code that writes it, `code`) is
 * unchanged since the last build is taken from the store, not written again; a file no
 * longer wanted (a deleted event's calendar) leaves the store. Astro empties `outDir` before
 * every build.
 */
export function writeKeyedFiles<T extends KeyedFile>(
  files: readonly T[],
  text: (file: T) => string,
  folders: KeyedFolders,
): KeyedFilesReport {
  const previous = readManifest(folders.store, folders.code);
  const keys: Record<string, string> = {};
  const report = { written: 0, reused: 0, removed: 0 };
  // The folders already made, so each of thousands of files does not ask for its own again.
  const madeFolders = new Set<string>();
  for (const item of files) {
    const stored = join(folders.store, 'files', item.file);
    const target = join(folders.outDir, item.file);
    keys[item.file] = item.key;
    if (previous[item.file] === item.key && existsSync(stored)) {
      linkOrCopy(stored, target, madeFolders);
      report.reused += 1;
    } else {
      clearPlace(target, madeFolders);
      writeFileSync(target, text(item));
      linkOrCopy(target, stored, madeFolders);
      report.written += 1;
    }
  }
  for (const file of Object.keys(previous).filter((name) => !(name in keys))) {
    rmSync(join(folders.store, 'files', file), { force: true });
    report.removed += 1;
  }
  writeFile(
    join(folders.store, 'manifest.json'),
    JSON.stringify({ code: folders.code, keys } satisfies Manifest),
  );
  // For the integration to say after the build what was written, its logger being there.
  writeFile(join(folders.store, 'report.json'), JSON.stringify(report));
  return report;
}
