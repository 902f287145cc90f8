// citation-js turns CSL-JSON into BibTeX and RIS: it knows each format's entry types, field
// names and escaping (braces, accents, RIS tags), which a hand-written writer would get
// wrong at the edges. Its plugins register themselves when imported.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CITATION_FILE_FORMATS } from '../../data/urls.ts';
import type { CslItem } from './csl-item.ts';

/** A format a citation is downloaded in: `bib`, `ris` or `json`. */
export type CitationFormat = (typeof CITATION_FILE_FORMATS)[number];

/** The media type of each download format. */
export const CITATION_MEDIA_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/**
 * The BibTeX key of an item: its slug, which lasts as long as the page's address, in camel
 * case, since citation-js (like BibTeX tools) refuses punctuation in keys:
 * `2017-cork-call-to-action` is `2017CorkCallToAction`.
 */
export function citationKey(item: CslItem): string {
  const slug = item.id.split('/').pop() ?? item.id;
  return slug.replace(/[^A-Za-z0-9]+(.)?/g, (_, next?: string) => next?.toUpperCase() ?? '');
}

/** An item as one BibTeX entry. */
export function toBibtex(item: CslItem): string {
  const text = plugins.output.format('bibtex', [{ ...item, 'citation-key': citationKey(item) }]);
  return `${String(text).trim()}\n`;
}

/** A RIS record as citation-js maps it: values by tag, a list where a tag repeats. */
type RisRecord = Record<string, string | string[]>;

/**
 * An item as one RIS record. citation-js maps the variables to RIS tags; the lines are
 * written here because its text output breaks values every 70 characters, which splits
 * addresses in two for readers that do not join continuation lines. Lines end in CR LF, as
 * the RIS specification has them, and the record ends with `ER  - `.
 */
export function toRis(item: CslItem): string {
  const [record] = plugins.output.format('ris', [item], { format: 'object' }) as RisRecord[];
  const { TY: type, ...tags }: RisRecord = { ...record, ID: citationKey(item) };
  const lines = Object.entries(tags).flatMap(([tag, values]) =>
    [values].flat().map((value) => `${tag}  - ${value}`),
  );
  return [`TY  - ${String(type)}`, ...lines, 'ER  - ', ''].join('\r\n');
}

/** An item as a CSL-JSON file: an array of one item, as reference managers import it. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** An item in one of the download formats. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  const writers = { bib: toBibtex, ris: toRis, json: toCslJson };
  return writers[format](item);
}
