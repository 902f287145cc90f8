import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import {
  BODY_ELEMENTS,
  DROPPED_WITH_CONTENT,
  isAllowedAttribute,
  isAllowedUrl,
  URL_ATTRIBUTES,
} from '../schemas/body-html.ts';
import { COMPONENT_NAMES } from '../schemas/mdx-components.ts';
import {
  attributeValue,
  CODE,
  isComment,
  literalValue,
  type JsxAttribute,
} from '../schemas/mdx-values.ts';

type Element = { tagName: string; properties?: Record<string, unknown>; children: unknown[] };
type JsxElement = {
  type: string;
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
};
type Expression = { value: string };

/** A hast property as the attribute it is written as: `className` is `class`, `dataFoo` `data-foo`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  const prefixed = /^(data|aria)([A-Z].*)$/.exec(property);
  if (prefixed) {
    return `${prefixed[1]}-${prefixed[2]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).slice(1)}`;
  }
  return property.toLowerCase();
}

/** Whether an attribute of an allowed element is kept: allowed, and any address safe. */
function keepsAttribute(element: string, name: string, value: unknown): boolean {
  if (!isAllowedAttribute(element, name)) return false;
  return !URL_ATTRIBUTES.includes(name) || typeof value !== 'string' || isAllowedUrl(value);
}

/** Drops an element that is not allowed: with its content if it runs or embeds code. */
function dropElement(
  node: Readonly<{ children: unknown[] }>,
  name: string,
  ctx: HastVisitorContext,
) {
  if (DROPPED_WITH_CONTENT.has(name)) ctx.removeNode(node as never);
  else ctx.replaceNode(node as never, node.children as never);
}

/** An element of Markdown or of raw HTML: allowed, with allowed attributes, or dropped. */
function sanitizeElement(node: Readonly<Element>, ctx: HastVisitorContext) {
  const name = node.tagName.toLowerCase();
  if (!(name in BODY_ELEMENTS)) return dropElement(node, name, ctx);
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    if (!keepsAttribute(name, attributeName(property), value))
      ctx.setProperty(node as never, property, null);
  }
}

/** Whether an attribute of an MDX tag is kept: text or a literal, and allowed on the tag. */
function keepsJsxAttribute(element: string | undefined, attribute: JsxAttribute): boolean {
  const value = attributeValue(attribute);
  const name = attribute.name ?? '';
  if (value === CODE || name.includes(':') || /^on/i.test(name)) return false;
  if (!element) return true;
  return keepsAttribute(element, name === 'className' ? 'class' : name.toLowerCase(), value);
}

/**
 * A tag written in MDX: a known component keeps its attributes that are values; an HTML
 * element is treated as in Markdown; anything else (an unknown component) is dropped.
 */
function sanitizeJsx(node: Readonly<JsxElement>, ctx: HastVisitorContext) {
  const name = node.name;
  if (name === null) return;
  const isHtml = /^[a-z]/.test(name);
  if (!isHtml && !(COMPONENT_NAMES as string[]).includes(name))
    return ctx.removeNode(node as never);
  if (isHtml && !(name.toLowerCase() in BODY_ELEMENTS))
    return dropElement(node, name.toLowerCase(), ctx);
  const element = isHtml ? name.toLowerCase() : undefined;
  const attributes = node.attributes.filter((attribute) => keepsJsxAttribute(element, attribute));
  if (attributes.length === node.attributes.length) return;
  ctx.replaceNode(node as never, { ...node, attributes, children: node.children } as never);
}

/** An MDX expression is kept only when it is a value or a comment, not code. */
function sanitizeExpression(node: Readonly<Expression>, ctx: HastVisitorContext) {
  if (!isComment(node.value) && literalValue(node.value) === CODE) ctx.removeNode(node as never);
}

/**
 * The renderer's own defence against script in a body, for when the check did not run: a
 * Sätteri hast plugin that keeps only the HTML of src/schemas/body-html.ts, the components
 * of documentation pages, and MDX expressions that are values. Raw HTML arrives here parsed
 * (the processor's `rawHtml` feature), so tags split across lines are seen whole.
 */
export const sanitizeBody = defineHastPlugin({
  name: 'annals-sanitize-body',
  element: { filter: [], visit: (node, ctx) => void sanitizeElement(node as Element, ctx) },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => void sanitizeJsx(node as never, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => void sanitizeJsx(node as never, ctx) },
  mdxFlowExpression: (node, ctx) => void sanitizeExpression(node, ctx),
  mdxTextExpression: (node, ctx) => void sanitizeExpression(node, ctx),
  mdxjsEsm: (node, ctx) => void ctx.removeNode(node),
  // With raw HTML parsed, none should be left as text; if some is, it is not trusted.
  raw: (node, ctx) => void ctx.removeNode(node),
});
