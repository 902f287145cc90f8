import type { FactsFile } from '../validate-file.ts';
import { fieldProblem, isUnreadable, type ContentRule } from './rule.ts';

/** Segments the site uses under a collection for its own pages, which no entry may take. */
export const RESERVED: Record<string, string[]> = {
  events: ['year', 'type', 'country', 'region', 'page'],
};

/**
 * The URL segment of an entry: its `slug`, else its folder name; undefined when its `slug`
 * is written wrongly, as its URL is then unknown.
 */
export const slugOf = (entry: FactsFile): string | undefined =>
  isUnreadable(entry, 'slug')
    ? undefined
    : typeof entry.data.slug === 'string'
      ? entry.data.slug
      : entry.id;

/**
 * Two entries of a collection may not share a URL, nor take one the site uses itself. The slug is the folder name unless the
 * entry sets `slug:`; the later file (by path) is reported, naming the earlier one.
 */
export const uniqueSlugs: ContentRule = ({ facts }) => {
  const owners = new Map<string, string>();
  const problems = [];
  for (const entry of facts) {
    const slug = slugOf(entry);
    if (slug === undefined) continue;
    const key = `${entry.collection}/${slug}`;
    const owner = owners.get(key);
    if (RESERVED[entry.collection]?.includes(slug)) {
      const path = entry.data.slug ? ['slug'] : [];
      problems.push(
        fieldProblem(
          entry,
          path,
          `the URL /${entry.collection}/${slug}/ is used by the site's own listing pages; choose another ${entry.data.slug ? 'slug' : 'folder name'}`,
        ),
      );
    } else if (owner) {
      const path = entry.data.slug ? ['slug'] : [];
      problems.push(
        fieldProblem(
          entry,
          path,
          `the URL /${entry.collection}/${slug}/ is already taken by ${owner}; give one of them another slug`,
        ),
      );
    } else {
      owners.set(key, entry.path);
    }
  }
  return problems;
};
