import type { Archive } from '../../data/archive.ts';
import { documentFormat, servedFileName } from '../../data/documents.ts';
import {
  absoluteUrl,
  CITATION_FILE_FORMATS,
  citationFileUrl,
  documentFileUrl,
} from '../../data/urls.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { toCitationMeta, type MetaTag } from './citation-meta.ts';
import { citedBibtex, citedItem } from './cited-item.ts';
import type { CitableEntry } from './csl-item.ts';
import { formatReference } from './formatted-reference.ts';

/** What an entry page shows and declares of its citation. */
export interface CitationView {
  /** The `citation_*` tags of the page's head. */
  meta: MetaTag[];
  /** The reference, formatted in the page's language. */
  reference: string;
  /** The BibTeX entry, as its download has it. */
  bibtex: string;
  /** The citation files to download, with their labels. */
  downloads: { href: string; label: string }[];
}

/** The address of a PDF of the entry that the site serves: in `lang` if there is one. */
function localPdfUrl(entry: CitableEntry, lang: string): string | undefined {
  if (entry.collection !== 'statements' && entry.collection !== 'publications') return undefined;
  const pdfs = entry.data.documents.filter(
    (document) => document.file && documentFormat(document.file) === 'PDF',
  );
  const pdf = pdfs.find((document) => document.language === lang) ?? pdfs[0];
  return pdf?.file ? absoluteUrl(documentFileUrl(entry, servedFileName(pdf.file))) : undefined;
}

/**
 * The citation of an entry as its page in `locale` offers it. The tags and the reference
 * describe this page, in its language; the BibTeX and the files are one per entry, in the
 * language the entry is written in, like the work a reader cites.
 */
export function citationView(archive: Archive, entry: CitableEntry, locale: string): CitationView {
  const t = useTranslations(locale);
  const item = citedItem(archive, entry, locale);
  return {
    meta: toCitationMeta(item, localPdfUrl(entry, item.language)),
    reference: formatReference(item, locale, t),
    bibtex: citedBibtex(archive, entry),
    downloads: CITATION_FILE_FORMATS.map((format) => ({
      href: citationFileUrl(entry, format),
      label: t(`cite.download.${format}`),
    })),
  };
}
