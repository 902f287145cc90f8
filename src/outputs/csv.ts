/** A value of a CSV cell; an absent value is an empty cell. */
export type CsvValue = string | number | undefined;

/** A cell as RFC 4180 writes it: quoted, with quotes doubled, when it holds `,`, `"` or a line break. */
function csvCell(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV table (RFC 4180): a header row, then one row per record, each line ending in CRLF.
 * Encoded as UTF-8 without a byte-order mark.
 */
export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
