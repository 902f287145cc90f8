import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * Writes `files` into the site folder `outDir`, keeping a copy of each in `store` with its
 * key: a file whose key (and the code that writes it, `code`) is unchanged since the last
 * build is copied from the store, not written again; a file no longer wanted (a deleted
 * event's calendar) leaves the store. Astro empties `outDir` before every build.
 */
export function writeKeyedFiles<T extends KeyedFile>(
  files: readonly T[],
  text: (file: T) => string,
  folders: KeyedFolders,
): KeyedFilesReport {
  const previous = readManifest(folders.store, folders.code);
  const keys: Record<string, string> = {};
  const report = { written: 0, reused: 0, removed: 0 };
  for (const item of files) {
    const stored = join(folders.store, 'files', item.file);
    const target = join(folders.outDir, item.file);
    keys[item.file] = item.key;
    if (previous[item.file] === item.key && existsSync(stored)) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(stored, target);
      report.reused += 1;
    } else {
      const body = text(item);
      writeFile(stored, body);
      writeFile(target, body);
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
