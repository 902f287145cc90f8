import { markdown, type ContentTree } from './content-tree.ts';

/** The bytes of the declaration's PDF kept in its folder: 2,400 of them, shown as 2 kB. */
export const DECLARATION_PDF = `%PDF-1.4\n${'%'.repeat(2400 - 10)}\n`;

/** A source address that ends in a hyphen, which a right-to-left page must not move. */
export const HYPHEN_SOURCE = 'https://example.org/news/holmstad-declaration-adopted-';

/** A source address too long to show whole. */
export const LONG_SOURCE =
  'https://www.example.org/archive/2031/conferences/tarn-forum/press/the-first-tarn-forum-adopts-the-holmstad-declaration-on-learning-in-every-district';

/**
 * An invented archive for what readers see of statements, documents, places and sources:
 * a series of two forums, each adopting a statement, in a Swedish city and in a Saudi one
 * whose name is only in English; the first statement with its full text of numbered points
 * in English and French, a PDF in its folder, a French version online and two languages
 * known by name only; an event with every fact; and a documentation page with wide code.
 */
export function readingArchive(): ContentTree {
  return {
    'series/tarn-forum/index.md': markdown(`
name: Tarn Forum on Learning Cities
shortName: TFLC
summary: A forum held every two years.
`),
    'cities/holmstad/index.md': markdown(`
name: Holmstad
country: FI
memberSince: 2029
sources:
  - url: https://example.org/holmstad
    title: Holmstad joins the network
`),
    'cities/wadi-noor/index.md': markdown(`
name: Wadi Noor Industrial City
country: SA
sources:
  - url: https://example.org/wadi-noor
`),
    'organisations/tarn-institute/index.md': markdown(`
name: Tarn Institute for Lifelong Learning
shortName: TILL
kind: intergovernmental
country: DE
website: https://example.org/tarn-institute/
sources:
  - url: https://example.org/tarn-institute/about
`),
    'events/2031-tarn-forum-holmstad/index.md': markdown(
      `
title: 1st Tarn Forum on Learning Cities
summary: The first forum of the series.
type: conference
series: tarn-forum
edition: 1
start: 2031-05-12
end: 2031-05-14
startTime: '09:30'
endTime: '17:00'
timeZone: Europe/Stockholm
status: rescheduled
previousStart: 2031-03-10
previousEnd: 2031-03-12
theme: Learning in every district
attendance: hybrid
venue: Holmstad Concert Hall (Main Stage)
address: Storgatan 1-3, 123 45 Holmstad
city: holmstad
organisers: [tarn-institute]
hostCities: [holmstad]
participation: by-invitation
languages: [en, sv]
interpretation:
  languages: [fr, ar]
figures:
  participants: { count: 640, qualifier: about }
  inPersonParticipants: 400
  onlineParticipants: 240
  countries: 61
  cities: 120
  speakers: 48
  speakerCountries: 22
  mayors: 15
sources:
  - url: ${HYPHEN_SOURCE}
  - url: ${LONG_SOURCE}
  - url: https://example.org/tarn-forum/2031
    title: Tarn Forum 2031, the programme
`,
      'The forum met in Holmstad.\n',
    ),
    'events/2033-tarn-forum-wadi-noor/index.md': markdown(`
title: 2nd Tarn Forum on Learning Cities
summary: The second forum of the series.
type: conference
series: tarn-forum
edition: 2
start: 2033-11-02
end: 2033-11-04
attendance: in-person
city: wadi-noor
sources:
  - url: https://example.org/tarn-forum/2033
`),
    'statements/2031-holmstad-declaration/index.md': markdown(
      `
title: Holmstad Declaration on Learning in Every District
summary: The declaration of the first forum.
kind: declaration
adoptedAt: 2031-tarn-forum-holmstad
date: 2031-05
aliases: [holmstad-declaration]
documents:
  - language: en
    title: Holmstad Declaration on Learning in Every District
    file: holmstad-declaration-en.pdf
  - language: fr
    title: Déclaration de Holmstad sur l’apprentissage dans chaque quartier
    url: https://example.org/documents/declaration-de-holmstad.pdf
  - language: es
  - language: ar
sources:
  - url: https://example.org/holmstad-declaration
`,
      `We, the cities gathered in Holmstad, commit to the following.

1. Open a library in every neighbourhood within five years.
2. Offer free evening classes to every adult who asks for one.

The cities also agree to report on their progress:

1. Measure learning with panels of citizens chosen by lot.
`,
    ),
    'statements/2031-holmstad-declaration/fr.md': markdown(
      `
title: Déclaration de Holmstad sur l’apprentissage dans chaque quartier
`,
      `Nous, villes réunies à Holmstad, nous engageons à ce qui suit.

1. Ouvrir une bibliothèque dans chaque quartier d’ici cinq ans.
2. Offrir des cours du soir gratuits à tout adulte qui en demande.

Les villes conviennent aussi de rendre compte de leurs progrès :

1. Mesurer l’apprentissage avec des panels de citoyens tirés au sort.
`,
    ),
    'statements/2031-holmstad-declaration/holmstad-declaration-en.pdf': DECLARATION_PDF,
    'statements/2033-wadi-noor-charter/index.md': markdown(`
title: Wadi Noor Charter for Learning Cities
summary: The charter of the second forum.
kind: framework
adoptedAt: 2033-tarn-forum-wadi-noor
date: 2033-11-04
actionPoints:
  - Learning for climate action
  - Learning for health
sources:
  - url: https://example.org/wadi-noor-charter
`),
    'awards/2031-tarn-award/index.md': markdown(`
title: Tarn Award 2031
summary: The first round of the award.
year: 2031
conferredAt: 2031-tarn-forum-holmstad
conferredOn: 2031-05-12
announcedOn: 2031-01-20
winners:
  - city: holmstad
    citation: For its district libraries.
sources:
  - url: https://example.org/tarn-award-2031
`),
    'publications/2032-district-guide/index.md': markdown(`
title: A Guide to Learning in Every District
summary: How a city opens learning places in each district.
kind: guide
date: 2032-03
publishers: [tarn-institute]
editors: [Ingrid Holm, Omar Al-Najjar]
isbn: 978-92-820-1184-3
documentCode: TILL/2032/GD/1
events: [2031-tarn-forum-holmstad]
documents:
  - language: en
    url: https://example.org/district-guide
sources:
  - url: https://example.org/district-guide/about
`),
    'docs/writing-guide/index.mdx': markdown(
      `
title: Writing guide
description: How to write an entry.
order: 1
`,
      `## Commands

| Command | What it does |
| --- | --- |
| \`npm run dev\` | Shows the site at \`http://localhost:4321/a-rather-long-address/\` while you edit. |

## A long line

\`\`\`yaml
sources:
  - url: https://example.org/a/very/long/address/that/goes/on/and/on/past/the/edge/of/a/phone/screen
\`\`\`

### More

Text.
`,
    ),
  };
}
