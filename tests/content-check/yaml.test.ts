import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const CITY = 'cities/lyon/index.md';

/** The problems of a new city whose front matter ends with `lines` (from line 4 of the file). */
const withFields = (lines: string) =>
  checkTree(withFiles(validArchive(), { [CITY]: markdown(`name: Lyon\ncountry: FR\n${lines}`) }));

describe('YAML mistakes, at the line where they are, with what to do', () => {
  it.each([
    [
      'a colon in unquoted text',
      'summary: The theme: learning for all\n',
      `content/${CITY}:4: error: the text holds ': ', which YAML reads as the start of another field; put the text in quotes: summary: "The theme: learning for all"`,
    ],
    [
      'a colon in quoted-looking text holding double quotes',
      'summary: The "learning city": a theme\n',
      `content/${CITY}:4: error: the text holds ': ', which YAML reads as the start of another field; put the text in quotes: summary: 'The "learning city": a theme'`,
    ],
    [
      'a tab',
      '\tsummary: A city\n',
      `content/${CITY}:4: error: this line is indented with a tab; YAML needs spaces, so replace the tab with spaces`,
    ],
    [
      'a quote left open, found where it opens rather than at the end',
      'summary: "A city\nmemberSince: 2016\nsources:\n  - url: https://example.org/lyon\n',
      `content/${CITY}:4: error: the text opened with " is not closed; end it with " on the same line`,
    ],
    [
      'an apostrophe inside single quotes',
      "summary: 'It's a city'\n",
      `content/${CITY}:4: error: the text in single quotes ends at the next ', such as an apostrophe; write an apostrophe inside as '' (It''s), or put the text in double quotes: summary: "It's a city"`,
    ],
    [
      'text after a quoted part',
      'summary: "Lyon" is a city\n',
      `content/${CITY}:4: error: the text in double quotes ends at the next "; put the whole text in quotes, and write a quote inside it as \\": summary: '"Lyon" is a city'`,
    ],
    [
      'text starting with a bracket',
      'summary: [Draft] A city\n',
      `content/${CITY}:4: error: a text that starts with [ is read as a list or a group; put the text in quotes: summary: "[Draft] A city"`,
    ],
    [
      'text starting with a reserved character',
      'summary: @lyon on the web\n',
      `content/${CITY}:4: error: a text cannot start with @ in YAML; put the text in quotes: summary: "@lyon on the web"`,
    ],
    [
      'text starting with *, which YAML reads as a reference',
      'summary: *the* city\n',
      `content/${CITY}:4: error: a text that starts with * is read by YAML as a reference to another value, and the text is lost; put the text in quotes: summary: "*the* city"`,
    ],
    [
      'a single word starting with *',
      'summary: *city*\n',
      `content/${CITY}:4: error: a text that starts with * is read by YAML as a reference to another value, and the text is lost; put the text in quotes: summary: "*city*"`,
    ],
    [
      'text starting with !, which YAML reads as a type',
      'summary: !important city\n',
      `content/${CITY}:4: error: a text that starts with ! is read by YAML as a type, and the text is lost; put the text in quotes: summary: "!important city"`,
    ],
    [
      'a line indented under a field that has its value',
      'summary: A city\n  memberSince: 2016\n',
      `content/${CITY}:5: error: this line is indented under 'summary', which already has its value; remove the spaces at its start, or put it in a list or group the field takes`,
    ],
    [
      'no space after the colon',
      'summary:A city\n',
      `content/${CITY}:4: error: write a space after the colon: \`name: value\``,
    ],
    [
      'a line that is not a field',
      'A city on the Rhône\n',
      `content/${CITY}:4: error: each field is written \`name: value\` on its own line; text that goes on belongs in quotes on the line of its field, and the body of the page below the closing ---`,
    ],
    [
      'a list left open',
      'aliases: [lugdunum, lion\nsummary: A city\n',
      `content/${CITY}:4: error: the list opened with [ is not closed; end it with ] on the same line, or write one \`- \` item per line`,
    ],
    [
      'a list item indented more than the one before',
      'sources:\n- url: https://example.org/a\n  - url: https://example.org/b\n',
      `content/${CITY}:6: error: this item is indented more than the items above it; start the \`- \` of every item of a list at the same column`,
    ],
  ])('%s', async (_name, lines, expected) => {
    expect(await withFields(lines)).toEqual([expected]);
  });
});

/** A source for the city, so that a file without mistakes has no warning either. */
const SOURCES = 'sources:\n  - url: https://example.org/lyon\n';

describe('values read as the build reads them (js-yaml, as Astro does)', () => {
  it.each([
    [
      'a bare day where text is expected, a date to YAML',
      'summary: 2019-10-01\n',
      `content/${CITY}:4: error: summary: expected text, got the date 2019-10-01; put the value in quotes to keep it as text`,
    ],
    [
      'a bare year where text is expected, a number to YAML',
      'summary: 2019\n',
      `content/${CITY}:4: error: summary: expected text, got the number 2019; put the value in quotes to keep it as text`,
    ],
    [
      'a bare day that is not on the calendar where text is expected',
      'summary: 2019-02-30\n',
      `content/${CITY}:4: error: summary: expected text, got the date 2019-02-30; put the value in quotes to keep it as text`,
    ],
    [
      'a list where text is expected, which quotes would not mend',
      'summary: [a city, a port]\n',
      `content/${CITY}:4: error: summary: expected text, got a list`,
    ],
    [
      'a bare number where a list is expected',
      'aliases: 2019\n',
      `content/${CITY}:4: error: aliases: expected a list (lines starting with \`- \`), got the number 2019`,
    ],
    [
      'a day that is not on the calendar, which js-yaml would move to 2 March',
      'memberSince: 2019-02-30\n',
      `content/${CITY}:4: error: memberSince: '2019-02-30' is not a day of the calendar`,
    ],
    [
      'a merge key that js-yaml refuses, though the YAML tree reads it',
      'summary: A city\n<<: 5\n',
      `content/${CITY}:5: error: cannot be read as YAML (cannot merge mappings; the provided source object is unacceptable); write each field \`name: value\` on a line of its own, and put text with special characters in quotes`,
    ],
  ])('%s', async (_name, lines, expected) => {
    expect(await withFields(lines + SOURCES)).toEqual([expected]);
  });

  it.each([
    ['a quoted day where text is expected', 'summary: "2019-10-01"\n'],
    ['a bare day in a date field', 'memberSince: 2019-02-28\n'],
    ['a quoted day in a date field', "memberSince: '2019-02-28'\n"],
    [
      'a full timestamp in a date field, whose day the build takes',
      'memberSince: 2019-10-01T10:00:00Z\n',
    ],
  ])('accepts %s', async (_name, lines) => {
    expect(await withFields(lines + SOURCES)).toEqual([]);
  });
});

describe('front matter that is not fields', () => {
  /** The problems of a new city whose whole front matter is `yaml`. */
  const withFrontMatter = (yaml: string) =>
    checkTree(withFiles(validArchive(), { [CITY]: markdown(yaml) }));
  const NOT_FIELDS = `content/${CITY}:2: error: front matter must be fields written \`name: value\`, one per line`;

  it.each([
    ['one line of text', 'A city on the Rhône\n'],
    ['a lone date', '2019-10-01\n'],
  ])('is refused when it is %s', async (_name, yaml) => {
    expect(await withFrontMatter(yaml)).toEqual([NOT_FIELDS]);
  });

  it('is no fields when it holds only comments, so the required ones are missing', async () => {
    expect(await withFrontMatter('# to be written\n')).toEqual([
      `content/${CITY}:1: error: name: is required; add it as text`,
      `content/${CITY}:1: error: country: is required; add a two-letter ISO 3166-1 country code, like MX`,
      `content/${CITY}:1: warning: sources: none given; add the page or document these facts come from`,
    ]);
  });
});
