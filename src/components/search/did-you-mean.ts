/**
 * A word as words are compared: lower case, without accents or Arabic vowel signs, with the
 * Arabic letters that are often typed for one another made one (ى/ي, ة/ه, alef with or
 * without hamza, which NFD splits into alef and a mark).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

/**
 * Edits between two words: letters inserted, deleted, replaced, or two neighbours swapped
 * ("Swansae" is one edit from "Swansea"), stopping early once past `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = [0, ...y.map((_, j) => j + 1)];
  let previousBest = 0;
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    // A swap reaches back two rows, so both must be past the limit to stop.
    if (best > limit && previousBest >= limit) return limit + 1;
    before = previous;
    previous = current;
    previousBest = best;
  }
  return Math.min(previous[y.length]!, limit + 1);
}

const HAN = /\p{Script=Han}/u;

/**
 * How many edits a word of this length may be from the word it was meant as. Short words
 * are taken as typed; a Chinese character carries a word's meaning, so one edit is allowed
 * from two characters up.
 */
function editsAllowed(word: string): number {
  const length = [...word].length;
  if (HAN.test(word)) return length < 2 ? 0 : length < 6 ? 1 : 2;
  return length < 4 ? 0 : length < 6 ? 1 : length < 10 ? 2 : 3;
}

/** The vocabulary of a locale, most frequent first, as its words file lists it. */
export interface Vocabulary {
  /** Folded word → the word as written, and its place in the list (lower is more frequent). */
  words: Map<string, { word: string; rank: number }>;
}

/** Reads a locale's words file: words and names of the archive, most frequent first. */
export function toVocabulary(list: readonly string[]): Vocabulary {
  const words = new Map<string, { word: string; rank: number }>();
  list.forEach((word, rank) => {
    const folded = foldWord(word);
    if (!words.has(folded)) words.set(folded, { word, rank });
  });
  return { words };
}

/** The word of the vocabulary closest to `typed`, if one is close enough and not `typed` itself. */
function correct(typed: string, vocabulary: Vocabulary): string | undefined {
  const folded = foldWord(typed);
  if (vocabulary.words.has(folded)) return undefined;
  const limit = editsAllowed(folded);
  let best: { word: string; distance: number; rank: number } | undefined;
  for (const [candidate, { word, rank }] of vocabulary.words) {
    const distance = editDistance(folded, candidate, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) {
      best = { word, distance, rank };
    }
  }
  return best?.word;
}

/**
 * The query as the reader probably meant it, from the archive's own words: each word that
 * the vocabulary does not have is replaced by its closest word there. Chinese is written
 * without spaces, so each run of Chinese characters is taken as one word. Undefined when
 * nothing could be corrected.
 */
export function suggestQuery(
  query: string,
  vocabulary: Vocabulary,
  lang: string,
): string | undefined {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(query)];
  const words: { text: string; isWord: boolean }[] = [];
  for (const { segment, isWordLike } of segments) {
    const last = words.at(-1);
    if (last?.isWord && isWordLike && HAN.test(last.text) && HAN.test(segment))
      last.text += segment;
    else words.push({ text: segment, isWord: Boolean(isWordLike) });
  }
  let changed = false;
  const corrected = words.map(({ text, isWord }) => {
    const replacement = isWord ? correct(text, vocabulary) : undefined;
    if (replacement) changed = true;
    return replacement ?? text;
  });
  return changed ? corrected.join('') : undefined;
}

/** The fewest letters a typed word and a word the search marked must share. */
const SHARED_START = 3;

/**
 * Letters a stem may drop from the end of a typed word ("pruning", "prune"): a marked word
 * must hold all the others, so a short word that only starts like it does not count.
 */
const STEM_ENDING = 3;

/** The Arabic definite article, which the marked form of a word may lack. */
const ARABIC_ARTICLE = /^\u0627\u0644(?=\p{Script=Arabic}{3})/u;

/**
 * Whether the results only match the query loosely: some word of the query (of four letters
 * or more) has no word marked in the excerpts that holds its start, all of it but the last
 * letters a stem may drop. Pagefind searches an unknown word by its longest prefix that is a
 * word ("Вальдро" finds every "в", "Valdoor" every "val"), so a misspelt name brings results
 * that match nothing the reader meant.
 */
export function matchesLoosely(query: string, excerpts: readonly string[], lang: string): boolean {
  const marked = excerpts
    .flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!))
    .map(foldWord);
  const segments = new Intl.Segmenter(lang, { granularity: 'word' }).segment(query);
  return [...segments].some(({ segment, isWordLike }) => {
    const letters = [...foldWord(segment).replace(ARABIC_ARTICLE, '')];
    if (!isWordLike || HAN.test(segment) || letters.length < 4) return false;
    const start = letters.slice(0, Math.max(SHARED_START, letters.length - STEM_ENDING)).join('');
    return !marked.some((mark) => mark.includes(start));
  });
}
