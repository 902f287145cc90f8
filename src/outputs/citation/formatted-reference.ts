import { formatList, formatPartialDate } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { CslDate, CslItem } from './csl-item.ts';

/** CSL date parts as the partial ISO date Annals formats: `[2014, 5]` is `2014-05`. */
const isoOf = (parts: number[]) =>
  parts.map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');

const dateText = (date: CslDate | undefined, locale: string, t: Translate) => {
  const first = date?.['date-parts'][0];
  return first ? formatPartialDate(isoOf(first), locale) : t('cite.noDate');
};

/** Who the reference starts with: the authors, or the editors marked as such. */
function creators(item: CslItem, locale: string, t: Translate): string | undefined {
  if (item.author)
    return formatList(
      item.author.map((name) => name.literal),
      locale,
    );
  if (!item.editor) return undefined;
  const role = t(item.editor.length > 1 ? 'cite.editors' : 'cite.editor');
  return `${formatList(
    item.editor.map((name) => name.literal),
    locale,
  )} (${role})`;
}

/** Ends a part of the reference with a full stop, unless it ends with one already. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * A reference in the author–date order of APA (7th edition): creators, date, title,
 * publisher, address, with the date and the list words in the page's language. Written here
 * rather than by citeproc, which took about 5 ms per reference, half a minute on the pages of
 * 1,000 events in six languages; the downloads carry the full data for any other style.
 */
export function formatReference(item: CslItem, locale: string, t: Translate): string {
  const who = creators(item, locale, t);
  const when = `(${dateText(item.issued, locale, t)}).`;
  const parts = who ? [sentence(who), when, sentence(item.title)] : [sentence(item.title), when];
  if (item.publisher && item.publisher !== item.author?.[0]?.literal)
    parts.push(sentence(item.publisher));
  parts.push(item.URL);
  return parts.join(' ');
}
