import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses a built page, addressed by its URL path (`/en/events/x/`). */
export async function readPage(siteDir: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('/')
    ? join(siteDir, urlPath, 'index.html')
    : join(siteDir, urlPath);
  return parse(await readFile(file, 'utf8'));
}

/** Text with every run of white space (non-breaking ones too) written as one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element with whitespace collapsed, as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
  return normalizeSpace(element?.textContent ?? '');
}

/** The `<dd>` values of a definition list, by the text of their `<dt>`. */
export function definitions(list: HTMLElement | null): Record<string, string> {
  const result: Record<string, string> = {};
  let term = '';
  for (const child of list?.childNodes ?? []) {
    const element = child as HTMLElement;
    if (element.tagName === 'DT') term = textOf(element);
    else if (element.tagName === 'DD')
      result[term] = result[term] ? `${result[term]}; ${textOf(element)}` : textOf(element);
  }
  return result;
}
