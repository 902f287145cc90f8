import type { Archive } from '../../../src/data/archive.ts';
import type { Entry } from '../../../src/data/load-archive.ts';
import { REGIONS } from '../../../src/data/regions.ts';
import type { CollectionName } from '../../../src/schemas/reference.ts';
import { makeArchive } from '../../helpers/archive-entries.ts';

type Data = Record<string, unknown>;

/**
 * A hand-made entry: its facts, and its translations by locale (fields only, no body). Its
 * body is `<p>{body}</p>`, or none.
 */
export function entry<C extends CollectionName>(
  collection: C,
  id: string,
  data: Data,
  translations: Record<string, Data> = {},
  body = '',
): Entry<C> {
  const rendered = (html: string) => ({ rendered: { html, metadata: {} }, body: html });
  return {
    collection,
    id,
    slug: id,
    data,
    source: { id, filePath: `${collection}/${id}/index.md`, ...rendered(body && `<p>${body}</p>`) },
    translations: new Map(
      Object.entries(translations).map(([locale, fields]) => [
        locale,
        { data: fields, source: { id: `${collection}/${id}/${locale}`, ...rendered('') } },
      ]),
    ),
  } as unknown as Entry<C>;
}

/**
 * The archive over hand-made entries, joined by the build's own join (`joinArchive`) under
 * the site's regions. Views read only through it: one that reached past it (say, to
 * `getArchive()`) would find no entries here.
 */
export function handMadeArchive(entries: readonly Entry[]): Archive {
  return makeArchive(entries, REGIONS);
}
