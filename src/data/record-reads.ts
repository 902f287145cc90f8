import { COLLECTION_NAMES } from '../schemas/model.ts';
import type { Archive, ArchiveLinks } from './join-archive.ts';
import type { Entry } from './load-archive.ts';

/**
 * What a page read: the entries, the events whose being upcoming it asked, and the entries
 * whose body it took to render.
 */
export interface PageReads {
  /** Every entry the archive gave: by id, by name, as a place, in a list or a link map. */
  entries: Set<Entry>;
  /** The `data` of the events `isUpcoming` was asked about while the page was read. */
  dayReads: Set<object>;
  /** The entries whose body (or a translation's) was taken through `localize`. */
  bodyReads: Set<Entry>;
}

/** An archive that notes every entry handed out through it, and what it noted. */
export interface RecordedArchive {
  archive: Archive;
  reads: PageReads;
}

let dayReads: Set<object> | undefined;
let bodyReads: Set<Entry> | undefined;

/**
 * Notes that the page being read asked whether an event is upcoming, a fact the build day
 * changes. A page that shows its editions' titles does not ask, so a new day leaves it be.
 * Outside `readsOf` (rendering, the content check) nothing is noted.
 */
export function noteDayRead(dates: object): void {
  dayReads?.add(dates);
}

/**
 * Notes that the page being read took an entry's body, which a listing that shows the
 * entry's title and dates does not: an edit of the body then leaves the listing be.
 */
export function noteBodyRead(entry: Entry): void {
  bodyReads?.add(entry);
}

const collections = new Set<PropertyKey>(COLLECTION_NAMES);

/**
 * A link map that notes the entries it gives: those under one id for `get` and `has`, all of
 * them when it is walked or counted as a whole (its keys are the entries' references).
 */
function recordedLinks<T extends Entry>(
  map: Map<string, T[]>,
  note: (entries: Iterable<Entry>) => void,
): Map<string, T[]> {
  const noteAll = () => {
    for (const list of map.values()) note(list);
  };
  return new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has') {
        return (id: string) => {
          note(target.get(id) ?? []);
          return property === 'get' ? target.get(id) : target.has(id);
        };
      }
      noteAll();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Wraps `archive` so that whatever a view reads through it is noted in `reads`: the entry of
 * `get` and `find`, an event and its city for `placeOf`, the two neighbours of `editionsAround`, every entry of a collection when the
 * list is read (a listing, a count), the entries a link map gives. References inside an
 * entry's `data` are bare `{ collection, id }` pairs, so a view reaches another entry only
 * through these accessors. Any other member, added to the archive later, notes the whole
 * archive until it is taught here: a page then renders too often, never too rarely.
 */
export function recordReads(archive: Archive): RecordedArchive {
  const reads: PageReads = { entries: new Set(), dayReads: new Set(), bodyReads: new Set() };
  const note = (entries: Iterable<Entry | undefined>) => {
    for (const entry of entries) if (entry) reads.entries.add(entry);
  };
  const linksTo = Object.fromEntries(
    Object.entries(archive.linksTo).map(([name, map]) => [name, recordedLinks(map, note)]),
  ) as unknown as ArchiveLinks;
  const recorded: Partial<Archive> = {
    get: (collection, id) => {
      const entry = archive.get(collection, id);
      note([entry]);
      return entry;
    },
    find: (collection, name) => {
      const entry = archive.find(collection, name);
      note([entry]);
      return entry;
    },
    placeOf: (event) => {
      const place = archive.placeOf(event);
      note([event, place.city]);
      return place;
    },
    // The neighbours found this build: another edition that moves between them is found by
    // the next build's reading, which then names it, so the key still changes.
    editionsAround: (event) => {
      const around = archive.editionsAround(event);
      note([event, around.previous, around.next]);
      return around;
    },
    linksTo,
  };
  const proxy = new Proxy(archive, {
    get(target, property) {
      // Symbols and `then` are asked by the language itself (`await`, inspection), not by a view.
      if (typeof property === 'symbol' || property === 'then') return Reflect.get(target, property);
      if (collections.has(property)) {
        const list = target[property as keyof typeof target] as Entry[];
        note(list);
        return list;
      }
      if (property in recorded) return recorded[property as keyof Archive];
      for (const name of COLLECTION_NAMES) note(target[name]);
      return Reflect.get(target, property, target);
    },
  });
  return { archive: proxy, reads };
}

/**
 * Runs `read` over a recording copy of `archive`, and gives what it read. Views are
 * synchronous, so the events asked about while `read` runs are those it asked about.
 */
export function readsOf(archive: Archive, read: (archive: Archive) => unknown): PageReads {
  const recorded = recordReads(archive);
  const outer = { dayReads, bodyReads };
  ({ dayReads, bodyReads } = recorded.reads);
  try {
    read(recorded.archive);
  } finally {
    ({ dayReads, bodyReads } = outer);
  }
  return recorded.reads;
}
