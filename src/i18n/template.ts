/** A piece of an interface string: text to show, or the name of a `{placeholder}`. */
export type TemplatePart = { text: string } | { placeholder: string };

/**
 * An interface string cut at its `{placeholders}`, for strings whose values are elements
 * (a link, a text in another language) rather than text: `"{city}, {country}"` gives the
 * city, the text `", "` and the country, and each locale decides its own punctuation and
 * order ("{city}، {country}" in Arabic).
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) =>
      /^\{\w+\}$/.test(piece) ? { placeholder: piece.slice(1, -1) } : { text: piece },
    );
}
