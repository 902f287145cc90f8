import type { CslItem } from './csl-item.ts';

/** One `<meta name content>` of a page. */
export interface MetaTag {
  name: string;
  content: string;
}

/** A CSL date as Highwire Press wants it: `2014/5/12`, `2014/5` or `2014`. */
const highwireDate = (item: CslItem) => item.issued?.['date-parts'][0]?.join('/');

/**
 * The Highwire Press `citation_*` tags of a page, which Zotero's "Embedded Metadata"
 * translator and Google Scholar read: title, creators, date, publisher, language, the
 * page's own address, and the address of a PDF the site serves, when there is one.
 */
export function toCitationMeta(item: CslItem, pdfUrl?: string): MetaTag[] {
  const tags: [string, string | undefined][] = [
    ['citation_title', item.title],
    ...(item.author ?? item.editor ?? []).map((name): [string, string] => [
      'citation_author',
      name.literal,
    ]),
    ['citation_publication_date', highwireDate(item)],
    ['citation_publisher', item.publisher],
    ['citation_language', item.language],
    ['citation_conference_title', item.event],
    ['citation_isbn', item.ISBN],
    ['citation_technical_report_number', item.number],
    ['citation_pdf_url', pdfUrl],
    ['citation_public_url', item.URL],
    ['citation_abstract_html_url', item.URL],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}
