import type { Problem } from '../problem.ts';
import type { FactsFile } from '../validate-file.ts';
import { fieldProblem, type ContentRule } from './rule.ts';
import { RESERVED, slugOf } from './unique-slugs.ts';

/**
 * An old address leads to one entry only. An alias may not be any entry's current slug
 * (its own included), nor an alias of another entry of the collection, nor a segment the
 * site uses for its own pages. The later file (by path) is reported, naming the earlier one.
 */
export const uniqueAliases: ContentRule = ({ facts }) => {
  const slugOwners = new Map<string, FactsFile>();
  for (const entry of facts) {
    const slug = slugOf(entry);
    if (slug !== undefined) slugOwners.set(`${entry.collection}/${slug}`, entry);
  }
  const aliasOwners = new Map<string, FactsFile>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    const aliases = entry.data.aliases ?? [];
    aliases.forEach((alias, index) => {
      const key = `${entry.collection}/${alias}`;
      const url = `/${entry.collection}/${alias}/`;
      const problem = (message: string) =>
        problems.push(fieldProblem(entry, ['aliases', index], message));
      const slugOwner = slugOwners.get(key);
      const aliasOwner = aliasOwners.get(key);
      if (RESERVED[entry.collection]?.includes(alias)) {
        problem(`the URL ${url} is used by the site's own listing pages; remove this alias`);
      } else if (slugOwner === entry) {
        problem(`'${alias}' is this entry's current URL; list only former ones`);
      } else if (slugOwner) {
        problem(
          `the URL ${url} is the current address of ${slugOwner.path}; an old address cannot lead to another entry, remove this alias`,
        );
      } else if (aliasOwner === entry) {
        problem(`'${alias}' is listed twice; list each former URL once`);
      } else if (aliasOwner) {
        problem(
          `the old URL ${url} is already kept by ${aliasOwner.path}; an old address can lead to one entry only`,
        );
      } else {
        aliasOwners.set(key, entry);
      }
    });
  }
  return problems;
};
