import { bodyNodes, bodyTree } from '../body/body-tree.ts';
import { htmlElementsOf } from '../body/html-elements.ts';
import { elementProblems } from '../body/html-problems.ts';
import type { Problem } from '../problem.ts';
import type { ContentRule } from './rule.ts';

/**
 * Raw HTML in a body may only be what the site can publish safely: no script, no embedded
 * page or plug-in, no event handler, no `javascript:` or `data:` address. The elements and
 * attributes allowed are in src/schemas/body-html.ts, and listed in the Editors' guide.
 */
export const bodyHtmlAllowed: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => {
    const { root } = bodyTree(entry);
    if (!root) return [];
    return [...bodyNodes(root)]
      .flatMap((node) => htmlElementsOf(entry, node))
      .flatMap(({ name, attributes, line }) =>
        elementProblems(name, attributes).map((message): Problem => ({
          file: entry.path,
          line,
          message,
          severity: 'error',
        })),
      );
  });
