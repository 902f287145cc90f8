/**
 * What HTML the text of an entry or a documentation page may hold: the checker refuses
 * anything else at its line, and the renderer drops it if the check was skipped, so nothing
 * an editor writes can run a script in a reader's browser. Markdown's own output (lists,
 * tables, links, images, footnotes, code) is in the list too, as the renderer
 * sees it.
 */

/** Elements a body may hold, each with the attributes it may carry besides the global ones. */
export const BODY_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // Written by Markdown.
  p: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  em: [],
  strong: [],
  i: [],
  b: [],
  u: [],
  del: ['cite', 'datetime'],
  code: [],
  pre: ['tabindex'],
  span: [],
  blockquote: ['cite'],
  hr: [],
  br: [],
  table: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  input: ['type', 'checked', 'disabled'],
  section: [],
  sup: [],
  // Written by editors, for what Markdown has no syntax for.
  abbr: [],
  sub: [],
  s: [],
  ins: ['cite', 'datetime'],
  mark: [],
  small: [],
  kbd: [],
  samp: [],
  var: [],
  q: ['cite'],
  cite: [],
  dfn: [],
  time: ['datetime'],
  figure: [],
  figcaption: [],
  details: ['open'],
  summary: [],
  dl: [],
  dt: [],
  dd: [],
  caption: [],
  colgroup: ['span'],
  col: ['span'],
  div: [],
  wbr: [],
  bdi: [],
  bdo: [],
  ruby: [],
  rt: [],
  rp: [],
};

/** Attributes every allowed element may carry, besides `aria-*` and `data-*` ones. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'id', 'class'];

/** Attributes that hold an address, which must use one of `URL_SCHEMES` or none. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/** The schemes a link or image may use; an address without one is a path of the site. */
export const URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * Elements that run or embed code, or make no sense out of a form or a document head: the
 * renderer drops them with everything in them. Any other element not allowed is dropped
 * but its text is kept.
 */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'title',
  'audio',
  'video',
  'canvas',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
]);

/** Why an element is refused, in words an editor understands; the default for all others. */
const ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: 'a script would run in the browser of every reader',
  style: 'styles come from the site, so that every page reads alike',
  iframe: 'it embeds another site, which may run scripts; link to it instead',
  object: 'it embeds a plug-in or another document, which may run scripts; link to it instead',
  embed: 'it embeds a plug-in or another document, which may run scripts; link to it instead',
  svg: 'SVG can hold scripts; put the drawing in an image file, as ![what it shows](./drawing.svg)',
  form: 'the site takes no input from readers',
};

/** What to say about an element a body may not hold. */
export function elementRefusal(name: string): string {
  const reason =
    ELEMENT_REASONS[name] ??
    `it is not among the HTML a text may hold: ${Object.keys(BODY_ELEMENTS).join(', ')}; the Editors' guide lists them`;
  return `<${name}> is not allowed in the text: ${reason}`;
}

/** Whether `name` (lower case) may be written on the element `element`. */
export function isAllowedAttribute(element: string, name: string): boolean {
  return (
    GLOBAL_ATTRIBUTES.includes(name) ||
    /^(aria|data)-[\w-]+$/.test(name) ||
    (BODY_ELEMENTS[element]?.includes(name) ?? false)
  );
}

/** ASCII whitespace and control characters, which browsers ignore inside a URL's scheme. */
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URLS = /[\u0000-\u0020\u007f]/g;

/**
 * The scheme of an address as a browser reads it (`java\tscript:` is `javascript:`), or
 * undefined for a path or a fragment. Lower case.
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(IGNORED_IN_URLS, ''))?.[1]?.toLowerCase();
}

/** Whether an address may be a link or an image source in a body. */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || URL_SCHEMES.includes(scheme);
}

/** What to say about a link or image address with a scheme a body may not use. */
export function urlRefusal(url: string): string {
  const scheme = urlScheme(url) ?? '';
  const read = url.replace(IGNORED_IN_URLS, '');
  const shown = read.length > 40 ? `${read.slice(0, 40)}…` : read;
  const why =
    scheme === 'javascript' || scheme === 'vbscript'
      ? 'it runs a script when followed'
      : scheme === 'data'
        ? 'a data: address can hold a page with scripts; put an image next to the entry and show it with ![what it shows](./image.png), or link to where the document is published'
        : `links lead to ${URL_SCHEMES.map((name) => `${name}:`).join(', ')} addresses or to pages of this site`;
  return `'${shown}' is not allowed as an address: ${why}`;
}
