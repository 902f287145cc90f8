/** Words shorter than this (in letters) are left out: a typo in them cannot be told from another word. */
const SHORTEST_WORD = 3;

const HAN = /\p{Script=Han}/u;

/**
 * The words of a locale's names, for its "Did you mean …?", most frequent first: each word of
 * three letters or more (Chinese words from two characters, as `Intl.Segmenter` finds them,
 * and each Chinese name whole, since a query in Chinese has no spaces to split at). Numbers
 * are left out. Sorted by how often each occurs, then by code point, so that two builds
 * write the same file.
 */
export function searchWords(names: readonly string[], lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const counts = new Map<string, number>();
  const count = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const name of names) {
    if (HAN.test(name) && !/\s/.test(name)) count(name);
    for (const { segment, isWordLike } of segmenter.segment(name)) {
      const letters = [...segment].length;
      if (!isWordLike || /^\p{N}+$/u.test(segment)) continue;
      if (letters >= SHORTEST_WORD || (HAN.test(segment) && letters >= 2)) count(segment);
    }
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}
