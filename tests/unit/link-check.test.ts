import { describe, expect, it } from 'vitest';
import { writeContentTree } from '../helpers/content-tree.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A tiny built site: `index.html` links to everything, broken or not. */
async function siteLinking(body: string): Promise<string> {
  return writeContentTree({
    'index.html': page(body),
    'a/index.html': page('<h2 id="here">Here</h2><a name="old">old</a>'),
    'pic.png': 'png',
    'doc.pdf': 'pdf',
  });
}

const SITE_URL = 'https://site.example';

describe('the link checker', () => {
  it('accepts links to pages, files, ids, the top of a page and other hosts', async () => {
    const siteDir = await siteLinking(`
      <p id="self"></p>
      <a href="/a/">a</a> <a href="a/">relative</a> <a href="/a">no slash</a>
      <a href="/a/#here">id</a> <a href="/a/#old">name</a> <a href="#self">self</a>
      <a href="#top">top</a> <a href="#">empty</a> <a href="/doc.pdf#page=2">pdf</a>
      <a href="https://site.example/a/">own host</a> <a href="https://other.example/x">other</a>
      <a href="mailto:someone@example.org">mail</a>
      <img src="/pic.png" alt=""> <picture><source srcset="/pic.png 1x, pic.png 2x"></picture>`);
    expect(await findBrokenLinks(siteDir, SITE_URL)).toEqual([]);
  });

  it('reports each broken link once, with the element and the pages it is on', async () => {
    const siteDir = await siteLinking(`
      <a href="/missing/">x</a> <a href="/missing/">again</a> <a href="/a/#nowhere">x</a>
      <a href="#nothing">x</a> <link rel="alternate" href="https://site.example/fr/">
      <img src="/gone.png" alt=""> <script src="/app.js"></script>
      <picture><source srcset="/pic.png 1x, /pic@2x.png 2x"></picture>`);
    expect(await findBrokenLinks(siteDir, SITE_URL)).toEqual([
      '<a href="/missing/">: nothing is built at /missing/; on index.html',
      '<a href="/a/#nowhere">: /a/ has no element with id "nowhere"; on index.html',
      '<a href="#nothing">: / has no element with id "nothing"; on index.html',
      '<link href="https://site.example/fr/">: nothing is built at /fr/; on index.html',
      '<img src="/gone.png">: nothing is built at /gone.png; on index.html',
      '<script src="/app.js">: nothing is built at /app.js; on index.html',
      '<source srcset="/pic.png 1x, /pic@2x.png 2x">: nothing is built at /pic@2x.png; on index.html',
    ]);
  });

  it('under a base path, follows links within it and reports those that leave it', async () => {
    const siteDir = await siteLinking(`
      <a href="/archive/a/#here">ok</a> <a href="a/">relative</a> <img src="/archive/pic.png" alt="">
      <a href="https://site.example/archive/doc.pdf">own host</a>
      <a href="/a/">root</a> <a href="https://site.example/doc.pdf">host root</a>`);
    expect(await findBrokenLinks(siteDir, SITE_URL, { base: '/archive/' })).toEqual([
      '<a href="/a/">: /a/ is outside the site\'s base path /archive/; on index.html',
      '<a href="https://site.example/doc.pdf">: /doc.pdf is outside the site\'s base path /archive/; on index.html',
    ]);
  });
});
