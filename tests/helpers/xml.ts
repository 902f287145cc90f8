import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/**
 * Parses an XML document with xmldom, a parser independent of the libraries that write our
 * feeds and sitemap. Any warning or error, such as a document that is not well formed,
 * throws with the parser's message.
 */
export function parseXml(source: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(source, 'text/xml');
}

/** The elements of a document with a local name, in any namespace. */
export function elementsOf(parent: Document | Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', name));
}

/** The text of the first child element with a local name. */
export function childText(parent: Element, name: string): string | undefined {
  return elementsOf(parent, name)[0]?.textContent ?? undefined;
}
