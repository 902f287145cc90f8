import { z } from 'astro/zod';
import { CountryCodeSchema } from './fields/country.ts';
import { isCalendarDay, IsoDateSchema, LocalTimeSchema, TimeZoneSchema } from './fields/dates.ts';
import { expected } from './fields/expected.ts';
import { FigureSchema } from './fields/figure.ts';
import { createPictureSchema, type ImageFactory } from './fields/image.ts';
import { LanguageTagSchema } from './fields/language.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { HttpUrlSchema, SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import type { ReferenceFactory } from './reference.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { wikidataField } from './fields/identifiers.ts';

export const EVENT_TYPES = [
  'conference',
  'forum',
  'regional-meeting',
  'cluster-meeting',
  'expert-meeting',
  'workshop',
  'webinar',
] as const;

export const ATTENDANCE_MODES = ['in-person', 'online', 'hybrid'] as const;

export const EVENT_STATUSES = [
  'scheduled',
  'cancelled',
  'postponed',
  'rescheduled',
  'moved-online',
] as const;

export const LINK_KINDS = [
  'website',
  'livestream',
  'registration',
  'programme',
  'concept-note',
  'recording',
  'report',
  'other',
] as const;

/** Text of an event that is written once per language. */
const eventText = {
  title: TextSchema.describe('Name of the event, as the organisers give it.'),
  summary: TextSchema.optional().describe('One or two sentences on what the event was for.'),
  theme: TextSchema.optional().describe('The theme or motto the event was held under.'),
};

const SessionSchema = z.strictObject({
  id: SlugSchema.describe(
    'Short name of the session, unique within the event; translations use it.',
  ),
  title: TextSchema.describe('Title of the session.'),
  date: IsoDateSchema.optional().describe('Day of the session, for events of several days.'),
  start: LocalTimeSchema.optional().describe('Start time, in the event time zone.'),
  end: LocalTimeSchema.optional().describe('End time, in the event time zone.'),
});

const LinkSchema = z.strictObject({
  kind: z.enum(LINK_KINDS).describe('What the link leads to.'),
  url: HttpUrlSchema.describe('The address.'),
  language: LanguageTagSchema.optional().describe('Language of what the link leads to.'),
  title: TextSchema.optional().describe('Label for the link, when its kind is not enough.'),
});

const FiguresSchema = z.strictObject({
  participants: FigureSchema.optional().describe('People who took part, in all forms.'),
  inPersonParticipants: FigureSchema.optional().describe('People who came in person.'),
  onlineParticipants: FigureSchema.optional().describe('People who joined online.'),
  countries: FigureSchema.optional().describe('Countries the participants came from.'),
  cities: FigureSchema.optional().describe('Cities represented.'),
  speakers: FigureSchema.optional().describe('Speakers on the programme.'),
  speakerCountries: FigureSchema.optional().describe('Countries the speakers came from.'),
  mayors: FigureSchema.optional().describe('Mayors who took part.'),
});

const InterpretationSchema = z.strictObject({
  languages: z
    .array(LanguageTagSchema)
    .optional()
    .describe('Languages interpreted into, when the source names them.'),
  scope: z
    .enum(['all-sessions', 'some-sessions'])
    .default('all-sessions')
    .describe('Whether every session or only some were interpreted.'),
});

/** Front matter of an event's `index.md`: the facts, and its text in the default language. */
export function createEventSchema<Reference extends z.ZodType, Image extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
  image: ImageFactory<Image>,
) {
  return z
    .strictObject({
      ...eventText,
      slug: SlugSchema.optional().describe(
        'URL segment, when it should differ from the folder name.',
      ),
      aliases: AliasesSchema,
      type: z.enum(EVENT_TYPES).describe('Kind of event.'),
      series: reference('series').optional().describe('The series the event belongs to.'),
      edition: z
        .int({ error: expected('a whole number, like 2') })
        .positive({ error: 'must be 1 or more' })
        .optional()
        .describe('Edition within the series: 2 for the 2nd conference.'),
      start: IsoDateSchema.describe('First day, YYYY-MM-DD, in the local calendar.'),
      end: IsoDateSchema.optional().describe('Last day, when the event lasts several days.'),
      startTime: LocalTimeSchema.optional().describe('Start time, HH:MM, in `timeZone`.'),
      endTime: LocalTimeSchema.optional().describe('End time, HH:MM, in `timeZone`.'),
      timeZone: TimeZoneSchema.optional().describe(
        'IANA time zone of the times, like Europe/Berlin. Required when a time is given.',
      ),
      attendance: z.enum(ATTENDANCE_MODES).describe('How people took part.'),
      status: z.enum(EVENT_STATUSES).default('scheduled').describe('Whether the event went ahead.'),
      previousStart: IsoDateSchema.optional().describe(
        'For a rescheduled or postponed event: the first day it was originally planned for.',
      ),
      previousEnd: IsoDateSchema.optional().describe('Last day of the original plan.'),
      venue: TextSchema.optional().describe('Name of the building or site.'),
      address: TextSchema.optional().describe('Postal address of the venue.'),
      city: reference('cities').optional().describe('The city it took place in.'),
      country: CountryCodeSchema.optional().describe(
        'Country it took place in, as an ISO code; taken from `city` when omitted.',
      ),
      organisers: z
        .array(reference('organisations'))
        .default([])
        .describe('Organisations that organised it.'),
      hostCities: z
        .array(reference('cities'))
        .default([])
        .describe('Cities that hosted or co-organised it.'),
      participation: z.enum(['open', 'by-invitation']).optional().describe('Who could take part.'),
      languages: z.array(LanguageTagSchema).default([]).describe('Working languages of the event.'),
      interpretation: InterpretationSchema.optional().describe('Interpretation offered.'),
      sessions: z.array(SessionSchema).default([]).describe('Programme sessions, in order.'),
      figures: FiguresSchema.optional().describe('Headline numbers, as the sources give them.'),
      links: z
        .array(LinkSchema)
        .default([])
        .describe('Livestream, registration, programme, concept note and more.'),
      images: z
        .array(createPictureSchema(image))
        .default([])
        .describe('Photographs of the event, shown on its page in this order.'),
      sources: z
        .array(SourceSchema)
        .default([])
        .describe('Where the facts of this entry come from.'),
      ...wikidataField,
    })
    .superRefine(checkEventRules, {
      // Run even when some fields failed, so the editor sees every problem at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value);
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{2}:\d{2}$/.test(value);

/** Rules between fields of one event. Fields may be invalid here; each rule checks its inputs. */
function checkEventRules(event: Record<string, unknown>, context: z.RefinementCtx) {
  const issue = (path: PropertyKey[], message: string) =>
    context.addIssue({ code: 'custom', path, message, input: undefined });
  const { start, end, startTime, endTime, previousStart, previousEnd } = event;
  const sessions = Array.isArray(event.sessions)
    ? (event.sessions as Record<string, unknown>[])
    : [];
  if (isDay(start) && isDay(end) && end < start) {
    issue(['end'], `${end} is before start ${start}; the last day must be on or after the first`);
  }
  if ((!end || end === start) && isTime(startTime) && isTime(endTime) && endTime < startTime) {
    issue(['endTime'], `${endTime} is before startTime ${startTime} on the same day`);
  }
  const timed = startTime || endTime || sessions.some((session) => session.start || session.end);
  if (timed && !event.timeZone) {
    issue(
      ['timeZone'],
      'is required when times are given; add the IANA zone the times are in, like Europe/Berlin',
    );
  }
  if (event.edition !== undefined && !event.series) {
    issue(['edition'], 'needs a series; add `series:` naming the series this is an edition of');
  }
  const status = event.status ?? 'scheduled';
  if (previousStart && status !== 'rescheduled' && status !== 'postponed') {
    issue(
      ['previousStart'],
      `does not apply to a ${String(status)} event; set status: rescheduled or postponed, or remove it`,
    );
  }
  if (isDay(previousStart) && isDay(previousEnd) && previousEnd < previousStart) {
    issue(['previousEnd'], `${previousEnd} is before previousStart ${previousStart}`);
  }
  if (event.attendance !== 'online' && !event.city && !event.country) {
    issue(['country'], 'is required for an event with a physical venue; add city or country');
  }
  const seen = new Set<unknown>();
  sessions.forEach((session, index) => {
    if (seen.has(session.id)) {
      issue(
        ['sessions', index, 'id'],
        `'${String(session.id)}' is used by an earlier session; session ids must be unique`,
      );
    }
    seen.add(session.id);
  });
}

/** Front matter of an event translation, `<locale>.md`: only what is written per language. */
export const EventTranslationSchema = z.strictObject({
  ...eventText,
  sessions: z
    .record(SlugSchema, TextSchema)
    .optional()
    .describe('Session titles in this language, keyed by the session ids of index.md.'),
  ...translationMeta,
});

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema. A made-up event: the
 * values show the form of each field, not facts of the archive.
 */
export const EVENT_EXAMPLES = {
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
  sessions: [{ id: 'opening', title: 'Opening', date: '2025-05-12', start: '09:30', end: '10:30' }],
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
  sources: SOURCES_EXAMPLE,
  wikidata: 'Q124567890',
};

/** Examples of the fields only its translation files have. */
export const EVENT_TRANSLATION_EXAMPLES = { sessions: { opening: 'Ouverture' } };
