import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Files linked at once: enough to keep the disk busy, few enough for any open-files limit. */
const AT_ONCE = 16;

/** Links `from` as `to`, or copies it where a link cannot be made (another disk). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * Makes the folder `to` hold the files of `from`, as hard links where the two are on one
 * disk: a tenth of the time of copies, for a search index of thousands of small files. Safe
 * as long as neither side is written to in place: a build writes new files after emptying its
 * folder, which leaves the other side's files alone.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  await mkdir(to, { recursive: true });
  for (const entry of entries) {
    const path = relative(from, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) await mkdir(join(to, path), { recursive: true });
    else files.push(path);
  }
  let next = 0;
  const worker = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      await linkOrCopy(join(from, file), join(to, file));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}
