import { htmlToHast } from 'satteri';

/** One start tag of raw HTML, with its attributes as written (names in lower case). */
export interface HtmlTag {
  name: string;
  attributes: { name: string; value: string | undefined }[];
  /** Where the tag starts in the HTML, to find its line. */
  offset: number;
}

const NAME = /[a-zA-Z][^\s/>]*/y;
const SEPARATORS = /[\s/]*/y;
const ATTRIBUTE_NAME = /[^\s/>=][^\s/>=]*/y;
const EQUALS = /\s*=\s*/y;
const VALUE = /"([^"]*)"?|'([^']*)'?|([^\s>]*)/y;

/** Matches `pattern` (sticky) at `at`; the match and where it ends. */
function readAt(pattern: RegExp, text: string, at: number) {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return { match, end: match ? pattern.lastIndex : at };
}

/** The attributes of a tag from `at`, read as a browser's tokenizer reads them. */
function readAttributes(html: string, at: number): HtmlTag['attributes'] {
  const attributes: HtmlTag['attributes'] = [];
  let position = readAt(SEPARATORS, html, at).end;
  while (position < html.length && html[position] !== '>') {
    const name = readAt(ATTRIBUTE_NAME, html, position);
    if (!name.match) break;
    const equals = readAt(EQUALS, html, name.end);
    const value = equals.match ? readAt(VALUE, html, equals.end) : undefined;
    const written = value?.match ? (value.match[1] ?? value.match[2] ?? value.match[3]) : undefined;
    attributes.push({ name: name.match[0].toLowerCase(), value: written });
    position = readAt(SEPARATORS, html, value?.end ?? name.end).end;
  }
  return attributes;
}

/**
 * The start tags in a piece of raw HTML, comments left out. Tags are read leniently, as a
 * browser reads them (`<img/src=x/onerror=…>` has two attributes), so that what the checker
 * lets through is what a browser would see.
 */
export function startTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break;
      at = end + 2;
      continue;
    }
    const name = readAt(NAME, html, at + 1);
    if (name.match) {
      tags.push({
        name: name.match[0].toLowerCase(),
        attributes: readAttributes(html, name.end),
        offset: at,
      });
    }
  }
  return tags;
}

/** An attribute's value with its character references (`&#106;`, `&colon;`) decoded. */
export function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  const root = htmlToHast(`<i title="${value.replaceAll('"', '&quot;')}">`, { fragment: true });
  const element = (root as { children?: { properties?: { title?: unknown } }[] }).children?.[0];
  return String(element?.properties?.title ?? value);
}
