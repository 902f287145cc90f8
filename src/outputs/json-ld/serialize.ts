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
 * JSON for the inside of a `<script type="application/ld+json">`. The text of an entry may
 * contain `</script>` or `<!--`, which would end the element or change how HTML reads it;
 * escaping `<`, `>` and `&` as JSON `\u` escapes leaves the same data for a JSON parser and
 * nothing for the HTML parser to act on. U+2028 and U+2029 are escaped for old JavaScript
 * readers of JSON.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => UNSAFE[character]!);
}
