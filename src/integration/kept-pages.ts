import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files Astro's routes wrote into the output folder in the last build, each with its size
 * and modification time as that build left it, and the folder they were written to.
 */
interface PagesRecord {
  outDir: string;
  files: Record<string, [size: number, modified: number]>;
}

/** A file's size and modification time, or nothing when it is not there. */
function fileStamp(path: string): [number, number] | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? [stats.size, stats.mtimeMs] : undefined;
  } catch {
    return undefined;
  }
}

function readRecord(recordFile: string): PagesRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordFile, 'utf8')) as PagesRecord;
  } catch {
    return undefined;
  }
}

/** The folders that hold `files`, and the folders that hold those: `en`, `en/events`, … */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (
      let folder = dirname(file);
      folder !== '.' && !folders.has(folder);
      folder = dirname(folder)
    ) {
      folders.add(folder);
    }
  }
  return folders;
}

/**
 * Removes everything in `dir`, a folder of `outDir`, but the files of `keep` and the folders
 * of `keepFolders` (whose contents it goes through in turn).
 */
function removeAllBut(
  outDir: string,
  dir: string,
  keep: ReadonlySet<string>,
  keepFolders: ReadonlySet<string>,
) {
  for (const item of readdirSync(join(outDir, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}${sep}${item.name}` : item.name;
    if (!dir && item.name === '.git') continue;
    if (item.isDirectory() && keepFolders.has(path)) removeAllBut(outDir, path, keep, keepFolders);
    else if (!keep.has(path)) rmSync(join(outDir, path), { recursive: true, force: true });
  }
}

/** Removes `file` of `outDir` and the folders it leaves empty, which a cold build lacks. */
function removeWithEmptyFolders(outDir: string, file: string): void {
  rmSync(join(outDir, file), { force: true });
  for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
    const path = join(outDir, folder);
    if (!existsSync(path) || readdirSync(path).length > 0) return;
    rmSync(path, { recursive: true });
  }
}

/**
 * Empties the output folder before a build, as Astro does, but for the pages the last build
 * wrote there that are still as it left them (same size, same modification time). Astro
 * reuses a page its cache says is unchanged where it finds it in the output folder, and
 * copies it back from its cache only when it is missing: on a large archive, deleting every
 * page and copying it back was most of a rebuild with no change. A page kept here that this
 * build no longer writes is removed by `recordPages` after the build; everything else (the
 * bundled scripts and styles, the public files, the search index, the calendars) is written
 * anew as in a cold build. With `keep: false` (a forced build), a record of another output
 * folder or none, the folder is emptied entirely. Gives the pages kept.
 */
export function emptyOutDirKeepingPages(
  outDir: string,
  recordFile: string,
  keep: boolean,
): Set<string> {
  const kept = new Set<string>();
  if (!existsSync(outDir)) return kept;
  const record = keep ? readRecord(recordFile) : undefined;
  if (record?.outDir === outDir) {
    for (const [file, [size, modified]] of Object.entries(record.files)) {
      const stamp = fileStamp(join(outDir, file));
      if (stamp && stamp[0] === size && stamp[1] === modified) kept.add(file);
    }
  }
  removeAllBut(outDir, '', kept, foldersOf(kept));
  return kept;
}

/**
 * After the build: removes the pages kept from the last build that no route wrote or reused
 * this time (an entry deleted or renamed), and records the files the routes wrote, with their
 * size and modification time, for the next build to keep. `routeFiles` are the files of every
 * route, as Astro's `astro:build:done` hook gives them.
 */
export function recordPages(
  outDir: string,
  recordFile: string,
  kept: ReadonlySet<string>,
  routeFiles: Iterable<URL>,
): void {
  const files: PagesRecord['files'] = {};
  for (const url of routeFiles) {
    const path = fileURLToPath(url);
    const stamp = fileStamp(path);
    if (stamp) files[relative(outDir, path)] = stamp;
  }
  for (const file of kept) {
    if (!(file in files)) removeWithEmptyFolders(outDir, file);
  }
  writeFileSync(recordFile, JSON.stringify({ outDir, files } satisfies PagesRecord));
}
