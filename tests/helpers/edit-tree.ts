import type { ContentTree } from './content-tree.ts';

/** A copy of `tree` with some files replaced, added, or (with `undefined`) removed. */
export function withFiles(
  tree: ContentTree,
  changes: Record<string, string | undefined>,
): ContentTree {
  const copy = { ...tree };
  for (const [path, text] of Object.entries(changes)) {
    if (text === undefined) delete copy[path];
    else copy[path] = text;
  }
  return copy;
}

/** A copy of `tree` where one file has `search` replaced by `replacement`; fails if absent. */
export function editFile(
  tree: ContentTree,
  path: string,
  search: string,
  replacement: string,
): ContentTree {
  const text = tree[path];
  if (text === undefined || !text.includes(search))
    throw new Error(`${path} does not contain ${search}`);
  return { ...tree, [path]: text.replace(search, replacement) };
}
