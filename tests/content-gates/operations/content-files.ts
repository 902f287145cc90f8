import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ValidEntryFile } from '../../../src/content-check/validate-file.ts';

/** Every Markdown and MDX file of a content folder, with its text. */
export async function readContentFiles(contentDir: string): Promise<Map<string, string>> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const)),
  );
}

/** A pattern for an entry id written as a whole name, not as part of a longer one. */
export function idPattern(id: string, flags = ''): RegExp {
  return new RegExp(`(?<![a-z0-9-])${id.replaceAll('-', '\\-')}(?![a-z0-9-])`, flags);
}

/** How many files outside an entry's own folder name it: references, components, links. */
export function timesNamed(entry: ValidEntryFile, files: ReadonlyMap<string, string>): number {
  const ownFolder = join(entry.absolutePath, '..');
  const pattern = idPattern(entry.id);
  return [...files].filter(([file, text]) => !file.startsWith(ownFolder) && pattern.test(text))
    .length;
}

/** Adds a name to the `aliases` of an entry's index file, changing nothing else in it. */
export async function addAlias(indexFile: string, alias: string): Promise<void> {
  const text = await readFile(indexFile, 'utf8');
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text)!;
  const frontMatter = parseDocument(match[1] ?? '');
  const aliases = (frontMatter.get('aliases') as { toJSON(): string[] } | undefined)?.toJSON();
  frontMatter.set('aliases', [...(aliases ?? []), alias]);
  await writeFile(
    indexFile,
    `---\n${frontMatter.toString({ lineWidth: 0 })}---\n${text.slice(match[0].length)}`,
  );
}
