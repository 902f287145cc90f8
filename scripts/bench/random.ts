/**
 * A seeded pseudo-random source (sfc32), so the same seed always yields the same archive,
 * byte for byte, on any machine and Node version: `Math.random` cannot be seeded.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with the relative weights of `weighted` (`[item, weight]` pairs). */
  weighted<T>(weighted: readonly (readonly [T, number])[]): T;
  /** The fields `make` gives, with probability `p`; no fields otherwise. Spread it in. */
  maybe<T extends object>(p: number, make: () => T): Partial<T>;
  /** Up to `count` different items of a list, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** A 32-bit seed from a text, by FNV-1a. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** The random source for `seed`. */
export function createRandom(seed: string): Random {
  let a = seedOf(`a:${seed}`);
  let b = seedOf(`b:${seed}`);
  let c = seedOf(`c:${seed}`);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let warmUp = 0; warmUp < 12; warmUp += 1) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (p) => next() < p,
    maybe: (p, make) => (next() < p ? make() : {}),
    int,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    weighted(weighted) {
      const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [item, weight] of weighted) {
        left -= weight;
        if (left < 0) return item;
      }
      return weighted[weighted.length - 1]![0];
    },
    sample(items, count) {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((x, y) => x - y).map((index) => items[index]!);
    },
  };
}
