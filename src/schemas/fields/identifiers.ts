// Identifiers other systems know an entry by, so that their data and ours can be joined.
// Each is checked by its form (and its check digits where it has them), never looked up:
// `npm run check` works offline.
import { z } from 'astro/zod';
import { expected } from './expected.ts';
import { isIsbn, isRorId } from './check-digits.ts';

/** The message for an identifier written as its web address instead of the bare id. */
function bareIdHint(text: string, resolver: RegExp, what: string): string | undefined {
  const bare = text.replace(resolver, '');
  return bare !== text
    ? `write the ${what} alone, ${bare}, without the address before it`
    : undefined;
}

/** A Wikidata item id, like `Q90`: the item that describes the same thing. */
export const WikidataIdSchema = z
  .string({ error: expected('a Wikidata item id, like Q90') })
  .regex(/^Q[1-9]\d*$/, {
    error: (issue) => {
      const text = String(issue.input);
      const hint =
        bareIdHint(text, /^https?:\/\/(www\.)?wikidata\.org\/(wiki|entity)\//, 'id') ??
        'write a capital Q and the number of the item, like Q90; it is at the top of the item’s page on wikidata.org';
      return `'${text}' is not a Wikidata item id; ${hint}`;
    },
  });

/** A GeoNames id, like `2988507`: the number at the end of the place's geonames.org address. */
export const GeoNamesIdSchema = z
  .int({ error: expected('a GeoNames id, a number like 2988507') })
  .positive({ error: 'is not a GeoNames id; it is a whole number above 0, like 2988507' });

/** A ROR id, like `03yrm5c26`: nine characters, the last two a checksum of the others. */
export const RorIdSchema = z
  .string({ error: expected('a ROR id, like 03yrm5c26') })
  .refine(isRorId, {
    error: (issue) => {
      const text = String(issue.input);
      const hint =
        bareIdHint(text, /^https?:\/\/ror\.org\//, 'id') ??
        (/^0[0-9a-hjkmnp-tv-z]{6}\d{2}$/.test(text)
          ? 'its last two digits do not match the others; copy it again from ror.org'
          : 'it is a 0, six lower-case letters or digits, and two digits, like 03yrm5c26');
      return `'${text}' is not a ROR id; ${hint}`;
    },
  });

/** An ISBN-10 or ISBN-13, with or without hyphens or spaces, checked by its check digit. */
export const IsbnSchema = z
  .string({ error: expected('an ISBN, like 978-92-820-1184-3') })
  .refine(isIsbn, {
    error: (issue) => {
      const text = String(issue.input);
      const digits = text.replaceAll(/[-\s]/g, '');
      const hint = /^(\d{9}[\dX]|97[89]\d{10})$/i.test(digits)
        ? 'its check digit does not match the others; copy it again from the publication'
        : 'write its 10 or 13 digits, with or without hyphens, like 978-92-820-1184-3';
      return `'${text}' is not a valid ISBN; ${hint}`;
    },
  });

/** A DOI, like `10.1007/s11159-015-9486-0`: a prefix `10.` and four or more digits, a slash, a suffix. */
export const DoiSchema = z
  .string({ error: expected('a DOI, like 10.1007/s11159-015-9486-0') })
  .regex(/^10\.\d{4,9}\/\S+$/, {
    error: (issue) => {
      const text = String(issue.input);
      const hint =
        bareIdHint(text, /^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, 'DOI') ??
        'it starts with 10., then four or more digits, a slash and the rest, like 10.1007/s11159-015-9486-0';
      return `'${text}' is not a DOI; ${hint}`;
    },
  });

/**
 * An ARK, like `ark:/48223/pf0000234986`: how UNESDOC, the repository of UNESCO's documents,
 * names each document, and how many libraries and archives do (the Internet Archive, the BnF).
 */
export const ArkSchema = z
  .string({ error: expected('an ARK, like ark:/48223/pf0000234986') })
  .regex(/^ark:\/?\d{5,}\/\S+$/, {
    error: (issue) => {
      const text = String(issue.input);
      const hint =
        bareIdHint(text, /^https?:\/\/[^/]+\/(?=ark:)/, 'ARK') ??
        'it starts with ark:/, then the number of the institution, a slash and the name, like ark:/48223/pf0000234986';
      return `'${text}' is not an ARK; ${hint}`;
    },
  });

/** The identifiers of a thing that Wikidata can describe: every kind of entry but documentation. */
export const wikidataField = {
  wikidata: WikidataIdSchema.optional().describe(
    'The Wikidata item on the same thing, like Q90: its page links to it, and its data says they are the same.',
  ),
};

/** The identifiers of a statement or a publication as a document. */
export const documentIdentifierFields = {
  ...wikidataField,
  isbn: IsbnSchema.optional().describe(
    'ISBN-10 or ISBN-13, with or without hyphens; its check digit is checked.',
  ),
  doi: DoiSchema.optional().describe(
    'DOI, like 10.1007/s11159-015-9486-0, without https://doi.org/.',
  ),
  ark: ArkSchema.optional().describe(
    'ARK of the document in a repository, like ark:/48223/pf0000234986 in UNESDOC, UNESCO’s repository.',
  ),
};
