import type { ValidEntryFile } from '../validate-file.ts';
import { lineOf, type BodyNode } from './body-tree.ts';
import type { ElementAttribute } from './html-problems.ts';
import { decodeAttribute, startTags } from './html-tags.ts';
import { attributeValue, CODE } from '../../schemas/mdx-values.ts';

/** An HTML element written in a body, raw in Markdown or as a tag in MDX. */
export interface HtmlElement {
  name: string;
  /** Its attributes, names in lower case, values decoded; code in MDX braces left out. */
  attributes: ElementAttribute[];
  /** Line of the file the tag is on. */
  line: number;
}

/** Whether an MDX element is HTML (`abbr`) rather than a component (`Callout`). */
export const isJsxHtml = (node: BodyNode) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  /^[a-z]/.test(node.name ?? '');

/** The start tags of a Markdown HTML node, each at its line. */
function rawElements(entry: ValidEntryFile, node: BodyNode): HtmlElement[] {
  const html = node.value ?? '';
  return startTags(html).map((tag) => ({
    name: tag.name,
    attributes: tag.attributes.map(({ name, value }) => ({
      name,
      value: value === undefined ? undefined : decodeAttribute(value),
    })),
    line: lineOf(entry, node) + html.slice(0, tag.offset).split('\n').length - 1,
  }));
}

/** An HTML element written in MDX; attributes in braces that are code are left out. */
function jsxElement(entry: ValidEntryFile, node: BodyNode): HtmlElement {
  const attributes = (node.attributes ?? []).flatMap((attribute): ElementAttribute[] => {
    const value = attributeValue(attribute);
    if (value === CODE || !attribute.name) return [];
    const name = attribute.name === 'className' ? 'class' : attribute.name.toLowerCase();
    return [{ name, value: typeof value === 'string' ? value : undefined }];
  });
  return { name: node.name!.toLowerCase(), attributes, line: lineOf(entry, node) };
}

/** The HTML elements a node of a body writes: none, or those of its raw HTML or MDX tag. */
export function htmlElementsOf(entry: ValidEntryFile, node: BodyNode): HtmlElement[] {
  if (node.type === 'html') return rawElements(entry, node);
  return isJsxHtml(node) ? [jsxElement(entry, node)] : [];
}
