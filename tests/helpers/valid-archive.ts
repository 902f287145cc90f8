import { markdown, type ContentTree } from './content-tree.ts';

/**
 * The smallest archive that uses every collection and every kind of reference. Each failing
 * test changes one file of it, so the expected problems are exactly the ones it adds.
 */
export function validArchive(): ContentTree {
  return {
    'series/iclc/index.md': markdown(`
name: International Conference on Learning Cities
shortName: ICLC
summary: The conferences of the network.
`),
    'cities/cork/index.md': markdown(`
name: Cork
country: IE
sources:
  - url: https://example.org/cork
`),
    'organisations/uil/index.md': markdown(`
name: UNESCO Institute for Lifelong Learning
shortName: UIL
kind: intergovernmental
sources:
  - url: https://example.org/uil
`),
    'events/2017-iclc-cork/index.md': markdown(
      `
title: 3rd International Conference on Learning Cities
type: conference
series: iclc
edition: 3
start: 2017-09-18
end: 2017-09-20
timeZone: Europe/Dublin
attendance: in-person
venue: Cork City Hall
city: cork
organisers: [uil]
hostCities: [cork]
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
    url: https://example.org/iclc3
sources:
  - url: https://example.org/iclc3
summary: The third conference of the network.
`,
      'The conference met in Cork.\n',
    ),
    'events/2017-iclc-cork/fr.md': markdown(`
title: 3e Conférence internationale sur les villes apprenantes
sessions:
  opening: Ouverture
`),
    'statements/2017-cork-call-to-action/index.md': markdown(`
title: Cork Call to Action for Learning Cities
kind: call-to-action
adoptedAt: 2017-iclc-cork
date: 2017-09
actionPoints:
  - Equitable and inclusive learning environments
  - Green and healthy learning environments
documents:
  - language: en
    title: Cork Call to Action for Learning Cities
sources:
  - url: https://example.org/cork-call
summary: The call adopted in Cork.
`),
    'statements/2017-cork-call-to-action/es.md': markdown(`
title: Llamamiento a la acción de Cork
actionPoints:
  - Entornos de aprendizaje equitativos e inclusivos
  - Entornos de aprendizaje verdes y saludables
`),
    'awards/2017-learning-city-award/index.md': markdown(`
title: Learning City Award 2017
year: 2017
conferredAt: 2017-iclc-cork
announcedOn: 2017-01-19
winners:
  - city: cork
    citation: For its festival of learning.
sources:
  - url: https://example.org/award-2017
summary: The 2017 round.
`),
    'publications/2017-guide-to-action/index.md': markdown(`
title: Learning Cities and the SDGs
kind: guide
date: 2017-12
publishers: [uil]
isbn: 978-92-820-1184-3
events: [2017-iclc-cork]
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
