/** What the YAML parser said, where it gave up: a line of the front matter block (1-based). */
export interface YamlError {
  code: string;
  message: string;
  line: number;
}

/** A YAML mistake as an editor can fix it: the line where it is, and what to do. */
export interface YamlAdvice {
  /** Line of the front matter block (1-based) where the mistake is. */
  line: number;
  message: string;
}

/** `name: value` on one line: the indentation, the name and the value as written. */
const FIELD = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?):[ \t]+(.*)$/;

/** The value written on a line, after `name: ` or `- `, if it has one. */
const valueOn = (text: string) => FIELD.exec(text)?.[3] ?? /^\s*-\s+(.*)$/.exec(text)?.[1];

/**
 * The line with its value quoted, as the editor can copy it: `name: "value"`, or `- "value"`
 * for an item of a list. `value` replaces the value written, to suggest a corrected one.
 */
function quoted(text: string, value = valueOn(text) ?? ''): string {
  const trimmed = value.trim();
  const inQuotes =
    trimmed.includes('"') && !trimmed.includes("'")
      ? `'${trimmed}'`
      : `"${trimmed.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const name = FIELD.exec(text)?.[2];
  return name ? `${name}: ${inQuotes}` : `- ${inQuotes}`;
}

/**
 * Whether a quote opened at the start of `value` is closed on the same line. Inside single
 * quotes '' is an apostrophe; inside double quotes a backslash escapes the next character.
 */
function closesQuote(value: string): boolean {
  const quote = value[0];
  for (let at = 1; at < value.length; at += 1) {
    const char = value[at];
    if (quote === '"' && char === '\\') at += 1;
    else if (char === quote && !(quote === "'" && value[at + 1] === "'")) return true;
    else if (char === quote) at += 1;
  }
  return false;
}

/** The first line, up to `last`, whose value opens a quote it does not close. */
function unclosedQuoteLine(lines: string[], last: number): number | undefined {
  const index = lines
    .slice(0, last)
    .findIndex((text) => /^["']/.test(valueOn(text) ?? '') && !closesQuote(valueOn(text)!));
  return index < 0 ? undefined : index + 1;
}

/** The first line after `line` that holds something. */
function nextWrittenLine(lines: string[], line: number): number {
  const index = lines.findIndex((text, at) => at >= line && text.trim() !== '');
  return index < 0 ? line : index + 1;
}

/** Advice for a value the parser stopped reading in the middle, by how it starts. */
function valueAdvice(text: string): string {
  const value = valueOn(text)?.trim() ?? '';
  if (/^[*&!]/.test(value)) return symbolMessage(text, value[0]!);
  if (value.startsWith("'")) {
    const unquoted = value.replace(/^'|'$/g, '');
    return `the text in single quotes ends at the next ', such as an apostrophe; write an apostrophe inside as '' (It''s), or put the text in double quotes: ${quoted(text, unquoted)}`;
  }
  if (value.startsWith('"')) {
    return `the text in double quotes ends at the next "; put the whole text in quotes, and write a quote inside it as \\": ${quoted(text)}`;
  }
  if (/^[[{]/.test(value)) {
    return `a text that starts with ${value[0]} is read as a list or a group; put the text in quotes: ${quoted(text)}`;
  }
  return 'the line holds more than one value; put the text in quotes, or start a new field on its own line';
}

/** Advice for a field that is not written `name: value`. */
function fieldFormAdvice(text: string): string {
  return /^\s*[\w-]+:\S/.test(text)
    ? 'write a space after the colon: `name: value`'
    : 'each field is written `name: value` on its own line; text that goes on belongs in quotes on the line of its field, and the body of the page below the closing ---';
}

/** Advice for the first error of each kind the parser reports; undefined when none fits. */
function adviceFor(error: YamlError, lines: string[]): YamlAdvice | undefined {
  const text = lines[error.line - 1] ?? '';
  const at = (line: number, message: string) => ({ line, message });
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return at(
        error.line,
        'this line is indented with a tab; YAML needs spaces, so replace the tab with spaces',
      );
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (/^A block sequence/.test(error.message)) {
        return at(
          error.line,
          'this item is indented more than the items above it; start the `- ` of every item of a list at the same column',
        );
      }
      if (/:(\s|$)/.test(valueOn(text) ?? '')) {
        return at(
          error.line,
          `the text holds ': ', which YAML reads as the start of another field; put the text in quotes: ${quoted(text)}`,
        );
      }
      const next = nextWrittenLine(lines, error.line);
      const name = FIELD.exec(text)?.[2];
      return at(
        next,
        `this line is indented under ${name ? `'${name}'` : 'the line above'}, which already has its value; remove the spaces at its start, or put it in a list or group the field takes`,
      );
    }
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
      if (quote) {
        const line = unclosedQuoteLine(lines, error.line) ?? error.line;
        return at(
          line,
          `the text opened with ${quote} is not closed; end it with ${quote} on the same line`,
        );
      }
      if (/^Sequence item without/.test(error.message)) {
        return at(
          error.line,
          'this line is not lined up with the line above it; indent each field of a list item by the same number of spaces, and start a new item with `- `',
        );
      }
      return at(error.line, fieldFormAdvice(text));
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return at(error.line, fieldFormAdvice(text));
    case 'DUPLICATE_KEY': {
      const name = FIELD.exec(text)?.[2] ?? text.split(':')[0]!.trim();
      return at(error.line, `'${name}' is already written above; keep one of them`);
    }
    case 'UNEXPECTED_TOKEN':
      return /scalar at node end/.test(error.message)
        ? at(error.line, valueAdvice(text))
        : undefined;
    case 'BAD_SCALAR_START':
      return at(
        error.line,
        `a text cannot start with ${(valueOn(text) ?? ' ').trim()[0]} in YAML; put the text in quotes: ${quoted(text)}`,
      );
    case 'BAD_INDENT': {
      if (!/^Flow sequence|^Flow mapping/.test(error.message)) return undefined;
      const open = lines.findIndex(
        (other) => /^[[{]/.test(valueOn(other)?.trim() ?? '') && !/[\]}]\s*$/.test(other),
      );
      return at(
        open < 0 ? error.line : open + 1,
        'the list opened with [ is not closed; end it with ] on the same line, or write one `- ` item per line',
      );
    }
    default:
      return undefined;
  }
}

/**
 * Turns the first error of the YAML parser into advice for an editor: at the line where the
 * mistake is, which is not always where the parser gave up (an unclosed quote is found at
 * the end of the block), and in plain words for the common traps: a colon in unquoted
 * text, a tab, a quote or a bracket left open, a field written twice.
 */
export function explainYamlError(yaml: string, error: YamlError): YamlAdvice {
  const advice = adviceFor(error, yaml.split(/\r?\n/));
  return (
    advice ?? {
      line: error.line,
      message: `YAML cannot be read: ${error.message.split('\n')[0]}; check the indentation and the \`name: value\` form of this line and the one before`,
    }
  );
}

/**
 * Advice for a value YAML reads as something other than text, without an error: `*name` is
 * a reference to another value (an alias), `!name` a type tag, and the text is lost.
 */
export function symbolAdvice(yaml: string, symbol: '*' | '!'): YamlAdvice {
  const lines = yaml.split(/\r?\n/);
  const index = lines.findIndex((text) => (valueOn(text) ?? '').trim().startsWith(symbol));
  return { line: index < 0 ? 1 : index + 1, message: symbolMessage(lines[index] ?? '', symbol) };
}

/** What YAML makes of a value starting with `*` (an alias), `&` (an anchor) or `!` (a tag). */
function symbolMessage(text: string, symbol: string): string {
  const what =
    symbol === '*'
      ? 'a reference to another value'
      : symbol === '&'
        ? 'a name for the value'
        : 'a type';
  return `a text that starts with ${symbol} is read by YAML as ${what}, and the text is lost; put the text in quotes: ${quoted(text)}`;
}
