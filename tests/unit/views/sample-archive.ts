import { entry, handMadeArchive } from './hand-made-archive.ts';

/** Defaults of an event's list fields, as its schema fills them in. */
const EVENT = {
  type: 'conference',
  attendance: 'in-person',
  status: 'scheduled',
  languages: [],
  organisers: [],
  hostCities: [],
  sessions: [],
  links: [],
  images: [],
  sources: [],
};

export const valdoro = entry(
  'cities',
  'valdoro',
  { name: 'Valdoro', country: 'PT' },
  {
    fr: { name: 'Valdor' },
  },
);
export const network = entry('organisations', 'network', {
  name: 'Learning Cities Network',
  kind: 'network',
});
export const conferences = entry('series', 'conferences', { name: 'International Conference' });

/** A conference to come, translated into French but for its summary; none in Spanish. */
export const nextConference = entry(
  'events',
  'next-conference',
  {
    ...EVENT,
    title: 'Fifth Conference',
    summary: 'The fifth edition.',
    start: '2031-09-10',
    end: '2031-09-12',
    city: { id: 'valdoro' },
    series: { id: 'conferences' },
    organisers: [{ id: 'network' }],
    links: [
      { kind: 'registration', url: 'https://example.org/register' },
      { kind: 'website', url: 'https://example.org' },
    ],
    sessions: [
      { id: 'opening', title: 'Opening' },
      { id: 'closing', title: 'Closing' },
    ],
  },
  { fr: { title: 'Cinquième conférence', sessions: { opening: 'Ouverture' } } },
  'What the conference is about.',
);

/** A past conference in the same series, held online with no city. */
export const lastConference = entry('events', 'last-conference', {
  ...EVENT,
  title: 'Fourth Conference',
  start: '2027-05-02',
  attendance: 'online',
  country: 'KR',
  series: { id: 'conferences' },
});

export const declaration = entry(
  'statements',
  'declaration',
  {
    title: 'Valdoro Declaration',
    kind: 'declaration',
    date: '2027-05-02',
    adoptedAt: { id: 'last-conference' },
    relatedEvents: [{ id: 'next-conference' }],
    actionPoints: ['Learn', 'Share'],
    documents: [],
    aliases: [],
  },
  { fr: { title: 'Déclaration de Valdoro', actionPoints: ['Apprendre', 'Partager'] } },
);

export const award = entry(
  'awards',
  'award-2027',
  {
    title: 'Award 2027',
    year: 2027,
    conferredAt: { id: 'last-conference' },
    winners: [{ city: { id: 'valdoro' }, citation: 'For its libraries.' }],
  },
  { es: { title: 'Premio 2027', citations: { valdoro: 'Por sus bibliotecas.' } } },
);

export const report = entry('publications', 'report', {
  title: 'Conference Report',
  date: '2027',
  publishers: [{ id: 'network' }],
  events: [{ id: 'last-conference' }],
  editors: [],
  documents: [],
  aliases: [],
});

/** Every entry of the sample archive. */
export const SAMPLE_ENTRIES = [
  nextConference,
  lastConference,
  declaration,
  award,
  report,
  valdoro,
  network,
  conferences,
];

/** The sample archive, joined (and so sorted for display) as the build joins it. */
export const sampleArchive = () => handMadeArchive(SAMPLE_ENTRIES);
