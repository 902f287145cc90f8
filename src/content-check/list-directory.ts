import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { clashMessage, findNameClashes } from './name-clashes.ts';

/** Reports a problem with a file or folder as a whole, at its first line. */
export type ReportPath = (absolutePath: string, message: string) => void;

/**
 * A folder's entries by name, without hidden ones, and with the names a case-insensitive
 * file system would merge with another reported and left out (`isPreferred` tells which of
 * such names to keep). Read synchronously, as thousands of small folders read faster so.
 */
export function listDirectory(
  path: string,
  report: ReportPath,
  isPreferred: (name: string) => boolean,
): Dirent[] {
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    // A missing folder has no entries; the caller reports what it expected there.
  }
  const visible = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const { kept, clashes } = findNameClashes(visible, isPreferred);
  for (const clash of clashes) {
    const kind = clash.item.isDirectory() ? 'folder' : 'file';
    report(join(path, clash.item.name), clashMessage(clash, kind));
  }
  return kept;
}
