import { bodyTree } from '../body/body-tree.ts';
import type { ContentRule } from './rule.ts';

/**
 * The text of an MDX page must be MDX the build can compile: an unclosed tag or brace would
 * stop the build with a stack trace. Reported at the line the parser names.
 */
export const mdxSyntaxValid: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => {
    const { error } = bodyTree(entry);
    return error ? [error] : [];
  });
