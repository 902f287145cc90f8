/**
 * The marks that end a label and a value, in the page's script: Chinese and Japanese write
 * them full width, without a space after.
 */
function marksFor(lang: string): { label: string; value: string; space: string } {
  return /^(zh|ja)\b/i.test(lang)
    ? { label: '：', value: '。', space: '' }
    : { label: ':', value: '.', space: ' ' };
}

/** Text that a colon or a full stop may follow: it ends in a letter, digit or closing mark. */
const ENDS_A_WORD = /[\p{L}\p{N}\p{M}'")\]]$/u;

/** The elements that end with a mark, by the tags that close them and open them. */
const MARKED_END = /<\/(dt|dd|th|caption)>/gi;
const MARKED_START = /^<(dt|dd|th|caption)\b/i;

/**
 * The last characters of text inside the element that closes at `end`, skipping white space
 * and tags (`<dd><a>Cork</a> </dd>`); empty when the element has no text.
 */
function lastTextBefore(html: string, end: number): string {
  let at = end - 1;
  for (;;) {
    while (at >= 0 && /\s/.test(html[at]!)) at -= 1;
    if (html[at] !== '>') return html.slice(Math.max(0, at - 1), at + 1);
    const tagStart = html.lastIndexOf('<', at);
    if (MARKED_START.test(html.slice(tagStart, tagStart + 9))) return '';
    at = tagStart - 1;
  }
}

/**
 * The page as Pagefind should read it: with a colon after each label of a description list
 * (`<dt>`) and a full stop after each value (`<dd>`), table header (`<th>`) and caption, in the
 * page's script, and a space after each. Pagefind 1.6 runs these elements together
 * ("CountryUnited Kingdom"), in the index and in every excerpt; the marks go into the indexed
 * copy only, not the published page.
 * TODO: drop when a Pagefind release separates them itself (pagefind/pagefind#736).
 */
export function separateLabelsAndValues(html: string): string {
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? '';
  const marks = marksFor(lang);
  return html.replace(MARKED_END, (tag: string, name: string, offset: number) => {
    const mark = name.toLowerCase() === 'dt' ? marks.label : marks.value;
    const ended = !ENDS_A_WORD.test(lastTextBefore(html, offset));
    return `${ended ? '' : mark}${marks.space}${tag}`;
  });
}

/** The start tag of the element marked `data-pagefind-body`, with its name. */
const SEARCH_BODY = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s>=]/i;

/**
 * The part of a built page that Pagefind reads, as a document of its own: the `<html>` start
 * tag (its `lang` chooses the index) and the element marked `data-pagefind-body`. Pagefind
 * indexes nothing outside that element, but parses all of it; the head, header and footer
 * are over half of an entry page, so leaving them out shortens indexing and changes no byte
 * of the index. The whole page when it has no such element.
 */
export function searchedPart(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const body = SEARCH_BODY.exec(html);
  if (!htmlTag || !body) return html;
  const name = body[1]!;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = body.index;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const element = html.slice(body.index, tag.index + tag[0].length);
      return `${htmlTag[0]}<body>${element}</body></html>`;
    }
  }
  return html;
}
