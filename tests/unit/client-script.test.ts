import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { clientScriptsIn } from '../helpers/client-script.ts';

describe('finding client JavaScript in a page', () => {
  it('finds scripts, modules, event handlers and javascript: URLs', () => {
    const page = parse(`<script src="/a.js"></script><script type="module">go()</script>
      <button onclick="go()">x</button><a href="javascript:go()">x</a>`);
    expect(clientScriptsIn(page)).toEqual([
      '<script src="/a.js">',
      'inline <script> of 4 characters',
      'onclick attribute on <button>',
      'href="javascript:go()"',
    ]);
  });

  it('leaves data blocks such as JSON-LD alone', () => {
    const page = parse('<script type="application/ld+json">{"@type":"Event"}</script>');
    expect(clientScriptsIn(page)).toEqual([]);
  });
});
