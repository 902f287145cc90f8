import { describe, expect, it } from 'vitest';
import { searchedPart, separateLabelsAndValues } from '../../src/outputs/search-html.ts';

const page = (lang: string, body: string) => `<html lang="${lang}"><body>${body}</body></html>`;

describe('the text Pagefind indexes', () => {
  it('ends each label with a colon and each value with a full stop, with a space after each', () => {
    expect(
      separateLabelsAndValues(
        page(
          'en',
          '<dl><dt>Country</dt><dd><a href="/x">United Kingdom</a></dd><dt>Venue</dt><dd>Plaza Mayor</dd></dl>',
        ),
      ),
    ).toBe(
      page(
        'en',
        '<dl><dt>Country: </dt><dd><a href="/x">United Kingdom</a>. </dd><dt>Venue: </dt><dd>Plaza Mayor. </dd></dl>',
      ),
    );
  });

  it('keeps punctuation that is already there, and adds only the space', () => {
    expect(
      separateLabelsAndValues(page('en', '<dl><dt>When?</dt><dd>In 2015 (September).</dd></dl>')),
    ).toBe(page('en', '<dl><dt>When? </dt><dd>In 2015 (September). </dd></dl>'));
  });

  it('separates table headers and captions, in Arabic as in any script written with spaces', () => {
    expect(
      separateLabelsAndValues(
        page(
          'ar',
          '<table><caption>المدن الفائزة</caption><tr><th>المدينة</th><th>البلد</th></tr></table>',
        ),
      ),
    ).toBe(
      page(
        'ar',
        '<table><caption>المدن الفائزة. </caption><tr><th>المدينة. </th><th>البلد. </th></tr></table>',
      ),
    );
  });

  it('writes full-width marks without spaces in Chinese', () => {
    expect(
      separateLabelsAndValues(
        page('zh-Hans', '<dl><dt>类别</dt><dd>地方政府</dd><dt>国家</dt><dd>中国</dd></dl>'),
      ),
    ).toBe(
      page('zh-Hans', '<dl><dt>类别：</dt><dd>地方政府。</dd><dt>国家：</dt><dd>中国。</dd></dl>'),
    );
  });

  it('leaves empty values and elements without text alone, but for the space', () => {
    expect(
      separateLabelsAndValues(
        page('fr', '<dl><dt>Logo</dt><dd><img src="a.png" alt=""></dd></dl>'),
      ),
    ).toBe(page('fr', '<dl><dt>Logo: </dt><dd><img src="a.png" alt=""> </dd></dl>'));
  });
  it('looks past white space at the end of a label or value for the word it ends with', () => {
    expect(
      separateLabelsAndValues(page('en', '<dl><dt>Country </dt><dd>Ireland\n</dd></dl>')),
    ).toBe(page('en', '<dl><dt>Country : </dt><dd>Ireland\n. </dd></dl>'));
  });

  it('finds the language after other attributes of the html tag, and takes none as a spaced script', () => {
    expect(
      separateLabelsAndValues(
        '<html dir="ltr" lang="zh-Hans"><body><dl><dt>国家</dt></dl></body></html>',
      ),
    ).toBe('<html dir="ltr" lang="zh-Hans"><body><dl><dt>国家：</dt></dl></body></html>');
    expect(separateLabelsAndValues('<dl><dt>国家</dt></dl>')).toBe('<dl><dt>国家: </dt></dl>');
  });
});

describe('the part of a page Pagefind is given', () => {
  const head = '<head><title>Cork</title><meta data-pagefind-meta="x:head"></head>';
  const header = '<header><nav><a href="/">Home</a></nav></header>';

  it('is the html start tag and the element marked data-pagefind-body, as a document', () => {
    const html = `<!DOCTYPE html><html lang="fr" dir="ltr">${head}<body>${header}<main><article data-pagefind-body class="x"><h1>Cork</h1></article><aside>More</aside></main><footer>Foot</footer></body></html>`;
    expect(searchedPart(html)).toBe(
      '<html lang="fr" dir="ltr"><body><article data-pagefind-body class="x"><h1>Cork</h1></article></body></html>',
    );
  });

  it('ends at the end tag of the marked element, not at one of the same name inside it', () => {
    const html = `<html lang="en"><body><section data-pagefind-body><section><p>Inner</p></section><p>After</p></section><section>Other</section></body></html>`;
    expect(searchedPart(html)).toBe(
      '<html lang="en"><body><section data-pagefind-body><section><p>Inner</p></section><p>After</p></section></body></html>',
    );
  });

  it('takes a valued attribute and an attribute written in capitals', () => {
    const html = `<HTML lang="en"><body><DIV DATA-PAGEFIND-BODY="">Text</DIV><div>No</div></body></HTML>`;
    expect(searchedPart(html)).toBe(
      '<HTML lang="en"><body><DIV DATA-PAGEFIND-BODY="">Text</DIV></body></html>',
    );
  });

  it('finds the marked element after other attributes', () => {
    const html = `<html lang="en"><body><article class="entry" id="x" data-pagefind-body>Text</article><p>No</p></body></html>`;
    expect(searchedPart(html)).toBe(
      '<html lang="en"><body><article class="entry" id="x" data-pagefind-body>Text</article></body></html>',
    );
  });

  it('does not take an attribute whose name only begins the same', () => {
    const html = `<html lang="en"><body><div data-pagefind-body-like>No</div></body></html>`;
    expect(searchedPart(html)).toBe(html);
  });

  it('is the whole page when no element is marked, or the marked one is never closed', () => {
    const unmarked = `<html lang="en">${head}<body><article>Text</article></body></html>`;
    expect(searchedPart(unmarked)).toBe(unmarked);
    const unclosed = `<html lang="en"><body><article data-pagefind-body><p>Text</p></body></html>`;
    expect(searchedPart(unclosed)).toBe(unclosed);
  });
});
