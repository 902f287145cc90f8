import type { CollectionName } from '../schemas/reference.ts';

const SOURCES = [
  { url: 'https://example.org/news/lisbon-meeting', title: 'Cities meet in Lisbon' },
];

/**
 * An example value of every field of every collection, as an editor would write it. The
 * Editors' guide shows them under each field; a test parses each with its field's schema,
 * so an example can never teach a value the checker refuses.
 */
export const FIELD_EXAMPLES: Record<CollectionName, Record<string, unknown>> = {
  // A made-up event: the values show the form of each field, not facts of the archive.
  events: {
    title: 'Regional Meeting of Learning Cities in Europe',
    summary: 'Cities of the region met to compare how they measure learning.',
    theme: 'Learning for healthy cities',
    slug: 'lisbon-2025',
    aliases: ['2025-regional-meeting-europe'],
    type: 'regional-meeting',
    series: 'regional-meetings-europe',
    edition: 2,
    start: '2025-05-12',
    end: '2025-05-13',
    startTime: '09:30',
    endTime: '17:00',
    timeZone: 'Europe/Lisbon',
    attendance: 'hybrid',
    status: 'rescheduled',
    previousStart: '2025-03-04',
    previousEnd: '2025-03-05',
    venue: 'City Hall',
    address: 'Praça do Município, Lisbon',
    city: 'lisbon',
    country: 'PT',
    organisers: ['uil'],
    hostCities: ['lisbon', 'porto'],
    participation: 'by-invitation',
    languages: ['en', 'pt'],
    interpretation: { languages: ['en', 'pt', 'fr'], scope: 'some-sessions' },
    sessions: [
      { id: 'opening', title: 'Opening', date: '2025-05-12', start: '09:30', end: '10:30' },
    ],
    figures: { participants: { count: 120, qualifier: 'about' }, cities: 25 },
    links: [
      {
        kind: 'programme',
        url: 'https://example.org/programme.pdf',
        language: 'en',
        title: 'Programme',
      },
    ],
    images: [
      {
        src: './opening.jpg',
        alt: 'Mayors on the stage at the opening',
        caption: 'The opening session.',
        credit: 'Photo: City of Lisbon, CC BY 4.0',
      },
    ],
    sources: SOURCES,
  },
  series: {
    name: 'International Conference on Learning Cities',
    shortName: 'ICLC',
    summary: 'The conferences of the network.',
    slug: 'iclc',
    aliases: ['icl-conferences'],
    sources: SOURCES,
  },
  statements: {
    title: 'Lisbon Call for Learning Cities',
    summary: 'Asks member cities to measure learning in the same way.',
    actionPoints: ['Agree on common measures of learning', 'Report on them every two years'],
    slug: 'lisbon-call',
    aliases: ['2025-lisbon-call-for-action'],
    kind: 'call-to-action',
    adoptedAt: '2025-regional-meeting-lisbon',
    date: '2025-05',
    relatedEvents: ['2025-webinar-measuring-learning'],
    documents: [{ language: 'pt', title: 'Apelo de Lisboa', url: 'https://example.org/apelo.pdf' }],
    sources: SOURCES,
  },
  awards: {
    title: 'Regional Learning City Prize 2025',
    summary: 'The first round of the prize, conferred on two cities.',
    slug: 'prize-2025',
    aliases: ['2025-regional-prize'],
    year: 2025,
    conferredAt: '2025-regional-meeting-lisbon',
    conferredOn: '2025-05-13',
    announcedOn: '2025-04-01',
    winners: [{ city: 'porto', citation: 'For what it does, in a sentence.' }],
    sources: SOURCES,
  },
  cities: {
    name: 'Lisbon',
    summary: 'Capital of Portugal and host of the regional meeting of 2025.',
    slug: 'lisboa',
    aliases: ['lisboa-pt'],
    country: 'PT',
    memberSince: '2025-03',
    logo: { src: './logo.png', alt: 'City of Lisbon' },
    sources: SOURCES,
  },
  organisations: {
    name: 'UNESCO Institute for Lifelong Learning',
    shortName: 'UIL',
    summary: 'Coordinates the UNESCO Global Network of Learning Cities.',
    slug: 'uil',
    aliases: ['unesco-uil'],
    kind: 'intergovernmental',
    partOf: 'unesco',
    country: 'DE',
    website: 'https://www.uil.unesco.org',
    logo: { src: './logo.svg', alt: 'UNESCO Institute for Lifelong Learning' },
    sources: SOURCES,
  },
  publications: {
    title: 'Report of the Regional Meeting in Lisbon',
    summary: 'What the cities reported, and what they agreed.',
    slug: 'lisbon-report',
    aliases: ['2025-lisbon-meeting-report'],
    kind: 'report',
    date: '2025-09',
    publishers: ['uil'],
    editors: ['A. N. Editor'],
    isbn: '978-3-16-148410-0',
    documentCode: 'ABC/2025/1',
    events: ['2025-regional-meeting-lisbon'],
    documents: [{ language: 'en', url: 'https://example.org/report.pdf' }],
    sources: SOURCES,
  },
  docs: {
    title: 'Adding an event',
    description: 'How to add an event, from the first question to the published page.',
    slug: 'adding-an-event',
    aliases: ['new-events'],
    order: 10,
  },
};

/** Examples of the fields only translation files have, per collection. */
export const TRANSLATION_EXAMPLES: Partial<Record<CollectionName, Record<string, unknown>>> = {
  events: { sessions: { opening: 'Ouverture' } },
  awards: { citations: { porto: 'Pour ce qu’elle fait, en une phrase.' } },
};

/** The `translatedFrom` example, which every translation schema has. */
export const TRANSLATED_FROM_EXAMPLE = '2b9805d9';
