import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files of a content folder, by path relative to it: `{ 'events/x/index.md': '---\n...' }`. */
export type ContentTree = Record<string, string>;

/** Writes a content tree into a new temporary folder and returns the folder. */
export async function writeContentTree(tree: ContentTree): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'annals-content-'));
  for (const [path, text] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Front matter and body as a Markdown file, keeping the YAML exactly as written. */
export function markdown(frontMatter: string, body = ''): string {
  return `---\n${frontMatter.replace(/^\n/, '')}---\n${body}`;
}
