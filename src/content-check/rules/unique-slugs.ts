import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

/** Segments the site uses under a collection for its own pages, which no entry may take. */
const RESERVED: Record<string, string[]> = {
  events: ['year', 'type', 'country', 'region', 'page'],
};

/** The URL segments an entry takes: its slug (or folder name), then its former ones. */
function segmentsOf(entry: ValidEntryFile): { segment: string; path: (string | number)[] }[] {
  const slug = typeof entry.data.slug === 'string' ? entry.data.slug : entry.id;
  const aliases = (entry.data.aliases ?? []) as string[];
  return [
    { segment: slug, path: entry.data.slug ? ['slug'] : [] },
    ...aliases.map((alias, index) => ({ segment: alias, path: ['aliases', index] })),
  ];
}

/**
 * Two entries of a collection may not share a URL, nor take one the site uses itself. An
 * entry's URLs are its slug (the folder name unless it sets `slug:`) and its aliases; the
 * later file (by path) is reported, naming the earlier one.
 */
export const uniqueSlugs: ContentRule = ({ facts }) => {
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    for (const { segment, path } of segmentsOf(entry)) {
      const key = `${entry.collection}/${segment}`;
      const owner = owners.get(key);
      const what = path[0] === 'aliases' ? 'alias' : entry.data.slug ? 'slug' : 'folder name';
      if (RESERVED[entry.collection]?.includes(segment)) {
        problems.push(
          fieldProblem(
            entry,
            path,
            `the URL /${entry.collection}/${segment}/ is used by the site's own listing pages; choose another ${what}`,
          ),
        );
      } else if (owner) {
        problems.push(
          fieldProblem(
            entry,
            path,
            `the URL /${entry.collection}/${segment}/ is already taken by ${owner}; give one of them another ${path[0] === 'aliases' ? 'alias' : 'slug'}`,
          ),
        );
      } else {
        owners.set(key, entry.path);
      }
    }
  }
  return problems;
};
