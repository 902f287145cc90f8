/** The identifiers an entry may carry, as its front matter names them. */
export interface EntryIdentifiers {
  wikidata?: string;
  geonames?: number;
  ror?: string;
  doi?: string;
  ark?: string;
}

/** A link to the record another system keeps on the same thing. */
export interface IdentifierLink {
  /** The system's name and the id, as people cite it: `Wikidata Q90`. */
  label: string;
  href: string;
}

/**
 * The address of each identifier's record, at the resolver its registry runs, in the order
 * an entry's page lists them. ARKs resolve through n2t.net, whatever repository holds them.
 */
const RESOLVERS: [key: keyof EntryIdentifiers, name: string, href: (id: string) => string][] = [
  ['wikidata', 'Wikidata', (id) => `https://www.wikidata.org/wiki/${id}`],
  ['geonames', 'GeoNames', (id) => `https://www.geonames.org/${id}`],
  ['ror', 'ROR', (id) => `https://ror.org/${id}`],
  ['doi', 'DOI', (id) => `https://doi.org/${id}`],
  ['ark', 'ARK', (id) => `https://n2t.net/${id.replace(/^ark:(?!\/)/, 'ark:/')}`],
];

/** The links to the records other systems keep on an entry, from the identifiers it has. */
export function identifierLinks(data: EntryIdentifiers): IdentifierLink[] {
  return RESOLVERS.flatMap(([key, name, href]) => {
    const id = data[key];
    return id === undefined ? [] : [{ label: `${name} ${id}`, href: href(String(id)) }];
  });
}

/** The addresses alone, as JSON-LD's `sameAs` lists them. */
export function identifierUrls(data: EntryIdentifiers): string[] {
  return identifierLinks(data).map((link) => link.href);
}
