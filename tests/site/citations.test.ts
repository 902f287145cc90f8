import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../helpers/html.ts';
import { CSL_DATA_SCHEMA, readBibtex, readRis } from '../helpers/citation-readers.ts';

const siteDir = inject('fixtureSite');
const ORIGIN = 'https://annals.example.org';
const read = (path: string) => readFile(join(siteDir, path), 'utf8');

/** One entry of each citable collection of the fixture archive, with what its files must say. */
const CITED = [
  {
    path: 'statements/2014-port-alder-declaration',
    title: 'Port Alder Declaration on Learning Towns',
    year: '2014',
    month: '5',
  },
  {
    path: 'publications/2015-forum-report-port-alder',
    title: 'Report of the first World Forum',
    year: '2015',
    month: '2',
  },
  {
    path: 'events/2016-world-forum-vellmora',
    title: '2nd World Forum of Learning Towns',
    year: '2016',
    month: '9',
  },
  {
    path: 'awards/2016-learning-town-prize',
    title: 'Learning Town Prize 2016',
    year: '2016',
    month: '9',
  },
];

describe('citation files', () => {
  it.each(CITED)('$path: BibTeX, RIS and CSL-JSON name its title, date and page', async (cited) => {
    const url = `${ORIGIN}/en/${cited.path}/`;
    const bibtex = readBibtex(await read(`cite/${cited.path}.bib`));
    expect(bibtex.fields).toMatchObject({
      title: cited.title,
      year: cited.year,
    });
    expect(String(bibtex.fields.url)).toBe(url);

    const ris = readRis(await read(`cite/${cited.path}.ris`));
    expect(ris.get('TI')).toEqual([cited.title]);
    expect(ris.get('PY')).toEqual([cited.year]);
    expect(ris.get('DA')?.[0]).toMatch(new RegExp(`^${cited.year}/${cited.month}/`));
    expect(ris.get('UR')).toEqual([url]);

    const csl: unknown = JSON.parse(await read(`cite/${cited.path}.json`));
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(CSL_DATA_SCHEMA);
    expect(validate(csl), ajv.errorsText(validate.errors)).toBe(true);
    expect(csl).toMatchObject([{ title: cited.title, URL: url }]);
    expect(
      (csl as { issued: { 'date-parts': number[][] } }[])[0]?.issued['date-parts'][0]?.slice(0, 2),
    ).toEqual([Number(cited.year), Number(cited.month)]);
  });

  it('is one file per entry and format, not one per locale', () => {
    expect(existsSync(join(siteDir, 'cite/statements/2014-port-alder-declaration.bib'))).toBe(true);
    expect(existsSync(join(siteDir, 'fr/statements/2014-port-alder-declaration/cite.bib'))).toBe(
      false,
    );
  });
});

describe('a statement page', () => {
  const metaOf = async (urlPath: string) =>
    (await readPage(siteDir, urlPath))
      .querySelectorAll('meta[name^="citation_"]')
      .map((meta): [string, string] => [
        meta.getAttribute('name') ?? '',
        meta.getAttribute('content') ?? '',
      ]);

  it('carries the Highwire citation tags Zotero and Google Scholar read', async () => {
    expect(await metaOf('/en/statements/2014-port-alder-declaration/')).toEqual([
      ['citation_title', 'Port Alder Declaration on Learning Towns'],
      ['citation_author', 'Institute for Adult Learning'],
      ['citation_author', 'Port Alder Town Council'],
      ['citation_publication_date', '2014/5'],
      ['citation_publisher', 'Learning Cities Archive'],
      ['citation_language', 'en'],
      ['citation_conference_title', '1st World Forum of Learning Towns'],
      ['citation_public_url', `${ORIGIN}/en/statements/2014-port-alder-declaration/`],
      ['citation_abstract_html_url', `${ORIGIN}/en/statements/2014-port-alder-declaration/`],
    ]);
  });

  it('gives the title of its translation and its own address in French', async () => {
    const meta = new Map(await metaOf('/fr/statements/2014-port-alder-declaration/'));
    expect(meta.get('citation_title')).toBe('Déclaration de Port-Aulne sur les villes apprenantes');
    expect(meta.get('citation_language')).toBe('fr');
    expect(meta.get('citation_public_url')).toBe(
      `${ORIGIN}/fr/statements/2014-port-alder-declaration/`,
    );
  });

  it('offers the citation to copy and download in a block that needs no script', async () => {
    const page = await readPage(siteDir, '/fr/statements/2014-port-alder-declaration/');
    const block = page.querySelector('details.cite-this');
    expect(textOf(block?.querySelector('summary'))).toBe('Citer cette entrée');
    expect(textOf(block?.querySelector('.cite-reference'))).toBe(
      'Institute for Adult Learning et Port Alder Town Council. (mai 2014). Déclaration de Port-Aulne sur les villes apprenantes. Archives des villes apprenantes. https://annals.example.org/fr/statements/2014-port-alder-declaration/',
    );
    const bibtex = block?.querySelector('pre')?.text ?? '';
    expect(bibtex).toBe(await read('cite/statements/2014-port-alder-declaration.bib'));
    expect(readBibtex(bibtex).fields.title).toBe('Port Alder Declaration on Learning Towns');
    expect(block?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/cite/statements/2014-port-alder-declaration.bib',
      '/cite/statements/2014-port-alder-declaration.ris',
      '/cite/statements/2014-port-alder-declaration.json',
    ]);
    expect(block?.querySelectorAll('script')).toEqual([]);
    // The block is plain HTML: the page's one script element is its JSON-LD data.
    const scripts = page.querySelectorAll('script').map((script) => script.getAttribute('type'));
    expect(scripts).toEqual(['application/ld+json']);
  });
});
