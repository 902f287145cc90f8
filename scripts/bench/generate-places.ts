import { ORGANISATION_KINDS } from '../../src/schemas/organisation.ts';
import type { ArchiveBuilder } from './archive-builder.ts';
import { COUNTRIES, createPlaceName, type Country, type PlaceName } from './places.ts';
import type { Random } from './random.ts';
import { EVENT_KINDS, LOCALES, placeIn, TOPICS, type Locale } from './text.ts';

/** Share of entries translated into each locale: many into French and Spanish, fewer beyond. */
export const TRANSLATION_RATES: Record<Exclude<Locale, 'en'>, number> = {
  fr: 0.36,
  es: 0.32,
  ar: 0.12,
  zh: 0.1,
  ru: 0.12,
};

/** The locales one entry is translated into, `boost` times as often as the usual rates. */
export function translationLocales(random: Random, boost = 1): Exclude<Locale, 'en'>[] {
  return LOCALES.filter((locale) => locale !== 'en').filter((locale) =>
    random.chance(Math.min(0.95, TRANSLATION_RATES[locale as Exclude<Locale, 'en'>] * boost)),
  ) as Exclude<Locale, 'en'>[];
}

/** A source citation, sometimes of a web-archive copy with the day it was captured. */
export function sources(random: Random, path: string, year: number) {
  if (random.chance(0.03)) return undefined;
  return Array.from({ length: random.int(1, 3) }, (_, index) =>
    random.chance(0.06)
      ? {
          url: `https://web.archive.org/web/${year + 1}0101000000/https://example.org/${path}/${index + 1}`,
          capturedAt: `${year + 1}-01-01`,
        }
      : {
          url: `https://example.org/${path}/${index + 1}`,
          ...random.maybe(0.4, () => ({ title: `Source ${index + 1} on ${path}` })),
        },
  );
}

/** A city of the archive, as other entries refer to it. */
export interface City {
  id: string;
  name: PlaceName;
  country: Country;
}

/** Folder names that are not yet taken: `base`, else `base-2`, `base-3`... */
export function createIdPool() {
  const taken = new Set<string>();
  return (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/** `count` cities in countries of every region, about half of them translated. */
export function generateCities(random: Random, archive: ArchiveBuilder, count: number): City[] {
  const newId = createIdPool();
  return Array.from({ length: count }, () => {
    const name = createPlaceName(random);
    const country = random.pick(COUNTRIES);
    const id = newId(name.slug);
    const summary = random.chance(0.6)
      ? `${name.latin} joined the network to open learning to every resident.`
      : undefined;
    const memberSince = random.chance(0.7) ? `${random.int(2013, 2024)}` : undefined;
    archive.addEntry('cities', id, {
      name: name.latin,
      ...(summary ? { summary } : {}),
      country: country.code,
      ...(memberSince ? { memberSince } : {}),
      ...random.maybe(0.9, () => ({ sources: sources(random, `cities/${id}`, 2020) })),
    });
    for (const locale of translationLocales(random, 1.3)) {
      archive.addTranslation('cities', id, locale, { name: placeIn(name, locale) });
    }
    return { id, name, country };
  });
}

/** `count` organisations; some are part of an earlier one. */
export function generateOrganisations(
  random: Random,
  archive: ArchiveBuilder,
  count: number,
): string[] {
  const newId = createIdPool();
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const place = createPlaceName(random);
    const kind = random.pick(ORGANISATION_KINDS);
    const id = newId(`${place.slug}-${kind}`);
    const name = `${place.latin} ${kind.replace('-', ' ')} for learning`;
    archive.addEntry('organisations', id, {
      name,
      ...random.maybe(0.5, () => ({ shortName: place.latin.slice(0, 3).toUpperCase() })),
      kind,
      ...(ids.length && random.chance(0.2) ? { partOf: random.pick(ids) } : {}),
      ...random.maybe(0.7, () => ({ country: random.pick(COUNTRIES).code })),
      ...random.maybe(0.6, () => ({ website: `https://example.org/${id}` })),
      sources: sources(random, `organisations/${id}`, 2020),
    });
    for (const locale of translationLocales(random)) {
      archive.addTranslation('organisations', id, locale, {
        name: `${placeIn(place, locale)} (${locale})`,
      });
    }
    ids.push(id);
  }
  return ids;
}

/** `count` series of recurring events, each about one topic. */
export function generateSeries(random: Random, archive: ArchiveBuilder, count: number): string[] {
  const newId = createIdPool();
  return Array.from({ length: count }, () => {
    const topic = random.pick(TOPICS);
    const kind = random.pick(['conference', 'forum', 'regional-meeting'] as const);
    const place = createPlaceName(random);
    const id = newId(`${place.slug}-${kind}`);
    archive.addEntry('series', id, {
      name: `${place.latin} ${EVENT_KINDS[kind]!.en} ${topic.en}`,
      shortName: `${place.latin.slice(0, 2).toUpperCase()}${kind.slice(0, 1).toUpperCase()}`,
    });
    for (const locale of translationLocales(random, 1.5)) {
      archive.addTranslation('series', id, locale, {
        name: `${EVENT_KINDS[kind]![locale]} ${topic[locale]} ${placeIn(place, locale)}`,
      });
    }
    return id;
  });
}
