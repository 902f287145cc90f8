import { describe, expect, it } from 'vitest';
import { separateLabelsAndValues } from '../../src/outputs/search-html.ts';

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
});
