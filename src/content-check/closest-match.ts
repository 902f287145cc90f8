/**
 * Edit distance between two short strings, counting an insertion, a deletion, a
 * substitution or a swap of two neighbours as one edit, so `titel` is one edit from `title`.
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      rows[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate an editor most likely meant by `typed`, for "did you mean" hints: one within
 * a third of its length in edits, else the shortest that starts with what was typed
 * (`mexico` for `mexico-city`). Undefined when none is close.
 */
export function closestMatch(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  const list = [...candidates];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of list) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (
      distance <= Math.max(1, Math.floor(candidate.length / 3)) &&
      (!best || distance < best.distance)
    ) {
      best = { candidate, distance };
    }
  }
  if (best) return best.candidate;
  const extensions =
    lower.length >= 3
      ? list.filter((candidate) => candidate.toLowerCase().startsWith(`${lower}-`))
      : [];
  return extensions.sort((a, b) => a.length - b.length)[0];
}
