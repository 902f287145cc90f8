import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** How much a built site weighs. */
export interface OutputSize {
  bytes: number;
  files: number;
}

/** Adds up every file under `dir`; an absent folder weighs nothing. */
export async function measureOutput(dir: string): Promise<OutputSize> {
  const total: OutputSize = { bytes: 0, files: 0 };
  if (!existsSync(dir)) return total;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  for (let start = 0; start < files.length; start += 512) {
    const sizes = await Promise.all(
      files.slice(start, start + 512).map((file) => stat(join(file.parentPath, file.name))),
    );
    for (const size of sizes) total.bytes += size.size;
  }
  total.files = files.length;
  return total;
}
