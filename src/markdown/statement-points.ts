import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import site from '../../annals.config.ts';

type Element = {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: { type: string; tagName?: string }[];
};

/** A statement's file: its facts and default text, or a translation, in the content folder. */
const STATEMENT_FILE = /[\\/]statements[\\/][^\\/]+[\\/]([\w-]+)\.md$/;

/** The words for "Point {number}" per locale, read from the interface strings. */
const pointWords = new Map<string, string>();

/** "Point 3" in the locale of a statement file (`index.md` is the default locale's). */
function pointTitle(fileName: string, number: number): string {
  const locale = fileName === 'index' ? site.defaultLocale : fileName;
  if (!pointWords.has(locale)) {
    const url = new URL(`../i18n/ui/${locale}.json`, import.meta.url);
    const strings = JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
    pointWords.set(locale, strings['statement.point'] ?? 'Point {number}');
  }
  return (pointWords.get(locale) ?? '').replace('{number}', String(number));
}

/** Numbers the points of one top-level ordered list, going on from the lists before it. */
function numberPoints(list: Readonly<Element>, ctx: HastVisitorContext, fileName: string) {
  const done = (ctx.data.statementPoints as number | undefined) ?? 0;
  if (done > 0) ctx.setProperty(list as never, 'start', done + 1);
  let number = done;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    number += 1;
    ctx.setProperty(item as never, 'id', `point-${number}`);
    ctx.setProperty(item as never, 'dataPagefindTitle', pointTitle(fileName, number));
  }
  ctx.data.statementPoints = number;
}

/**
 * Gives each numbered point of a statement's text a permanent anchor, `#point-3`, the same
 * in every language, and makes it a result of its own in search (Pagefind splits a page at
 * elements with an `id` and `data-pagefind-title`). The points are the items of the text's
 * top-level numbered lists, counted through the whole text: a second list goes on from
 * the first.
 */
export const statementPoints = defineHastPlugin({
  name: 'annals-statement-points',
  element: {
    filter: ['ol'],
    visit(node, ctx) {
      const file = ctx.fileURL && STATEMENT_FILE.exec(fileURLToPath(ctx.fileURL));
      if (!file?.[1] || ctx.parent(node)?.type !== 'root') return;
      numberPoints(node as Readonly<Element>, ctx, file[1]);
    },
  },
});
