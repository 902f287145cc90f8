import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const CITY = 'cities/lyon/index.md';

/** A new city whose text is `body`, which starts on line 7 of its file. */
const cityWithText = (body: string) =>
  withFiles(validArchive(), {
    [CITY]: markdown(
      'name: Lyon\ncountry: FR\nsources:\n  - url: https://example.org/lyon\n',
      body,
    ),
  });

/** A French translation of the city with text `body`, which starts on line 5. */
const translationWithText = (body: string) =>
  withFiles(cityWithText('The city.\n'), {
    'cities/lyon/fr.md': markdown('name: Lyon\nsummary: La ville.\n', body),
  });

/** A documentation page whose text is `body`, which starts on line 5 of its file. */
const pageWithText = (body: string) =>
  withFiles(validArchive(), {
    'docs/writing/index.mdx': markdown('title: Writing\norder: 2\n', body),
  });

describe('HTML in the text of an entry', () => {
  it('refuses a script, wherever it is on its line, and whatever case it is written in', async () => {
    expect(await checkTree(cityWithText('Some text <SCRIPT>alert(1)</SCRIPT> here.\n'))).toEqual([
      `content/${CITY}:7: error: <script> is not allowed in the text: a script would run in the browser of every reader`,
    ]);
  });

  it('refuses pages and plug-ins embedded in the text', async () => {
    const body =
      'Intro.\n\n<iframe src="https://example.org/video"></iframe>\n\n<object data="x.swf"></object>\n\n<embed src="x.swf">\n';
    expect(await checkTree(cityWithText(body))).toEqual([
      `content/${CITY}:9: error: <iframe> is not allowed in the text: it embeds another site, which may run scripts; link to it instead`,
      `content/${CITY}:11: error: <object> is not allowed in the text: it embeds a plug-in or another document, which may run scripts; link to it instead`,
      `content/${CITY}:13: error: <embed> is not allowed in the text: it embeds a plug-in or another document, which may run scripts; link to it instead`,
    ]);
  });

  it('refuses event handlers, at the line of the attribute’s tag in a block of HTML', async () => {
    const body =
      '<div class="note">\n<p onmouseover="steal()">Hover</p>\n<img src="https://example.org/a.png" alt="A" ONERROR=x>\n</div>\n';
    expect(await checkTree(cityWithText(body))).toEqual([
      `content/${CITY}:8: error: the attribute onmouseover runs a script in the reader's browser; remove it`,
      `content/${CITY}:9: error: the attribute onerror runs a script in the reader's browser; remove it`,
    ]);
  });

  it('refuses javascript: and data: addresses in HTML, also when written with character references', async () => {
    const body =
      '<a href="javascript:alert(1)">a</a> <a href=" &#106;ava&#x09;script&colon;alert(1)">b</a>\n\n<img src="data:image/svg+xml,x" alt="x">\n';
    expect(await checkTree(cityWithText(body))).toEqual([
      `content/${CITY}:7: error: 'javascript:alert(1)' is not allowed as an address: it runs a script when followed`,
      `content/${CITY}:7: error: 'javascript:alert(1)' is not allowed as an address: it runs a script when followed`,
      `content/${CITY}:9: error: 'data:image/svg+xml,x' is not allowed as an address: a data: address can hold a page with scripts; put an image next to the entry and show it with ![what it shows](./image.png), or link to where the document is published`,
    ]);
  });

  it('refuses other elements and attributes, listing what is allowed', async () => {
    const problems = await checkTree(
      cityWithText('<marquee>News</marquee> and <span style="color: red" target="x">red</span>\n'),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^content\/cities\/lyon\/index\.md:7: error: <marquee> is not allowed in the text: it is not among the HTML a text may hold: p, h1, .*abbr, sub.*; the Editors' guide lists them$/,
    );
    expect(problems.slice(1)).toEqual([
      `content/${CITY}:7: error: the attribute style is not allowed: the look of a text comes from the site's stylesheet; remove it`,
      `content/${CITY}:7: error: the attribute target is not allowed on <span>; it may carry: title, lang, dir, id, class, aria-*, data-*`,
    ]);
  });

  it('accepts the harmless HTML an archive needs', async () => {
    const body = [
      'The <abbr title="United Nations Educational, Scientific and Cultural Organization">UNESCO</abbr> award<sup>1</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>+<kbd>C</kbd>,<br>',
      'a line break.',
      '',
      '<figure>',
      '<img src="https://example.org/hall.jpg" alt="The hall">',
      '<figcaption>The hall</figcaption>',
      '</figure>',
      '',
      '<details>',
      '<summary title="Note: times are local">Programme</summary>',
      '',
      '<table><thead><tr><th scope="col" colspan="2">Day</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
      '',
      '</details>',
      '',
      '<!-- <script>a comment is not published</script> -->',
      '',
    ].join('\n');
    expect(await checkTree(cityWithText(body))).toEqual([]);
  });

  it('leaves examples in code alone', async () => {
    const body =
      'Write `<script>` nowhere:\n\n```html\n<script>alert(1)</script>\n<a href="javascript:x">x</a>\n```\n';
    expect(await checkTree(cityWithText(body))).toEqual([]);
  });

  it('checks translations too', async () => {
    expect(await checkTree(translationWithText('Le texte <script>x</script>.\n'))).toEqual([
      'content/cities/lyon/fr.md:5: error: <script> is not allowed in the text: a script would run in the browser of every reader',
    ]);
  });
});

describe('links in the text', () => {
  it('refuses javascript: and data: links, autolinks and link definitions', async () => {
    const body =
      '[Click](javascript:alert(1)) and <javascript:alert(2)>.\n\nSee [the page][p].\n\n[p]: DATA:text/html;base64,PHNjcmlwdD4=\n';
    expect(await checkTree(cityWithText(body))).toEqual([
      `content/${CITY}:7: error: 'javascript:alert(1)' is not allowed as an address: it runs a script when followed`,
      `content/${CITY}:7: error: 'javascript:alert(2)' is not allowed as an address: it runs a script when followed`,
      `content/${CITY}:11: error: 'DATA:text/html;base64,PHNjcmlwdD4=' is not allowed as an address: a data: address can hold a page with scripts; put an image next to the entry and show it with ![what it shows](./image.png), or link to where the document is published`,
    ]);
  });

  it('refuses other schemes, and accepts web, mail and telephone addresses and paths', async () => {
    const body =
      '[a](https://example.org) [b](mailto:uil@unesco.org) [c](tel:+4940448041) [e](#top) [f](../cork/) [g](file:///etc/passwd)\n';
    expect(await checkTree(cityWithText(body))).toEqual([
      `content/${CITY}:7: error: 'file:///etc/passwd' is not allowed as an address: links lead to http:, https:, mailto:, tel: addresses or to pages of this site`,
    ]);
  });

  it('refuses links to files next to the text, which the site does not publish', async () => {
    const tree = withFiles(cityWithText('[The report](./report.pdf)\n'), {
      'cities/lyon/report.pdf': 'a document',
    });
    expect(await checkTree(tree)).toEqual([
      `content/${CITY}:7: error: './report.pdf' links to a file next to the text, which the site does not publish; link to the address where the document is published`,
    ]);
    expect(await checkTree(cityWithText('[The report](report.pdf)\n'))).toEqual([
      `content/${CITY}:7: error: 'report.pdf' links to a file next to the text, which the site does not publish, and it is not there either; link to the address where the document is published`,
    ]);
  });
});

describe('images in the text', () => {
  const withPhoto = (body: string) =>
    withFiles(cityWithText(body), { 'cities/lyon/square.jpg': 'a picture' });

  it('accepts an image next to the text, and one on the web', async () => {
    const body = '![The square](./square.jpg)\n\n![The river](https://example.org/river.jpg)\n';
    expect(await checkTree(withPhoto(body))).toEqual([]);
  });

  it('names an image that is not there, with the file probably meant', async () => {
    expect(await checkTree(withPhoto('Text.\n\n![The square](./sqare.jpg)\n'))).toEqual([
      `content/${CITY}:9: error: the image './sqare.jpg' is not in content/cities/lyon/; did you mean ./square.jpg?`,
    ]);
    expect(await checkTree(withPhoto('![The bridge](bridge.png)\n'))).toEqual([
      `content/${CITY}:7: error: the image 'bridge.png' is not in content/cities/lyon/; put the image file there, next to index.md, or correct its name`,
    ]);
  });

  it('refuses a document shown as an image, and an image in HTML', async () => {
    const body = '![The plan](./plan.pdf)\n\n<img src="./square.jpg" alt="The square">\n';
    expect(await checkTree(withPhoto(body))).toEqual([
      `content/${CITY}:7: error: './plan.pdf' is not an image file; show a .jpg, .png, .webp, .avif, .gif or .svg file, or link to the document with [its title](https://…)`,
      `content/${CITY}:9: error: the image './square.jpg' is written in HTML, which the site does not publish from the entry folder; write it in Markdown: ![what it shows](./square.jpg)`,
    ]);
  });
});

describe('HTML in documentation pages', () => {
  it('holds MDX tags to the same rules as HTML, at the line of the tag', async () => {
    const body =
      'Read <abbr title="Learning City">LC</abbr>.\n\n<a href="javascript:alert(1)" onClick="x()">link</a>\n\n<script>{"alert(1)"}</script>\n';
    expect(await checkTree(pageWithText(body))).toEqual([
      "content/docs/writing/index.mdx:7: error: 'javascript:alert(1)' is not allowed as an address: it runs a script when followed",
      "content/docs/writing/index.mdx:7: error: the attribute onclick runs a script in the reader's browser; remove it",
      'content/docs/writing/index.mdx:9: error: <script> is not allowed in the text: a script would run in the browser of every reader',
    ]);
  });
});
