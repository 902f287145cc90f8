/** A piece of a schema description: plain text, or code the description writes in backticks. */
export interface DescriptionPiece {
  text: string;
  code: boolean;
}

/**
 * Splits a description at its Markdown code spans (`taken from \`city\` when omitted`), so a
 * page can show each span as code and the rest as text; a lone backtick stays text. Pages
 * render the pieces as text nodes, never as HTML.
 */
export function splitCodeSpans(description: string): DescriptionPiece[] {
  const pieces: DescriptionPiece[] = [];
  let end = 0;
  for (const span of description.matchAll(/`([^`]+)`/g)) {
    if (span.index > end) pieces.push({ text: description.slice(end, span.index), code: false });
    pieces.push({ text: span[1]!, code: true });
    end = span.index + span[0].length;
  }
  if (end < description.length) pieces.push({ text: description.slice(end), code: false });
  return pieces;
}
