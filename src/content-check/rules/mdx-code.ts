import { bodyNodes, bodyTree, lineOf, type BodyNode } from '../body/body-tree.ts';
import { attributeValue, CODE, isComment, literalValue } from '../../schemas/mdx-values.ts';
import type { Problem } from '../problem.ts';
import type { ContentRule } from './rule.ts';

const isElement = (node: BodyNode) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** What to say about code in a node of an MDX page, if it holds any. */
function codeProblem(node: BodyNode): string | undefined {
  if (node.type === 'mdxjsEsm') {
    return 'an import or export is code, which documentation pages do not run; the components need no import, so remove the line';
  }
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const expression = node.value ?? '';
    if (isComment(expression) || literalValue(expression) !== CODE) return undefined;
    return `{${expression.length > 30 ? `${expression.slice(0, 30)}…` : expression}} is code, which documentation pages do not run; write the text itself, and a brace meant as text as \\{`;
  }
  if (!isElement(node)) return undefined;
  const coded = (node.attributes ?? []).find((attribute) => attributeValue(attribute) === CODE);
  if (!coded) return undefined;
  const what = coded.name ? `the attribute ${coded.name}={…}` : 'a {...spread} attribute';
  return `${what} of <${node.name}> is code, which documentation pages do not run; write the value in quotes, like ${coded.name ?? 'name'}="value"`;
}

/**
 * MDX lets a page run JavaScript when the site is built: imports, exports and expressions
 * in braces. A page of the archive holds text and components only, so that what an editor
 * writes cannot run code in the build or put a script on the page.
 */
export const mdxCodeRefused: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => {
    const { root } = bodyTree(entry);
    if (!root) return [];
    return [...bodyNodes(root)].flatMap((node): Problem[] => {
      const message = codeProblem(node);
      return message
        ? [{ file: entry.path, line: lineOf(entry, node), message, severity: 'error' }]
        : [];
    });
  });
