import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { buildSite } from '../helpers/build-site.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { readPage } from '../helpers/html.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclt-holm';

/** Every way the issue names of putting script in a Markdown body, each on its own. */
const MARKDOWN_DANGERS = [
  'Inline <script>alert("inline")</script> script.',
  '<script>\nalert("block")\n</script>',
  '<iframe src="https://example.org/embed"></iframe>',
  '<object data="movie.swf"></object> <embed src="movie.swf">',
  '<p onclick="alert(1)" onmouseover="alert(2)">Hover me</p>',
  '<div\n  onclick="alert(3)">A tag split across lines</div>',
  '<a href="javascript:alert(4)">an HTML link</a> and <a href="&#106;ava&#x09;script&colon;alert(5)">an encoded one</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNik+" alt="a data image">',
  '[A Markdown link](javascript:alert(7)), an autolink <javascript:alert(8)>, and [a reference][bad].',
  '[bad]: data:text/html,%3Cscript%3Ealert(9)%3C/script%3E',
].join('\n\n');

/** The harmless HTML an archive needs, which must come through. */
const HARMLESS = [
  'The <abbr title="United Nations Educational, Scientific and Cultural Organization">UNESCO</abbr> award<sup>1</sup>, CO<sub>2</sub>, <kbd>Ctrl</kbd>,<br>and a line break.',
  '<figure>\n<img src="https://example.org/hall.jpg" alt="The hall">\n<figcaption>The hall</figcaption>\n</figure>',
  '<details>\n<summary>Programme</summary>\n\n| Day | Theme |\n| --- | --- |\n| 1 | Cities |\n\n</details>',
].join('\n\n');

/** The same in an MDX page, with what MDX adds: code in braces, imports, Astro directives. */
const MDX_DANGERS = [
  "import Widget from '../../widget.js';",
  '<script>{"alert(10)"}</script>',
  '<a href="javascript:alert(11)" onClick="alert(12)">a tag with a handler</a>',
  '{<script>alert(13)</script>}',
  '<Fragment set:html="<script>alert(14)</script>" />',
  '<Callout type="note" set:html="<script>alert(15)</script>">A callout with a directive</Callout>',
  '<Callout title={(() => "<script>alert(16)</script>")()}>A callout with code in an attribute</Callout>',
].join('\n\n');

/** The archive with every danger in the event's text, its French text and an MDX page. */
function dangerousArchive() {
  const tree = editFile(
    validArchive(),
    `${EVENT}/index.md`,
    'The conference met in Holm.\n',
    `The conference met in Holm.\n\n${HARMLESS}\n\n${MARKDOWN_DANGERS}\n`,
  );
  return withFiles(tree, {
    [`${EVENT}/fr.md`]: markdown(
      'title: 3e Conférence internationale sur les villes apprenantes\nsessions:\n  opening: Ouverture\n',
      `La conférence s’est tenue à Holm.\n\n${MARKDOWN_DANGERS}\n`,
    ),
    'docs/writing/index.mdx': markdown('title: Writing\norder: 2\n', `Text.\n\n${MDX_DANGERS}\n`),
  });
}

/** Whether an address runs code or can hold a page, as a browser reads it. */
const isScriptAddress = (value: string) =>
  // eslint-disable-next-line no-control-regex
  /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/** Everything in a page that could run a script: one line each, empty when none. */
function scriptsIn(page: HTMLElement): string[] {
  return page.querySelectorAll('*').flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    const found: string[] = [];
    // JSON-LD is data, written by the site from the front matter.
    if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') {
      found.push(`<script>${element.textContent.slice(0, 40)}`);
    }
    if (['iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}="${value}">`);
      if (isScriptAddress(value)) found.push(`<${tag} ${name}="${value}">`);
      if (name.includes(':')) found.push(`<${tag} ${name}>`);
    }
    return found;
  });
}

describe('a build that was not stopped by the check', () => {
  let dist = '';

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'annals-sanitized-'));
    const result = await buildSite({
      outDir: dist,
      contentDir: await writeContentTree(dangerousArchive()),
      // The check would refuse every danger above; this build goes on past it on purpose.
      env: { ANNALS_TEST_UNCHECKED_BUILD: '1' },
    });
    expect(result.exitCode, result.output).toBe(0);
  });

  it.each(site.locales.map((locale) => locale.code))(
    'publishes no script from a body, in %s',
    async (locale) => {
      const event = await readPage(dist, `/${locale}/events/2017-iclt-holm/`);
      const page = await readPage(dist, `/${locale}/docs/writing/`);
      // The texts are there, so the dangers were rendered and taken out, not skipped.
      expect(event.querySelector('.prose')?.textContent).toContain('A tag split across lines');
      expect(page.querySelector('.prose')?.textContent).toContain('A callout with a directive');
      expect(scriptsIn(event)).toEqual([]);
      expect(scriptsIn(page)).toEqual([]);
      expect(page.toString()).not.toMatch(/alert\(1[0-6]\)/);
    },
  );

  it('keeps the harmless HTML an archive needs', async () => {
    const prose = (await readPage(dist, '/en/events/2017-iclt-holm/')).querySelector('.prose')!;
    expect(prose.querySelector('abbr')?.getAttribute('title')).toBe(
      'United Nations Educational, Scientific and Cultural Organization',
    );
    for (const tag of ['sup', 'sub', 'kbd', 'br', 'figure', 'figcaption', 'details', 'summary']) {
      expect(prose.querySelector(tag), tag).not.toBeNull();
    }
    expect(prose.querySelectorAll('details table td').map((cell) => cell.textContent)).toEqual([
      '1',
      'Cities',
    ]);
    expect(prose.querySelector('a[href]')).toBeNull();
  });
});
