import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/data/archive.ts';
import type { Entry } from '../../src/data/load-archive.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { toBibtex, toCslJson, toRis } from '../../src/outputs/citation/cite-formats.ts';
import { toCitationMeta } from '../../src/outputs/citation/citation-meta.ts';
import { citationView } from '../../src/outputs/citation/citation-view.ts';
import { toCslItem, type CitableEntry } from '../../src/outputs/citation/csl-item.ts';
import { formatReference } from '../../src/outputs/citation/formatted-reference.ts';
import { CSL_DATA_SCHEMA, readBibtex, readRis } from '../helpers/citation-readers.ts';

/** An entry as the query layer hands it, with only what citations read. */
const entry = (
  collection: string,
  id: string,
  data: Record<string, unknown>,
  translations: Record<string, Record<string, unknown>> = {},
) =>
  ({
    collection,
    id,
    slug: id,
    source: { body: '' },
    data,
    translations: new Map(
      Object.entries(translations).map(([code, d]) => [code, { data: d, source: { body: '' } }]),
    ),
  }) as unknown as Entry;

const institute = entry('organisations', 'institute', { name: 'Institute for Adult Learning' });
const council = entry('organisations', 'council', { name: 'Port Alder Council' });
const portAlder = entry('cities', 'port-alder', { name: 'Port Alder' });
const forum = entry('events', '2014-forum', {
  title: '1st World Forum of Learning Towns',
  start: '2014-05-12',
  end: '2014-05-14',
  organisers: [{ id: 'institute' }, { id: 'council' }],
});
const declaration = entry(
  'statements',
  '2014-declaration',
  {
    title: 'Port Alder Declaration',
    adoptedAt: { id: '2014-forum' },
    date: '2014-05',
    documents: [],
  },
  { fr: { title: 'Déclaration de Port-Aulne' } },
);
const guide = entry('publications', '2020-guide', {
  title: 'Guide for Learning Towns',
  kind: 'guide',
  date: '2020',
  publishers: [{ id: 'institute' }],
  editors: ['A. Editor', 'B. Editor'],
  isbn: '978-92-820-1184-3',
  documents: [],
});
const withFiles = entry('statements', '2016-call-to-action-for-learning-towns-everywhere', {
  title: 'Call to Action',
  date: '2016',
  documents: [
    { language: 'es', url: 'https://example.org/llamada.pdf' },
    { language: 'en', file: './call-en.pdf' },
    { language: 'fr', file: 'appel-fr.pdf' },
  ],
});
const all = [institute, council, portAlder, forum, declaration, guide, withFiles];
const archive = {
  get: (collection: string, id: string) =>
    all.find((one) => one.collection === collection && one.id === id),
  placeOf: () => ({ city: portAlder }),
} as unknown as Archive;

const ORIGIN = 'https://annals.example.org';
const cite = (one: Entry, locale = 'en') => toCslItem(archive, one as CitableEntry, locale);

describe('an entry as a CSL-JSON item', () => {
  it('cites a statement after the organisers of the event that adopted it', () => {
    expect(cite(declaration)).toEqual({
      id: 'statements/2014-declaration',
      type: 'document',
      title: 'Port Alder Declaration',
      URL: `${ORIGIN}/en/statements/2014-declaration/`,
      language: 'en',
      publisher: 'Learning Cities Archive',
      issued: { 'date-parts': [[2014, 5]] },
      author: [{ literal: 'Institute for Adult Learning' }, { literal: 'Port Alder Council' }],
      event: '1st World Forum of Learning Towns',
      'event-place': 'Port Alder',
    });
  });

  it("takes a translation's title, language and page in its locale", () => {
    expect(cite(declaration, 'fr')).toMatchObject({
      title: 'Déclaration de Port-Aulne',
      language: 'fr',
      URL: `${ORIGIN}/fr/statements/2014-declaration/`,
    });
    expect(cite(declaration, 'ru')).toMatchObject({
      title: 'Port Alder Declaration',
      language: 'en',
    });
  });

  it('cites an event with its span of days, and a publication after its editors', () => {
    expect(cite(forum)['event-date']).toEqual({
      'date-parts': [
        [2014, 5, 12],
        [2014, 5, 14],
      ],
    });
    expect(cite(guide)).toMatchObject({
      type: 'book',
      editor: [{ literal: 'A. Editor' }, { literal: 'B. Editor' }],
      publisher: 'Institute for Adult Learning',
      ISBN: '978-92-820-1184-3',
      issued: { 'date-parts': [[2020]] },
    });
    expect(cite(guide).author).toBeUndefined();
  });
});

describe('the formats of a citation, read back by parsers that did not write them', () => {
  it('BibTeX has the title, the date and the address', () => {
    const { key, fields } = readBibtex(toBibtex(cite(declaration)));
    expect(key).toBe('2014Declaration');
    expect(fields).toMatchObject({ title: 'Port Alder Declaration', year: '2014' });
    expect(String(fields.url)).toBe(`${ORIGIN}/en/statements/2014-declaration/`);
  });

  it('BibTeX escapes accents and braces so that a parser reads the title back as written', () => {
    const title = 'Déclaration de Medellín: {towns} & cities, 100% learning';
    const { fields } = readBibtex(toBibtex({ ...cite(declaration), title }));
    // The parser writes accents as combining marks: the same text, once normalised.
    expect(String(fields.title).normalize('NFC')).toBe(title);
  });

  it('RIS has the title, the date and the address', () => {
    const tags = readRis(toRis(cite(guide)));
    expect(tags.get('TI')).toEqual(['Guide for Learning Towns']);
    expect(tags.get('PY')).toEqual(['2020']);
    expect(tags.get('UR')).toEqual([`${ORIGIN}/en/publications/2020-guide/`]);
    expect(tags.get('SN')).toEqual(['978-92-820-1184-3']);
  });

  it('RIS keeps a long address on one line', () => {
    const tags = readRis(toRis(cite(withFiles)));
    expect(tags.get('UR')).toEqual([
      `${ORIGIN}/en/statements/2016-call-to-action-for-learning-towns-everywhere/`,
    ]);
    expect(tags.get('ID')).toEqual(['2016CallToActionForLearningTownsEverywhere']);
  });

  it('CSL-JSON keeps to the variables and shapes of the CSL specification', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(CSL_DATA_SCHEMA);
    for (const one of [declaration, forum, guide]) {
      const data: unknown = JSON.parse(toCslJson(cite(one)));
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    }
    expect(validate([{ id: 'x', type: 'document', titel: 'Misspelt' }])).toBe(false);
  });
});

describe('the page-level citation', () => {
  it('formats the reference in the page language, author first and date after', () => {
    const reference = (locale: string) =>
      formatReference(cite(declaration, locale), locale, useTranslations(locale));
    expect(reference('en')).toBe(
      'Institute for Adult Learning and Port Alder Council. (May 2014). Port Alder Declaration. Learning Cities Archive. https://annals.example.org/en/statements/2014-declaration/',
    );
    expect(reference('fr')).toBe(
      'Institute for Adult Learning et Port Alder Council. (mai 2014). Déclaration de Port-Aulne. Archives des villes apprenantes. https://annals.example.org/fr/statements/2014-declaration/',
    );
    expect(formatReference(cite(guide), 'en', useTranslations('en'))).toMatch(
      /^A\. Editor and B\. Editor \(Eds\.\)\. \(2020\)\. Guide for Learning Towns\./,
    );
  });

  it('lists the Highwire citation tags Zotero and Google Scholar read', () => {
    expect(toCitationMeta(cite(declaration), `${ORIGIN}/documents/x.pdf`)).toEqual([
      { name: 'citation_title', content: 'Port Alder Declaration' },
      { name: 'citation_author', content: 'Institute for Adult Learning' },
      { name: 'citation_author', content: 'Port Alder Council' },
      { name: 'citation_publication_date', content: '2014/5' },
      { name: 'citation_publisher', content: 'Learning Cities Archive' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_conference_title', content: '1st World Forum of Learning Towns' },
      { name: 'citation_pdf_url', content: `${ORIGIN}/documents/x.pdf` },
      { name: 'citation_public_url', content: `${ORIGIN}/en/statements/2014-declaration/` },
      { name: 'citation_abstract_html_url', content: `${ORIGIN}/en/statements/2014-declaration/` },
    ]);
  });

  it("points citation_pdf_url at a PDF the site serves, in the page's language if it has one", () => {
    const pdfOf = (locale: string) =>
      citationView(archive, withFiles as CitableEntry, locale).meta.find(
        (tag) => tag.name === 'citation_pdf_url',
      )?.content;
    const base = `${ORIGIN}/documents/statements/2016-call-to-action-for-learning-towns-everywhere`;
    expect(pdfOf('en')).toBe(`${base}/call-en.pdf`);
    // The page's text is English (no translation), so the English file is cited.
    expect(pdfOf('fr')).toBe(`${base}/call-en.pdf`);
    expect(
      citationView(archive, declaration as CitableEntry, 'en').meta.map((tag) => tag.name),
    ).not.toContain('citation_pdf_url');
  });

  it('offers the three files and the BibTeX of the entry on every page', () => {
    const view = citationView(archive, declaration as CitableEntry, 'fr');
    expect(view.downloads).toEqual([
      { href: '/cite/statements/2014-declaration.bib', label: 'Télécharger en BibTeX (.bib)' },
      { href: '/cite/statements/2014-declaration.ris', label: 'Télécharger en RIS (.ris)' },
      { href: '/cite/statements/2014-declaration.json', label: 'Télécharger en CSL-JSON (.json)' },
    ]);
    expect(readBibtex(view.bibtex).fields.title).toBe('Port Alder Declaration');
  });
});
