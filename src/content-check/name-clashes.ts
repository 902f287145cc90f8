/** Two names of one folder that Windows or macOS would take for the same name. */
export interface NameClash<Item extends { name: string }> {
  /** The name that is reported: it cannot live next to `keeps` there. */
  item: Item;
  /** The name kept: a valid one when there is one, else the first. */
  keeps: Item;
}

/**
 * A name as Windows and macOS compare names: both ignore capital letters, and macOS also
 * how an accent is encoded (é as one character or as e plus an accent).
 */
const foldName = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * Splits the names of one folder into those every file system keeps apart, and those that
 * a case-insensitive one would merge with another. Git and Linux keep `Cork` and `cork` as
 * two folders; a clone on Windows or macOS gets one, with the files of both mixed.
 */
export function findNameClashes<Item extends { name: string }>(
  items: Item[],
  isPreferred: (name: string) => boolean,
): { kept: Item[]; clashes: NameClash<Item>[] } {
  const groups = Map.groupBy(items, (item) => foldName(item.name));
  const kept: Item[] = [];
  const clashes: NameClash<Item>[] = [];
  for (const group of groups.values()) {
    const keeps = group.find((item) => isPreferred(item.name)) ?? group[0]!;
    kept.push(keeps);
    for (const item of group) if (item !== keeps) clashes.push({ item, keeps });
  }
  return { kept, clashes };
}

/** What to tell the editor about a clash, for a `kind` of name: folder or file. */
export function clashMessage(clash: NameClash<{ name: string }>, kind: 'folder' | 'file'): string {
  const { item, keeps } = clash;
  const how =
    item.name.toLowerCase() === keeps.name.toLowerCase()
      ? 'only in capital letters'
      : 'only in how an accent is encoded';
  return `'${item.name}' and '${keeps.name}' differ ${how}, so Windows and macOS see one ${kind} where Git has two; merge '${item.name}' into '${keeps.name}' and remove it`;
}
