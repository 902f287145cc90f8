// How JSON-LD nodes name entries: the basics of a node that describes one, the @id of an
// event's or a series' node, and references to other entries' pages.
import { entryLabel } from '../../data/entry-label.ts';
import type { Entry } from '../../data/load-archive.ts';
import { localize } from '../../data/localize.ts';
import { absoluteUrl, entryUrl } from '../../data/urls.ts';
import type { JsonLd } from './serialize.ts';

/** The fragment that names the node of an event's or a series' page. */
const NODE_FRAGMENT = { events: 'event', series: 'series' } as const;

/** Entries whose page describes them with a node that others refer to by `@id`. */
type NodeEntry = Entry<keyof typeof NODE_FRAGMENT>;

/**
 * The `@id` of the node an event's or a series' page gives it: the page's address and a
 * fragment, like `https://…/en/events/2015-iclc-mexico-city/#event`. The same in every
 * reference to it, so readers of the data know all of them mean one node.
 */
export function nodeId(entry: NodeEntry, locale: string): string {
  return `${absoluteUrl(entryUrl(entry, locale))}#${NODE_FRAGMENT[entry.collection]}`;
}

/**
 * A reference to an event or a series by `@id` alone. Search engines read every `Event`
 * node they find (an `EventSeries` is one), so a nested copy with only a name would be
 * reported as an event without dates or place; the full node is on the entry's own page.
 */
export function nodeReference(entry: NodeEntry, locale: string): JsonLd {
  return { '@id': nodeId(entry, locale) };
}

/** The name, description and address every node that describes an entry starts with. */
export function entryBasics(entry: Entry, locale: string) {
  return {
    name: entryLabel(entry, locale).text,
    description: localize(entry, locale).text('summary')?.text,
    url: absoluteUrl(entryUrl(entry, locale)),
  };
}

/** A link to another entry's page: its type, name and address. */
export function entryReference(type: string, entry: Entry, locale: string): JsonLd {
  return {
    '@type': type,
    name: entryLabel(entry, locale).text,
    url: absoluteUrl(entryUrl(entry, locale)),
  };
}
