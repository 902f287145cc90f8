import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclt-holm/index.md';
const CITY = 'cities/holm/index.md';
const STATEMENT = 'statements/2017-holm-call-to-action/index.md';
const PUBLICATION = 'publications/2017-guide-to-action/index.md';
const AWARD = 'awards/2017-learning-town-award/index.md';

/** Each case edits one line of the valid archive and expects exactly these problems. */
const cases: [
  name: string,
  file: string,
  search: string,
  replacement: string,
  expected: string[],
][] = [
  [
    'a date in another format',
    EVENT,
    'start: 2017-09-18',
    'start: 18/09/2017',
    [
      `content/${EVENT}:6: error: start: '18/09/2017' is not a date; write it as YYYY-MM-DD, like 2015-09-28`,
    ],
  ],
  [
    'a day that is not in the calendar',
    EVENT,
    'end: 2017-09-20',
    'end: 2017-02-30',
    [`content/${EVENT}:7: error: end: '2017-02-30' is not a day of the calendar`],
  ],
  [
    'an end before the start',
    EVENT,
    'end: 2017-09-20',
    'end: 2017-09-17',
    [
      `content/${EVENT}:7: error: end: 2017-09-17 is before start 2017-09-18; the last day must be on or after the first`,
    ],
  ],
  [
    'a time that is not HH:MM',
    EVENT,
    "start: '09:00'",
    "start: '9am'",
    [
      `content/${EVENT}:18: error: sessions[0].start: '9am' is not a time; write HH:MM on a 24-hour clock, like '09:30' or '13:00'`,
    ],
  ],
  [
    'times without a time zone',
    EVENT,
    'timeZone: Europe/Dublin\n',
    '',
    [
      `content/${EVENT}:1: error: timeZone: is required when times are given; add the IANA zone the times are in, like Europe/Berlin`,
    ],
  ],
  [
    'a time zone that does not exist',
    EVENT,
    'timeZone: Europe/Dublin',
    'timeZone: CET+1',
    [
      `content/${EVENT}:8: error: timeZone: 'CET+1' is not an IANA time zone; use a name like Europe/Berlin, America/Mexico_City or Asia/Seoul`,
    ],
  ],
  [
    'a country that is not an ISO code',
    CITY,
    'country: IE',
    'country: UK',
    [
      `content/${CITY}:3: error: country: 'UK' is not an ISO 3166-1 alpha-2 country code; did you mean GB (United Kingdom)?`,
    ],
  ],
  [
    'a country in lower case',
    CITY,
    'country: IE',
    'country: ie',
    [
      `content/${CITY}:3: error: country: 'ie' is not an ISO 3166-1 alpha-2 country code; did you mean IE (Ireland)?`,
    ],
  ],
  [
    'a language that is not BCP 47',
    EVENT,
    'languages: [en]',
    'languages: [en, english]',
    [
      `content/${EVENT}:14: error: languages[1]: 'english' is not a BCP 47 language tag; use a code like en, fr, es, ar, zh-Hans or pt-BR`,
    ],
  ],
  [
    'a language tag in the wrong case',
    STATEMENT,
    'language: en',
    'language: EN',
    [`content/${STATEMENT}:10: error: documents[0].language: 'EN' should be written 'en'`],
  ],
  [
    'a relative URL',
    EVENT,
    'url: https://example.org/iclt3\nsources',
    'url: /iclt3\nsources',
    [
      `content/${EVENT}:24: error: links[0].url: '/iclt3' is not an absolute web address; write the full URL, starting with https://`,
    ],
  ],
  [
    'a URL that is not http(s)',
    CITY,
    'url: https://example.org/holm',
    'url: ftp://example.org/holm',
    [
      `content/${CITY}:5: error: sources[0].url: 'ftp://example.org/holm' is not an absolute web address; write the full URL, starting with https://`,
    ],
  ],
  [
    'an ISBN with a wrong check digit',
    PUBLICATION,
    'isbn: 978-92-820-1184-3',
    'isbn: 978-92-820-1184-4',
    [
      `content/${PUBLICATION}:6: error: isbn: '978-92-820-1184-4' is not a valid ISBN; its check digit does not match the others; copy it again from the publication`,
    ],
  ],
  [
    'a value outside a list of choices',
    EVENT,
    'type: conference',
    'type: conferense',
    [
      `content/${EVENT}:3: error: type: the text 'conferense' is not allowed (did you mean conference?); use one of: conference, forum, regional-meeting, cluster-meeting, expert-meeting, workshop, webinar`,
    ],
  ],
  [
    'a missing required field',
    EVENT,
    'attendance: in-person\n',
    '',
    [`content/${EVENT}:1: error: attendance: is required; use one of: in-person, online, hybrid`],
  ],
  [
    'a missing title',
    CITY,
    'name: Holm\n',
    '',
    [`content/${CITY}:1: error: name: is required; add it as text`],
  ],
  [
    'an empty title',
    CITY,
    'name: Holm',
    "name: ''",
    [`content/${CITY}:2: error: name: is empty; write the text or remove the field`],
  ],
  [
    'an unknown field, with the likely meant one',
    EVENT,
    'venue:',
    'venu:',
    [
      `content/${EVENT}:10: error: venu: is not a field here; did you mean venue? allowed fields are: title, summary, theme, slug, aliases, type, series, edition, start, end, startTime, endTime, timeZone, attendance, status, previousStart, previousEnd, venue, address, city, country, organisers, hostCities, participation, languages, interpretation, sessions, figures, links, images, sources, wikidata`,
    ],
  ],
  [
    'a number where text is expected',
    CITY,
    'name: Holm',
    'name: 1234',
    [
      `content/${CITY}:2: error: name: expected text, got the number 1234; put the value in quotes to keep it as text`,
    ],
  ],
  [
    'text where a whole number is expected',
    EVENT,
    'edition: 3',
    'edition: third',
    [`content/${EVENT}:5: error: edition: expected a whole number, like 2, got the text 'third'`],
  ],
  [
    'a single value where a list is expected',
    EVENT,
    'organisers: [oll]',
    'organisers: oll',
    [
      `content/${EVENT}:12: error: organisers: expected a list (lines starting with \`- \`), got the text 'oll'`,
    ],
  ],
  [
    'a figure written as words',
    EVENT,
    'countries: 92',
    'countries: ninety-two',
    [
      `content/${EVENT}:21: error: figures.countries: expected a whole number, like 650, or a count with a qualifier, like { count: 650, qualifier: more-than }, got the text 'ninety-two'`,
    ],
  ],
  [
    'a figure qualifier that does not exist',
    EVENT,
    'qualifier: about',
    'qualifier: over',
    [
      `content/${EVENT}:20: error: figures.participants.qualifier: the text 'over' is not allowed; use one of: more-than, about, fewer-than`,
    ],
  ],
  [
    'an edition without a series',
    EVENT,
    'series: iclt\n',
    '',
    [
      `content/${EVENT}:4: error: edition: needs a series; add \`series:\` naming the series this is an edition of`,
    ],
  ],
  [
    'original dates on an event that went ahead as planned',
    EVENT,
    'attendance: in-person',
    'attendance: in-person\npreviousStart: 2017-05-01',
    [
      `content/${EVENT}:10: error: previousStart: does not apply to a scheduled event; set status: rescheduled or postponed, or remove it`,
    ],
  ],
  [
    'an in-person event without a place',
    EVENT,
    'city: holm\n',
    '',
    [
      `content/${EVENT}:1: error: country: is required for an event with a physical venue; add city or country`,
    ],
  ],
  [
    'two sessions with one id',
    EVENT,
    "    start: '09:00'",
    "    start: '09:00'\n  - id: opening\n    title: Again",
    [
      `content/${EVENT}:19: error: sessions[1].id: 'opening' is used by an earlier session; session ids must be unique`,
    ],
  ],
  [
    'a partial date with no such month',
    STATEMENT,
    'date: 2017-09',
    'date: 2017-13',
    [`content/${STATEMENT}:5: error: date: '2017-13' has no such month; months run 01 to 12`],
  ],
  [
    'a year that is not a year',
    AWARD,
    'year: 2017',
    'year: 17',
    [`content/${AWARD}:3: error: year: expected a four-digit year, like 2015`],
  ],
];

describe('field values', () => {
  it.each(cases)('reports %s', async (_name, file, search, replacement, expected) => {
    expect(await checkTree(editFile(validArchive(), file, search, replacement))).toEqual(expected);
  });
});
