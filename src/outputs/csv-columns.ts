import { toCsv, type CsvValue } from './csv.ts';

/** A Table Schema field type, as the CSV's data package declares it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'time';

/**
 * One column of an open-data table: its header, what it holds (for the data package), and
 * how a row gives its value. The CSV and its description are both made from this, so the
 * header a file has and the fields its package declares cannot drift apart.
 */
export interface CsvColumn<Row> {
  name: string;
  type: ColumnType;
  /** Table Schema format: `uri` for addresses, `%H:%M` for times. */
  format?: string;
  description: string;
  value: (row: Row) => CsvValue;
}

/** A column, with `string` as its type unless said otherwise. */
export const column = <Row>(
  name: string,
  description: string,
  value: (row: Row) => CsvValue,
  type: ColumnType = 'string',
  format?: string,
): CsvColumn<Row> => ({ name, description, value, type, format });

/** The CSV text of `rows`, one line each, under the columns' header. */
export function tableOf<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((col) => col.name),
    rows.map((row) => columns.map((col) => col.value(row))),
  );
}

/** The Table Schema of a table: its fields, in the order of its columns. */
export function tableSchemaOf<Row>(columns: readonly CsvColumn<Row>[], primaryKey?: string[]) {
  return {
    fields: columns.map(({ name, type, format, description }) => ({
      name,
      type,
      ...(format ? { format } : {}),
      description,
    })),
    ...(primaryKey ? { primaryKey } : {}),
    // An empty cell is an absent value, as the CSV writes it.
    missingValues: [''],
  };
}
