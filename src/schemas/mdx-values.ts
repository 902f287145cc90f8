/** An MDX attribute: `name="text"`, `name={expression}`, a bare `name`, or `{...spread}`. */
export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** An attribute value that is code, `{…}`, and not a literal. */
export const CODE = Symbol('code');

/**
 * The value of an expression when it is a literal an editor may write in braces: a number,
 * `true`, or a text in quotes (`year={2015}`, `title={'A'}`); `CODE` for anything else.
 */
export function literalValue(expression: string): string | number | boolean | null | typeof CODE {
  const text = expression.trim();
  const single = /^'([^'\\]*)'$/.exec(text) ?? /^`([^`\\$]*)`$/.exec(text);
  if (single) return single[1]!;
  try {
    const value: unknown = JSON.parse(text);
    return value === null || ['string', 'number', 'boolean'].includes(typeof value)
      ? (value as string | number | boolean | null)
      : CODE;
  } catch {
    return CODE;
  }
}

/** Whether an MDX expression in the text does nothing: a comment, `{/* … *\/}`, or empty. */
export function isComment(expression: string): boolean {
  return /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(expression);
}

/**
 * The value of an MDX attribute as written: its text, `true` for a bare name, the literal
 * in braces, or `CODE` for an expression or a `{...spread}`.
 */
export function attributeValue(
  attribute: JsxAttribute,
): string | number | boolean | null | typeof CODE {
  if (attribute.type === 'mdxJsxExpressionAttribute') return CODE;
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  return typeof value === 'string' ? value : literalValue(value.value);
}
