/**
 * Groups items under every key `keysOf` gives them, keeping the items' order. Reverse links
 * are built with it once per build, so no page searches a collection for what points at it.
 */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
