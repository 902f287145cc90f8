/** A piece of text, marked when it is a run of Latin script. */
export interface ScriptRun {
  text: string;
  latin: boolean;
}

/**
 * A run of Latin words, with the punctuation and spaces inside it and a leading dot or
 * slash: `.ics`, `ISBN`, `UIL/2015/ME/H/5`, `npm run translations`.
 */
const LATIN_RUN = /[./#]?[A-Za-z][\w./:@#&?=%+ -]*/g;

/** What a run may not end with: punctuation or space, which belongs to the sentence. */
const TRAILING = /[^\w/]+$/;

/**
 * Text cut into Latin runs and the rest. In a right-to-left page a Latin run must be
 * isolated, or the punctuation at its edges is laid out by the page's direction: `(.ics)`
 * shows as `(ics.)` and an address ending in `-` shows the hyphen at its start.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  const push = (piece: string, latin: boolean) => piece && runs.push({ text: piece, latin });
  let rest = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const run = match[0].replace(TRAILING, '');
    push(text.slice(rest, match.index), false);
    push(run, true);
    rest = match.index + run.length;
  }
  push(text.slice(rest), false);
  return runs;
}
