/** The smallest shape of an event that editions are ordered by. */
interface Edition {
  id: string;
  data: { start: string };
}

/** Editions of a series from the first to the latest: by first day, then folder name. */
export function chronologicalEditions<T extends Edition>(editions: readonly T[]): T[] {
  return editions.toSorted((a, b) =>
    a.data.start === b.data.start
      ? a.id.localeCompare(b.id, 'en')
      : a.data.start < b.data.start
        ? -1
        : 1,
  );
}

/** The editions of a series just before and just after one of its events. */
export interface EditionNeighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * The previous and next editions of the event `id` among its series' editions, in
 * chronological order; empty when the event is not among them.
 */
export function editionNeighbours<T extends Edition>(
  editions: readonly T[],
  id: string,
): EditionNeighbours<T> {
  const ordered = chronologicalEditions(editions);
  const index = ordered.findIndex((edition) => edition.id === id);
  if (index < 0) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
