import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { LanguageTagSchema } from './language.ts';
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

/** One official document of a statement or publication, in one language. */
export const DocumentSchema = z.strictObject({
  language: LanguageTagSchema.describe('Language of this version of the document.'),
  title: TextSchema.optional().describe('The title this version carries, in its own language.'),
  url: HttpUrlSchema.optional().describe('Where this version can be read or downloaded.'),
});

export type Source = z.output<typeof SourceSchema>;
export type OfficialDocument = z.output<typeof DocumentSchema>;
