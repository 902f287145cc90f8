import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const PAGE = 'docs/writing/index.mdx';
const STATEMENT = 'statements/2017-cork-call-to-action/index.md';

/** The archive with a documentation page whose text is `body`, starting on line 5. */
const withPage = (body: string) =>
  withFiles(validArchive(), { [PAGE]: markdown('title: Writing\norder: 2\n', body) });

describe('MDX syntax', () => {
  it('reports a tag left open at the line it opens, without a stack trace', async () => {
    expect(await checkTree(withPage('# Writing\n\n<Callout type="tip">\nText.\n'))).toEqual([
      `content/${PAGE}:7: error: the text cannot be read as MDX: Expected a closing tag for \`<Callout>\`; every tag opened must be closed (<Callout>…</Callout>, or <EventList />), and a { or < meant as text is written \\{ or &lt;`,
    ]);
  });

  it('reports a brace left open, at its line', async () => {
    const problems = await checkTree(withPage('Fine.\n\nThe set {a, b is open.\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/docs\/writing\/index\.mdx:7: error: the text cannot be read as MDX: .*closing brace/,
    );
  });

  it('checks the rest of the page’s file all the same', async () => {
    const tree = withFiles(validArchive(), {
      [PAGE]: markdown('title: Writing\norder: first\n', '<Callout>\n'),
    });
    expect(await checkTree(tree)).toEqual([
      `content/${PAGE}:3: error: order: expected a whole number, like 10, got the text 'first'`,
      `content/${PAGE}:5: error: the text cannot be read as MDX: Expected a closing tag for \`<Callout>\`; every tag opened must be closed (<Callout>…</Callout>, or <EventList />), and a { or < meant as text is written \\{ or &lt;`,
    ]);
  });
});

describe('components of documentation pages', () => {
  it('accepts every component written as the Editors’ guide shows it', async () => {
    const body = [
      '<Callout type="warning" title="Careful">',
      'Text.',
      '</Callout>',
      '',
      '<Figure caption="The hall">',
      '',
      '![The hall](https://example.org/hall.jpg)',
      '',
      '</Figure>',
      '',
      '<EventList country="IE" type="conference" year="2017" series="iclc" city="cork" limit={3} />',
      '',
      '<ActionPoints statement="2017-cork-call-to-action" />',
      '',
      '<FieldReference collection="cities" />',
      '',
      '```mdx',
      '<ActionPoints statement="an-example-that-does-not-exist" />',
      '```',
      '',
    ].join('\n');
    expect(await checkTree(withPage(body))).toEqual([]);
  });

  it('names an entry that does not exist, with the one probably meant', async () => {
    const body = 'Points:\n\n<ActionPoints statement="2017-cork-cal-to-action" />\n';
    expect(await checkTree(withPage(body))).toEqual([
      `content/${PAGE}:7: error: <ActionPoints statement>: refers to content/statements/2017-cork-cal-to-action/index.md, which does not exist; did you mean '2017-cork-call-to-action'?`,
    ]);
  });

  it('accepts the former name of a renamed entry, kept in its aliases', async () => {
    const renamed = editFile(
      withPage('<ActionPoints statement="cork-call" />\n\n<EventList city="corcaigh" />\n'),
      STATEMENT,
      'title:',
      'aliases: [cork-call]\ntitle:',
    );
    const tree = editFile(renamed, 'cities/cork/index.md', 'name:', 'aliases: [corcaigh]\nname:');
    expect(await checkTree(tree)).toEqual([]);
  });

  it('checks every attribute against what the component takes', async () => {
    const body =
      '<EventList year="twenty" type="congress" city="corc" limit="0" />\n\n<Callout kind="tip">x</Callout>\n\n<Figure />\n';
    expect(await checkTree(withPage(body))).toEqual([
      `content/${PAGE}:5: error: <EventList type>: the text 'congress' is not allowed; use one of: conference, forum, regional-meeting, cluster-meeting, expert-meeting, workshop, webinar`,
      `content/${PAGE}:5: error: <EventList year>: expected a whole number, like 2015, got the text 'twenty'`,
      `content/${PAGE}:5: error: <EventList city>: refers to content/cities/corc/index.md, which does not exist; did you mean 'cork'?`,
      `content/${PAGE}:5: error: <EventList limit>: must be 1 or more`,
      `content/${PAGE}:7: error: <Callout kind>: is not an attribute of <Callout>; it takes: type, title`,
      `content/${PAGE}:9: error: <Figure caption>: is required; add it as text`,
    ]);
  });

  it('names a component the site does not have, with the one probably meant', async () => {
    expect(
      await checkTree(withPage('<Callot>Text</Callot>\n\n<Fragment set:html="x" />\n')),
    ).toEqual([
      `content/${PAGE}:5: error: <Callot> is not a component of documentation pages (did you mean <Callout>?); they are: ActionPoints, Callout, EventList, FieldReference, Figure`,
      `content/${PAGE}:7: error: <Fragment> is not a component of documentation pages; they are: ActionPoints, Callout, EventList, FieldReference, Figure`,
    ]);
  });
});

describe('code in documentation pages', () => {
  it('refuses imports, exports and expressions, and accepts values and comments in braces', async () => {
    const body = [
      "import Chart from '../../src/components/Chart.astro';",
      '',
      'export const year = 2015;',
      '',
      'Values: {2015}, {"text"}, {/* a note to editors */} and code: {year + 1}.',
      '',
      '<Callout title={`Made ${year}`}>x</Callout>',
      '',
      '<abbr {...props}>x</abbr>',
      '',
    ].join('\n');
    expect(await checkTree(withPage(body))).toEqual([
      `content/${PAGE}:5: error: an import or export is code, which documentation pages do not run; the components need no import, so remove the line`,
      `content/${PAGE}:7: error: an import or export is code, which documentation pages do not run; the components need no import, so remove the line`,
      `content/${PAGE}:9: error: {year + 1} is code, which documentation pages do not run; write the text itself, and a brace meant as text as \\{`,
      `content/${PAGE}:11: error: the attribute title={…} of <Callout> is code, which documentation pages do not run; write the value in quotes, like title="value"`,
      `content/${PAGE}:13: error: a {...spread} attribute of <abbr> is code, which documentation pages do not run; write the value in quotes, like name="value"`,
    ]);
  });
});
