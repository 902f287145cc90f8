/**
 * `text` (a Markdown file with YAML front matter) with `lines` added to its front matter,
 * after the line of the field `after` when it has one, else at its end. Written as text, not
 * by rewriting the YAML, so that the editor's quoting, order and comments stay as they were.
 */
export function addFrontMatterLines(text: string, lines: string[], after: string): string {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) throw new Error('the file has no front matter');
  const head = text.slice(0, end + 1);
  const anchor = new RegExp(`^${after}:.*\\n`, 'm').exec(head);
  const at = anchor ? anchor.index + anchor[0].length : end + 1;
  return `${text.slice(0, at)}${lines.map((line) => `${line}\n`).join('')}${text.slice(at)}`;
}
