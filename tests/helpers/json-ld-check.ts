import { jsonLdOf } from './json-ld.ts';
import type { SitePage } from './site-pages.ts';

/**
 * schema.org's Event and its subtypes: search engines check each of them against the
 * properties an event requires, an `EventSeries` too.
 */
const EVENT_TYPES = new Set(
  ['Event', 'EventSeries', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance']
    .concat(['DanceEvent', 'DeliveryEvent', 'EducationEvent', 'ExhibitionEvent', 'Festival'])
    .concat(['FoodEvent', 'Hackathon', 'LiteraryEvent', 'MusicEvent', 'PublicationEvent'])
    .concat(['BroadcastEvent', 'OnDemandEvent', 'SaleEvent', 'ScreeningEvent', 'SocialEvent'])
    .concat(['SportsEvent', 'TheaterEvent', 'VisualArtsEvent']),
);

/** ISO 8601 day, or day and time with a UTC offset (required with a time). */
const START_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the check found on a site: its problems, and how much it looked at. */
export interface JsonLdReport {
  /** Each problem as `page: property path: what is wrong`. */
  problems: string[];
  /** Event nodes checked for their required properties. */
  events: number;
  /** Nodes that are only an `@id`, each checked to lead to a node of another page. */
  references: number;
}

/** Every array and node of a JSON-LD tree, with the property path that leads to it. */
function* walk(value: unknown, path: string): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    yield [path, value];
    for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
  } else if (isNode(value)) {
    yield [path, value];
    for (const [key, field] of Object.entries(value)) yield* walk(field, `${path}.${key}`);
  }
}

/** Google's requirement for an event's place: a Place with an address, or a VirtualLocation with a url. */
function locationProblems(location: unknown): string[] {
  if (Array.isArray(location)) return location.flatMap(locationProblems);
  if (!isNode(location)) return ['location: missing'];
  if (location['@type'] === 'Place' && isNode(location.address)) return [];
  if (location['@type'] === 'VirtualLocation' && typeof location.url === 'string') return [];
  return [
    `location: ${JSON.stringify(location)} is no Place with an address or VirtualLocation with a url`,
  ];
}

/** What a search engine would report missing or malformed on an Event node. */
function eventProblems(event: Node): string[] {
  const problems = locationProblems(event.location);
  if (typeof event.name !== 'string' || !event.name) problems.push('name: missing');
  if (typeof event.startDate !== 'string' || !START_DATE.test(event.startDate))
    problems.push(`startDate: ${JSON.stringify(event.startDate)} is no ISO 8601 start`);
  return problems;
}

/**
 * Checks the JSON-LD of every page of a built site as a search engine's structured-data
 * report would: every Event node (an EventSeries too) has a name, a start and a location,
 * unless it is a bare `@id` reference, which must name a node that the page at that address
 * describes; a node with an `@id` is described on the page of that address; and no array or
 * object is empty.
 */
export function checkJsonLd(pages: readonly SitePage[], origin: string): JsonLdReport {
  const report: JsonLdReport = { problems: [], events: 0, references: 0 };
  const defined = new Set<string>();
  const references: [string, string][] = [];
  for (const page of pages) {
    const problem = (path: string, message: string) =>
      report.problems.push(`${page.urlPath}: ${path}: ${message}`);
    for (const [index, data] of jsonLdOf(page.root).entries()) {
      for (const [path, value] of walk(data, `[${index}]`)) {
        if (Array.isArray(value)) {
          if (value.length === 0) problem(path, 'empty array');
          continue;
        }
        const node = value as Node;
        const keys = Object.keys(node);
        const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
        if (keys.length === 0) problem(path, 'empty object');
        else if (id && keys.length === 1) references.push([`${page.urlPath}: ${path}`, id]);
        else if (id && !id.startsWith(`${origin}${page.urlPath}#`))
          problem(path, `describes ${id} on a page of another address`);
        else if (id) defined.add(id);
        if (keys.length > 1 && EVENT_TYPES.has(String(node['@type']))) {
          report.events += 1;
          for (const message of eventProblems(node)) problem(path, message);
        }
      }
    }
  }
  for (const [where, id] of references) {
    report.references += 1;
    if (!defined.has(id))
      report.problems.push(`${where}: refers to ${id}, which no page describes`);
  }
  return report;
}
