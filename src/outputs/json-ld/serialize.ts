/** A JSON-LD node: plain data that `JSON.stringify` can write. */
export type JsonLd = { [key: string]: unknown };

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A value without what says nothing: undefined values, and arrays and objects left empty
 * once those are gone (`"encoding": []` for a statement without documents). Undefined when
 * nothing is left.
 */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  // Only plain objects are nodes; anything else (a string, a number) is written as it is.
  if (typeof value !== 'object' || value === null) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const fields = Object.entries(value)
    .map(([key, field]) => [key, compact(field)] as const)
    .filter(([, field]) => field !== undefined);
  return fields.length > 0 ? Object.fromEntries(fields) : undefined;
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`. The text of an entry may
 * contain `</script>` or `<!--`, which would end the element or change how HTML reads it;
 * escaping `<`, `>` and `&` as JSON `\u` escapes leaves the same data for a JSON parser and
 * nothing for the HTML parser to act on. U+2028 and U+2029 are escaped for old JavaScript
 * readers of JSON. Empty values are left out.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(compact(data) ?? {}).replace(
    /[<>&\u2028\u2029]/g,
    (character) => UNSAFE[character]!,
  );
}
