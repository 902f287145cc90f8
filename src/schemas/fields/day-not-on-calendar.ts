/**
 * An unquoted day in front matter that is not on the calendar, like `2017-02-30`, as the
 * checker reads it: a Date, as js-yaml makes every unquoted day, but one that keeps the text
 * written and names no time. js-yaml itself would quietly move it to 2 March.
 */
export class DayNotOnCalendar extends Date {
  readonly written: string;

  constructor(written: string) {
    super(Number.NaN);
    this.written = written;
  }
}
