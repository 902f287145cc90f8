import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

/** Fills `{name}` placeholders of a string. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The language of text shown in another language than the page's, for `lang` and `dir`. */
export interface TextLanguage {
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

/** Parts of a clause or section of the page that matched, each with its own anchor. */
const SUB_RESULTS_SHOWN = 3;

function setLanguage(element: HTMLElement, language: TextLanguage | undefined): void {
  if (!language) return;
  element.lang = language.lang;
  element.dir = language.dir;
}

function link(href: string, text: string, language: TextLanguage | undefined): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  setLanguage(anchor, language);
  return anchor;
}

/**
 * Matching words of a result, with `<mark>` around them. Pagefind encodes the page text
 * before adding the marks, so the excerpt is safe as HTML.
 */
function excerpt(html: string, language: TextLanguage | undefined): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.innerHTML = html;
  setLanguage(paragraph, language);
  return paragraph;
}

/**
 * The kind, date and place of a result, each isolated (`<bdi>`) so that a Latin name or a
 * date keeps its order in a right-to-left line, with ` · ` between them.
 */
function metaLine(parts: (string | undefined)[]): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'meta';
  parts.filter(Boolean).forEach((part, index) => {
    if (index > 0) line.append(' · ');
    const isolated = document.createElement('bdi');
    isolated.textContent = part!;
    line.append(isolated);
  });
  return line;
}

/**
 * The parts of a page that matched and are results of their own, such as the clauses of a
 * statement, each linked to its anchor. Headings are left out: on entry pages they head
 * lists of linked entries, which would repeat the result.
 */
function subResults(
  parts: PagefindSubResult[],
  language: TextLanguage | undefined,
): HTMLUListElement | undefined {
  const anchored = parts
    .filter((part) => part.anchor && !/^h\d$/i.test(part.anchor.element))
    .slice(0, SUB_RESULTS_SHOWN);
  if (!anchored.length) return undefined;
  const list = document.createElement('ul');
  list.className = 'search-sub-results';
  for (const part of anchored) {
    const item = document.createElement('li');
    item.append(link(part.url, part.title, language), excerpt(part.excerpt, language));
    list.append(item);
  }
  return list;
}

/** How a list shows its results. */
export interface ResultStyle {
  /** `h2` for the results, `h3` for those under a heading of their own. */
  heading: 'h2' | 'h3';
  /** For results whose text is in another language than the page's. */
  language?: TextLanguage;
}

/**
 * One result: its title as a link, what it is, when and where, and the matching words, with
 * the matching parts of the page that have their own anchor. A title in another language
 * than the page's says so itself (`titleLang`); the text is in `style.language`, if given.
 */
export function renderResult(result: PagefindResultData, style: ResultStyle): HTMLLIElement {
  const { language } = style;
  const item = document.createElement('li');
  const heading = document.createElement(style.heading);
  heading.className = 'h3';
  const titleLang = result.meta.titleLang;
  const titleLanguage: TextLanguage | undefined = titleLang
    ? { lang: titleLang, dir: 'auto' }
    : undefined;
  heading.append(link(result.url, result.meta.title ?? result.url, titleLanguage));
  item.append(
    heading,
    metaLine([result.meta.kind, result.meta.date, result.meta.place]),
    excerpt(result.excerpt, language),
  );
  const parts = subResults(result.sub_results ?? [], language);
  if (parts) item.append(parts);
  return item;
}
