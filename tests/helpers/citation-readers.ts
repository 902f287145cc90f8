// Readers for the citation formats that do not share code with what writes them (citation-js):
// BibTeX through @retorquere/bibtex-parser, RIS through the few lines below, and CSL-JSON
// through a JSON Schema of the variables Annals writes.
import { parse } from '@retorquere/bibtex-parser';

/** The fields of the one entry of a BibTeX text, as a separate parser reads them. */
export function readBibtex(text: string) {
  const { entries, errors } = parse(text);
  if (errors.length) throw new Error(`BibTeX does not parse: ${JSON.stringify(errors)}`);
  const [entry] = entries;
  if (entries.length !== 1 || !entry) throw new Error(`expected one BibTeX entry in:\n${text}`);
  return { type: entry.type, key: entry.key, fields: entry.fields as Record<string, unknown> };
}

/**
 * The tags of the one record of a RIS text: each line is `XX  - value` (RIS's two letters,
 * two spaces, a hyphen and a space), from `TY` to `ER`; a tag that repeats keeps every value.
 */
export function readRis(text: string): Map<string, string[]> {
  const lines = text.split(/\r?\n/).filter((line) => line.length);
  const tags = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`not a RIS line: '${line}'`);
    const [, tag = '', value = ''] = match;
    tags.set(tag, [...(tags.get(tag) ?? []), value]);
  }
  if (lines[0]?.slice(0, 2) !== 'TY' || lines.at(-1) !== 'ER  - ')
    throw new Error(`a RIS record starts with TY and ends with 'ER  - ':\n${text}`);
  return tags;
}

const nameVariable = {
  type: 'array',
  items: {
    type: 'object',
    properties: { literal: { type: 'string' } },
    required: ['literal'],
    additionalProperties: false,
  },
};
const dateVariable = {
  type: 'object',
  properties: {
    'date-parts': {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } },
    },
  },
  required: ['date-parts'],
  additionalProperties: false,
};

/**
 * CSL-JSON as the CSL 1.0.2 specification defines it, for the variables Annals writes: an
 * array of items with a `type` from the specification's list, an `id`, names as `literal`
 * and dates as `date-parts`; any variable the specification does not have is refused. No npm
 * package ships the specification's own csl-data.json, so this restates the part we use.
 */
export const CSL_DATA_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      type: { enum: ['book', 'document', 'report', 'webpage', 'speech', 'paper-conference'] },
      title: { type: 'string' },
      URL: { type: 'string', format: 'uri' },
      language: { type: 'string' },
      issued: dateVariable,
      'event-date': dateVariable,
      author: nameVariable,
      editor: nameVariable,
      publisher: { type: 'string' },
      event: { type: 'string' },
      'event-place': { type: 'string' },
      ISBN: { type: 'string' },
      number: { type: 'string' },
    },
    required: ['id', 'type'],
    additionalProperties: false,
  },
};
