import type { ArchiveBuilder } from './archive-builder.ts';
import type { GeneratedEvent } from './generate-events.ts';
import { createIdPool, sources, translationLocales, type City } from './generate-places.ts';
import type { Random } from './random.ts';
import { body, placeIn, TOPICS, type Locale } from './text.ts';

const STATEMENT_KINDS = ['declaration', 'statement', 'manifesto', 'call-to-action', 'framework'];
const STATEMENT_WORDS: Record<Locale, string> = {
  en: 'Declaration on',
  fr: 'Déclaration sur',
  es: 'Declaración sobre',
  ar: 'إعلان بشأن',
  zh: '宣言：',
  ru: 'Декларация об',
};
const POINT_WORDS: Record<Locale, string> = {
  en: 'Commitment',
  fr: 'Engagement',
  es: 'Compromiso',
  ar: 'التزام',
  zh: '承诺',
  ru: 'Обязательство',
};
const ADOPTING = new Set(['conference', 'forum', 'regional-meeting', 'expert-meeting']);

/** Statements adopted at events that could adopt one, each also linked to related events. */
export function generateStatements(
  random: Random,
  archive: ArchiveBuilder,
  events: readonly GeneratedEvent[],
  count: number,
): void {
  const newId = createIdPool();
  const adopting = events.filter((event) => ADOPTING.has(event.type) && event.city);
  for (const event of random.sample(adopting, count)) {
    const city = event.city!;
    const topic = random.pick(TOPICS);
    const kind = random.pick(STATEMENT_KINDS);
    const id = newId(`${event.start.slice(0, 4)}-${city.id}-${kind}`);
    const points = random.chance(0.7) ? random.int(3, 6) : 0;
    const pointsIn = (locale: Locale) =>
      Array.from(
        { length: points },
        (_, index) => `${POINT_WORDS[locale]} ${index + 1}: ${topic[locale]}`,
      );
    const title = (locale: Locale) =>
      `${placeIn(city.name, locale)} ${STATEMENT_WORDS[locale]} ${topic[locale]}`;
    const related = random.chance(0.3)
      ? random
          .sample(events, random.int(1, 2))
          .map((e) => e.id)
          .filter((e) => e !== event.id)
      : [];
    archive.addEntry(
      'statements',
      id,
      {
        title: title('en'),
        summary: `What the participants in ${city.name.latin} committed to on ${topic.en}.`,
        ...(points ? { actionPoints: pointsIn('en') } : {}),
        kind,
        adoptedAt: event.id,
        date: random.chance(0.5) ? event.start : event.start.slice(0, 7),
        ...(related.length ? { relatedEvents: related } : {}),
        documents: random
          .sample(['en', 'fr', 'es', 'ar', 'zh', 'ru'], random.int(1, 3))
          .map((language) => ({
            language,
            url: `https://example.org/statements/${id}/${language}.pdf`,
          })),
        sources: sources(random, `statements/${id}`, Number(event.start.slice(0, 4))),
      },
      random.chance(0.5) ? body(random, 'en', random.int(1, 3), topic, city.name) : '',
    );
    for (const locale of translationLocales(random, 1.2)) {
      archive.addTranslation('statements', id, locale, {
        title: title(locale),
        ...(points ? { actionPoints: pointsIn(locale) } : {}),
      });
    }
  }
}

const AWARD_NAMES = [
  'Learning City Award',
  'Award for Adult Learning',
  'Green Learning City Prize',
  'Prize for Inclusive Learning',
];

/** Award rounds every year, each with winning cities, conferred at a conference if one was held. */
export function generateAwards(
  random: Random,
  archive: ArchiveBuilder,
  events: readonly GeneratedEvent[],
  cities: readonly City[],
  perYear: number,
): void {
  const years = [...new Set(events.map((event) => event.start.slice(0, 4)))].sort();
  for (const year of years) {
    const conferences = events.filter((e) => e.type === 'conference' && e.start.startsWith(year));
    for (const name of AWARD_NAMES.slice(0, perYear)) {
      const id = `${year}-${name.toLowerCase().replaceAll(' ', '-')}`;
      const at = conferences.length && random.chance(0.7) ? random.pick(conferences) : undefined;
      const winners = random.sample(cities, random.int(3, 12)).map((city) => ({
        city: city.id,
        ...random.maybe(0.5, () => ({
          citation: `For opening learning to all in ${city.name.latin}.`,
        })),
      }));
      archive.addEntry('awards', id, {
        title: `${name} ${year}`,
        year: Number(year),
        ...(at ? { conferredAt: at.id, conferredOn: at.start } : {}),
        ...random.maybe(0.5, () => ({ announcedOn: `${year}-0${random.int(1, 9)}-15` })),
        winners,
        sources: sources(random, `awards/${id}`, Number(year)),
      });
      for (const locale of translationLocales(random, 1.5)) {
        const cited = winners.filter((winner) => winner.citation && random.chance(0.7));
        archive.addTranslation('awards', id, locale, {
          title: `${name} ${year} (${locale})`,
          ...(cited.length
            ? { citations: Object.fromEntries(cited.map((w) => [w.city, `${w.city} (${locale})`])) }
            : {}),
        });
      }
    }
  }
}

/** A valid ISBN-13 from twelve random digits and their check digit. */
function isbn(random: Random): string {
  const digits = `97892${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** Publications by the organisations, some launched at or reporting on events. */
export function generatePublications(
  random: Random,
  archive: ArchiveBuilder,
  events: readonly GeneratedEvent[],
  organisations: readonly string[],
  count: number,
): void {
  const newId = createIdPool();
  const kinds = ['report', 'guide', 'handbook', 'case-studies', 'framework', 'other'];
  for (let index = 0; index < count; index += 1) {
    const topic = random.pick(TOPICS);
    const kind = random.pick(kinds);
    const about = random.chance(0.6) ? random.sample(events, random.int(1, 2)) : [];
    const year = about[0]?.start.slice(0, 4) ?? String(random.int(2012, 2026));
    const id = newId(`${year}-${kind}-${topic.en.replaceAll(/[^a-z]+/g, '-')}`);
    archive.addEntry('publications', id, {
      title: `${kind === 'case-studies' ? 'Case studies' : kind.charAt(0).toUpperCase() + kind.slice(1)} on ${topic.en}`,
      kind,
      date: random.chance(0.5) ? year : `${year}-${String(random.int(1, 12)).padStart(2, '0')}`,
      publishers: random.sample(organisations, random.int(1, 2)),
      ...random.maybe(0.4, () => ({ isbn: isbn(random) })),
      ...(about.length ? { events: about.map((event) => event.id) } : {}),
      documents: [{ language: 'en', url: `https://example.org/publications/${id}.pdf` }],
      sources: sources(random, `publications/${id}`, Number(year)),
    });
    for (const locale of translationLocales(random)) {
      archive.addTranslation('publications', id, locale, { title: `${topic[locale]} (${locale})` });
    }
  }
}

/** The documentation pages every archive has, in MDX, with a French translation. */
export function generateDocs(archive: ArchiveBuilder): void {
  const pages = [
    ['reading-the-archive', 'Reading the archive', 1],
    ['about-this-archive', 'About this archive', 2],
  ] as const;
  for (const [id, title, order] of pages) {
    const text =
      '## What it holds\n\nEvents, statements, awards and publications.\n\n## How it is kept\n\nEvery entry names its sources.\n';
    archive.addEntry('docs', id, { title, description: `${title}, in short.`, order }, text);
    archive.addTranslation(
      'docs',
      id,
      'fr',
      { title: `${title} (fr)` },
      text.replace('holds', 'contient'),
    );
  }
}
