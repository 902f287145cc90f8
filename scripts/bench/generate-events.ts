import type { ArchiveBuilder } from './archive-builder.ts';
import { createIdPool, sources, translationLocales, type City } from './generate-places.ts';
import { COUNTRIES, createPlaceName, type PlaceName } from './places.ts';
import type { Random } from './random.ts';
import { body, EVENT_KINDS, placeIn, TOPICS, type Locale } from './text.ts';

/** An event of the archive, as statements, awards and publications refer to it. */
export interface GeneratedEvent {
  id: string;
  type: string;
  start: string;
  city?: City;
}

/** The entries events refer to. */
export interface EventWorld {
  cities: readonly City[];
  organisations: readonly string[];
  series: readonly string[];
}

type Topic = (typeof TOPICS)[number];

const TYPES = [
  ['webinar', 25],
  ['workshop', 20],
  ['regional-meeting', 15],
  ['cluster-meeting', 12],
  ['expert-meeting', 10],
  ['forum', 10],
  ['conference', 8],
] as const;
const SERIAL_TYPES = new Set(['conference', 'forum', 'regional-meeting']);
const DAYS: Record<string, number> = { conference: 3, forum: 2, 'regional-meeting': 2 };
const FIRST_YEAR = 2012;
const YEARS = 15;
const PARAGRAPHS = [
  [0, 30],
  [1, 30],
  [2, 15],
  [3, 15],
  [4, 10],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function attendanceOf(random: Random, type: string) {
  if (type === 'webinar') return random.chance(0.85) ? 'online' : 'hybrid';
  return random.weighted([
    ['in-person', 65],
    ['hybrid', 20],
    ['online', 15],
  ] as const);
}

/** What happened to the plan: most events went ahead as planned. */
function statusFields(random: Random, start: string) {
  const status = random.weighted([
    ['scheduled', 90],
    ['cancelled', 3],
    ['postponed', 3],
    ['rescheduled', 2],
    ['moved-online', 2],
  ] as const);
  if (status === 'scheduled') return {};
  if (status !== 'postponed' && status !== 'rescheduled') return { status };
  const previousStart = addDays(start, -random.int(30, 200));
  return { status, previousStart, previousEnd: addDays(previousStart, 1) };
}

/** The days, times and zone of an event; webinars and some others give times. */
function timeFields(random: Random, type: string, start: string, city?: City) {
  const days = DAYS[type] ?? (random.chance(0.3) ? 2 : 1);
  const end = days > 1 ? addDays(start, days - 1) : undefined;
  const timed = type === 'webinar' || random.chance(0.3);
  const zones = [...COUNTRIES.map((country) => country.timeZone), 'UTC'];
  const timeZone = timed ? (city?.country.timeZone ?? random.pick(zones)) : undefined;
  return {
    start,
    ...(end ? { end } : {}),
    ...(timed && !end ? { startTime: '13:00', endTime: '14:30' } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

/** Where an event took place: its city, sometimes a venue, address or host cities. */
function placeFields(random: Random, world: EventWorld, city?: City) {
  if (!city) return {};
  return {
    ...random.maybe(0.5, () => ({ venue: `${city.name.latin} Convention Centre` })),
    ...random.maybe(0.2, () => ({
      address: `${random.int(1, 200)} Main Street, ${city.name.latin}`,
    })),
    city: city.id,
    ...random.maybe(0.1, () => ({ country: city.country.code })),
    ...random.maybe(0.1, () => ({
      hostCities: random.sample(world.cities, random.int(1, 2)).map((host) => host.id),
    })),
  };
}

function sessions(random: Random, times: { start: string; end?: string; timeZone?: string }) {
  const { start, end } = times;
  const length = end ? (Date.parse(end) - Date.parse(start)) / 86_400_000 : 0;
  return Array.from({ length: random.int(2, 6) }, (_, index) => ({
    id: index === 0 ? 'opening' : `session-${index}`,
    title: index === 0 ? 'Opening' : `Session ${index}: ${random.pick(TOPICS).en}`,
    ...(length > 0 ? { date: addDays(start, Math.min(index, length)) } : {}),
    ...(times.timeZone ? { start: `${pad(9 + index)}:00`, end: `${pad(9 + index)}:45` } : {}),
  }));
}

function figures(random: Random) {
  const participants = random.int(20, 1500);
  return {
    participants: random.chance(0.3)
      ? {
          count: Math.round(participants / 50) * 50,
          qualifier: random.pick(['more-than', 'about']),
        }
      : participants,
    ...random.maybe(0.6, () => ({ countries: random.int(2, 120) })),
    ...random.maybe(0.3, () => ({ speakers: random.int(3, 80) })),
  };
}

function links(random: Random, id: string, upcoming: boolean) {
  const kinds = upcoming
    ? ['registration', 'livestream', 'programme']
    : ['website', 'programme', 'recording', 'report'];
  return random.sample(kinds, random.int(1, 3)).map((kind) => ({
    kind,
    url: `https://example.org/events/${id}/${kind}`,
    ...random.maybe(0.2, () => ({ language: random.pick(['en', 'fr', 'es']) })),
  }));
}

/** The facts of one event: type, dates, place, status, organisers, programme, figures. */
function eventFacts(random: Random, world: EventWorld, type: string, start: string) {
  const attendance = attendanceOf(random, type);
  const city = attendance === 'online' ? undefined : random.pick(world.cities);
  const times = timeFields(random, type, start, city);
  const status = statusFields(random, start);
  const data = {
    type,
    ...times,
    attendance: status.status === 'moved-online' ? 'online' : attendance,
    ...status,
    ...placeFields(random, world, city),
    organisers: random.sample(world.organisations, random.int(1, 3)),
    ...random.maybe(0.5, () => ({ participation: random.pick(['open', 'by-invitation']) })),
    ...random.maybe(0.7, () => ({
      languages: [...new Set(['en', city?.country.language ?? 'fr'])],
    })),
    ...random.maybe(0.1, () => ({ interpretation: { languages: ['en', 'fr', 'es'] } })),
    ...(type !== 'webinar'
      ? random.maybe(0.25, () => ({ sessions: sessions(random, times) }))
      : {}),
    ...random.maybe(0.4, () => ({ figures: figures(random) })),
  };
  return { city, data };
}

/** A translation of an event: its title, summary and theme, sometimes sessions and body. */
function eventTranslation(
  random: Random,
  locale: Locale,
  text: { type: string; topic: Topic; place: PlaceName; year: string },
  source: Record<string, unknown> & { sessions?: { id: string }[] },
  hasBody: boolean,
) {
  const { type, topic, place, year } = text;
  const data: Record<string, unknown> = {
    title: `${EVENT_KINDS[type]![locale]} ${topic[locale]} (${placeIn(place, locale)}, ${year})`,
    ...(source.summary ? { summary: `${topic[locale]} — ${placeIn(place, locale)}.` } : {}),
    ...(source.theme ? random.maybe(0.8, () => ({ theme: topic[locale] })) : {}),
    ...(source.sessions
      ? random.maybe(0.6, () => ({
          sessions: Object.fromEntries(
            source.sessions!.map((session) => [session.id, `${topic[locale]} ${session.id}`]),
          ),
        }))
      : {}),
  };
  const translatedBody =
    hasBody && random.chance(0.6) ? body(random, locale, random.int(1, 3), topic, place) : '';
  return { data, body: translatedBody };
}

/** One event with its translations; `edition` numbers it within its series, if any. */
function generateEvent(
  random: Random,
  archive: ArchiveBuilder,
  world: EventWorld,
  planned: { id: (base: string) => string; type: string; start: string },
  edition: (series: string) => number,
): GeneratedEvent {
  const { type, start } = planned;
  const facts = eventFacts(random, world, type, start);
  const topic = random.pick(TOPICS);
  const place = facts.city?.name ?? createPlaceName(random);
  const year = start.slice(0, 4);
  const id = planned.id(`${year}-${type}-${facts.city?.id ?? 'online'}`);
  const series = SERIAL_TYPES.has(type) && random.chance(0.5) ? random.pick(world.series) : '';
  const paragraphs = random.weighted(PARAGRAPHS);
  const data = {
    title: `${EVENT_KINDS[type]!.en} ${topic.en} (${place.latin}, ${year})`,
    ...random.maybe(0.8, () => ({
      summary: `A ${type.replace('-', ' ')} on ${topic.en} in ${place.latin}.`,
    })),
    ...random.maybe(0.3, () => ({ theme: `Learning for ${topic.en}` })),
    ...(series ? { series, ...random.maybe(0.8, () => ({ edition: edition(series) })) } : {}),
    ...facts.data,
    ...random.maybe(0.5, () => ({ links: links(random, id, start >= '2026-11-01') })),
    sources: sources(random, `events/${id}`, Number(year)),
  };
  archive.addEntry(
    'events',
    id,
    data,
    paragraphs ? body(random, 'en', paragraphs, topic, place) : '',
  );
  for (const locale of translationLocales(random)) {
    const text = { type, topic, place, year };
    const translation = eventTranslation(random, locale, text, data, paragraphs > 0);
    archive.addTranslation('events', id, locale, translation.data, translation.body);
  }
  return { id, type, start, city: facts.city };
}

/** `count` events spread over fifteen years, in every type and attendance mode. */
export function generateEvents(
  random: Random,
  archive: ArchiveBuilder,
  world: EventWorld,
  count: number,
): GeneratedEvent[] {
  const id = createIdPool();
  const editions = new Map<string, number>();
  const edition = (series: string) => {
    editions.set(series, (editions.get(series) ?? 0) + 1);
    return editions.get(series)!;
  };
  return Array.from({ length: count }, () => {
    const type = random.weighted(TYPES);
    const year = FIRST_YEAR + random.int(0, YEARS - 1);
    return { type, start: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}` };
  })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((planned) => generateEvent(random, archive, world, { ...planned, id }, edition));
}
