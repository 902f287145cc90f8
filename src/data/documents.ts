import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DOCUMENT_FORMATS, type OfficialDocument } from '../schemas/fields/web.ts';
import type { CollectionsWith } from '../schemas/model.ts';
import type { Entry } from './load-archive.ts';
import { documentFileUrl } from './urls.ts';

/** Where a version can be had: a file the site serves, or an address elsewhere. */
export interface DocumentCopy {
  href: string;
  /** A file kept in the entry folder (served by the site), or an address elsewhere. */
  kind: 'file' | 'link';
  /** The file format, as its usual abbreviation (`PDF`), when the name tells it. */
  format?: string;
  /** Size of a file the site serves, in bytes. */
  bytes?: number;
}

/** One version of a document that a reader can do something with: read its title, open it. */
export interface DocumentRow {
  language: string;
  title?: string;
  copy?: DocumentCopy;
}

/** What a page shows of an entry's documents. */
export interface DocumentsView {
  /** Versions with a title or a copy, in the order the entry lists them. */
  rows: DocumentRow[];
  /** Languages it is known to exist in, with nothing more known: named, not listed as rows. */
  otherLanguages: string[];
}

/** The entries that carry documents: of the collections the content model marks `documentFiles`. */
export type EntryWithDocuments = Entry<CollectionsWith<'documentFiles'>>;

/** The format of a file or address from its extension, when it is a document format. */
export function documentFormat(nameOrUrl: string): string | undefined {
  const path = URL.canParse(nameOrUrl) ? new URL(nameOrUrl).pathname : nameOrUrl;
  const extension = /\.(\w+)$/.exec(path)?.[1]?.toLowerCase();
  return (DOCUMENT_FORMATS as readonly string[]).includes(extension ?? '')
    ? extension?.toUpperCase()
    : undefined;
}

/** A file name as written (`./call.pdf` or `call.pdf`), as it is served: `call.pdf`. */
export function servedFileName(file: string): string {
  return file.replace(/^\.\//, '');
}

/** The absolute path of a document file of an entry: next to its `index.md`. */
export function documentFilePath(entry: EntryWithDocuments, file: string): string {
  return resolve(dirname(resolve(entry.source.filePath ?? '')), servedFileName(file));
}

function copyOf(entry: EntryWithDocuments, document: OfficialDocument): DocumentCopy | undefined {
  if (document.file) {
    return {
      href: documentFileUrl(entry, servedFileName(document.file)),
      kind: 'file',
      format: documentFormat(document.file),
      bytes: statSync(documentFilePath(entry, document.file)).size,
    };
  }
  if (document.url)
    return { href: document.url, kind: 'link', format: documentFormat(document.url) };
  return undefined;
}

/**
 * The documents of a statement or publication as its page shows them: a row for each version
 * whose title or copy is known, and the languages of the others, so that no row is empty.
 */
export function documentsView(entry: EntryWithDocuments): DocumentsView {
  const rows: DocumentRow[] = [];
  const otherLanguages: string[] = [];
  for (const document of entry.data.documents) {
    const copy = copyOf(entry, document);
    if (copy || document.title)
      rows.push({ language: document.language, title: document.title, copy });
    else if (!otherLanguages.includes(document.language)) otherLanguages.push(document.language);
  }
  const inRows = new Set(rows.map((row) => row.language));
  return { rows, otherLanguages: otherLanguages.filter((language) => !inRows.has(language)) };
}
