import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { LanguageTagSchema } from './language.ts';
import { expected } from './expected.ts';
import { TextSchema } from './text.ts';

/** An absolute `http://` or `https://` address. */
export const HttpUrlSchema = z.httpUrl({
  error: (issue) =>
    `'${String(issue.input)}' is not an absolute web address; write the full URL, starting with https://`,
});

/** Where a fact came from: the page or document that states it. */
export const SourceSchema = z.strictObject({
  url: HttpUrlSchema.describe('Address of the page or document that states the facts.'),
  title: TextSchema.optional().describe('Title of the source, as it names itself.'),
  capturedAt: IsoDateSchema.optional().describe(
    'Set when `url` is a web-archive copy: the day the archive captured the page. The entry page then says it shows archived material.',
  ),
});

/** The `sources` of every collection's field examples, in the Editors' guide. */
export const SOURCES_EXAMPLE = [
  { url: 'https://example.org/news/lisbon-meeting', title: 'Cities meet in Lisbon' },
];

/** The file formats a document file may have, by extension: what readers can open. */
export const DOCUMENT_FORMATS = ['pdf', 'epub', 'odt', 'docx', 'doc', 'rtf', 'txt'] as const;

/** The formats as editors know them: "PDF, EPUB, … or TXT". */
const FORMAT_NAMES = new Intl.ListFormat('en', { type: 'disjunction' }).format(
  DOCUMENT_FORMATS.map((format) => format.toUpperCase()),
);

/** A file name next to `index.md`, with one of the document formats. */
const DOCUMENT_FILE = new RegExp(`^(\\./)?[\\w-][\\w.-]*\\.(${DOCUMENT_FORMATS.join('|')})$`, 'i');

/** A document file in the entry folder, written as its name: `tarn-declaration-fr.pdf`. */
export const DocumentFileSchema = z
  .string({ error: expected('the name of a file next to index.md, like call-to-action-fr.pdf') })
  .regex(DOCUMENT_FILE, {
    error: (issue) =>
      `'${String(issue.input)}' is not a document file in the entry folder; put a ${FORMAT_NAMES} file next to index.md and write its name, like call-to-action-fr.pdf`,
  });

/**
 * One version of a statement or publication, in one language: a file in the entry folder
 * or an address to read it at, or neither when only its language (and title) is known.
 */
export const DocumentSchema = z
  .strictObject({
    language: LanguageTagSchema.describe('Language of this version of the document.'),
    title: TextSchema.optional().describe('The title this version carries, in its own language.'),
    url: HttpUrlSchema.optional().describe(
      'Where this version can be read or downloaded, such as the official page or file.',
    ),
    file: DocumentFileSchema.optional().describe(
      `A copy of this version kept in the entry folder (${FORMAT_NAMES}), written as its file name; the site serves it at a permanent address with its language, format and size.`,
    ),
  })
  .superRefine((document, context) => {
    if (document.url && document.file) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'a version is a file or an address, not both; keep one, or list the other as a version of its own',
        input: document.file,
      });
    }
  });

export type Source = z.output<typeof SourceSchema>;
export type OfficialDocument = z.output<typeof DocumentSchema>;
