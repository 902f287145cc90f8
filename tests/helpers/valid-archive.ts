import { markdown, type ContentTree } from './content-tree.ts';

/**
 * The smallest archive that uses every collection and every kind of reference. Each failing
 * test changes one file of it, so the expected problems are exactly the ones it adds.
 */
export function validArchive(): ContentTree {
  return {
    'series/iclt/index.md': markdown(`
name: International Conference on Learning Cities
shortName: ICLC
summary: The conferences of the network.
`),
    'cities/holm/index.md': markdown(`
name: Holm
country: IE
sources:
  - url: https://example.org/holm
`),
    'organisations/oll/index.md': markdown(`
name: UNESCO Institute for Lifelong Learning
shortName: OLL
kind: intergovernmental
sources:
  - url: https://example.org/oll
`),
    'events/2017-iclt-holm/index.md': markdown(
      `
title: 3rd International Conference on Learning Cities
type: conference
series: iclt
edition: 3
start: 2017-09-18
end: 2017-09-20
timeZone: Europe/Dublin
attendance: in-person
venue: Holm City Hall
city: holm
organisers: [oll]
hostCities: [holm]
languages: [en]
sessions:
  - id: opening
    title: Opening
    start: '09:00'
figures:
  participants: { count: 650, qualifier: about }
  countries: 92
links:
  - kind: website
    url: https://example.org/iclt3
sources:
  - url: https://example.org/iclt3
summary: The third conference of the network.
`,
      'The conference met in Holm.\n',
    ),
    'events/2017-iclt-holm/fr.md': markdown(`
title: 3e Conférence internationale sur les villes apprenantes
sessions:
  opening: Ouverture
`),
    'statements/2017-holm-call-to-action/index.md': markdown(`
title: Holm Call to Action for Learning Cities
kind: call-to-action
adoptedAt: 2017-iclt-holm
date: 2017-09
actionPoints:
  - Equitable and inclusive learning environments
  - Green and healthy learning environments
documents:
  - language: en
    title: Holm Call to Action for Learning Cities
sources:
  - url: https://example.org/holm-call
summary: The call adopted in Holm.
`),
    'statements/2017-holm-call-to-action/es.md': markdown(`
title: Llamamiento a la acción de Holm
actionPoints:
  - Entornos de aprendizaje equitativos e inclusivos
  - Entornos de aprendizaje verdes y saludables
`),
    'awards/2017-learning-town-award/index.md': markdown(`
title: Learning Town Award 2017
year: 2017
conferredAt: 2017-iclt-holm
announcedOn: 2017-01-19
winners:
  - city: holm
    citation: For its festival of learning.
sources:
  - url: https://example.org/award-2017
summary: The 2017 round.
`),
    'publications/2017-guide-to-action/index.md': markdown(`
title: Learning Cities and the SDGs
kind: guide
date: 2017-12
publishers: [oll]
isbn: 978-92-820-1184-3
events: [2017-iclt-holm]
sources:
  - url: https://example.org/guide
summary: The guide.
`),
    'docs/getting-started/index.mdx': markdown(
      `
title: Getting started
order: 1
`,
      '# Hello\n',
    ),
  };
}
